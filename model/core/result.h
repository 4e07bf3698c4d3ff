#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace policylens {

// Why an operation failed: a translated message that names the file or workspace and the reason.
struct Failure
{
    QString message;
};

// The one way a fallible operation reports its outcome: a value, or a Failure. Shaped like
// std::expected<T, QString> (has_value, value, error, operator*, operator->), which GCC 12 only
// offers under -std=c++23; a C++20 build keeps this small type instead.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Failure failure) : m_error(std::move(failure.message)) { }

    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return has_value(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    // Empty when the operation succeeded.
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_failed(true), m_error(std::move(failure.message)) { }

    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace policylens
