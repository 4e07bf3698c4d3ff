#pragma once

#include "core/result.h"
#include "core/statisticsdata.h"
#include "import/importlimits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace policylens {

// Reads statistics tables: CSV (UTF-8 or GB18030, RFC 4180 quoting) and XLSX (first sheet).
// Columns are found by header name in Chinese or English (region/地区, indicator/指标,
// year/年份, value/数值, unit/单位, source/来源, and optionally period/期间, quote/原文,
// note/备注). The year cell may carry the period ("2025 H1", "截至2022年10月") and the value
// cell a comparator (">2500", "近3500"). Every bad row is reported with its line and
// reason; good rows are kept.
class StatisticsReader final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReader)

public:
    explicit StatisticsReader(ImportLimits limits = {});

    Result<StatisticsTable> read(const QString &path) const;
    Result<StatisticsTable> readCsv(const QByteArray &data) const;

    // One record: the cells and the line it starts on.
    struct Record
    {
        int line = 0;
        QStringList cells;
    };
    // Builds rows from records (first = header); public so both formats share it.
    Result<StatisticsTable> fromRecords(const QList<Record> &records, QList<RowError> parseErrors) const;

private:
    Result<StatisticsTable> readXlsx(const QString &path) const;

    ImportLimits m_limits;
};

} // namespace policylens
