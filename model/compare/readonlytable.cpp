#include "compare/readonlytable.h"

namespace policylens {

ReadOnlyTable::ReadOnlyTable(QObject *parent, int columns)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

ReadOnlyTable::~ReadOnlyTable() = default;

int ReadOnlyTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ReadOnlyTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ReadOnlyTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index, role);
}

QVariant ReadOnlyTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? columnTitle(section) : rowTitle(section);
}

} // namespace policylens
