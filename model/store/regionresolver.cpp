#include "store/regionresolver.h"

#include <QSqlQuery>

#include <algorithm>

namespace policylens {

bool RegionResolver::load(const QSqlDatabase &db)
{
    m_regions.clear();
    m_byName.clear();
    m_byAbbreviation.clear();
    m_searchNames.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, level, name_zh, name_en, aliases FROM regions "
                               "ORDER BY id")))
        return false;
    while (q.next()) {
        Region r { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString() };
        const int index = static_cast<int>(m_regions.size());
        m_regions << r;
        QStringList names { r.nameZh, r.nameEn, r.code };
        names << q.value(5).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &name : std::as_const(names)) {
            const QString key = name.trimmed().toLower();
            if (key.isEmpty())
                continue;
            // The first (higher-level) region keeps a shared name: 吉林 is the province.
            if (!m_byName.contains(key))
                m_byName.insert(key, index);
            if (key.size() == 1 && !key.at(0).isLetterOrNumber())
                continue;
            if (key.size() == 1 && key.at(0).unicode() >= 0x3400) {
                if (!m_byAbbreviation.contains(key.at(0)))
                    m_byAbbreviation.insert(key.at(0), index);
            } else if (key.size() >= 2 && name.at(0).unicode() >= 0x3400) {
                m_searchNames.append({ name.trimmed(), index });
            }
        }
    }
    std::stable_sort(m_searchNames.begin(), m_searchNames.end(),
        [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return true;
}

std::optional<Region> RegionResolver::resolve(const QString &name) const
{
    const auto it = m_byName.constFind(name.trimmed().toLower());
    if (it == m_byName.cend())
        return std::nullopt;
    return m_regions.at(it.value());
}

std::optional<Region> RegionResolver::byCode(const QString &code) const
{
    for (const Region &r : m_regions) {
        if (r.code == code)
            return r;
    }
    return std::nullopt;
}

std::optional<Region> RegionResolver::findIn(const QString &text) const
{
    qsizetype bestPos = -1;
    int best = -1;
    for (const auto &[name, index] : m_searchNames) {
        const qsizetype pos = text.indexOf(name);
        // Longest names come first, so a later name only wins by starting strictly earlier.
        if (pos >= 0 && (bestPos < 0 || pos < bestPos)) {
            bestPos = pos;
            best = index;
        }
    }
    if (best < 0)
        return std::nullopt;
    return m_regions.at(best);
}

std::optional<Region> RegionResolver::byAbbreviation(QChar abbreviation) const
{
    const auto it = m_byAbbreviation.constFind(abbreviation);
    if (it == m_byAbbreviation.cend())
        return std::nullopt;
    return m_regions.at(it.value());
}

} // namespace policylens
