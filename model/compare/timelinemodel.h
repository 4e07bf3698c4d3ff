#pragma once

#include "compare/comparemodel.h"

namespace policylens {

// Documents by publication date, one lane per city. Rows are grouped by city (block()), so a
// QVXYModelMapper per city draws that city's documents: x = TimeColumn (ms since the epoch,
// for QDateTimeAxis), y = LaneColumn (the city's lane number).
class TimelineModel final : public CompareModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column {
        CityColumn = 0,
        DateColumn,
        TitleColumn,
        IssuerColumn,
        TimeColumn,
        LaneColumn,
        ColumnCount
    };
    enum Role { DocumentIdRole = Qt::UserRole, RegionCodeRole, PublishedRole };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    Block block(int cityIndex) const;
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    int undatedCount() const { return m_undated; }

protected:
    // Shows every document whatever it is about: setIndicator() does not apply.
    void clear() override;
    Result<void> load(const CompareRepository &repo) override;
    int rows() const override { return static_cast<int>(m_documents.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;
    QVariant columnTitle(int section) const override;

private:
    void addLanes(const QList<QList<DocumentDate>> &byLane);

    QList<DocumentDate> m_documents;
    QList<int> m_lane;
    QList<Block> m_blocks;
    QDate m_first;
    QDate m_last;
    int m_undated = 0;
};

} // namespace policylens
