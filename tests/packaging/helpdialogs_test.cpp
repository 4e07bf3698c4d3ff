// Help > About and Help > Getting Started, offscreen: what they show, and that they follow a
// language switch (through a marking translator, since translations of new strings arrive
// after merging, and through LanguageManager for Qt's own button texts).
#include "about/buildinfo.h"
#include "help/aboutdialog.h"
#include "help/gettingstarteddialog.h"
#include "i18n/languagemanager.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTranslator>

#include <gtest/gtest.h>

namespace policylens {
namespace {

const QString marker = QStringLiteral("«T»");

// Translates every PolicyLens string by prefixing a marker, leaving Qt's own strings alone.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!QByteArray(context).startsWith("policylens::"))
            return {};
        return marker + QString::fromUtf8(sourceText);
    }
};

QString labelText(const QWidget &parent, const char *name)
{
    const auto *label = parent.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

TEST(AboutDialog, ShowsVersionLicenceAndLibraryVersions)
{
    AboutDialog dialog;
    dialog.show();
    EXPECT_TRUE(labelText(dialog, "titleLabel").contains(QStringLiteral(POLICYLENS_VERSION)));
    EXPECT_TRUE(labelText(dialog, "licenseLabel").contains(QStringLiteral("GPL-3.0-or-later")));
    const QString components = labelText(dialog, "componentsLabel");
    EXPECT_TRUE(components.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))))
        << qPrintable(components);
    EXPECT_TRUE(components.contains(QStringLiteral("ICU %1").arg(BuildInfo::icuRuntimeVersion())))
        << qPrintable(components);
    EXPECT_TRUE(components.contains(BuildInfo::sqliteVersion())) << qPrintable(components);
}

TEST(AboutDialog, VersionReportNamesEveryComponent)
{
    const QString report = AboutDialog().versionReport();
    for (const QString &part : { BuildInfo::applicationVersion(), BuildInfo::qtRuntimeVersion(),
             BuildInfo::icuVersion(), BuildInfo::sqliteVersion(), BuildInfo::licenseSpdx() })
        EXPECT_TRUE(report.contains(part)) << qPrintable(part);
}

TEST(BuildInfo, VersionsAreRealVersionNumbers)
{
    const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)*$"));
    EXPECT_TRUE(version.match(BuildInfo::icuVersion()).hasMatch())
        << qPrintable(BuildInfo::icuVersion());
    EXPECT_TRUE(version.match(BuildInfo::sqliteVersion()).hasMatch());
    EXPECT_EQ(BuildInfo::applicationVersion(), QStringLiteral(POLICYLENS_VERSION));
    // The ICU loaded at run time must be the major version the code was compiled against.
    EXPECT_EQ(BuildInfo::icuRuntimeVersion().section(QLatin1Char('.'), 0, 0),
        BuildInfo::icuVersion().section(QLatin1Char('.'), 0, 0));
}

TEST(AboutDialog, RetranslatesWhenATranslatorIsInstalled)
{
    AboutDialog dialog;
    const QString englishTitle = labelText(dialog, "titleLabel");
    ASSERT_FALSE(englishTitle.startsWith(marker));

    MarkingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents(); // delivers QEvent::LanguageChange
    EXPECT_EQ(labelText(dialog, "titleLabel"), marker + englishTitle);
    EXPECT_TRUE(labelText(dialog, "summaryLabel").startsWith(marker));
    EXPECT_TRUE(dialog.windowTitle().startsWith(marker));

    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(labelText(dialog, "titleLabel"), englishTitle);
}

TEST(GettingStartedDialog, ShowsEveryStepAndTheCommandLine)
{
    GettingStartedDialog dialog;
    dialog.show();
    const auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("gettingStartedBrowser"));
    ASSERT_NE(browser, nullptr);
    const QString text = browser->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("policylens --help")));
    EXPECT_TRUE(text.contains(QStringLiteral("*.policylens")));
    for (int step = 1; step <= 6; ++step)
        EXPECT_TRUE(text.contains(QStringLiteral("%1. ").arg(step))) << step;
}

TEST(GettingStartedDialog, RetranslatesWhenATranslatorIsInstalled)
{
    GettingStartedDialog dialog;
    const auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("gettingStartedBrowser"));
    ASSERT_NE(browser, nullptr);
    ASSERT_FALSE(browser->toPlainText().contains(marker));

    MarkingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents();
    const QString translated = browser->toPlainText();
    EXPECT_TRUE(dialog.windowTitle().startsWith(marker));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    // Title, introduction and each heading and paragraph of the six steps.
    EXPECT_EQ(translated.count(marker), 14) << qPrintable(translated);
    EXPECT_FALSE(browser->toPlainText().contains(marker));
    EXPECT_FALSE(dialog.windowTitle().startsWith(marker));
}

TEST(HelpDialogs, FollowLanguageManagerForQtButtonTexts)
{
    QTranslator probe;
    if (!probe.load(
            QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        GTEST_SKIP() << "Qt's Chinese translations are not installed (qt6-translations-l10n)";

    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    AboutDialog about;
    GettingStartedDialog gettingStarted;
    auto closeText = [](const QDialog &dialog) {
        const auto *box = dialog.findChild<QDialogButtonBox *>();
        return box ? box->button(QDialogButtonBox::Close)->text() : QString();
    };
    const QString english = closeText(about);
    ASSERT_FALSE(english.isEmpty());

    language.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    EXPECT_NE(closeText(about), english);
    EXPECT_NE(closeText(gettingStarted), english);

    language.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(closeText(about), english);
}

} // namespace
} // namespace policylens
