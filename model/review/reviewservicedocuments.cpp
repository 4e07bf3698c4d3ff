// ReviewService: correcting document metadata and choosing which competing value counts.
#include "review/choosetargetcommand.h"
#include "review/reviewcommands.h"
#include "review/reviewservice.h"

#include <QDate>
#include <QUndoStack>

namespace policylens {

namespace {

// The value as stored, or nullopt when it is not valid for the field.
std::optional<QVariant> storedValue(
    DocumentRepository &documents, DocumentField field, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    switch (field) {
    case DocumentField::Title:
        if (text.isEmpty())
            return std::nullopt;
        return QVariant(text);
    case DocumentField::Issuer:
        return QVariant(text);
    case DocumentField::Region: {
        if (text.isEmpty())
            return QVariant(QMetaType::fromType<qint64>());
        const qint64 id = documents.regionId(text);
        return id > 0 ? std::optional<QVariant>(QVariant(id)) : std::nullopt;
    }
    case DocumentField::Published: {
        if (text.isEmpty())
            return QVariant(QMetaType::fromType<QString>());
        const QDate date = value.typeId() == QMetaType::QDate
            ? value.toDate()
            : QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || date.year() < 1949 || date.year() > 2100)
            return std::nullopt;
        return QVariant(date.toString(Qt::ISODate));
    }
    case DocumentField::Type:
        return documentTypeKeys().contains(text) ? std::optional<QVariant>(QVariant(text))
                                                 : std::nullopt;
    case DocumentField::Status:
        return documentStatusKeys().contains(text) ? std::optional<QVariant>(QVariant(text))
                                                   : std::nullopt;
    }
    return std::nullopt;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace

bool ReviewService::editDocument(qint64 id, DocumentField field, const QVariant &value)
{
    if (!m_documents.exists(id)) {
        emit failed(tr("Document %1 does not exist in this workspace.").arg(id));
        return false;
    }
    const auto stored = storedValue(m_documents, field, value);
    if (!stored) {
        emit failed(tr("\"%1\" is not a valid value for this field.").arg(value.toString()));
        return false;
    }
    const QVariant old = m_documents.field(id, field);
    if (sameValue(old, *stored)) {
        // Confirming a detected value still marks it as the person's, so it is kept.
        const QStringList fields
            = m_documents.userFields(id).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (fields.contains(documentFieldKey(field)))
            return true;
    }
    m_stack->push(new EditDocumentCommand(this, id, field, old, *stored));
    return sameValue(m_documents.field(id, field), *stored);
}

bool ReviewService::chooseTarget(qint64 targetId)
{
    const ChoiceKey key = m_choices.keyOf(targetId);
    if (key.indicator.isEmpty()) {
        emit failed(tr("Target %1 does not exist in this workspace.").arg(targetId));
        return false;
    }
    if (key.regionId == 0 || key.year == 0) {
        emit failed(tr("Target %1 has no region or no year, so no other value competes with it.")
                        .arg(targetId));
        return false;
    }
    const qint64 old = m_choices.chosen(key);
    if (old == targetId)
        return true;
    m_stack->push(new ChooseTargetCommand(this, key, old, targetId));
    return m_choices.chosen(key) == targetId;
}

bool ReviewService::clearChoice(const ChoiceKey &key)
{
    const qint64 old = m_choices.chosen(key);
    if (old == 0)
        return true;
    m_stack->push(new ChooseTargetCommand(this, key, old, 0));
    return m_choices.chosen(key) == 0;
}

} // namespace policylens
