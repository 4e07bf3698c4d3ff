#include "coding/codingexport.h"

#include "coding/codedsentencesmodel.h"
#include "coding/qdpxexporter.h"
#include "report/tableexporter.h"

#include <QFileInfo>

namespace policylens {

bool CodingExport::isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("qdpx") || suffix == QLatin1String("csv")
        || suffix == QLatin1String("xlsx");
}

Result<int> CodingExport::write(const QSqlDatabase &db, const QString &path, const QString &language)
{
    if (!isSupported(path))
        return Failure { tr("Cannot write %1: use a .qdpx, .csv or .xlsx file.").arg(path) };
    if (QFileInfo(path).suffix().compare(QLatin1String("qdpx"), Qt::CaseInsensitive) == 0) {
        const Result<QdpxExporter::Summary> summary = QdpxExporter::write(db, path, language);
        if (!summary)
            return Failure { summary.error() };
        return summary->selections;
    }
    CodedSentencesModel model;
    if (!model.load(db, {}, language))
        return Failure { tr("Cannot write %1: %2").arg(path, model.lastError()) };
    if (const Result<void> written = TableExporter::write(model, path, false); !written)
        return Failure { written.error() };
    return model.rowCount();
}

} // namespace policylens
