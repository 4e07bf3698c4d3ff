#pragma once

#include "coding/codingtypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace policylens {

// Codes every document of a workspace again with its current codebooks (after keywords or
// codes changed, or with a newer coder). Reviewed and manual codings stay as they are.
// Each document is one transaction; cancel stops before the next document.
class Recoder final
{
    Q_DECLARE_TR_FUNCTIONS(Recoder)

public:
    using Progress = std::function<void(int done, int total)>;

    explicit Recoder(QSqlDatabase db);
    void cancel() { m_cancel.store(true); }

    // nullopt (lastError()) when the workspace could not be read or written.
    std::optional<RecodeResult> run(const Progress &progress = {});
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    std::atomic_bool m_cancel { false };
    QString m_error;
};

} // namespace policylens
