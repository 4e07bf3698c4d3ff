// The desktop entry, AppStream metainfo and MIME type checked by the freedesktop tools when
// they are installed (skipped otherwise), and checked against each other always: a renamed
// id, icon or MIME type in one file but not the others breaks double-click and menus silently.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>

#include <gtest/gtest.h>

namespace {

const QString appId = QStringLiteral(POLICYLENS_APP_ID);
const QString mimeType = QStringLiteral("application/x-policylens-workspace");

QString packagingFile(const QString &suffix)
{
    return QStringLiteral(POLICYLENS_SOURCE_DIR "/packaging/%1%2").arg(appId, suffix);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct Tool
{
    int exitCode = -1;
    QString output;
};

// Runs a validator if it is installed; an empty program path means "not installed".
Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(60000))
        return tool;
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    tool.output = QString::fromUtf8(process.readAll());
    return tool;
}

// [Desktop Entry] keys; enough of the format for our own file (no sections beyond the first).
std::map<QString, QString> desktopEntry()
{
    std::map<QString, QString> keys;
    const QString text = QString::fromUtf8(readAll(packagingFile(QStringLiteral(".desktop"))));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !line.startsWith(QLatin1Char('#')))
            keys[line.left(eq).trimmed()] = line.mid(eq + 1).trimmed();
    }
    return keys;
}

TEST(DesktopFiles, DesktopEntryPassesDesktopFileValidate)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        GTEST_SKIP() << "desktop-file-validate is not installed (Debian: desktop-file-utils)";
    const Tool result = runTool(tool, { packagingFile(QStringLiteral(".desktop")) });
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.output);
    EXPECT_FALSE(result.output.contains(QLatin1String("error:"))) << qPrintable(result.output);
}

TEST(DesktopFiles, MetainfoPassesAppstreamValidate)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        GTEST_SKIP() << "appstreamcli is not installed (Debian: appstream)";
    const Tool result = runTool(tool,
        { QStringLiteral("validate"), QStringLiteral("--no-net"),
            packagingFile(QStringLiteral(".metainfo.xml")) });
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.output);
}

TEST(DesktopFiles, MimeTypeCompilesIntoAMimeDatabase)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (tool.isEmpty())
        GTEST_SKIP() << "update-mime-database is not installed (Debian: shared-mime-info)";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("mime/packages")));
    ASSERT_TRUE(QFile::copy(packagingFile(QStringLiteral(".mime.xml")),
        dir.filePath(QStringLiteral("mime/packages/%1.xml").arg(appId))));
    const Tool result = runTool(tool, { dir.filePath(QStringLiteral("mime")) });
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.output);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("mime/%1.xml").arg(mimeType))));
    const QByteArray globs = readAll(dir.filePath(QStringLiteral("mime/globs2")));
    EXPECT_TRUE(globs.contains("application/x-policylens-workspace:*.policylens")) << globs.data();
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("mime/magic"))).contains("SQLite format 3"));
}

TEST(DesktopFiles, DesktopEntryOpensWorkspacesAndIsBilingual)
{
    auto keys = desktopEntry();
    EXPECT_EQ(keys[QStringLiteral("Exec")], QStringLiteral("policylens %f"));
    EXPECT_EQ(keys[QStringLiteral("Icon")], appId);
    EXPECT_EQ(keys[QStringLiteral("Categories")], QStringLiteral("Office;Science;"));
    EXPECT_TRUE(keys[QStringLiteral("MimeType")].split(QLatin1Char(';')).contains(mimeType));
    EXPECT_FALSE(keys[QStringLiteral("Name[zh_CN]")].isEmpty());
    EXPECT_FALSE(keys[QStringLiteral("Comment[zh_CN]")].isEmpty());
    EXPECT_NE(keys[QStringLiteral("Name[zh_CN]")], keys[QStringLiteral("Name")]);
    EXPECT_TRUE(
        QFile::exists(QStringLiteral(POLICYLENS_SOURCE_DIR "/resources/icons/%1.svg").arg(appId)));
}

TEST(DesktopFiles, MimeDefinitionClaimsOnlyPolicyLensFiles)
{
    QXmlStreamReader xml(readAll(packagingFile(QStringLiteral(".mime.xml"))));
    QString type;
    QStringList globs;
    QString parent;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("mime-type"))
            type = xml.attributes().value(QLatin1String("type")).toString();
        else if (name == QLatin1String("glob"))
            globs << xml.attributes().value(QLatin1String("pattern")).toString();
        else if (name == QLatin1String("sub-class-of"))
            parent = xml.attributes().value(QLatin1String("type")).toString();
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_EQ(type, mimeType);
    EXPECT_EQ(globs, QStringList { QStringLiteral("*.policylens") });
    EXPECT_EQ(parent, QStringLiteral("application/vnd.sqlite3"));
}

TEST(DesktopFiles, MetainfoMatchesTheDesktopEntryAndTheProjectVersion)
{
    QXmlStreamReader xml(readAll(packagingFile(QStringLiteral(".metainfo.xml"))));
    QString id, launchable, binary, mediatype;
    QStringList releases;
    bool chineseDescription = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        const QString lang = xml.attributes().value(QLatin1String("xml:lang")).toString();
        if (name == QLatin1String("release"))
            releases << xml.attributes().value(QLatin1String("version")).toString();
        else if (name == QLatin1String("id"))
            id = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("binary"))
            binary = xml.readElementText();
        else if (name == QLatin1String("mediatype"))
            mediatype = xml.readElementText();
        else if (name == QLatin1String("p") && lang.startsWith(QLatin1String("zh")))
            chineseDescription = true;
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_EQ(id, appId);
    EXPECT_EQ(launchable, appId + QStringLiteral(".desktop"));
    EXPECT_EQ(binary, QStringLiteral("policylens"));
    EXPECT_EQ(mediatype, mimeType);
    EXPECT_TRUE(chineseDescription);
    // Bumping project(VERSION) needs a <release> entry for it.
    EXPECT_TRUE(releases.contains(QStringLiteral(POLICYLENS_PROJECT_VERSION)))
        << qPrintable(releases.join(QLatin1Char(' ')));
}

} // namespace
