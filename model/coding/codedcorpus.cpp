#include "coding/codedcorpus.h"

#include "coding/codebookrepository.h"
#include "coding/codingrepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace policylens {

namespace {

// A document with codings, as listed before its text is read.
struct CodedDocument
{
    qint64 id;
    QString title;
    qint64 region;
    BilingualText regionName;
};

// The document's codings grouped by sentence span (they come in span order), with the text.
QList<CodedSentence> groupBySentence(const CodedCorpus &corpus, const CodedDocument &doc,
    const QString &body, const QList<CodingRecord> &codings)
{
    QList<CodedSentence> sentences;
    for (const CodingRecord &r : codings) {
        if (sentences.isEmpty() || sentences.last().start != r.start
            || sentences.last().end != r.end) {
            CodedSentence s { doc.id, doc.title, doc.region, doc.regionName, r.start, r.end,
                body.mid(r.start, r.end - r.start), {} };
            sentences.append(s);
        }
        sentences.last().codes.append({ r, corpus.code(r.codeId) });
    }
    return sentences;
}

// Whether a sentence has the filter's code (not rejected) and, unless rejected ones are
// wanted, a code that is not rejected.
bool matches(const CodedSentence &s, const CodedSentenceFilter &filter)
{
    const bool hasCode = !filter.codeId
        || std::any_of(s.codes.cbegin(), s.codes.cend(), [&](const CodedSentence::Code &c) {
               return c.coding.codeId == *filter.codeId && c.coding.status != CodingStatus::Rejected;
           });
    return hasCode && (filter.includeRejected || !s.liveCodes().isEmpty());
}

} // namespace

CodingStatus CodedSentence::reviewState() const
{
    for (const Code &c : codes) {
        if (c.coding.status == CodingStatus::Unreviewed)
            return CodingStatus::Unreviewed;
    }
    return CodingStatus::Accepted;
}

QList<const StoredCode *> CodedSentence::liveCodes() const
{
    QList<const StoredCode *> out;
    for (const Code &c : codes) {
        if (c.coding.status != CodingStatus::Rejected && c.code)
            out << c.code;
    }
    return out;
}

CodedCorpus::CodedCorpus(QSqlDatabase db)
    : m_db(std::move(db))
    , m_codes(CodebookRepository(m_db).codes())
{ }

const StoredCode *CodedCorpus::code(qint64 id) const
{
    for (const StoredCode &c : m_codes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool CodedCorpus::forEachDocument(const CodedSentenceFilter &filter,
    const std::function<bool(const QString &body, const QList<CodedSentence> &)> &visit)
{
    // The documents first (ids and names only), then one body and its codings at a time.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.id, d.title, coalesce(d.region_id, 0), coalesce(r.name_zh, ''), "
        "coalesce(r.name_en, '') FROM documents d LEFT JOIN regions r ON r.id = d.region_id "
        "WHERE (? IS NULL OR coalesce(d.region_id, 0) = ?) AND (? IS NULL OR d.id = ?) "
        "AND EXISTS (SELECT 1 FROM codings g WHERE g.document_id = d.id) ORDER BY d.id"));
    const QVariant region = filter.regionId ? QVariant(*filter.regionId) : QVariant();
    const QVariant document = filter.documentId ? QVariant(*filter.documentId) : QVariant();
    for (const QVariant &v : { region, region, document, document })
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = tr("Cannot read the coded documents: %1").arg(q.lastError().text());
        return false;
    }
    QList<CodedDocument> docs;
    while (q.next())
        docs.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            { q.value(3).toString(), q.value(4).toString() } });
    q.finish();
    CodingRepository codings(m_db);
    for (const CodedDocument &doc : std::as_const(docs)) {
        q.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
        q.addBindValue(doc.id);
        if (!q.exec() || !q.next()) {
            m_error = tr("Cannot read document %1: %2").arg(doc.id).arg(q.lastError().text());
            return false;
        }
        const QString body = q.value(0).toString();
        q.finish();
        QList<CodedSentence> kept;
        for (const CodedSentence &s : groupBySentence(*this, doc, body, codings.forDocument(doc.id))) {
            if (matches(s, filter))
                kept.append(s);
        }
        if (!kept.isEmpty() && !visit(body, kept))
            return false;
    }
    return true;
}

QList<CodedSentence> CodedCorpus::sentences(const CodedSentenceFilter &filter)
{
    QList<CodedSentence> out;
    forEachDocument(filter, [&out](const QString &, const QList<CodedSentence> &s) {
        out += s;
        return true;
    });
    return out;
}

} // namespace policylens
