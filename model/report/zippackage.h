#pragma once

#include "core/result.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QuaZip;

namespace policylens {

// A zip archive built in memory: the container of DOCX, XLSX and REFI-QDA (.qdpx) files.
// Parts are added in order; after the first failure further adds do nothing, so a writer adds
// every part and asks finish() once. Nothing touches the disk: the caller writes the bytes
// whole (AtomicFile), so a failed export leaves no half a file.
class ZipPackage final
{
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)
    Q_DISABLE_COPY_MOVE(ZipPackage)

public:
    ZipPackage();
    ~ZipPackage();

    // False once this or an earlier part could not be added.
    bool add(const QString &name, const QByteArray &data);
    // Closes the archive: its bytes, or which part failed and the zip error.
    Result<QByteArray> finish();

private:
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QString m_error;
};

// One relationship of an Office Open XML part; its Type is
// http://schemas.openxmlformats.org/officeDocument/2006/relationships/<type>.
struct PackageRelationship
{
    QString id;
    QString type;
    QString target;
};

// A relationships part (_rels/.rels, word/_rels/document.xml.rels, xl/_rels/workbook.xml.rels).
QByteArray relationshipsXml(const QList<PackageRelationship> &relationships);

} // namespace policylens
