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

bool CodingExport::write(
    const QSqlDatabase &db, const QString &path, const QString &language, QString *error, int *rows)
{
    if (!isSupported(path)) {
        if (error)
            *error = tr("Cannot write %1: use a .qdpx, .csv or .xlsx file.").arg(path);
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("qdpx"), Qt::CaseInsensitive) == 0) {
        const std::optional<QdpxExporter::Result> result = QdpxExporter::write(db, path, language, error);
        if (result && rows)
            *rows = result->selections;
        return bool(result);
    }
    CodedSentencesModel model;
    if (!model.load(db, {}, language)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, model.lastError());
        return false;
    }
    if (rows)
        *rows = model.rowCount();
    return TableExporter::write(model, path, false, error);
}

} // namespace policylens
