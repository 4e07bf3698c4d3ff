#pragma once

// A workspace file with documents imported through the real pipeline (extraction and coding),
// for the coding tests. Sentences composed for these tests.
#include "coding/codebookrepository.h"
#include "coding/codinghook.h"
#include "ingest/extractionhook.h"
#include "ingest/importservice.h"
#include "importtesthelpers.h"
#include "store/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace policylens::testing {

class CodingWorkspace : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("coding.policylens"))));
        CodebookRepository books(ws.database());
        ASSERT_TRUE(books.seedBuiltIn()) << books.lastError().toStdString();
    }

    qint64 import(const QString &name, const QString &text)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(writeFile(path, text.toUtf8()));
        ImportService service(ws.database());
        service.setDocumentHook(chainHooks({ extractionHook(), codingHook() }));
        const QList<FileImportResult> results = service.importPaths({ path });
        EXPECT_EQ(results.size(), 1);
        EXPECT_EQ(results.value(0).status, FileImportResult::Status::Imported) << results.value(0).reason.toStdString();
        return results.isEmpty() ? 0 : results.first().documentId;
    }

    qint64 codeId(const QString &key)
    {
        const std::optional<StoredCode> code = CodebookRepository(ws.database()).codeByKey(key);
        EXPECT_TRUE(code) << key.toStdString();
        return code ? code->id : 0;
    }

    void setRegion(qint64 documentId, const QString &regionCode)
    {
        QSqlQuery q(ws.database());
        q.prepare(QStringLiteral("UPDATE documents SET region_id = (SELECT id FROM regions WHERE code = ?) WHERE id = ?"));
        q.addBindValue(regionCode);
        q.addBindValue(documentId);
        ASSERT_TRUE(q.exec());
    }

    int scalar(const QString &sql)
    {
        QSqlQuery q(ws.database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir dir;
    Workspace ws;
};

} // namespace policylens::testing
