#include "review/editdocumentcommand.h"

#include "review/reviewservice.h"

#include <QCoreApplication>

namespace policylens {

EditDocumentCommand::EditDocumentCommand(ReviewService *service, qint64 id, DocumentField field,
    QVariant oldValue, QVariant newValue)
    : m_service(service)
    , m_id(id)
    , m_field(field)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("ReviewCommands", "Edit document"));
}

void EditDocumentCommand::redo()
{
    DocumentRepository &repo = m_service->documents();
    m_oldUserFields = repo.userFields(m_id);
    QStringList fields = m_oldUserFields.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (!fields.contains(documentFieldKey(m_field)))
        fields << documentFieldKey(m_field);
    if (!repo.setField(m_id, m_field, m_new)
        || !repo.setUserFields(m_id, fields.join(QLatin1Char('|')))) {
        setObsolete(true);
        m_service->notifyFailed(repo.lastError());
        return;
    }
    m_service->notifyDocumentChanged(m_id);
}

void EditDocumentCommand::undo()
{
    DocumentRepository &repo = m_service->documents();
    if (!repo.setField(m_id, m_field, m_old) || !repo.setUserFields(m_id, m_oldUserFields))
        m_service->notifyFailed(repo.lastError());
    m_service->notifyDocumentChanged(m_id);
}

} // namespace policylens
