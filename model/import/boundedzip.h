#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QuaZip;

namespace policylens {

// Read-only access to the entries of a ZIP package (DOCX, XLSX) that never writes an entry to
// disk and stops inflating once the running total of decompressed bytes passes a budget, so a
// zip bomb costs at most one chunk of memory beyond the budget. Entry names are only looked
// up, never used as paths, so "../" names are harmless.
class BoundedZip final
{
    Q_DECLARE_TR_FUNCTIONS(BoundedZip)
    Q_DISABLE_COPY_MOVE(BoundedZip)

public:
    enum class Status { Ok, Missing, TooLarge, Damaged, Refused };

    BoundedZip(const QString &path, qint64 budgetBytes);
    ~BoundedZip();

    bool open(); // false when the file is not a ZIP archive
    bool contains(const QString &entry) const;

    // Streams an entry to sink in chunks; sink returns false to stop (Status::Refused).
    Status read(const QString &entry, const std::function<bool(const QByteArray &)> &sink);
    // Reads a whole entry into memory (within the same budget).
    Status readAll(const QString &entry, QByteArray *out);

    qint64 bytesRead() const { return m_read; }
    qint64 budget() const { return m_budget; }

private:
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_budget;
    qint64 m_read = 0;
};

} // namespace policylens
