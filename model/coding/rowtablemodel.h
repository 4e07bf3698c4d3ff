#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace policylens {

// A flat table whose rows are read whole into memory, with a fixed number of columns: the row
// and column counts every such coding model answers the same way. The subclass fills m_rows
// between beginResetModel() and endResetModel() and answers data() and headerData().
template<typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    RowTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    { }

    QList<Row> m_rows;

private:
    int m_columns;
};

} // namespace policylens
