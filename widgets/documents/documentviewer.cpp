#include "documents/documentviewer.h"

#include "common/kindstyle.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

namespace policylens {

DocumentViewer::DocumentViewer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::showDocument(qint64 documentId, const QString &body)
{
    m_documentId = documentId;
    m_current = 0;
    m_marks.clear();
    setPlainText(body);
    refreshHighlights();
}

void DocumentViewer::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    refreshHighlights();
}

void DocumentViewer::refreshHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount();
    auto span = [&](int from, int to) {
        QTextCursor c(document());
        c.setPosition(qBound(0, from, length - 1));
        c.setPosition(qBound(0, to, length - 1), QTextCursor::KeepAnchor);
        return c;
    };
    for (const Mark &m : std::as_const(m_marks)) {
        if (m.targetId != m_current)
            continue;
        // The current target's whole sentence gets a quiet underlay.
        QTextEdit::ExtraSelection sentence;
        sentence.cursor = span(m.sentenceStart, m.sentenceEnd);
        sentence.format.setBackground(QColor(0xFF, 0xF6, 0xD5));
        selections << sentence;
    }
    for (const Mark &m : std::as_const(m_marks)) {
        QTextEdit::ExtraSelection quote;
        quote.cursor = span(m.quoteStart, m.quoteEnd);
        quote.format.setBackground(KindStyle::background(m.kind));
        if (m.status == ReviewStatus::Rejected)
            quote.format.setFontStrikeOut(true);
        if (m.targetId == m_current) {
            quote.format.setFontWeight(QFont::Bold);
            quote.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        }
        quote.format.setToolTip(QString::number(m.targetId));
        selections << quote;
    }
    setExtraSelections(selections);
}

bool DocumentViewer::showTarget(qint64 targetId)
{
    for (const Mark &m : std::as_const(m_marks)) {
        if (m.targetId != targetId)
            continue;
        m_current = targetId;
        QTextCursor c(document());
        const int length = document()->characterCount() - 1;
        c.setPosition(qBound(0, m.sentenceStart, length));
        c.setPosition(qBound(0, m.sentenceEnd, length), QTextCursor::KeepAnchor);
        setTextCursor(c);
        ensureCursorVisible();
        refreshHighlights();
        return true;
    }
    return false;
}

void DocumentViewer::showSpan(int position, int length)
{
    QTextCursor c(document());
    const int size = document()->characterCount() - 1;
    c.setPosition(qBound(0, position, size));
    c.setPosition(qBound(0, position + length, size), QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
}

void DocumentViewer::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const QTextCursor c = textCursor();
    if (c.hasSelection())
        return;
    const int at = c.position();
    // A click on a quote wins over a click elsewhere in a sentence.
    qint64 hit = 0;
    for (const Mark &m : std::as_const(m_marks)) {
        if (at >= m.quoteStart && at <= m.quoteEnd) {
            hit = m.targetId;
            break;
        }
    }
    if (!hit) {
        for (const Mark &m : std::as_const(m_marks)) {
            if (at >= m.sentenceStart && at < m.sentenceEnd) {
                hit = m.targetId;
                break;
            }
        }
    }
    if (hit) {
        m_current = hit;
        refreshHighlights();
        emit targetActivated(hit);
    }
}

void DocumentViewer::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add target from selection…"));
    const QTextCursor c = textCursor();
    add->setEnabled(c.hasSelection() && m_documentId > 0);
    connect(add, &QAction::triggered, this,
        [this, c] { emit addTargetRequested(c.selectionStart(), c.selectionEnd()); });
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace policylens
