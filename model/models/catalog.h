#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace policylens {

// The small lookup tables (regions, indicators) read once per workspace, so models can
// show names in the UI language without a join per cell.
class Catalog final
{
public:
    struct Region
    {
        qint64 id = 0;
        QString code;
        QString level;
        qint64 parentId = 0;
        QString nameZh;
        QString nameEn;
    };
    struct Indicator
    {
        QString key;
        QString nameZh;
        QString nameEn;
        QString unit;
    };

    Catalog() = default;
    explicit Catalog(const QSqlDatabase &db);
    void reload(const QSqlDatabase &db);

    const QList<Region> &regions() const { return m_regions; }
    const QList<Indicator> &indicators() const { return m_indicators; }
    const Region *region(qint64 id) const;
    const Indicator *indicator(const QString &key) const;

    QString regionName(qint64 id, bool chinese) const;
    // For table cells: the name, or "Region unknown" (translated) instead of an empty cell.
    QString regionLabel(qint64 id, bool chinese) const;
    // Falls back to the key itself for indicators missing from the taxonomy.
    QString indicatorName(const QString &key, bool chinese) const;
    // The region and every region below it.
    QList<qint64> regionWithDescendants(qint64 id) const;
    // For region editors: {regions.id, label} pairs, "Region unknown" ('' id) first; a district
    // is labelled with its city (朝阳区 is in Beijing and in Changchun).
    QVariantList regionChoices(bool chinese) const;

private:
    QList<Region> m_regions;
    QList<Indicator> m_indicators;
    QHash<qint64, int> m_regionIndex;
    QHash<QString, int> m_indicatorIndex;
};

} // namespace policylens
