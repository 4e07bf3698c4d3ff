#include "import/boundedzip.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace policylens {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
}

BoundedZip::BoundedZip(const QString &path, qint64 budgetBytes)
    : m_zip(std::make_unique<QuaZip>(path))
    , m_budget(budgetBytes)
{ }

BoundedZip::~BoundedZip()
{
    if (m_zip->isOpen())
        m_zip->close();
}

bool BoundedZip::open()
{
    return m_zip->open(QuaZip::mdUnzip);
}

bool BoundedZip::contains(const QString &entry) const
{
    return m_zip->isOpen() && m_zip->setCurrentFile(entry, QuaZip::csSensitive);
}

BoundedZip::Status BoundedZip::read(
    const QString &entry, const std::function<bool(const QByteArray &)> &sink)
{
    if (!m_zip->isOpen() || !m_zip->setCurrentFile(entry, QuaZip::csSensitive))
        return Status::Missing;
    QuaZipFileInfo64 info;
    // The declared size can lie; it only allows an early refusal, the running count decides.
    if (m_zip->getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > m_budget - m_read)
        return Status::TooLarge;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return Status::Damaged;
    QByteArray chunk;
    Status status = Status::Ok;
    while (true) {
        chunk.resize(ChunkBytes);
        const qint64 got = file.read(chunk.data(), ChunkBytes);
        if (got < 0) {
            status = Status::Damaged;
            break;
        }
        if (got == 0)
            break;
        m_read += got;
        if (m_read > m_budget) {
            status = Status::TooLarge;
            break;
        }
        chunk.resize(got);
        if (!sink(chunk)) {
            status = Status::Refused;
            break;
        }
    }
    file.close();
    // A CRC mismatch is only known once the whole entry was inflated.
    if (status == Status::Ok && file.getZipError() != UNZ_OK)
        status = Status::Damaged;
    return status;
}

BoundedZip::Status BoundedZip::readAll(const QString &entry, QByteArray *out)
{
    out->clear();
    return read(entry, [out](const QByteArray &chunk) {
        out->append(chunk);
        return true;
    });
}

} // namespace policylens
