#pragma once

#include "search/searchprovider.h"

#include <QAbstractListModel>

namespace policylens {

// Keyword-in-context lines for the search box: "…before [match] after…  — title".
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Column { Context, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        PositionRole,
        LengthRole,
        BeforeRole,
        MatchRole,
        AfterRole,
        TitleRole
    };

    explicit SearchResultsModel(QObject *parent = nullptr);
    ~SearchResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setHits(const QList<SearchHit> &hits);
    void clear() { setHits({}); }

private:
    QList<SearchHit> m_hits;
};

} // namespace policylens
