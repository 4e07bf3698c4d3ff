#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace policylens {

// The document metadata a detector may get wrong and a person may correct.
enum class DocumentField { Title, Issuer, Region, Published, Type, Status };

// Keys used in documents.user_fields, on the command line and in JSON: title, issuer, region,
// published, type, status.
QString documentFieldKey(DocumentField field);
std::optional<DocumentField> documentFieldFromKey(QStringView key);
// The field's column in the documents table.
QString documentFieldColumn(DocumentField field);

// Storage keys of documents.doc_type and doc_status.
const QStringList &documentTypeKeys(); // plan, measures, regulation, work_report, statistics, news, other
const QStringList &documentStatusKeys(); // draft, final

// Translated names for the interface.
QString documentTypeName(const QString &key);
QString documentStatusName(const QString &key);

} // namespace policylens
