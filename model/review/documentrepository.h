#pragma once

#include "review/documentfield.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace policylens {

// The SQL behind correcting a document's metadata. Values are as stored: title and issuer
// text, region a regions.id (null: unknown), published an ISO date (null: unknown), type and
// status their keys. A document's region is its targets' region too, except where a person
// placed a target elsewhere (targets.user_fields holds "region").
class DocumentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    explicit DocumentRepository(QSqlDatabase db);

    bool exists(qint64 id) const;
    QVariant field(qint64 id, DocumentField field) const;
    bool setField(qint64 id, DocumentField field, const QVariant &value);
    QString userFields(qint64 id) const;
    bool setUserFields(qint64 id, const QString &fields);

    // regions.id of a region code, name or alias (北京, Beijing, beijing); 0 when unknown.
    qint64 regionId(const QString &codeOrName) const;

    QString lastError() const { return m_error; }

private:
    bool reindexTitle(qint64 id, const QString &oldTitle, const QString &newTitle, QSqlQuery *q);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace policylens
