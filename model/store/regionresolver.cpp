#include "store/regionresolver.h"

#include <QSqlQuery>

#include <algorithm>

namespace policylens {

namespace {

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && !isHan(c);
}

} // namespace

void RegionResolver::addName(const QString &raw, int index)
{
    const QString name = raw.trimmed();
    const QString key = name.toLower();
    if (key.isEmpty())
        return;
    QList<int> &list = m_byName[key];
    if (!list.contains(index))
        list.append(index);
    if (key.size() == 1) {
        // Only a Chinese one-character alias is an abbreviation (京, 沪); the first (higher
        // level) region keeps a shared one: 宁 is Ningxia, not Nanjing.
        if (isHan(key.at(0)) && !m_byAbbreviation.contains(key.at(0)))
            m_byAbbreviation.insert(key.at(0), index);
        return;
    }
    auto &bucket = m_byFirstChar[key.at(0)];
    for (const auto &entry : std::as_const(bucket)) {
        if (entry.first == key && entry.second == index)
            return;
    }
    bucket.append({ key, index });
}

bool RegionResolver::load(const QSqlDatabase &db)
{
    m_regions.clear();
    m_indexById.clear();
    m_byName.clear();
    m_byAbbreviation.clear();
    m_byFirstChar.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // `kind` arrived with schema 2; the query tolerates older tables (read-only inspection).
    const bool hasKind = q.exec(QStringLiteral("SELECT kind FROM regions LIMIT 0"));
    if (!q.exec(QStringLiteral("SELECT id, code, level, name_zh, name_en, aliases, "
                               "coalesce(parent_id, 0), provincial, %1 FROM regions ORDER BY id")
                    .arg(hasKind ? QStringLiteral("kind") : QStringLiteral("''"))))
        return false;
    QList<QStringList> names;
    while (q.next()) {
        Region r { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(8).toString(),
            q.value(6).toLongLong(), q.value(7).toBool() };
        m_indexById.insert(r.id, int(m_regions.size()));
        names.append(QStringList { r.nameZh, r.nameEn, r.code }
            + q.value(5).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts));
        m_regions << r;
    }
    // Names are added level by level, so a shared name lists the higher region first (吉林 is
    // the province before the city) whatever the row order.
    for (const QString &level : { QStringLiteral("national"), QStringLiteral("province"),
             QStringLiteral("city"), QStringLiteral("district") }) {
        for (int i = 0; i < m_regions.size(); ++i) {
            if (m_regions.at(i).level == level) {
                for (const QString &name : names.at(i))
                    addName(name, i);
            }
        }
    }
    for (auto &bucket : m_byFirstChar) {
        std::stable_sort(bucket.begin(), bucket.end(),
            [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    }
    return true;
}

std::optional<Region> RegionResolver::resolve(const QString &name) const
{
    const auto it = m_byName.constFind(name.trimmed().toLower());
    if (it == m_byName.cend() || it->isEmpty())
        return std::nullopt;
    return m_regions.at(it->first());
}

std::optional<Region> RegionResolver::byCode(const QString &code) const
{
    for (const Region &r : m_regions) {
        if (r.code == code)
            return r;
    }
    return std::nullopt;
}

std::optional<Region> RegionResolver::byId(qint64 id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_regions.at(index);
}

QList<RegionMention> RegionResolver::mentionsIn(QStringView text) const
{
    QList<RegionMention> found;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool han = isHan(c);
        // An English name starts a word, with a capital letter.
        if (!han && (!c.isUpper() || (i > 0 && isWordChar(text.at(i - 1))))) {
            ++i;
            continue;
        }
        const auto bucket = m_byFirstChar.constFind(c.toLower());
        bool matched = false;
        if (bucket != m_byFirstChar.cend()) {
            for (const auto &[name, index] : *bucket) {
                const qsizetype end = i + name.size();
                if (end > text.size())
                    continue;
                if (!han && end < text.size() && isWordChar(text.at(end)))
                    continue;
                if (text.mid(i, name.size()).compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                // Every region this exact name stands for, in resolve() order.
                found.append({ i, name.size(), m_byName.value(name, { index }) });
                i = end;
                matched = true;
                break;
            }
        }
        if (!matched)
            ++i;
    }
    return found;
}

std::optional<Region> RegionResolver::findIn(const QString &text) const
{
    for (const RegionMention &m : mentionsIn(text)) {
        if (isHan(text.at(m.pos)))
            return m_regions.at(m.candidates.first());
    }
    return std::nullopt;
}

std::optional<Region> RegionResolver::byAbbreviation(QChar abbreviation) const
{
    const auto it = m_byAbbreviation.constFind(abbreviation);
    if (it == m_byAbbreviation.cend())
        return std::nullopt;
    return m_regions.at(it.value());
}

int RegionResolver::parentIndex(int index) const
{
    if (index < 0 || index >= m_regions.size())
        return -1;
    return indexOf(m_regions.at(index).parentId);
}

bool RegionResolver::isAncestor(int ancestor, int index) const
{
    for (int p = parentIndex(index), guard = 0; p >= 0 && guard < 8; p = parentIndex(p), ++guard) {
        if (p == ancestor)
            return true;
    }
    return false;
}

int RegionResolver::depth(int index) const
{
    int d = 0;
    for (int p = parentIndex(index); p >= 0 && d < 8; p = parentIndex(p))
        ++d;
    return d;
}

} // namespace policylens
