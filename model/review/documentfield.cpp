#include "review/documentfield.h"

#include "extract/documentgenre.h"

#include <QCoreApplication>

namespace policylens {

QString documentFieldKey(DocumentField field)
{
    switch (field) {
    case DocumentField::Title:
        return QStringLiteral("title");
    case DocumentField::Issuer:
        return QStringLiteral("issuer");
    case DocumentField::Region:
        return QStringLiteral("region");
    case DocumentField::Published:
        return QStringLiteral("published");
    case DocumentField::Type:
        return QStringLiteral("type");
    case DocumentField::Status:
        return QStringLiteral("status");
    }
    return {};
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
