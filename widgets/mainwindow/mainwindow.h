#pragma once

#include <QMainWindow>

namespace policylens {

class LanguageManager;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(LanguageManager *language, const QString &workspacePath, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LanguageManager *m_language;
    QString m_workspacePath;
};

} // namespace policylens
