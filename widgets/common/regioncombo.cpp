#include "common/regioncombo.h"

#include "models/catalog.h"

#include <QCompleter>

namespace policylens {

RegionCombo::RegionCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

RegionCombo::~RegionCombo() = default;

void RegionCombo::fill(const Catalog &catalog, bool chinese)
{
    const qint64 current = regionId();
    clear();
    for (const QVariant &choice : catalog.regionChoices(chinese)) {
        const QVariantList pair = choice.toList();
        addItem(pair.value(1).toString(), pair.value(0));
    }
    setRegionId(current);
}

void RegionCombo::setRegionId(qint64 id)
{
    const int index = id > 0 ? findData(id) : findData(QString());
    setCurrentIndex(index < 0 ? 0 : index);
}

qint64 RegionCombo::regionId() const
{
    // The typed text decides, so a name typed without picking from the list still counts.
    const int index = findText(currentText());
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

} // namespace policylens
