#pragma once

#include <QLabel>

namespace policylens {

// A word-wrapped label that asks its layout for every line it needs. A plain QLabel with word
// wrap reports a minimum height guessed before its width is known, so inside a form in a
// crowded side panel it is cut after two lines (Chinese text, without spaces, most of all).
class WrapLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapLabel)

public:
    explicit WrapLabel(QWidget *parent = nullptr);
    ~WrapLabel() override;

    void setText(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
};

} // namespace policylens
