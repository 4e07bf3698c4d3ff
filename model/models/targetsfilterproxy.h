#pragma once

#include "models/targetfilter.h"

#include <QSortFilterProxyModel>

namespace policylens {

// Applies a TargetFilter to the rows TargetsModel holds, and sorts them on raw values. The
// Targets view also pushes the filter down to TargetsModel's SQL; this proxy is what hides a
// row the moment a review makes it stop matching.
class TargetsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsFilterProxy)

public:
    explicit TargetsFilterProxy(QObject *parent = nullptr);
    ~TargetsFilterProxy() override;

    void setFilter(const TargetFilter &filter);
    const TargetFilter &filter() const { return m_filter; }

    // Also asks the source to sort in SQL, so rows still to be fetched come in order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TargetFilter m_filter;
};

} // namespace policylens
