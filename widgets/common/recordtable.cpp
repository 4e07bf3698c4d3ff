#include "common/recordtable.h"

#include <QHeaderView>
#include <QTableView>

namespace policylens {

void setupRecordTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
}

} // namespace policylens
