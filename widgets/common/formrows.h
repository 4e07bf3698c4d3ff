#pragma once

#include <QStringList>

#include <initializer_list>

class QFormLayout;
class QWidget;

namespace policylens {

// Form rows whose labels follow the UI language (the target editor and the add-target,
// document details and chart export dialogs). QFormLayout makes no label for an empty text,
// so each field gets a real, still empty label up front, parented to the form's widget.
void addLabelledRows(QFormLayout *form, std::initializer_list<QWidget *> fields);
// Sets the label of row i to labels[i] (in retranslateUi); rows without a label (a button,
// a note across the form) are passed over.
void setFormLabels(QFormLayout *form, const QStringList &labels);

} // namespace policylens
