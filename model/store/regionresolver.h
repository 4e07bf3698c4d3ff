#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace policylens {

struct Region
{
    qint64 id = 0;
    QString code;
    QString level;
    QString nameZh;
    QString nameEn;
};

// Maps the ways people write a place (北京市, 北京, 京, Beijing, beijing) to a regions row.
// Loaded once from the workspace; lookups are in memory.
class RegionResolver final
{
public:
    bool load(const QSqlDatabase &db);

    // Exact match on a Chinese name, alias, English name (case-insensitive) or code.
    std::optional<Region> resolve(const QString &name) const;
    std::optional<Region> byCode(const QString &code) const;

    // The region whose name (two characters or more) occurs first in text; on ties at the same
    // position the longest name wins (北京市 over 北京).
    std::optional<Region> findIn(const QString &text) const;

    // The one-character abbreviation that opens a document number, e.g. 京 in 京政发〔2023〕14号.
    std::optional<Region> byAbbreviation(QChar abbreviation) const;

    bool isEmpty() const { return m_regions.isEmpty(); }

private:
    QList<Region> m_regions;
    QHash<QString, int> m_byName; // lower-cased name -> index
    QHash<QChar, int> m_byAbbreviation;
    QList<QPair<QString, int>> m_searchNames; // names of 2+ chars, longest first
};

} // namespace policylens
