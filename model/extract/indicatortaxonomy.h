#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QJsonObject;

namespace policylens {

struct IndicatorEntry
{
    QString key; // stable snake_case, used by the CLI and charts
    QString nameZh;
    QString nameEn;
    QString unit; // the usual unit (CNY, count, percent...), may be empty
    QStringList keywords; // Chinese keywords in Simplified form, English ones as written
};

// An indicator chosen for a figure, with the keyword that chose it (empty for "other").
struct IndicatorMatch
{
    QString key;
    QString keyword;
};

// The bilingual list of indicators targets are filed under. Data, not code: the built-in list
// is resources/data/indicators.json and users can load further files that add entries or
// extend the keywords of existing ones.
class IndicatorTaxonomy final
{
public:
    IndicatorTaxonomy() = default;

    static IndicatorTaxonomy builtIn(); // :/data/indicators.json

    // Add the indicators of a file or JSON text (origin names it in messages); an entry whose
    // key is already known extends that entry. Fails, naming the origin, on a bad file.
    Result<void> loadFile(const QString &path);
    Result<void> loadJson(const QByteArray &json, const QString &origin);

    const QList<IndicatorEntry> &entries() const { return m_entries; }
    const IndicatorEntry *find(const QString &key) const;

    // The key whose keyword best fits the words around a number: `before` is the text of the
    // clause up to the number, `after` the text from the end of its unit to the end of the
    // clause (both normalized). Returns "other" when nothing matches.
    QString match(QStringView before, QStringView after, const QString &unit) const;
    IndicatorMatch matchWithKeyword(QStringView before, QStringView after, const QString &unit) const;

private:
    void merge(const QJsonObject &indicator); // one entry of the "indicators" array
    void rebuildIndex();

    struct Keyword
    {
        QString text;
        int entry;
        bool ascii;
    };
    QList<IndicatorEntry> m_entries;
    QList<Keyword> m_keywords; // longest first
};

} // namespace policylens
