#include "models/catalog.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace policylens {

Catalog::Catalog(const QSqlDatabase &db)
{
    reload(db);
}

void Catalog::reload(const QSqlDatabase &db)
{
    m_regions.clear();
    m_indicators.clear();
    m_regionIndex.clear();
    m_indicatorIndex.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT id, code, level, coalesce(parent_id, 0), name_zh, name_en FROM regions "
            "ORDER BY id"))) {
        while (q.next()) {
            m_regionIndex.insert(q.value(0).toLongLong(), static_cast<int>(m_regions.size()));
            m_regions.append(
                { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString() });
        }
    }
    if (q.exec(QStringLiteral("SELECT key, name_zh, name_en, unit FROM indicators ORDER BY key"))) {
        while (q.next()) {
            m_indicatorIndex.insert(q.value(0).toString(), static_cast<int>(m_indicators.size()));
            m_indicators.append({ q.value(0).toString(), q.value(1).toString(),
                q.value(2).toString(), q.value(3).toString() });
        }
    }
}

const Catalog::Region *Catalog::region(qint64 id) const
{
    const auto it = m_regionIndex.constFind(id);
    return it == m_regionIndex.constEnd() ? nullptr : &m_regions.at(*it);
}

const Catalog::Indicator *Catalog::indicator(const QString &key) const
{
    const auto it = m_indicatorIndex.constFind(key);
    return it == m_indicatorIndex.constEnd() ? nullptr : &m_indicators.at(*it);
}

QString Catalog::regionName(qint64 id, bool chinese) const
{
    const Region *r = region(id);
    if (!r)
        return {};
    return chinese ? r->nameZh : r->nameEn;
}

QString Catalog::regionLabel(qint64 id, bool chinese) const
{
    const QString name = regionName(id, chinese);
    return name.isEmpty() ? QCoreApplication::translate("Catalog", "Region unknown") : name;
}

QString Catalog::indicatorName(const QString &key, bool chinese) const
{
    const Indicator *i = indicator(key);
    if (!i)
        return key;
    return chinese ? i->nameZh : i->nameEn;
}

QList<qint64> Catalog::regionWithDescendants(qint64 id) const
{
    QList<qint64> out { id };
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const Region &r : m_regions) {
            if (r.parentId == out.at(i) && r.id != out.at(i))
                out.append(r.id);
        }
    }
    return out;
}

QVariantList Catalog::regionChoices(bool chinese) const
{
    QVariantList list;
    list << QVariant(
        QVariantList { QString(), QCoreApplication::translate("Catalog", "Region unknown") });
    for (const Region &r : m_regions) {
        const QString name = chinese ? r.nameZh : r.nameEn;
        const QString label = r.level == QLatin1String("district")
            ? QCoreApplication::translate("Catalog", "%1 (%2)")
                  .arg(name, regionName(r.parentId, chinese))
            : name;
        list << QVariant(QVariantList { r.id, label });
    }
    return list;
}

} // namespace policylens
