#include "i18n/languagemanager.h"

#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace policylens {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QString LanguageManager::systemDefault()
{
    return toString(QLocale::system().language() == QLocale::Chinese ? Language::Chinese
                                                                      : Language::English);
}

QString LanguageManager::setLanguage(const QString &code)
{
    const QString normalized = toString(languageFromString(code));
    if (normalized == m_language)
        return m_language;

    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_app.load(QStringLiteral(":/i18n/policylens_%1.qm").arg(normalized)))
        QCoreApplication::installTranslator(&m_app);
    if (normalized != QLatin1String("en")
        && m_qt.load(QStringLiteral("qtbase_%1").arg(normalized),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    m_language = normalized;
    QLocale::setDefault(QLocale(normalized == QLatin1String("en") ? QStringLiteral("en_GB")
                                                                   : normalized));
    emit languageChanged(m_language);
    return m_language;
}

} // namespace policylens
