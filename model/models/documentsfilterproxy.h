#pragma once

#include <QSortFilterProxyModel>

namespace policylens {

// Filters DocumentsModel by region (with the regions below it), year and a text fragment of
// title, issuer or document number; sorts on raw values (ISO dates, counts).
class DocumentsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsFilterProxy)

public:
    explicit DocumentsFilterProxy(QObject *parent = nullptr);
    ~DocumentsFilterProxy() override;

    void setRegionIds(const QList<qint64> &ids); // empty: all
    void setYear(int year); // 0: all
    void setText(const QString &text);
    QList<qint64> regionIds() const { return m_regionIds; }
    int year() const { return m_year; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<qint64> m_regionIds;
    int m_year = 0;
    QString m_text;
};

} // namespace policylens
