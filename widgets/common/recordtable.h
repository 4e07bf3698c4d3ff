#pragma once

class QAbstractItemModel;
class QTableView;

namespace policylens {

// The tables of the workspace views (documents, targets, statistics, codings) behave alike:
// whole rows are selected, a header click sorts (until then the model keeps its own order, the
// one it pages in), and rows carry no numbers. Set up in one place so the views do not drift.
void setupRecordTable(QTableView *table, QAbstractItemModel *model);

} // namespace policylens
