#pragma once

#include "compare/comparerepository.h"
#include "compare/readonlytable.h"
#include "core/result.h"
#include "core/vocabulary.h"

#include <QSqlDatabase>

namespace policylens {

// What every comparison chart asks of the workspace: one indicator (or, for some, all), some
// cities (or every one with data), a year range and the language names and units are shown in.
// Setters only record the choice; reload() queries once and resets the model once, so a view
// never sees a half-applied request. Subclasses say what they read (load) and show (cell).
class CompareModel : public ReadOnlyTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareModel)

public:
    // A run of consecutive rows, for a chart mapper that draws one series from them.
    struct Block
    {
        int firstRow = 0;
        int count = 0;
    };

    ~CompareModel() override;

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    // An indicator key. IncentivesModel takes an instrument, or empty for every instrument.
    void setIndicator(const QString &key) { m_indicator = key; }
    // Region codes in display order; empty means every city with data.
    void setCities(const QStringList &codes) { m_requestedCities = codes; }
    // Whole years, both ends included; 0 leaves that end open.
    void setYearRange(int from, int to);
    void setLanguage(Language language) { m_language = language; }
    // Re-reads the workspace. On failure the model is empty and the failure names the query.
    Result<void> reload();

    QString indicatorKey() const { return m_indicator; }
    QString indicatorName() const { return m_indicatorInfo.name(m_language); }
    Language language() const { return m_language; }
    QList<RegionInfo> cities() const { return m_cities; }
    int cityCount() const { return static_cast<int>(m_cities.size()); }

protected:
    explicit CompareModel(QObject *parent, int columns = 0);

    // Forgets what the last load() read; the base forgets the cities itself.
    virtual void clear() = 0;
    // Reads the request from the workspace, inside one model reset.
    virtual Result<void> load(const CompareRepository &repo) = 0;

    // The repository's last query as the outcome of a load: it reports only its latest call.
    static Result<void> outcome(const CompareRepository &repo);
    static void appendOnce(QStringList &codes, const QString &code);

    const QStringList &requestedCities() const { return m_requestedCities; }
    const IndicatorInfo &indicatorInfo() const { return m_indicatorInfo; }
    // Within the requested years; whether an undated value (0) counts is each chart's choice.
    bool inYearRange(int year) const;
    // For the models that chart one indicator: its names and unit.
    void readIndicator(const CompareRepository &repo);
    // The requested cities or, when none were requested, the ones the data names, in order.
    QStringList requestedOr(const QStringList &found) const;
    void readCities(const CompareRepository &repo, const QStringList &codes);
    // Region code → position in cities().
    QHash<QString, int> cityPositions() const;
    const RegionInfo &city(int position) const { return m_cities.at(position); }
    QString cityName(int position) const { return m_cities.at(position).name(m_language); }

private:
    QSqlDatabase m_db;
    QString m_indicator;
    QStringList m_requestedCities;
    int m_fromYear = 0;
    int m_toYear = 0;
    Language m_language = Language::English;

    IndicatorInfo m_indicatorInfo;
    QList<RegionInfo> m_cities;
};

} // namespace policylens
