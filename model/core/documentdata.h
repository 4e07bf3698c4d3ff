#pragma once

#include <QDate>
#include <QString>

// Plain data that the import layer produces and the store layer keeps. It lives below both so
// that neither has to include the other.
namespace policylens {

// What is known about a document besides its text: detected on import, editable later.
struct DocumentMetadata
{
    QString title;
    QString issuer;
    QString docNumber; // 京政发〔2023〕14号
    QString regionCode; // regions.code, empty when unknown
    QDate published;
    int periodStart = 0; // plan period 2023—2025年, 0 when none
    int periodEnd = 0;
    QString language; // zh, zh-Hant, en
    QString docType; // plan, measures, regulation, work_report, statistics, news, other; '' unknown
    QString docStatus = QStringLiteral("final"); // draft (征求意见稿, 草案, draft) or final
};

// One file turned into plain text by an importer, before it reaches the workspace.
struct ImportedDocument
{
    QString text; // normalized plain text (LF line ends)
    QString format; // txt, md, html, pdf, docx
    QString encoding; // of the source bytes: UTF-8, GB18030, Big5, UTF-16LE, binary
    QString titleHint; // from the format itself: HTML <title>, DOCX core properties
    QDate publishedHint; // from HTML meta or a date label
};

} // namespace policylens
