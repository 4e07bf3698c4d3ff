#include "coding/recoder.h"

#include "coding/codebookrepository.h"
#include "coding/codinghook.h"
#include "coding/codingrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

Recoder::Recoder(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<RecodeResult> Recoder::run(const Progress &progress)
{
    CodebookRepository books(m_db);
    if (books.codebooks().isEmpty() && !books.seedBuiltIn()) {
        m_error = books.lastError();
        return std::nullopt;
    }
    const WorkspaceCoder coder(books.load());
    // Ids first, bodies one at a time: a workspace may hold far more text than fits in memory.
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM documents ORDER BY id"))) {
        m_error = tr("Cannot read the documents: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    CodingRepository codings(m_db);
    RecodeResult total;
    for (qsizetype i = 0; i < ids.size() && !m_cancel.load(); ++i) {
        q.prepare(QStringLiteral("SELECT body, language FROM documents WHERE id = ?"));
        q.addBindValue(ids.at(i));
        if (!q.exec() || !q.next()) {
            m_error = tr("Cannot read document %1: %2").arg(ids.at(i)).arg(q.lastError().text());
            return std::nullopt;
        }
        const QString body = q.value(0).toString();
        const QString language = q.value(1).toString();
        q.finish();
        const std::optional<RecodeResult> one
            = codings.replaceAutoCodings(ids.at(i), coder.code(body, language));
        if (!one) {
            m_error = codings.lastError();
            return std::nullopt;
        }
        total += *one;
        if (progress)
            progress(int(i + 1), int(ids.size()));
    }
    return total;
}

} // namespace policylens
