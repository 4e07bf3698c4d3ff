#pragma once

#include <QWidget>

class QLabel;

namespace policylens {

// Holds the Compare tab's place until the charts view replaces it.
class ComparePlaceholder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePlaceholder)

public:
    explicit ComparePlaceholder(QWidget *parent = nullptr);
    ~ComparePlaceholder() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
};

} // namespace policylens
