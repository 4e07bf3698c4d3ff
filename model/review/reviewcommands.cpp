#include "review/reviewcommands.h"

#include <QCoreApplication>

namespace policylens {

namespace {

QString statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Verified:
        return QCoreApplication::translate("ReviewCommands", "Verify target");
    case ReviewStatus::Rejected:
        return QCoreApplication::translate("ReviewCommands", "Reject target");
    case ReviewStatus::Edited:
        return QCoreApplication::translate("ReviewCommands", "Mark target edited");
    case ReviewStatus::Unreviewed:
        break;
    }
    return QCoreApplication::translate("ReviewCommands", "Reset target review");
}

QString editText(TargetField)
{
    return QCoreApplication::translate("ReviewCommands", "Edit target");
}

QString editText(StatisticField)
{
    return QCoreApplication::translate("ReviewCommands", "Edit statistic");
}

QString editText(DocumentField)
{
    return QCoreApplication::translate("ReviewCommands", "Edit document");
}

// The '|'-separated user_fields of a target or document with key added (once): the fields a
// person set, which re-extraction and re-detection keep.
QString withUserField(const QString &fields, const QString &key)
{
    QStringList list = fields.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (!list.contains(key))
        list << key;
    return list.join(QLatin1Char('|'));
}

} // namespace

SetTargetStatusCommand::SetTargetStatusCommand(
    ReviewService *service, qint64 id, ReviewStatus oldStatus, ReviewStatus newStatus)
    : m_service(service)
    , m_id(id)
    , m_old(oldStatus)
    , m_new(newStatus)
{
    setText(statusText(m_new));
}

void SetTargetStatusCommand::redo()
{
    if (!m_service->targets().setStatus(m_id, m_new)) {
        setObsolete(true);
        m_service->notifyFailed(m_service->targets().lastError());
        return;
    }
    m_service->notifyTargetChanged(m_id);
}

void SetTargetStatusCommand::undo()
{
    if (!m_service->targets().setStatus(m_id, m_old))
        m_service->notifyFailed(m_service->targets().lastError());
    m_service->notifyTargetChanged(m_id);
}

AddTargetCommand::AddTargetCommand(ReviewService *service, TargetRecord record)
    : m_service(service)
    , m_record(std::move(record))
{
    setText(QCoreApplication::translate("ReviewCommands", "Add target"));
}

void AddTargetCommand::redo()
{
    // The first redo gets a fresh id; later redos put the row back under the same id so
    // older commands on the stack still point at it.
    const qint64 id = m_service->targets().insert(m_record);
    if (id == 0) {
        setObsolete(true);
        m_service->notifyFailed(m_service->targets().lastError());
        return;
    }
    m_record.id = id;
    m_service->notifyTargetInserted(id);
}

void AddTargetCommand::undo()
{
    if (!m_service->targets().remove(m_record.id))
        m_service->notifyFailed(m_service->targets().lastError());
    m_service->notifyTargetRemoved(m_record.id, m_record.documentId);
}

template<typename Field>
EditFieldCommand<Field>::EditFieldCommand(ReviewService *service, qint64 id, Field field,
    QVariant oldValue, QVariant newValue, ReviewStatus oldStatus)
    : m_service(service)
    , m_id(id)
    , m_field(field)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
    , m_oldStatus(oldStatus)
{
    setText(editText(field));
}

template<> void EditFieldCommand<TargetField>::redo()
{
    TargetRepository &repo = m_service->targets();
    // A person's edit is what re-extraction must keep: mark it 'edited' with the value, and
    // the field as theirs (a new document region no longer moves a target they placed).
    m_oldUserFields = repo.userFields(m_id);
    if (!repo.setField(m_id, m_field, m_new) || !repo.setStatus(m_id, ReviewStatus::Edited)
        || !repo.setUserFields(m_id, withUserField(m_oldUserFields, targetFieldKey(m_field)))) {
        setObsolete(true);
        m_service->notifyFailed(repo.lastError());
        return;
    }
    m_service->notifyTargetChanged(m_id);
}

template<> void EditFieldCommand<TargetField>::undo()
{
    TargetRepository &repo = m_service->targets();
    if (!repo.setField(m_id, m_field, m_old) || !repo.setStatus(m_id, m_oldStatus)
        || !repo.setUserFields(m_id, m_oldUserFields))
        m_service->notifyFailed(repo.lastError());
    m_service->notifyTargetChanged(m_id);
}

template<> void EditFieldCommand<StatisticField>::redo()
{
    if (!m_service->statistics().setField(m_id, m_field, m_new)) {
        setObsolete(true);
        m_service->notifyFailed(m_service->statistics().lastError());
        return;
    }
    m_service->notifyStatisticChanged(m_id);
}

template<> void EditFieldCommand<StatisticField>::undo()
{
    if (!m_service->statistics().setField(m_id, m_field, m_old))
        m_service->notifyFailed(m_service->statistics().lastError());
    m_service->notifyStatisticChanged(m_id);
}

template<> void EditFieldCommand<DocumentField>::redo()
{
    DocumentRepository &repo = m_service->documents();
    m_oldUserFields = repo.userFields(m_id);
    if (!repo.setField(m_id, m_field, m_new)
        || !repo.setUserFields(m_id, withUserField(m_oldUserFields, documentFieldKey(m_field)))) {
        setObsolete(true);
        m_service->notifyFailed(repo.lastError());
        return;
    }
    m_service->notifyDocumentChanged(m_id);
}

template<> void EditFieldCommand<DocumentField>::undo()
{
    DocumentRepository &repo = m_service->documents();
    if (!repo.setField(m_id, m_field, m_old) || !repo.setUserFields(m_id, m_oldUserFields))
        m_service->notifyFailed(repo.lastError());
    m_service->notifyDocumentChanged(m_id);
}

template class EditFieldCommand<TargetField>;
template class EditFieldCommand<StatisticField>;
template class EditFieldCommand<DocumentField>;

} // namespace policylens
