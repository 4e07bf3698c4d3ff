#include "review/documentfield.h"

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
    static const QStringList keys { QStringLiteral("plan"), QStringLiteral("measures"),
        QStringLiteral("regulation"), QStringLiteral("work_report"), QStringLiteral("statistics"),
        QStringLiteral("news"), QStringLiteral("other") };
    return keys;
}

const QStringList &documentStatusKeys()
{
    static const QStringList keys { QStringLiteral("draft"), QStringLiteral("final") };
    return keys;
}

QString documentTypeName(const QString &key)
{
    if (key == QLatin1String("plan"))
        return QCoreApplication::translate("DocumentType", "Plan");
    if (key == QLatin1String("measures"))
        return QCoreApplication::translate("DocumentType", "Measures");
    if (key == QLatin1String("regulation"))
        return QCoreApplication::translate("DocumentType", "Regulation");
    if (key == QLatin1String("work_report"))
        return QCoreApplication::translate("DocumentType", "Work report");
    if (key == QLatin1String("statistics"))
        return QCoreApplication::translate("DocumentType", "Statistics");
    if (key == QLatin1String("news"))
        return QCoreApplication::translate("DocumentType", "News");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("DocumentType", "Other");
    return QCoreApplication::translate("DocumentType", "Unknown");
}

QString documentStatusName(const QString &key)
{
    if (key == QLatin1String("draft"))
        return QCoreApplication::translate("DocumentType", "Draft");
    return QCoreApplication::translate("DocumentType", "Final");
}

} // namespace policylens
