#pragma once

#include "coding/instrumentmatrix.h"

#include <QAbstractTableModel>

namespace policylens {

// The cities x codes matrix: one row per region, one column per code and a total. Shows counts
// of coded sentences or each code's share of the region's codings (setShowShares).
class InstrumentMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstrumentMatrixModel)

public:
    enum Column { FirstCodeColumn = 0 }; // then one per code, then the total
    enum Role { RegionIdRole = Qt::UserRole + 1, CodeIdRole, CountRole, ShareRole };

    explicit InstrumentMatrixModel(QObject *parent = nullptr);

    void setMatrix(InstrumentMatrix matrix);
    const InstrumentMatrix &matrix() const { return m_matrix; }
    void setLanguage(Language language);
    void setShowShares(bool shares);
    bool showsShares() const { return m_shares; }
    int totalColumn() const { return int(m_matrix.codes.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString regionName(const InstrumentMatrix::Region &region, Language language);

private:
    InstrumentMatrix m_matrix;
    Language m_language = Language::English;
    bool m_shares = false;
};

// Supply / environment / demand shares (percent) per region: the rows are the categories and
// the three columns the bar sets of a stacked bar chart (QVBarModelMapper).
class InstrumentSharesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstrumentSharesModel)

public:
    enum Column { SupplyColumn, EnvironmentColumn, DemandColumn, ColumnCount };
    enum Role { RegionIdRole = Qt::UserRole + 1, CountRole };

    explicit InstrumentSharesModel(QObject *parent = nullptr);

    void setMatrix(const InstrumentMatrix &matrix);
    void setLanguage(Language language);
    static InstrumentSide side(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InstrumentMatrix m_matrix;
    Language m_language = Language::English;
};

// "Supply", "Environment", "Demand" in the UI language.
QString instrumentSideName(InstrumentSide side);

// The matrix as an HTML table for reports: a row per region, a column per code with at least one
// coded sentence, each cell "count (share)".
QString instrumentMatrixHtml(const InstrumentMatrix &matrix, Language language);

} // namespace policylens
