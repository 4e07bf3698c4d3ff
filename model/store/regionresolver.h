#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <optional>

namespace policylens {

// One row of the region hierarchy: national > province (and municipality) > city > district.
// `level` is the tier charts compare on; `kind` says what the place is within its tier
// (municipality, autonomous_region, prefecture, district, county, new_area, zone ...).
struct Region
{
    qint64 id = 0;
    QString code;
    QString level;
    QString nameZh;
    QString nameEn;
    QString kind;
    qint64 parentId = 0;
    bool provincial = false;
};

// A place name found in a text: where, and every region that name can mean (朝阳区 is in
// Beijing and in Changchun), most prominent first.
struct RegionMention
{
    qsizetype pos = 0;
    qsizetype length = 0;
    QList<int> candidates; // indices into RegionResolver::all()
};

// Maps the ways people write a place (北京市, 北京, 京, Beijing, HANGZHOU, 武漢) to a regions
// row. Loaded once from the workspace; lookups are in memory. Matching is on Simplified text:
// callers fold Traditional forms first (MatchingNormalizer).
class RegionResolver final
{
public:
    bool load(const QSqlDatabase &db);

    // Exact match on a Chinese name, alias, English name (case-insensitive) or code.
    std::optional<Region> resolve(const QString &name) const;
    std::optional<Region> byCode(const QString &code) const;
    std::optional<Region> byId(qint64 id) const;

    // The region whose name (two characters or more) occurs first in text; on ties at the same
    // position the longest name wins (北京市 over 北京).
    std::optional<Region> findIn(const QString &text) const;

    // Every place name in text, left to right, longest match first and never overlapping.
    // English names match whole words starting with a capital (Beijing, BEIJING, not beijing).
    QList<RegionMention> mentionsIn(QStringView text) const;

    // The one-character abbreviation that opens a document number, e.g. 京 in 京政发〔2023〕14号.
    std::optional<Region> byAbbreviation(QChar abbreviation) const;

    const QList<Region> &all() const { return m_regions; }
    int indexOf(qint64 id) const { return m_indexById.value(id, -1); }
    int parentIndex(int index) const;
    // Is `ancestor` above `index` in the hierarchy (not the region itself)?
    bool isAncestor(int ancestor, int index) const;
    int depth(int index) const;

    bool isEmpty() const { return m_regions.isEmpty(); }

private:
    void addName(const QString &name, int index);

    QList<Region> m_regions;
    QHash<qint64, int> m_indexById;
    QHash<QString, QList<int>> m_byName; // lower-cased name -> indices, first wins on resolve
    QHash<QChar, int> m_byAbbreviation;
    // Names of two characters or more by their first (lower-cased) character, longest first.
    QHash<QChar, QList<QPair<QString, int>>> m_byFirstChar;
};

} // namespace policylens
