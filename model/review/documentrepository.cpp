#include "review/documentrepository.h"

#include "store/regionresolver.h"
#include "store/searchtext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

namespace {

bool nullable(DocumentField field)
{
    return field == DocumentField::Region || field == DocumentField::Published;
}

} // namespace

DocumentRepository::DocumentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool DocumentRepository::exists(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

QVariant DocumentRepository::field(qint64 id, DocumentField field) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(documentFieldColumn(field)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0);
    return {};
}

bool DocumentRepository::setField(qint64 id, DocumentField field, const QVariant &value)
{
    const bool isNull = value.isNull() || (nullable(field) && value.toString().isEmpty());
    const QString oldTitle = field == DocumentField::Title ? this->field(id, field).toString() : QString();
    if (!m_db.transaction()) {
        m_error = tr("Cannot change document %1: %2").arg(id).arg(m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE documents SET %1 = ? WHERE id = ?").arg(documentFieldColumn(field)));
    q.addBindValue(isNull ? (nullable(field) ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(QStringLiteral("")))
                          : value);
    q.addBindValue(id);
    bool ok = q.exec() && q.numRowsAffected() == 1;
    if (ok && field == DocumentField::Region) {
        // The document's targets move with it, unless a person placed them.
        QSqlQuery t(m_db);
        t.prepare(QStringLiteral("UPDATE targets SET region_id = ? WHERE document_id = ? "
                                 "AND instr('|' || user_fields || '|', '|region|') = 0"));
        t.addBindValue(isNull ? QVariant(QMetaType::fromType<qint64>()) : value);
        t.addBindValue(id);
        ok = t.exec();
        if (!ok)
            q = t;
    }
    if (ok && field == DocumentField::Title)
        ok = reindexTitle(id, oldTitle, value.toString(), &q);
    if (!ok || !m_db.commit()) {
        m_error = tr("Cannot change document %1: %2")
                      .arg(id)
                      .arg(q.lastError().text().isEmpty() ? tr("no such document")
                                                          : q.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

// Search finds documents by title too: the contentless index row is deleted by repeating its
// indexed values, then added with the new title.
bool DocumentRepository::reindexTitle(
    qint64 id, const QString &oldTitle, const QString &newTitle, QSqlQuery *q)
{
    QSqlQuery body(m_db);
    body.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
    body.addBindValue(id);
    if (!body.exec() || !body.next()) {
        *q = body;
        return false;
    }
    const QString indexedBody = SearchText::indexText(body.value(0).toString());
    body.finish();
    q->prepare(QStringLiteral("INSERT INTO documents_fts (documents_fts, rowid, title, body) "
                              "VALUES ('delete', ?, ?, ?)"));
    q->addBindValue(id);
    q->addBindValue(SearchText::indexText(oldTitle));
    q->addBindValue(indexedBody);
    if (!q->exec())
        return false;
    q->prepare(QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"));
    q->addBindValue(id);
    q->addBindValue(SearchText::indexText(newTitle));
    q->addBindValue(indexedBody);
    return q->exec();
}

QString DocumentRepository::userFields(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT user_fields FROM documents WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool DocumentRepository::setUserFields(qint64 id, const QString &fields)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE documents SET user_fields = ? WHERE id = ?"));
    q.addBindValue(QString(QStringLiteral("") + fields));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = tr("Cannot change document %1: %2").arg(id).arg(q.lastError().text());
        return false;
    }
    return true;
}

qint64 DocumentRepository::regionId(const QString &codeOrName) const
{
    RegionResolver regions;
    if (!regions.load(m_db))
        return 0;
    const auto region = regions.resolve(codeOrName);
    return region ? region->id : 0;
}

} // namespace policylens
