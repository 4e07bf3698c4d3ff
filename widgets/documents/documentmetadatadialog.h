#pragma once

#include "common/formdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace policylens {

class RegionCombo;
class WorkspaceSession;

// Corrects what the detectors read from a document: title, issuer, region, date, type and
// status. OK applies every changed field as one undo step; each becomes "set by you" and is
// kept through re-extraction.
class DocumentMetadataDialog final : public FormDialog
{
    Q_OBJECT

public:
    DocumentMetadataDialog(WorkspaceSession *session, qint64 documentId, QWidget *parent = nullptr);

    // Writes the changed fields; false (dialog stays open) when one is invalid.
    bool apply();
    void accept() override;

    QLineEdit *titleEdit() const { return m_title; }
    RegionCombo *regionEdit() const { return m_region; }
    QComboBox *typeEdit() const { return m_type; }
    QComboBox *statusEdit() const { return m_status; }
    QLineEdit *dateEdit() const { return m_date; }

private:
    void retranslateUi() override;
    void load();

    WorkspaceSession *m_session;
    qint64 m_id;
    QLineEdit *m_title;
    QLineEdit *m_issuer;
    RegionCombo *m_region;
    QLineEdit *m_date;
    QComboBox *m_type;
    QComboBox *m_status;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace policylens
