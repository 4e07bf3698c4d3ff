#include "coding/instrumentmatrixmodel.h"

#include <QLocale>

#include <cmath>

namespace policylens {

QString instrumentSideName(InstrumentSide side)
{
    switch (side) {
    case InstrumentSide::Supply:
        return InstrumentMatrixModel::tr("Supply");
    case InstrumentSide::Environment:
        return InstrumentMatrixModel::tr("Environment");
    case InstrumentSide::Demand:
        return InstrumentMatrixModel::tr("Demand");
    case InstrumentSide::None:
        break;
    }
    return InstrumentMatrixModel::tr("No side");
}

InstrumentMatrixModel::InstrumentMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString InstrumentMatrixModel::regionName(const InstrumentMatrix::Region &region, Language language)
{
    if (region.id == 0)
        return tr("Region unknown");
    return region.name.forLanguage(language);
}

void InstrumentMatrixModel::setMatrix(InstrumentMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

void InstrumentMatrixModel::setLanguage(Language language)
{
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void InstrumentMatrixModel::setShowShares(bool shares)
{
    m_shares = shares;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int InstrumentMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.regions.size());
}

int InstrumentMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.codes.size()) + 1;
}

QVariant InstrumentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int r = index.row();
    const int c = index.column();
    const bool total = c == totalColumn();
    const int count = total ? m_matrix.total(r) : m_matrix.counts.at(r).at(c);
    const double share = total ? (count > 0 ? 1.0 : 0.0) : m_matrix.share(r, c);
    switch (role) {
    case Qt::DisplayRole:
        if (m_shares && !total)
            return QString(QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%'));
        return count;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1 sentences, %2% of the region's codings")
            .arg(count)
            .arg(QLocale().toString(share * 100, 'f', 1));
    case RegionIdRole:
        return m_matrix.regions.at(r).id;
    case CodeIdRole:
        return total ? QVariant() : QVariant(m_matrix.codes.at(c).id);
    case CountRole:
        return count;
    case ShareRole:
        return share;
    default:
        return {};
    }
}

QVariant InstrumentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
            return QAbstractTableModel::headerData(section, orientation, role);
        return regionName(m_matrix.regions.at(section), m_language);
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == totalColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    const StoredCode &code = m_matrix.codes.at(section);
    if (role == Qt::DisplayRole)
        return code.code.name.forLanguage(m_language);
    if (role == Qt::ToolTipRole)
        return QString(code.code.key + QStringLiteral(" (") + instrumentSideName(code.code.side) + QLatin1Char(')'));
    return {};
}

InstrumentSharesModel::InstrumentSharesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

InstrumentSide InstrumentSharesModel::side(Column column)
{
    switch (column) {
    case SupplyColumn:
        return InstrumentSide::Supply;
    case EnvironmentColumn:
        return InstrumentSide::Environment;
    case DemandColumn:
    case ColumnCount:
        break;
    }
    return InstrumentSide::Demand;
}

void InstrumentSharesModel::setMatrix(const InstrumentMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

void InstrumentSharesModel::setLanguage(Language language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int InstrumentSharesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.regions.size());
}

int InstrumentSharesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstrumentSharesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const InstrumentSide s = side(Column(index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        // Percent with one decimal: the bar value and the exported table agree.
        return std::round(m_matrix.sideShare(index.row(), s) * 1000.0) / 10.0;
    case RegionIdRole:
        return m_matrix.regions.at(index.row()).id;
    case CountRole:
        return m_matrix.sideTotal(index.row(), s);
    default:
        return {};
    }
}

QVariant InstrumentSharesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        return InstrumentMatrixModel::regionName(m_matrix.regions.at(section), m_language);
    }
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr("%1 (%)").arg(instrumentSideName(side(Column(section))));
}

QString instrumentMatrixHtml(const InstrumentMatrix &matrix, Language language)
{
    QList<int> used;
    for (int c = 0; c < int(matrix.codes.size()); ++c) {
        if (matrix.codeTotal(c) > 0)
            used << c;
    }
    if (used.isEmpty())
        return {};
    QString html = QStringLiteral("<table class=\"matrix\"><tr><th></th>");
    for (int c : std::as_const(used))
        html += QStringLiteral("<th>%1</th>").arg(matrix.codes.at(c).code.name.forLanguage(language).toHtmlEscaped());
    html += QStringLiteral("<th>%1</th></tr>").arg(InstrumentMatrixModel::tr("Total").toHtmlEscaped());
    for (int r = 0; r < int(matrix.regions.size()); ++r) {
        html += QStringLiteral("<tr><th>%1</th>")
                    .arg(InstrumentMatrixModel::regionName(matrix.regions.at(r), language).toHtmlEscaped());
        for (int c : std::as_const(used))
            html += QStringLiteral("<td>%1 (%2%)</td>")
                        .arg(matrix.counts.at(r).at(c))
                        .arg(QLocale().toString(matrix.share(r, c) * 100, 'f', 0));
        html += QStringLiteral("<td>%1</td></tr>").arg(matrix.total(r));
    }
    return html + QStringLiteral("</table>");
}

} // namespace policylens
