#pragma once

#include <QList>
#include <QString>

// Rows read from a statistics table: produced by the import layer, written by the store layer.
namespace policylens {

// A data row of a statistics table, before the region is resolved. line is the line in the
// CSV file (or the row number in the spreadsheet), counted from 1 with the header.
struct StatisticsRow
{
    int line = 0;
    QString region;
    QString indicator;
    int year = 0;
    QString period; // StatisticPeriod key: "" whole year, "H1", "M1-M9", "@M10"...
    double value = 0;
    QString comparator = QStringLiteral("="); // >=, >, =, <=, <, ~
    bool approximate = false;
    QString unit;
    QString source;
    QString quote; // the sentence the figure was taken from, as given
    QString note; // remarks of the year cell ("reported 2024-01") and of a note column
};

struct RowError
{
    int line = 0;
    QString reason; // translated
};

// What a statistics reader made of one table.
struct StatisticsTable
{
    QList<StatisticsRow> rows;
    QList<RowError> rowErrors;
};

} // namespace policylens
