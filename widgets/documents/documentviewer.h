#pragma once

#include "core/vocabulary.h"

#include <QPlainTextEdit>

namespace policylens {

// Read-only document text with every target's quote highlighted in its kind's colour.
// Clicking a highlighted quote emits targetActivated; showTarget() selects a target's
// sentence and scrolls to it. Offsets are the UTF-16 offsets stored in the workspace.
class DocumentViewer final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewer)

public:
    struct Mark
    {
        qint64 targetId;
        TargetKind kind;
        ReviewStatus status;
        int sentenceStart;
        int sentenceEnd;
        int quoteStart;
        int quoteEnd;
    };

    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    void showDocument(qint64 documentId, const QString &body);
    void setMarks(const QList<Mark> &marks);
    qint64 documentId() const { return m_documentId; }

    // Selects the target's sentence and scrolls it into view; false if it is not marked.
    bool showTarget(qint64 targetId);
    // Selects an arbitrary span (a search hit).
    void showSpan(int position, int length);
    qint64 currentTarget() const { return m_current; }
    bool hasTextSelection() const { return textCursor().hasSelection(); }

signals:
    void targetActivated(qint64 targetId);
    void addTargetRequested(int selectionStart, int selectionEnd);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void refreshHighlights();

    qint64 m_documentId = 0;
    QList<Mark> m_marks;
    qint64 m_current = 0;
};

} // namespace policylens
