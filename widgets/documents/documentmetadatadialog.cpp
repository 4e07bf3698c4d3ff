#include "documents/documentmetadatadialog.h"

#include "common/regioncombo.h"
#include "models/catalog.h"
#include "review/documentfield.h"
#include "review/reviewservice.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace policylens {

DocumentMetadataDialog::DocumentMetadataDialog(
    WorkspaceSession *session, qint64 documentId, QWidget *parent)
    : FormDialog(parent)
    , m_session(session)
    , m_id(documentId)
    , m_title(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_region(new RegionCombo(this))
    , m_date(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("documentMetadataDialog"));
    m_title->setMinimumWidth(420);
    m_date->setPlaceholderText(QStringLiteral("2024-05-30"));
    m_note->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    addFields({ m_title, m_issuer, m_region, m_date, m_type, m_status });
    page()->addWidget(m_note);
    page()->addWidget(m_error);
    addOkCancel();
    retranslateUi();
    load();
}

void DocumentMetadataDialog::load()
{
    const DocumentRepository &documents = m_session->review()->documents();
    if (!documents.exists(m_id))
        return;
    m_title->setText(documents.field(m_id, DocumentField::Title).toString());
    m_issuer->setText(documents.field(m_id, DocumentField::Issuer).toString());
    m_region->setRegionId(documents.field(m_id, DocumentField::Region).toLongLong());
    m_date->setText(documents.field(m_id, DocumentField::Published).toString());
    m_type->setCurrentIndex(
        std::max(0, m_type->findData(documents.field(m_id, DocumentField::Type))));
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(documents.field(m_id, DocumentField::Status))));
}

bool DocumentMetadataDialog::apply()
{
    ReviewService *review = m_session->review();
    const Catalog::Region *region = m_session->catalog().region(m_region->regionId());
    const QList<QPair<DocumentField, QVariant>> fields {
        { DocumentField::Title, m_title->text() },
        { DocumentField::Issuer, m_issuer->text() },
        { DocumentField::Region, region ? region->code : QString() },
        { DocumentField::Published, m_date->text() },
        { DocumentField::Type, m_type->currentData() },
        { DocumentField::Status, m_status->currentData() },
    };
    QString failure;
    const auto connection = connect(
        review, &ReviewService::failed, this, [&failure](const QString &m) { failure = m; });
    // One undo step for the whole dialog; unchanged fields add no command.
    m_session->undoStack()->beginMacro(tr("Edit document"));
    bool ok = true;
    for (const auto &[field, value] : fields) {
        const QVariant old = review->documents().field(m_id, field);
        const bool unchanged = field == DocumentField::Region
            ? old.toLongLong() == (region ? region->id : 0)
            : old.toString() == value.toString().trimmed();
        if (!unchanged)
            ok = review->editDocument(m_id, field, value) && ok;
    }
    m_session->undoStack()->endMacro();
    disconnect(connection);
    m_error->setText(failure);
    m_error->setVisible(!ok);
    return ok;
}

void DocumentMetadataDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void DocumentMetadataDialog::retranslateUi()
{
    setWindowTitle(tr("Document details"));
    setFieldLabels(
        { tr("Title:"), tr("Issuer:"), tr("Region:"), tr("Date:"), tr("Type:"), tr("Status:") });
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_region->fill(m_session->catalog(), chinese);
    const QVariant type = m_type->currentData();
    const QVariant status = m_status->currentData();
    m_type->clear();
    m_type->addItem(documentTypeName(QString()), QString());
    for (const QString &key : documentTypeKeys())
        m_type->addItem(documentTypeName(key), key);
    m_status->clear();
    for (const QString &key : documentStatusKeys())
        m_status->addItem(documentStatusName(key), key);
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_date->setToolTip(tr("Year-month-day, e.g. 2024-05-30; leave empty when unknown."));
    m_note->setText(tr("What you set here is kept when targets are extracted again. Changing "
                       "the region moves the document's targets too, except those you placed "
                       "yourself."));
}

} // namespace policylens
