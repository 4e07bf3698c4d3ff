#include "review/documentfield.h"

#include "extract/documentgenre.h"

#include <QCoreApplication>

namespace policylens {

namespace {

// How a field is named in user_fields / on the command line and in the documents table.
struct FieldNames
{
    const char *key;
    const char *column;
};

FieldNames fieldNames(DocumentField field)
{
    switch (field) {
    case DocumentField::Title:
        return { "title", "title" };
    case DocumentField::Issuer:
        return { "issuer", "issuer" };
    case DocumentField::Region:
        return { "region", "region_id" };
    case DocumentField::Published:
        return { "published", "published" };
    case DocumentField::Type:
        return { "type", "doc_type" };
    case DocumentField::Status:
        break;
    }
    return { "status", "doc_status" };
}

} // namespace

QString documentFieldKey(DocumentField field)
{
    return QLatin1String(fieldNames(field).key);
}

QString documentFieldColumn(DocumentField field)
{
    return QLatin1String(fieldNames(field).column);
}

std::optional<DocumentField> documentFieldFromKey(QStringView key)
{
    for (DocumentField f : { DocumentField::Title, DocumentField::Issuer, DocumentField::Region,
             DocumentField::Published, DocumentField::Type, DocumentField::Status }) {
        if (documentFieldKey(f) == key)
            return f;
    }
    return std::nullopt;
}

const QStringList &documentTypeKeys()
{
    // The extractor's genres: the type a person sets is the genre extraction reads with.
    static const QStringList keys = [] {
        QStringList list;
        for (DocumentGenre g : { DocumentGenre::Plan, DocumentGenre::Measures,
                 DocumentGenre::Regulation, DocumentGenre::WorkReport, DocumentGenre::Statistics,
                 DocumentGenre::News, DocumentGenre::Other })
            list << documentGenreKey(g);
        return list;
    }();
    return keys;
}

const QStringList &documentStatusKeys()
{
    static const QStringList keys { QStringLiteral("draft"), QStringLiteral("final") };
    return keys;
}

QString documentTypeName(const QString &key)
{
    if (const auto genre = documentGenreFromKey(key))
        return documentGenreName(*genre);
    return QCoreApplication::translate("DocumentType", "Unknown");
}

QString documentStatusName(const QString &key)
{
    if (key == QLatin1String("draft"))
        return QCoreApplication::translate("DocumentType", "Draft");
    return QCoreApplication::translate("DocumentType", "Final");
}

} // namespace policylens
