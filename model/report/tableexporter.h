#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace policylens {

// Chart data (any table model) to CSV or XLSX: a header row from the horizontal headers,
// optionally the vertical header as a first column, then DisplayRole values. Numbers stay
// numbers; text that a spreadsheet would run as a formula is neutralized.
class TableExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    // UTF-8 with BOM (Excel needs it to read Chinese), CRLF line ends, RFC 4180 quoting.
    static QByteArray toCsv(const QAbstractItemModel &model, bool rowHeaders = false);
    // A minimal valid SpreadsheetML workbook with one sheet, inline strings.
    static Result<QByteArray> toXlsx(const QAbstractItemModel &model, bool rowHeaders = false,
        const QString &sheetName = QString());
    // Chooses the format from the suffix (.csv, .xlsx) and writes atomically.
    static Result<void> write(const QAbstractItemModel &model, const QString &path, bool rowHeaders);

    // A text cell starting with = + - @ (or tab / carriage return) gets a leading apostrophe
    // so Excel, LibreOffice and Sheets show it instead of evaluating it.
    static QString neutralize(const QString &cell);
};

} // namespace policylens
