// What a document can reach (issue 6): importing never opens a network connection (remote
// images, stylesheets, scripts, frames, external entities), never resolves an external entity
// to a local file, never writes a zip entry to disk, and keeps script text out of the document.
// A listening socket on 127.0.0.1 stands in for "the network": any fetch would connect to it.
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

// A TCP listener on a free loopback port; connectionAttempted() tells whether anything tried.
class Tripwire final
{
public:
    Tripwire()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
            return;
        }
        m_port = ntohs(addr.sin_port);
    }
    ~Tripwire()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(Tripwire)

    int port() const { return m_port; }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(QString::fromLatin1(path));
    }
    // A connection waiting in the backlog means something fetched.
    bool connectionAttempted() const
    {
        pollfd p { m_fd, POLLIN, 0 };
        return ::poll(&p, 1, 300) > 0;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(bytes);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray wordXml(const QByteArray &doctype, const QByteArray &body)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        + doctype
        + QByteArrayLiteral("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            "wordprocessingml/2006/main\"><w:body>")
        + body + QByteArrayLiteral("</w:body></w:document>");
}

QByteArray paragraph(const QString &text)
{
    return QByteArrayLiteral("<w:p><w:r><w:t>") + text.toUtf8()
        + QByteArrayLiteral("</w:t></w:r></w:p>");
}

struct ChildResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Security : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_GT(tripwire.port(), 0);
        cwd = dir.filePath(QStringLiteral("cwd"));
        tmp = dir.filePath(QStringLiteral("tmp"));
        ASSERT_TRUE(QDir().mkpath(cwd));
        ASSERT_TRUE(QDir().mkpath(tmp));
        runtime = dir.filePath(QStringLiteral("runtime"));
        ASSERT_TRUE(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        db = dir.filePath(QStringLiteral("w.policylens"));
    }

    // The import runs in an empty working directory with its own empty TMPDIR, so anything it
    // writes besides the workspace shows up there.
    ChildResult import(const QString &path)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("POLICYLENS_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("TMPDIR"), tmp);
        // Qt's own runtime folder (created by the GUI library at start-up) goes elsewhere.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("http_proxy"), tripwire.url(""));
        env.insert(QStringLiteral("https_proxy"), tripwire.url(""));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(cwd);
        p.start(QStringLiteral(POLICYLENS_BINARY),
            { QStringLiteral("import"), QStringLiteral("--json"), path, QStringLiteral("--db"),
                db });
        EXPECT_TRUE(p.waitForFinished(60000));
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    QString storedBody()
    {
        Workspace ws;
        EXPECT_TRUE(ws.open(db));
        QSqlQuery q(ws.database());
        QString body;
        if (q.exec(QStringLiteral("SELECT group_concat(body, '\n') FROM documents")) && q.next())
            body = q.value(0).toString();
        return body;
    }

    QStringList leftovers() const
    {
        QStringList found;
        for (const QString &d : { cwd, tmp }) {
            for (const QString &name :
                QDir(d).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                found << QDir(d).filePath(name);
        }
        return found;
    }

    QTemporaryDir dir;
    Tripwire tripwire;
    QString cwd;
    QString tmp;
    QString runtime;
    QString db;
};

// The tripwire itself: a connection is seen, so a silent pass below means no fetch happened.
TEST(Tripwire, SeesAConnection)
{
    Tripwire tripwire;
    ASSERT_GT(tripwire.port(), 0);
    EXPECT_FALSE(tripwire.connectionAttempted());
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(tripwire.port()));
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    EXPECT_TRUE(tripwire.connectionAttempted());
    ::close(fd);
}

TEST_F(Security, HtmlImportFetchesNothingAndDropsScripts)
{
    const QString page = QDir(dir.path()).filePath(QStringLiteral("page.html"));
    const QString html
        = QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某市算力行动方案</title>"
            "<base href=\"%1\"><link rel=\"stylesheet\" href=\"%2\">"
            "<meta http-equiv=\"refresh\" content=\"0; url=%3\">"
            "<style>@import url(\"%4\"); body { background: url(%5) }</style>"
            "<script src=\"%6\"></script><script>document.write('SCRIPT_RAN')</script></head>"
            "<body onload=\"fetch('%7')\"><img src=\"%8\"><iframe src=\"%9\"></iframe>"
            "<object data=\"%10\"></object><video src=\"%11\"></video>"
            "<p>到2025年，全市智能算力规模达到5000 PFLOPS，培育算力服务企业50家。</p>"
            "<p>各区要落实工作责任，加强政策协同。</p></body></html>")
              .arg(tripwire.url("base/"), tripwire.url("style.css"), tripwire.url("refresh"),
                  tripwire.url("import.css"), tripwire.url("bg.png"), tripwire.url("script.js"),
                  tripwire.url("onload"), tripwire.url("image.png"), tripwire.url("frame.html"))
              .arg(tripwire.url("object"), tripwire.url("video.mp4"));
    QFile file(page);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(html.toUtf8());
    file.close();

    const ChildResult run = import(page);
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"imported\""))) << qPrintable(run.out);
    EXPECT_FALSE(tripwire.connectionAttempted()) << "the import opened a network connection";
    const QString body = storedBody();
    EXPECT_TRUE(body.contains(QStringLiteral("5000 PFLOPS"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QStringLiteral("SCRIPT_RAN"))) << "script text kept";
    EXPECT_FALSE(body.contains(QStringLiteral("document.write"))) << "script text kept";
    EXPECT_TRUE(leftovers().isEmpty()) << qPrintable(leftovers().join(QLatin1Char('\n')));
}

TEST_F(Security, DocxExternalEntitiesAreNeverResolved)
{
    const QString secret = QDir(dir.path()).filePath(QStringLiteral("secret.txt"));
    {
        QFile f(secret);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("TOP-SECRET-CONTENT");
    }
    const QByteArray doctype = QStringLiteral(
        "<!DOCTYPE w:document [<!ENTITY remote SYSTEM \"%1\"><!ENTITY local SYSTEM \"file://%2\">"
        "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>")
                                   .arg(tripwire.url("entity.xml"), secret)
                                   .toUtf8();
    const QString docx = QDir(dir.path()).filePath(QStringLiteral("entities.docx"));
    ASSERT_TRUE(writeZip(docx,
        { { QStringLiteral("word/document.xml"),
            wordXml(doctype,
                paragraph(QStringLiteral("到2025年，培育企业100家。&remote;&local;&c;"))) } }));

    const ChildResult run = import(docx);
    EXPECT_FALSE(tripwire.connectionAttempted()) << "an external entity was fetched";
    EXPECT_FALSE(storedBody().contains(QStringLiteral("TOP-SECRET-CONTENT")))
        << "a local file was read through an entity";
    EXPECT_FALSE(storedBody().contains(QStringLiteral("aaaaaaaaaaaaaaaaaaaa")))
        << "an entity was expanded";
    // Word never writes a DTD: the file is refused with a reason naming it.
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("rejected"))) << qPrintable(run.out);
    EXPECT_TRUE(leftovers().isEmpty()) << qPrintable(leftovers().join(QLatin1Char('\n')));
}

TEST_F(Security, DocxEntriesAreNeverWrittenToDisk)
{
    const QString escaped = QDir(dir.path()).filePath(QStringLiteral("escaped.txt"));
    const QString absolute = QDir(tmp).filePath(QStringLiteral("absolute-entry.txt"));
    const QString docx = QDir(dir.path()).filePath(QStringLiteral("traversal.docx"));
    ASSERT_TRUE(writeZip(docx,
        { { QStringLiteral("../escaped.txt"), QByteArray("escaped") },
            { QStringLiteral("../../escaped.txt"), QByteArray("escaped") },
            { absolute, QByteArray("absolute") },
            { QStringLiteral("word/../../escaped.txt"), QByteArray("escaped") },
            { QStringLiteral("word/document.xml"),
                wordXml(QByteArray(),
                    paragraph(QStringLiteral("到2026年，建设开放数据集30个。"))) } }));

    const ChildResult run = import(docx);
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out) << qPrintable(run.err);
    EXPECT_TRUE(storedBody().contains(QStringLiteral("开放数据集30个")));
    EXPECT_FALSE(QFile::exists(escaped));
    EXPECT_FALSE(QFile::exists(QDir(cwd).filePath(QStringLiteral("../escaped.txt"))));
    EXPECT_FALSE(QFile::exists(absolute));
    EXPECT_TRUE(leftovers().isEmpty()) << qPrintable(leftovers().join(QLatin1Char('\n')));
    EXPECT_FALSE(tripwire.connectionAttempted());
}

} // namespace
