#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace policylens {

// The SQL a paged table model reads from.
struct PageQuery
{
    QString columns; // the columns readRow() reads, in this order
    QString from; // "targets t JOIN documents d ON d.id = t.document_id"
    QString countFrom; // FROM for count(*), when fewer joins suffice; empty: from
    QString where; // conditions, each starting with " AND "; empty: every row
    QVariantList bindings; // for where
    // Non-null SQL expressions, most significant first; empty: the id order alone. A nullable
    // column goes through KeysetCursor::nullableKey().
    QStringList sortKeys;
    Qt::SortOrder order = Qt::AscendingOrder; // of the sort keys and of the id that breaks ties
    QString id; // a unique, non-null column: "t.id"
};

// Keyset paging: each page continues after the last row read ("WHERE key > last key"), so a
// page costs the same at any depth, where LIMIT/OFFSET reads and drops every row before it.
class KeysetCursor final
{
public:
    void reset() { m_last.clear(); }
    // Prepares and runs the page after the last row remembered.
    bool exec(QSqlQuery &query, const PageQuery &page, int limit);
    // Remembers the key of the row the query stands on; call for each row read.
    void remember(const QSqlQuery &query);

    static qint64 count(const QSqlDatabase &db, const PageQuery &page);
    // One row of the page's query that also meets extraWhere (" AND t.id = ?").
    static bool execOne(QSqlQuery &query, const PageQuery &page, const QString &extraWhere,
        const QVariantList &extraBindings);
    // A nullable column as two non-null keys that sort as SQLite sorts NULL (first ascending).
    static QStringList nullableKey(const QString &expression);

private:
    QVariantList m_last; // sort keys, then id, of the last row read; empty before the first page
    int m_keyColumn = 0; // where the key columns start in the result
    int m_keyCount = 0; // sort keys and id
};

// A table model over a SQL table too large to load at once: rows arrive a page at a time as the
// view scrolls (canFetchMore/fetchMore), keyset-paged. Subclasses say what to read (pageQuery)
// and how to read one row (readRow); rowCount, paging, reload and the language switch live here.
template<typename Row>
class PagedTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid())
            return;
        QList<Row> page = readPage();
        if (page.isEmpty()) {
            // The table shrank under us: stop asking.
            m_total = m_rows.size();
            return;
        }
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.append(std::move(page));
        endInsertRows();
    }

    // Rows matching the query in the table, loaded or not.
    qint64 totalCount() const { return m_total; }

    void reload()
    {
        beginResetModel();
        m_rows.clear();
        m_cursor.reset();
        m_total = KeysetCursor::count(m_db, pageQuery());
        // The first page comes with the reset (as QSqlQueryModel does), so a view shows rows at
        // once and fetchMore only runs when the reader scrolls.
        m_rows = readPage();
        endResetModel();
    }

    void setChinese(bool chinese)
    {
        if (chinese == m_chinese)
            return;
        m_chinese = chinese;
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

protected:
    PagedTableModel(QSqlDatabase db, int pageSize, bool chinese, QObject *parent)
        : QAbstractTableModel(parent)
        , m_db(std::move(db))
        , m_chinese(chinese)
        , m_pageSize(pageSize)
    { }

    virtual PageQuery pageQuery() const = 0;
    virtual Row readRow(const QSqlQuery &query) const = 0;

    // The one row of the query that also meets extraWhere, read fresh (after an edit).
    std::optional<Row> readOne(const QString &extraWhere, const QVariantList &extraBindings) const
    {
        QSqlQuery q(m_db);
        if (!KeysetCursor::execOne(q, pageQuery(), extraWhere, extraBindings) || !q.next())
            return std::nullopt;
        return readRow(q);
    }

    QSqlDatabase m_db;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_chinese = false;

private:
    QList<Row> readPage()
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QList<Row> page;
        if (!m_cursor.exec(q, pageQuery(), m_pageSize))
            return page;
        page.reserve(m_pageSize);
        while (q.next()) {
            page.append(readRow(q));
            m_cursor.remember(q);
        }
        return page;
    }

    KeysetCursor m_cursor;
    int m_pageSize;
};

} // namespace policylens
