#pragma once

// A main window on a fresh in-memory workspace filled with the sample content, with
// QSettings redirected to a temporary directory so tests never touch the user's settings.
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "samplefill.h"
#include "session/workspacesession.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace policylens::testing {

class WidgetFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("widgets"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        language = std::make_unique<LanguageManager>();
        language->setLanguage(QStringLiteral("en"));
        auto ws = std::make_unique<Workspace>();
        ASSERT_TRUE(ws->open(QStringLiteral(":memory:")));
        fillSampleWorkspace(*ws);
        window = std::make_unique<MainWindow>(language.get());
        window->setSession(std::make_unique<WorkspaceSession>(std::move(ws)));
        window->resize(1400, 860);
    }
    void TearDown() override
    {
        window.reset();
        language->setLanguage(QStringLiteral("en"));
        language.reset();
    }

    QTemporaryDir settingsDir;
    std::unique_ptr<LanguageManager> language;
    std::unique_ptr<MainWindow> window;
};

} // namespace policylens::testing
