// Keyset paging (models/pagedtablemodel.h): paging a sorted table must give exactly the rows of
// one ORDER BY over the whole table, in the same order, whatever the sort column, direction,
// ties and NULLs; and a page must not depend on the pages read before it by position.
#include "models/catalog.h"
#include "models/targetsmodel.h"
#include "modeltester.h"
#include "testworkspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class PagingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        data.fill(ws);
        // More than two pages of targets, with repeated values (ties) and NULL years and
        // regions spread through them.
        QSqlQuery copy(ws.database());
        const int copies = 2 * TargetsModel::PageSize / 5 + 7;
        for (int i = 0; i < copies; ++i) {
            ASSERT_TRUE(copy.exec(QStringLiteral(
                "INSERT INTO targets (document_id, region_id, indicator_key, kind, value, unit, "
                "comparator, year, sentence, review_status) "
                "SELECT document_id, CASE WHEN id % 3 = 0 THEN NULL ELSE region_id END, "
                "indicator_key, kind, value + %1 % 4, unit, comparator, "
                "CASE WHEN (id + %1) % 5 = 0 THEN NULL ELSE year END, sentence, review_status "
                "FROM targets WHERE id <= 5")
                                       .arg(i)));
        }
        catalog.reload(ws.database());
    }

    // Target ids in the order one query over the whole table gives.
    QList<qint64> expectedOrder(const QString &column, Qt::SortOrder order) const
    {
        QSqlQuery q(ws.database());
        const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                              : QStringLiteral("DESC");
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT t.id FROM targets t JOIN documents d ON "
                                          "d.id = t.document_id ORDER BY %1 %2, t.id %2")
                               .arg(column, direction)));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    static QList<qint64> pagedOrder(TargetsModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(TargetsModel::IdRole).toLongLong();
        return ids;
    }

    Workspace ws;
    SmallWorkspace data;
    Catalog catalog;
};

} // namespace

TEST_F(PagingTest, EverySortColumnAndDirectionPagesLikeOneQuery)
{
    const QList<QPair<int, QString>> columns { { TargetsModel::Year, QStringLiteral("t.year") },
        { TargetsModel::Region, QStringLiteral("t.region_id") },
        { TargetsModel::Value, QStringLiteral("t.value") },
        { TargetsModel::Kind, QStringLiteral("t.kind") } };
    for (const auto &[column, sql] : columns) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            TargetsModel model(ws.database(), &catalog, nullptr);
            model.sort(column, order);
            const QList<qint64> expected = expectedOrder(sql, order);
            ASSERT_GT(expected.size(), 2 * TargetsModel::PageSize);
            EXPECT_EQ(pagedOrder(model), expected) << sql.toStdString() << ' ' << int(order);
        }
    }
}

TEST_F(PagingTest, ARowRemovedBeforeTheCursorNeitherRepeatsNorSkipsRows)
{
    TargetsModel model(ws.database(), &catalog, nullptr);
    ModelTesterGuard tester(&model);
    const qint64 firstId = model.index(0, 0).data(TargetsModel::IdRole).toLongLong();
    // Deleted behind the reader's back: OFFSET paging would skip one row of the next page.
    QSqlQuery del(ws.database());
    ASSERT_TRUE(del.exec(QStringLiteral("DELETE FROM targets WHERE id = %1").arg(firstId)));
    QList<qint64> ids = pagedOrder(model);
    ids.removeOne(firstId);
    EXPECT_EQ(ids, expectedOrder(QStringLiteral("t.id"), Qt::AscendingOrder));
}
