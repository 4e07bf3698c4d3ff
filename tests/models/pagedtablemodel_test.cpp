#include "models/catalog.h"
#include "models/pagedtablemodel.h"
#include "models/targetsmodel.h"
#include "modeltester.h"
#include "testworkspace.h"

#include <QSqlError>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

struct Item
{
    qint64 id;
    QVariant key;
};

// The smallest paged model: items(id, key) three rows a page, ordered by the keys given.
class ItemsModel final : public PagedTableModel<Item>
{
public:
    static constexpr int PageSize = 3;

    ItemsModel(QSqlDatabase db, QList<PageQuery::Key> keys, QString filter = {})
        : PagedTableModel(std::move(db), 2, PageSize, nullptr)
        , m_keys(std::move(keys))
        , m_filter(std::move(filter))
    {
        reload();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || role != Qt::DisplayRole)
            return {};
        const Item &item = rowAt(index.row());
        return index.column() == 0 ? QVariant(item.id) : item.key;
    }

    QList<qint64> ids() const
    {
        QList<qint64> out;
        for (int i = 0; i < rowCount(); ++i)
            out << rowAt(i).id;
        return out;
    }

    using PagedTableModel::insertRowById;
    using PagedTableModel::refreshRow;
    using PagedTableModel::removeRowById;

private:
    PageQuery pageQuery() const override
    {
        PageQuery page;
        page.columns = QStringLiteral("id, key");
        page.from = QStringLiteral("items");
        page.filter = m_filter;
        page.keys = m_keys;
        return page;
    }
    Item readRow(const QSqlQuery &query) const override
    {
        return { query.value(0).toLongLong(), query.value(1) };
    }
    QVariant columnTitle(int column) const override
    {
        return column == 0 ? QStringLiteral("id") : QStringLiteral("key");
    }
    bool isEditable(int column) const override { return column == 1; }
    bool edit(int row, int, const QVariant &value) override
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("UPDATE items SET key = ? WHERE id = ?"));
        q.addBindValue(value);
        q.addBindValue(rowAt(row).id);
        if (!q.exec())
            return false;
        refreshRow(rowAt(row).id);
        return true;
    }

    QList<PageQuery::Key> m_keys;
    QString m_filter;
};

const QString nullable = QStringLiteral("coalesce(key, -9223372036854775807)");

class PagedTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection());
            db.setDatabaseName(QStringLiteral(":memory:"));
            ASSERT_TRUE(db.open());
        }
        run(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, key INTEGER)"));
    }
    void TearDown() override
    {
        QSqlDatabase::database(connection()).close();
        QSqlDatabase::removeDatabase(connection());
    }

    static QSqlDatabase db() { return QSqlDatabase::database(connection()); }
    static void run(const QString &sql, const QVariantList &bindings = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &b : bindings)
            q.addBindValue(b);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    // Keys in id order; a null QVariant stores NULL.
    static void insert(const QVariantList &keys)
    {
        for (const QVariant &key : keys)
            run(QStringLiteral("INSERT INTO items (key) VALUES (?)"), { key });
    }
    // What one query over the whole table says the order is.
    static QList<qint64> expected(const QString &orderBy)
    {
        QSqlQuery q(QStringLiteral("SELECT id FROM items ORDER BY ") + orderBy, db());
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }
    static void fetchAll(QAbstractItemModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    static QString connection() { return QStringLiteral("paged_test"); }
};

} // namespace

TEST_F(PagedTableModelTest, EqualSortKeysPageAcrossTheBoundaryOnce)
{
    // Seven rows share a key, so every page boundary falls inside the tie.
    insert({ 2, 1, 2, 2, 2, 2, 2, 3, 2, 1 });
    ItemsModel model(db(), { { QStringLiteral("key") }, { QStringLiteral("id") } });
    EXPECT_EQ(model.rowCount(), ItemsModel::PageSize);
    EXPECT_EQ(model.totalCount(), 10);
    ModelTesterGuard tester(&model);
    fetchAll(model);
    EXPECT_EQ(model.ids(), expected(QStringLiteral("key, id")));
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(PagedTableModelTest, DescendingOrderKeepsTiesInIdOrder)
{
    insert({ 2, 1, 2, 2, 3, 2, 2, 3, 2, 1, 3 });
    ItemsModel model(db(),
        { { QStringLiteral("key"), Qt::DescendingOrder }, { QStringLiteral("id") } });
    ModelTesterGuard tester(&model);
    fetchAll(model);
    EXPECT_EQ(model.ids(), expected(QStringLiteral("key DESC, id")));
}

TEST_F(PagedTableModelTest, NullKeysSortAsSqliteSortsThem)
{
    // NULLs first ascending and last descending, as ORDER BY on the bare column.
    insert({ 2, QVariant(), 1, QVariant(), QVariant(), 2, QVariant(), 1, 2, QVariant() });
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        ItemsModel model(db(), { { nullable, order }, { QStringLiteral("id") } });
        ModelTesterGuard tester(&model);
        fetchAll(model);
        EXPECT_EQ(model.ids(),
            expected(order == Qt::AscendingOrder ? QStringLiteral("key, id")
                                                 : QStringLiteral("key DESC, id")));
    }
}

TEST_F(PagedTableModelTest, SeveralKeysInOneDirectionPageAsARowValue)
{
    run(QStringLiteral("ALTER TABLE items ADD COLUMN second TEXT NOT NULL DEFAULT ''"));
    for (int i = 0; i < 14; ++i) {
        run(QStringLiteral("INSERT INTO items (key, second) VALUES (?, ?)"),
            { i % 3, QStringLiteral("s%1").arg(i % 2) });
    }
    ItemsModel model(
        db(), { { QStringLiteral("key") }, { QStringLiteral("second") }, { QStringLiteral("id") } });
    ModelTesterGuard tester(&model);
    fetchAll(model);
    EXPECT_EQ(model.ids(), expected(QStringLiteral("key, second, id")));
}

TEST_F(PagedTableModelTest, ATableShrinkingBetweenFetchesEndsTheFetching)
{
    insert({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
    ItemsModel model(db(), { { QStringLiteral("id") } });
    ASSERT_EQ(model.ids(), QList<qint64>({ 1, 2, 3 }));
    // One row of the next page and every row after it go.
    run(QStringLiteral("DELETE FROM items WHERE id = 5 OR id > 6"));
    ModelTesterGuard tester(&model);
    fetchAll(model);
    EXPECT_EQ(model.ids(), QList<qint64>({ 1, 2, 3, 4, 6 }));
    EXPECT_EQ(model.totalCount(), 5);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(PagedTableModelTest, ATableEmptiedBetweenFetchesStopsAtWhatWasLoaded)
{
    insert({ 1, 2, 3, 4, 5, 6, 7 });
    ItemsModel model(db(), { { QStringLiteral("id") } });
    run(QStringLiteral("DELETE FROM items WHERE id > 3"));
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.totalCount(), 3);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(PagedTableModelTest, RowsAreReReadAddedAndRemovedById)
{
    insert({ 1, 2, 3, 4 });
    ItemsModel model(db(), { { QStringLiteral("id") } }, QStringLiteral("key < 10"));
    ModelTesterGuard tester(&model);
    fetchAll(model);
    run(QStringLiteral("UPDATE items SET key = 20 WHERE id = 2"));
    model.refreshRow(2); // re-read even though the filter no longer takes it
    EXPECT_EQ(model.index(model.rowOf(2), 1).data().toInt(), 20);
    insert({ 5, 50 });
    model.insertRowById(5);
    model.insertRowById(6); // filtered out
    EXPECT_EQ(model.ids(), QList<qint64>({ 1, 2, 3, 4, 5 }));
    EXPECT_EQ(model.totalCount(), 5);
    model.removeRowById(1);
    EXPECT_EQ(model.ids(), QList<qint64>({ 2, 3, 4, 5 }));
    EXPECT_EQ(model.totalCount(), 4);
    EXPECT_EQ(model.rowOf(1), -1);
}

TEST_F(PagedTableModelTest, HeadersFlagsAndEditsGoThroughTheModelsHooks)
{
    insert({ 1, 2 });
    ItemsModel model(db(), { { QStringLiteral("id") } });
    ModelTesterGuard tester(&model);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("key"));
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(model.index(0, 0), 7));
    EXPECT_FALSE(model.setData(model.index(0, 1), 7, Qt::DisplayRole));
    EXPECT_TRUE(model.setData(model.index(0, 1), 7));
    EXPECT_EQ(model.index(0, 1).data().toInt(), 7);
}

TEST_F(PagedTableModelTest, LanguageChangeRepaintsHeadersAndCells)
{
    insert({ 1, 2 });
    ItemsModel model(db(), { { QStringLiteral("id") } });
    model.setLanguage(Language::English);
    int headers = 0;
    QObject::connect(&model, &QAbstractItemModel::headerDataChanged, [&headers] { ++headers; });
    model.setLanguage(Language::Chinese);
    model.setLanguage(Language::Chinese); // no change, no signal
    EXPECT_EQ(model.language(), Language::Chinese);
    EXPECT_EQ(headers, 1);
}

// The targets table across a page boundary, sorted by a column with NULLs both ways.
TEST(TargetsModelPaging, SortedPagesFollowSqlOrderAcrossPages)
{
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    addIndicators(ws);
    const qint64 doc = addDocument(ws, QStringLiteral("doc"), QStringLiteral("wuhan"),
        QStringLiteral("2021-01-01"), QStringLiteral("规模达到3000亿元。"));
    ws.database().transaction();
    const int count = TargetsModel::PageSize + 150;
    for (int i = 0; i < count; ++i) {
        exec(ws,
            QStringLiteral("INSERT INTO targets (document_id, indicator_key, kind, value, year) "
                           "VALUES (?, 'other', 'target', ?, ?)"),
            { doc, i % 7, i % 5 ? QVariant(2020 + i % 4) : QVariant() });
    }
    ws.database().commit();
    const Catalog catalog(ws.database());
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        TargetsModel model(ws.database(), &catalog, nullptr);
        model.sort(TargetsModel::Year, order);
        EXPECT_EQ(model.rowCount(), TargetsModel::PageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QList<qint64> ids;
        for (int i = 0; i < model.rowCount(); ++i)
            ids << model.index(i, 0).data(TargetsModel::IdRole).toLongLong();
        QSqlQuery q(ws.database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM targets ORDER BY year %1, id")
                .arg(order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"))));
        QList<qint64> sql;
        while (q.next())
            sql << q.value(0).toLongLong();
        EXPECT_EQ(ids, sql);
    }
}
