#include "report/zippackage.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace policylens {

ZipPackage::ZipPackage()
{
    m_buffer.open(QIODevice::ReadWrite);
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdCreate))
        m_error = tr("zip error %1").arg(m_zip->getZipError());
}

ZipPackage::~ZipPackage() = default;

bool ZipPackage::add(const QString &name, const QByteArray &data)
{
    if (!m_error.isEmpty())
        return false;
    QuaZipFile file(m_zip.get());
    const bool written
        = file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) && file.write(data) == data.size();
    if (written)
        file.close();
    if (!written || file.getZipError() != 0) {
        m_error = tr("cannot add %1 (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    return true;
}

Result<QByteArray> ZipPackage::finish()
{
    if (m_zip->isOpen())
        m_zip->close();
    if (m_error.isEmpty() && m_zip->getZipError() != 0)
        m_error = tr("zip error %1").arg(m_zip->getZipError());
    if (!m_error.isEmpty())
        return Failure { m_error };
    return m_buffer.data();
}

QByteArray relationshipsXml(const QList<PackageRelationship> &relationships)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                     R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (const PackageRelationship &r : relationships)
        xml += QStringLiteral("<Relationship Id=\"%1\" Type=\"http://schemas.openxmlformats.org/"
                              "officeDocument/2006/relationships/%2\" Target=\"%3\"/>")
                   .arg(r.id, r.type, r.target)
                   .toUtf8();
    return xml + "</Relationships>";
}

} // namespace policylens
