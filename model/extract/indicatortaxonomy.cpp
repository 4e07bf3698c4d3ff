#include "extract/indicatortaxonomy.h"

#include "text/matchingnormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>

namespace policylens {

IndicatorTaxonomy IndicatorTaxonomy::builtIn()
{
    IndicatorTaxonomy taxonomy;
    if (const Result<void> loaded = taxonomy.loadFile(QStringLiteral(":/data/indicators.json"));
        !loaded)
        qWarning("%s", qPrintable(loaded.error()));
    return taxonomy;
}

Result<void> IndicatorTaxonomy::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure { QCoreApplication::translate("IndicatorTaxonomy", "%1: cannot open: %2")
                             .arg(path, file.errorString()) };
    return loadJson(file.readAll(), path);
}

Result<void> IndicatorTaxonomy::loadJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Failure { QCoreApplication::translate("IndicatorTaxonomy", "%1: not a JSON object: %2")
                             .arg(origin, parseError.errorString()) };
    const QJsonArray list = doc.object().value(QStringLiteral("indicators")).toArray();
    if (list.isEmpty())
        return Failure {
            QCoreApplication::translate("IndicatorTaxonomy", "%1: no \"indicators\" array").arg(origin)
        };
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("key")).toString().isEmpty())
            return Failure {
                QCoreApplication::translate("IndicatorTaxonomy", "%1: an indicator has no key")
                    .arg(origin)
            };
        merge(o);
    }
    rebuildIndex();
    return {};
}

void IndicatorTaxonomy::merge(const QJsonObject &o)
{
    const QString key = o.value(QStringLiteral("key")).toString();
    IndicatorEntry *entry = nullptr;
    for (auto &e : m_entries) {
        if (e.key == key)
            entry = &e;
    }
    if (!entry) {
        m_entries.append(IndicatorEntry { key, {}, {}, {}, {} });
        entry = &m_entries.last();
    }
    auto setIfPresent = [&](const char *field, QString *target) {
        const QString v = o.value(QLatin1String(field)).toString();
        if (!v.isEmpty())
            *target = v;
    };
    setIfPresent("name_zh", &entry->nameZh);
    setIfPresent("name_en", &entry->nameEn);
    setIfPresent("unit", &entry->unit);
    for (const char *field : { "keywords_zh", "keywords_en", "keywords" }) {
        for (const QJsonValue &k : o.value(QLatin1String(field)).toArray()) {
            // Keywords are matched against normalized (Simplified) text.
            const QString normalized = MatchingNormalizer::normalize(k.toString()).text;
            if (!normalized.isEmpty() && !entry->keywords.contains(normalized))
                entry->keywords.append(normalized);
        }
    }
}

const IndicatorEntry *IndicatorTaxonomy::find(const QString &key) const
{
    for (const auto &e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

void IndicatorTaxonomy::rebuildIndex()
{
    m_keywords.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const QString &k : m_entries[i].keywords) {
            const bool ascii
                = std::all_of(k.begin(), k.end(), [](QChar c) { return c.unicode() < 0x80; });
            m_keywords.append({ k, i, ascii });
        }
    }
    std::stable_sort(m_keywords.begin(), m_keywords.end(),
        [](const Keyword &a, const Keyword &b) { return a.text.size() > b.text.size(); });
}

namespace {

// Growth rates are not levels and counts are not money: an indicator measured in yuan never
// takes a percentage or a number of enterprises, whatever its keyword.
bool unitFits(const QString &entryUnit, const QString &unit)
{
    // A multiple (翻一番) is a multiple of whatever its subject measures.
    if (entryUnit.isEmpty() || unit.isEmpty() || unit == u"times")
        return true;
    const bool money = unit == u"CNY" || unit == u"USD" || unit == u"EUR";
    const bool share = unit == u"percent" || unit == u"percentage_point";
    if (entryUnit == u"CNY")
        return money;
    if (entryUnit == u"percent")
        return share;
    if (entryUnit == u"PFLOPS")
        return unit == u"PFLOPS";
    if (entryUnit == u"count")
        return !money && !share && unit != u"PFLOPS";
    return true;
}

} // namespace

QString IndicatorTaxonomy::match(QStringView before, QStringView after, const QString &unit) const
{
    return matchWithKeyword(before, after, unit).key;
}

IndicatorMatch IndicatorTaxonomy::matchWithKeyword(
    QStringView before, QStringView after, const QString &unit) const
{
    const Keyword *bestKeyword = nullptr;
    int bestScore = 0;
    int bestEntry = -1;
    // Only keywords whose first character occurs in the window can match: a cheap filter.
    QVarLengthArray<char16_t, 160> present;
    auto addChars = [&present](QStringView v) {
        for (const QChar c : v)
            present.append(
                c.unicode() < 0x80 ? char16_t(QChar::toLower(c.unicode())) : c.unicode());
    };
    addChars(before);
    addChars(after);
    std::sort(present.begin(), present.end());
    for (const Keyword &k : m_keywords) {
        const char16_t first
            = k.ascii ? char16_t(QChar::toLower(k.text[0].unicode())) : k.text[0].unicode();
        if (!std::binary_search(present.begin(), present.end(), first))
            continue;
        const Qt::CaseSensitivity cs = k.ascii ? Qt::CaseInsensitive : Qt::CaseSensitive;
        const IndicatorEntry &entry = m_entries[k.entry];
        if (!unitFits(entry.unit, unit))
            continue;
        const int unitBonus
            = (!entry.unit.isEmpty() && entry.unit == unit) ? (unit == u"percent" ? 40 : 12) : 0;
        const qsizetype b = before.lastIndexOf(k.text, -1, cs);
        if (b >= 0) {
            const int distance = int(before.size() - (b + k.text.size()));
            const int score = int(k.text.size()) * 10 - distance + unitBonus + 40;
            if (score > bestScore) {
                bestScore = score;
                bestEntry = k.entry;
                bestKeyword = &k;
            }
        }
        const qsizetype a = after.indexOf(k.text, 0, cs);
        if (a >= 0) {
            // A counted thing usually follows its counter: 培育10家龙头企业.
            const int countBonus = unit == u"count" ? 8 : 0;
            const int score = int(k.text.size()) * 10 - int(a) + unitBonus + countBonus + 40;
            if (score > bestScore) {
                bestScore = score;
                bestEntry = k.entry;
                bestKeyword = &k;
            }
        }
    }
    if (bestEntry < 0)
        return { QStringLiteral("other"), {} };
    return { m_entries[bestEntry].key, bestKeyword->text };
}

} // namespace policylens
