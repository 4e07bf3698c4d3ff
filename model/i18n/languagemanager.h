#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace policylens {

// Installs PolicyLens's own translator and Qt's (qtbase: dialogs, buttons) for one UI
// language, replacing the previous pair, so the GUI can switch live and the CLI can honour
// --lang. Widgets pick the change up through QEvent::LanguageChange.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    // No destructor of its own: a QTranslator removes itself from the application when it
    // is destroyed.
    explicit LanguageManager(QObject *parent = nullptr);

    // "zh_CN" or "en"; anything starting with "zh" means Chinese. Returns the code in force.
    QString setLanguage(const QString &code);
    QString language() const { return m_language; }
    bool isChinese() const { return m_language.startsWith(QLatin1String("zh")); }

    static QString systemDefault();
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace policylens
