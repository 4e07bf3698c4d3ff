#include "common/formrows.h"

#include <QFormLayout>
#include <QLabel>

namespace policylens {

void addLabelledRows(QFormLayout *form, std::initializer_list<QWidget *> fields)
{
    for (QWidget *field : fields)
        form->addRow(new QLabel(form->parentWidget()), field);
}

void setFormLabels(QFormLayout *form, const QStringList &labels)
{
    for (int row = 0; row < labels.size(); ++row) {
        if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(labels.at(row));
    }
}

} // namespace policylens
