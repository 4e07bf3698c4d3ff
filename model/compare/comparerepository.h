#pragma once

#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace policylens {

struct RegionInfo
{
    qint64 id = 0;
    QString code;
    QString nameZh;
    QString nameEn;
    QString name(Language language) const;
};

struct IndicatorInfo
{
    QString key;
    QString nameZh;
    QString nameEn;
    QString unit;
    // Falls back to the key when the workspace has no name for the indicator.
    QString name(Language language) const;
};

struct ComparedTarget
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString regionCode;
    QString indicatorKey;
    TargetKind kind = TargetKind::Target;
    double value = 0;
    std::optional<double> valueMax;
    QString unit;
    QString counter;
    QString comparator;
    int year = 0; // 0 when the target names no year
    bool approximate = false;
    QString sentence;
    ReviewStatus reviewStatus = ReviewStatus::Unreviewed;
    double confidence = 0;
    QString documentTitle;
    QString issuer;
    QString documentNumber;
    QDate published;
    QString docStatus; // draft or final
    bool chosen = false; // a person chose this value among competing ones
};

struct StatisticRecord
{
    QString regionCode;
    QString indicatorKey;
    int year = 0;
    double value = 0;
    QString unit;
    QString source;
    QString period; // StatisticPeriod key; empty for the whole year
    QString comparator = QStringLiteral("=");
    bool approximate = false;
    QString quote;
};

struct DocumentDate
{
    qint64 id = 0;
    QString regionCode;
    QDate published;
    QString title;
    QString issuer;
};

struct StatisticSource
{
    QString source;
    QString indicatorKey;
    int rows = 0;
    int firstYear = 0;
    int lastYear = 0;
};

// Every query the comparison charts and reports need. Rejected targets never reach a chart;
// the rest are returned as stored, with their source document, so every number can cite it.
class CompareRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CompareRepository)

public:
    explicit CompareRepository(const QSqlDatabase &db);

    // Regions that have at least one target, statistic or dated document, in code order.
    QList<RegionInfo> regionsWithData() const;
    // In the caller's order; the code '' gives unknownRegion().
    QList<RegionInfo> regions(const QStringList &codes) const;
    // The row or column for targets no region was found for (code '').
    static RegionInfo unknownRegion();
    // Accepts a code (beijing), a name (北京市, Beijing) or an alias (北京, 京).
    std::optional<RegionInfo> resolveRegion(const QString &codeOrName) const;

    QList<IndicatorInfo> indicatorsWithTargets(TargetKind kind = TargetKind::Target) const;
    IndicatorInfo indicator(const QString &key) const;
    // Every indicator key a chart can be asked for: the taxonomy's and any used by a target
    // or a statistic, sorted.
    QStringList indicatorKeys() const;

    // No kind, an empty indicator or no codes mean "all".
    QList<ComparedTarget> targets(std::optional<TargetKind> kind, const QString &indicatorKey,
        const QStringList &regionCodes) const;
    QList<StatisticRecord> statistics(
        const QString &indicatorKey, const QStringList &regionCodes) const;
    QList<DocumentDate> documents(const QStringList &regionCodes, int *undated = nullptr) const;
    // (region code, indicator key) → number of non-rejected targets.
    QHash<QString, QHash<QString, int>> targetCounts(const QStringList &regionCodes) const;
    QList<StatisticSource> statisticSources() const;
    int documentCount() const;

    // The last SQL error, naming the query's purpose; empty after a successful call.
    QString lastError() const { return m_error; }

private:
    QString regionFilter(const QStringList &codes, const QString &column) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace policylens
