#include "models/pagedtablemodel.h"

#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace policylens {

namespace {

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

// " AND <the row comes after `after` in the keys' order>", its values added to bindings.
QString keysetCondition(
    const QList<PageQuery::Key> &keys, const QVariantList &after, QVariantList &bindings)
{
    const bool uniform = std::all_of(keys.cbegin(), keys.cend(),
        [&keys](const PageQuery::Key &key) { return key.order == keys.constFirst().order; });
    if (uniform) {
        // One direction throughout: a row value, which SQLite answers from an index whose
        // leading columns are the keys, starting right at the last row.
        QStringList expressions;
        QStringList marks;
        for (const PageQuery::Key &key : keys) {
            expressions << key.expression;
            marks << QStringLiteral("?");
        }
        bindings += after;
        return QStringLiteral(" AND (%1) %2 (%3)")
            .arg(expressions.join(QStringLiteral(", ")),
                keys.constFirst().order == Qt::AscendingOrder ? QStringLiteral(">")
                                                              : QStringLiteral("<"),
                marks.join(QStringLiteral(", ")));
    }
    // Mixed directions (a column descending, ties by ascending id) are beyond a row value:
    // the lexicographic comparison spelled out, k1 beyond, or k1 equal and k2 beyond, ...
    QStringList terms;
    for (int i = 0; i < keys.size(); ++i) {
        QStringList parts;
        for (int j = 0; j < i; ++j) {
            parts << keys.at(j).expression + QStringLiteral(" = ?");
            bindings << after.at(j);
        }
        parts << keys.at(i).expression
                + (keys.at(i).order == Qt::AscendingOrder ? QStringLiteral(" > ?")
                                                          : QStringLiteral(" < ?"));
        bindings << after.at(i);
        terms << parts.join(QStringLiteral(" AND "));
    }
    return QStringLiteral(" AND ((%1))").arg(terms.join(QStringLiteral(") OR (")));
}

} // namespace

PagedTableModelBase::PagedTableModelBase(
    QSqlDatabase db, int columns, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_columns(columns)
    , m_pageSize(pageSize)
    , m_language(NumberFormatter::currentLanguage() == NumberFormatter::Language::Chinese
              ? Language::Chinese
              : Language::English)
{
}

PagedTableModelBase::~PagedTableModelBase() = default;

int PagedTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PagedTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

Qt::ItemFlags PagedTableModelBase::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PagedTableModelBase::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return edit(index.row(), index.column(), value);
}

bool PagedTableModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && rowCount() < m_total;
}

void PagedTableModelBase::fetchMore(const QModelIndex &parent)
{
    // Only when rows remain: a row added by id sits after the cursor and must not come twice.
    if (canFetchMore(parent))
        loadPage(true);
}

void PagedTableModelBase::reload()
{
    beginResetModel();
    clearRows();
    m_after.clear();
    const PageQuery page = pageQuery();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                  .arg(page.countFrom.isEmpty() ? page.from : page.countFrom,
                      page.filter.isEmpty() ? QStringLiteral("1") : page.filter));
    for (const QVariant &b : page.bindings)
        q.addBindValue(b);
    m_total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    // The first page comes with the reset (as QSqlQueryModel does), so a view shows rows at
    // once and fetchMore only runs when the reader scrolls.
    loadPage(false);
    endResetModel();
}

void PagedTableModelBase::loadPage(bool announce)
{
    // A view (or QAbstractItemModelTester) may ask for more from inside rowsAboutToBeInserted;
    // the cursor already stands after this page, so that page would land before this one.
    if (m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    QSqlQuery q = selectPage();
    // A short page is the end of the table; an empty one means it shrank under us. Either
    // way the count is what was loaded, and fetchMore stops being asked.
    if (appendPage(q, announce) < m_pageSize)
        m_total = rowCount();
}

void PagedTableModelBase::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

NumberFormatter::Language PagedTableModelBase::formatLanguage() const
{
    return chinese() ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
}

QSqlQuery PagedTableModelBase::selectPage()
{
    const PageQuery page = pageQuery();
    QVariantList bindings;
    const QString condition
        = m_after.isEmpty() ? QString() : keysetCondition(page.keys, m_after, bindings);
    QSqlQuery q = select(page, condition, bindings, m_pageSize);
    m_keyCount = static_cast<int>(page.keys.size());
    m_keyColumn = q.record().count() - m_keyCount;
    return q;
}

QSqlQuery PagedTableModelBase::selectRow(qint64 id, bool filtered) const
{
    PageQuery page = pageQuery();
    if (!filtered) {
        page.filter.clear();
        page.bindings.clear();
    }
    return select(page, QStringLiteral(" AND %1 = ?").arg(page.keys.constLast().expression), { id },
        1);
}

void PagedTableModelBase::noteKeys(const QSqlQuery &query)
{
    m_after.resize(m_keyCount);
    for (int i = 0; i < m_keyCount; ++i)
        m_after[i] = query.value(m_keyColumn + i);
}

QSqlQuery PagedTableModelBase::select(const PageQuery &page, const QString &condition,
    const QVariantList &bindings, int limit) const
{
    QStringList keys;
    QStringList order;
    for (const PageQuery::Key &key : page.keys) {
        keys << key.expression;
        order << key.expression + QLatin1Char(' ') + direction(key.order);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4%5 ORDER BY %6 LIMIT ?")
                  .arg(page.columns, keys.join(QStringLiteral(", ")), page.from,
                      page.filter.isEmpty() ? QStringLiteral("1") : page.filter, condition,
                      order.join(QStringLiteral(", "))));
    for (const QVariant &b : page.bindings)
        q.addBindValue(b);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    q.addBindValue(limit);
    // A failing query is a bug in a model's SQL; the table then shows what it has.
    if (!q.exec())
        qWarning("PagedTableModel: %s", qPrintable(q.lastError().text()));
    return q;
}

} // namespace policylens
