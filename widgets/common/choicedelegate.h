#pragma once

#include <QStyledItemDelegate>

namespace policylens {

// Edits cells whose model offers a list of {value, label} pairs under `choicesRole` with a
// combo box; other cells get the default editor. Also tints cells by review status.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    ChoiceDelegate(int choicesRole, QObject *parent = nullptr);
    ~ChoiceDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace policylens
