#pragma once

#include "core/vocabulary.h"
#include "format/numberformatter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace policylens {

// What a paged model reads, in SQL pieces the base puts together.
struct PageQuery
{
    // One term of the order. The expression must never be NULL: a nullable column is wrapped
    // in coalesce() with a value below every real one, which keeps SQLite's NULLs-first order
    // and lets the next page be asked for with plain comparisons.
    struct Key
    {
        QString expression;
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    QString columns; // the SELECT list the model's row reader takes, in order
    QString from; // tables and joins
    QString countFrom; // the tables counting needs; empty: from
    QString filter; // a condition, or empty for every row
    QVariantList bindings; // the filter's
    // Most significant first; the last is the row id, so the order is total.
    QList<Key> keys;
};

// A table of SQL rows loaded a page at a time with keyset paging: each page starts after the
// last loaded row's sort key (WHERE (key, id) > (?, ?)), so a page deep in the table costs what
// the first one does instead of reading and skipping every row before it (OFFSET). Owns the
// row count, fetching, reloading, the UI language and re-reading one row by id; the model
// keeps its columns, its SQL and its cell formatting.
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModelBase)

public:
    ~PagedTableModelBase() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // An edit of an editable cell, handed to the model's edit().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Counts the rows and loads the first page again.
    void reload();
    qint64 totalCount() const { return m_total; }
    Language language() const { return m_language; }
    void setLanguage(Language language);

protected:
    PagedTableModelBase(QSqlDatabase db, int columns, int pageSize, QObject *parent);

    // Called on every page, so it follows the model's current filter and sort.
    virtual PageQuery pageQuery() const = 0;
    // Appends the rows of an executed page query; announce: with beginInsertRows (false
    // inside a reset). Returns how many rows it read.
    virtual int appendPage(QSqlQuery &query, bool announce) = 0;
    virtual void clearRows() = 0;
    virtual QVariant columnTitle(int column) const = 0;
    // Whether a cell of the column takes edits (through the review service).
    virtual bool isEditable(int column) const = 0;
    // Writes an edit of an editable cell; the row is re-read when the change is signalled.
    virtual bool edit(int row, int column, const QVariant &value) = 0;

    // One row by id, executed; filtered: only if it passes the model's filter.
    QSqlQuery selectRow(qint64 id, bool filtered) const;
    // Remembers the keys of the row the query stands on: the next page starts after it.
    void noteKeys(const QSqlQuery &query);
    void adjustTotal(qint64 delta) { m_total += delta; }

    bool chinese() const { return m_language == Language::Chinese; }
    NumberFormatter::Language formatLanguage() const;
    QSqlDatabase database() const { return m_db; }

private:
    QSqlQuery select(const PageQuery &page, const QString &condition,
        const QVariantList &bindings, int limit) const;
    void loadPage(bool announce);
    // The page after the last loaded row (the first page before any), executed.
    QSqlQuery selectPage();

    QSqlDatabase m_db;
    const int m_columns;
    const int m_pageSize;
    int m_keyColumn = 0; // where the key values start in a page query's result
    int m_keyCount = 0;
    QVariantList m_after; // the keys of the last loaded row; empty before the first page
    qint64 m_total = 0;
    bool m_fetching = false; // inside loadPage
    Language m_language;
};

// A row's id, for a Row type with an id member; a Row type without one declares its own
// idOf overload beside it (found by argument-dependent lookup).
template<typename Row> qint64 idOf(const Row &row)
{
    return row.id;
}

// The rows themselves, of the model's own Row type. Row lookup by id is a scan: the views ask
// for it once per edit, not per cell.
template<typename Row> class PagedTableModel : public PagedTableModelBase
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    // -1 when the row is not loaded (yet).
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (idOf(m_rows.at(i)) == id)
                return i;
        }
        return -1;
    }

protected:
    using PagedTableModelBase::PagedTableModelBase;

    virtual Row readRow(const QSqlQuery &query) const = 0;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    Row &rowAt(int row) { return m_rows[row]; }

    // Re-reads a loaded row after an edit, without the filter: a row that no longer matches
    // stays until the next reload (a proxy hides it), so the view does not jump under the
    // reviewer's cursor.
    void refreshRow(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        QSqlQuery q = selectRow(id, false);
        if (!q.next())
            return;
        m_rows[row] = readRow(q);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    // A row added to the table: appended when every page is loaded and it passes the filter;
    // otherwise counted, and it arrives with its page.
    void insertRowById(qint64 id)
    {
        if (rowOf(id) >= 0)
            return;
        QSqlQuery q = selectRow(id, true);
        if (!q.next())
            return;
        if (m_rows.size() < totalCount()) {
            adjustTotal(1);
            return;
        }
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(readRow(q));
        adjustTotal(1);
        endInsertRows();
    }

    void removeRowById(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        adjustTotal(-1);
        endRemoveRows();
    }

private:
    int appendPage(QSqlQuery &query, bool announce) override
    {
        QList<Row> page;
        while (query.next()) {
            page.append(readRow(query));
            noteKeys(query);
        }
        if (page.isEmpty())
            return 0;
        const int first = static_cast<int>(m_rows.size());
        if (announce)
            beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.append(std::move(page));
        if (announce)
            endInsertRows();
        return static_cast<int>(m_rows.size()) - first;
    }

    void clearRows() override { m_rows.clear(); }

    QList<Row> m_rows;
};

} // namespace policylens
