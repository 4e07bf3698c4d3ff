// Installs the build tree into a temporary prefix with `cmake --install` and checks that what a
// distribution package would ship is there and works from its installed place.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QString appId = QStringLiteral(POLICYLENS_APP_ID);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult run(
    const QString &program, const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start();
    ProcessResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

class InstallTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_prefix.isValid());
        const ProcessResult install = run(QStringLiteral(POLICYLENS_CMAKE_COMMAND),
            { QStringLiteral("--install"), QStringLiteral(POLICYLENS_BUILD_DIR),
                QStringLiteral("--prefix"), m_prefix.path() });
        ASSERT_EQ(install.exitCode, 0) << qPrintable(install.out) << qPrintable(install.err);
    }

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QString binary() const { return installed(QStringLiteral("bin/policylens")); }

    QTemporaryDir m_prefix;
};

TEST_F(InstallTest, PutsEveryDesktopFileInItsFreedesktopPlace)
{
    const QStringList expected {
        QStringLiteral("share/applications/%1.desktop").arg(appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("share/doc/policylens/copyright"),
    };
    for (const QString &relative : expected)
        EXPECT_TRUE(QFileInfo(installed(relative)).isFile()) << qPrintable(relative);

    const QFileInfo exe(binary());
    EXPECT_TRUE(exe.isFile() && exe.isExecutable());
}

TEST_F(InstallTest, InstallsAPngIconOfEachHicolorSize)
{
    const QStringList sizes = QStringLiteral(POLICYLENS_ICON_SIZES).split(QLatin1Char(','));
    ASSERT_GE(sizes.size(), 5);
    for (const QString &size : sizes) {
        const QString path
            = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size, appId));
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << qPrintable(path);
        EXPECT_EQ(image.width(), size.toInt()) << qPrintable(path);
        EXPECT_EQ(image.height(), size.toInt()) << qPrintable(path);
        // Transparent corners and an opaque centre: the icon was drawn, not left blank.
        EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << qPrintable(path);
        EXPECT_GT(qAlpha(image.pixel(image.width() / 2, image.height() / 2)), 200)
            << qPrintable(path);
    }
}

TEST_F(InstallTest, InstalledBinaryReportsItsVersion)
{
    const ProcessResult version = run(binary(), { QStringLiteral("--version") }, m_prefix.path());
    ASSERT_EQ(version.exitCode, 0) << qPrintable(version.err);
    EXPECT_EQ(version.out.trimmed(),
        QStringLiteral("policylens %1").arg(QStringLiteral(POLICYLENS_PROJECT_VERSION)));
}

// The extract subcommand belongs to the extraction work; until a build registers it, this test
// reports itself skipped rather than passing on nothing.
TEST_F(InstallTest, InstalledBinaryExtractsTargetsFromASampleDocument)
{
    const ProcessResult help = run(binary(), { QStringLiteral("--help") }, m_prefix.path());
    ASSERT_EQ(help.exitCode, 0) << qPrintable(help.err);
    if (!help.out.contains(QStringLiteral("\n  extract\n")))
        GTEST_SKIP() << "this build has no extract subcommand";

    const QString sample = QStringLiteral(POLICYLENS_TEST_DATA "/packaging/target_zh.txt");
    const ProcessResult extract = run(
        binary(), { QStringLiteral("extract"), QStringLiteral("--json"), sample }, m_prefix.path());
    ASSERT_EQ(extract.exitCode, 0) << qPrintable(extract.err);

    // "到2025年……规模达到500亿元以上": 5e10 yuan, at least, by 2025.
    bool found = false;
    const QStringList lines = extract.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(line);
        const QJsonObject target = document.object();
        const QJsonValue value = target.value(QStringLiteral("value"));
        const double number = value.isString() ? value.toString().toDouble() : value.toDouble();
        if (target.value(QStringLiteral("year")).toInt() == 2025 && qFuzzyCompare(number, 5e10)
            && target.value(QStringLiteral("comparator")).toString() == QLatin1String(">="))
            found = true;
    }
    EXPECT_TRUE(found) << qPrintable(extract.out);
}

} // namespace
