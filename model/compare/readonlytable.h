#pragma once

#include <QAbstractTableModel>

namespace policylens {

// A read-only flat table whose subclasses say only what is in it: how many rows and columns,
// what a cell holds and what a column or row is called. The Qt plumbing (a child index has no
// rows, an invalid index no data, headers answer only DisplayRole) is written once here, so the
// compare models and the export tables cannot drift apart in how they answer it.
class ReadOnlyTable : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyTable)

public:
    ~ReadOnlyTable() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    // A model whose columns are fixed names their count here; the others override columns().
    explicit ReadOnlyTable(QObject *parent, int columns = 0);

    virtual int rows() const = 0;
    virtual int columns() const { return m_columns; }
    // Only ever asked for a valid index of this model.
    virtual QVariant cell(const QModelIndex &index, int role) const = 0;
    // The DisplayRole titles; empty past the last column or row.
    virtual QVariant columnTitle(int section) const = 0;
    // Rows are numbered from 1 unless a model names them.
    virtual QVariant rowTitle(int section) const { return section + 1; }

private:
    int m_columns;
};

} // namespace policylens
