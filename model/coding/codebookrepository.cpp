#include "coding/codebookrepository.h"

#include "coding/savepoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>

#include <algorithm>

namespace policylens {

namespace {

const char *const codeColumns
    = "SELECT c.id, c.codebook_id, b.key, c.key, c.side, c.name_zh, c.name_en, c.description_zh, "
      "c.description_en, c.keywords, c.cues, c.position, c.builtin, c.goal FROM codes c "
      "JOIN codebooks b ON b.id = c.codebook_id ";

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Cues as [["term", "专项资金"], ...], in the codebook's order (the coder may depend on it).
QString cuesToJson(const QList<Cue> &cues)
{
    QJsonArray list;
    for (const Cue &cue : cues)
        list.append(QJsonArray { cueKindKey(cue.kind), cue.text });
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<Cue> cuesFromJson(const QString &json)
{
    QList<Cue> cues;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        const std::optional<CueKind> kind = cueKindFromKey(pair.at(0).toString());
        if (kind && !pair.at(1).toString().isEmpty())
            cues.append({ pair.at(1).toString(), *kind });
    }
    return cues;
}

StoredCode readCode(const QSqlQuery &q)
{
    StoredCode s;
    s.id = q.value(0).toLongLong();
    s.codebookId = q.value(1).toLongLong();
    s.codebookKey = q.value(2).toString();
    s.code.key = q.value(3).toString();
    s.code.side = sideFromKey(q.value(4).toString()).value_or(InstrumentSide::None);
    s.code.name = { q.value(5).toString(), q.value(6).toString() };
    s.code.description = { q.value(7).toString(), q.value(8).toString() };
    s.code.keywords = q.value(9).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    s.code.cues = cuesFromJson(q.value(10).toString());
    s.position = q.value(11).toInt();
    s.builtin = q.value(12).toBool();
    s.code.goal = q.value(13).toBool();
    return s;
}

} // namespace

CodebookRepository::CodebookRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool CodebookRepository::fail(const QString &message)
{
    m_error = message;
    return false;
}

QList<StoredCodebook> CodebookRepository::codebooks() const
{
    QList<StoredCodebook> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, key, name_zh, name_en, ignored, builtin FROM codebooks ORDER BY id")))
        return out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(),
            { q.value(2).toString(), q.value(3).toString() },
            q.value(4).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts), q.value(5).toBool() });
    return out;
}

std::optional<StoredCodebook> CodebookRepository::codebook(const QString &key) const
{
    for (const StoredCodebook &b : codebooks()) {
        if (b.key == key)
            return b;
    }
    return std::nullopt;
}

QList<StoredCode> CodebookRepository::codes(qint64 codebookId) const
{
    QList<StoredCode> out;
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(codeColumns)
        + QStringLiteral("WHERE ? = 0 OR c.codebook_id = ? ORDER BY c.codebook_id, c.position, c.id"));
    q.addBindValue(codebookId);
    q.addBindValue(codebookId);
    if (q.exec()) {
        while (q.next())
            out << readCode(q);
    }
    return out;
}

std::optional<StoredCode> CodebookRepository::code(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(codeColumns) + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCode(q);
}

std::optional<StoredCode> CodebookRepository::codeByKey(
    const QString &key, const QString &codebookKey) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(codeColumns)
        + QStringLiteral("WHERE c.key = ? AND (? = '' OR b.key = ?) ORDER BY c.codebook_id LIMIT 1"));
    q.addBindValue(text(key));
    q.addBindValue(text(codebookKey));
    q.addBindValue(text(codebookKey));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCode(q);
}

QList<Codebook> CodebookRepository::load() const
{
    QList<Codebook> out;
    const QList<StoredCode> all = codes();
    for (const StoredCodebook &b : codebooks()) {
        Codebook book;
        book.key = b.key;
        book.name = b.name;
        book.ignored = b.ignored;
        for (const StoredCode &c : all) {
            if (c.codebookId == b.id)
                book.codes.append(c.code);
        }
        if (!book.codes.isEmpty())
            out.append(book);
    }
    return out;
}

bool CodebookRepository::seed(const Codebook &codebook, bool builtin)
{
    const std::optional<StoredCodebook> stored = this->codebook(codebook.key);
    qint64 bookId = stored ? stored->id : 0;
    if (bookId != 0) {
        QSet<QString> present;
        for (const StoredCode &c : codes(bookId))
            present.insert(c.code.key);
        bool missing = false;
        for (const CodebookCode &c : codebook.codes)
            missing = missing || !present.contains(c.key);
        if (!missing)
            return true;
    }
    Savepoint savepoint(m_db);
    if (!savepoint.isOpen())
        return fail(tr("Cannot store the codebook: %1").arg(savepoint.error()));
    bool ok = true;
    if (bookId == 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO codebooks (key, name_zh, name_en, ignored, builtin) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant &v : { QVariant(text(codebook.key)), QVariant(text(codebook.name.zh)),
                 QVariant(text(codebook.name.en)),
                 QVariant(text(codebook.ignored.join(QLatin1Char('|')))), QVariant(builtin ? 1 : 0) })
            q.addBindValue(v);
        ok = q.exec() || fail(tr("Cannot store the codebook: %1").arg(q.lastError().text()));
        bookId = q.lastInsertId().toLongLong();
    }
    QSet<QString> present;
    for (const StoredCode &c : codes(bookId))
        present.insert(c.code.key);
    for (qsizetype i = 0; ok && i < codebook.codes.size(); ++i) {
        if (!present.contains(codebook.codes.at(i).key))
            ok = insertCode(bookId, codebook.codes.at(i), int(i), builtin) != 0;
    }
    if (!ok)
        return false;
    return savepoint.release() || fail(tr("Cannot store the codebook: %1").arg(savepoint.error()));
}

qint64 CodebookRepository::insertCode(
    qint64 codebookId, const CodebookCode &c, int position, bool builtin)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO codes (codebook_id, key, side, name_zh, name_en, description_zh, "
        "description_en, keywords, cues, position, builtin, goal) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : { QVariant(codebookId), QVariant(text(c.key.trimmed())),
             QVariant(sideKey(c.side)), QVariant(text(c.name.zh)), QVariant(text(c.name.en)),
             QVariant(text(c.description.zh)), QVariant(text(c.description.en)),
             QVariant(text(c.keywords.join(QLatin1Char('|')))), QVariant(cuesToJson(c.cues)),
             QVariant(position), QVariant(builtin ? 1 : 0), QVariant(c.goal ? 1 : 0) })
        q.addBindValue(v);
    if (c.key.trimmed().isEmpty() || !q.exec()) {
        fail(tr("Cannot add code \"%1\": %2")
                 .arg(c.key, c.key.trimmed().isEmpty() ? tr("the key is empty") : q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 CodebookRepository::addCodebook(const QString &key, const BilingualText &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO codebooks (key, name_zh, name_en) VALUES (?, ?, ?)"));
    q.addBindValue(text(key.trimmed()));
    q.addBindValue(text(name.zh));
    q.addBindValue(text(name.en));
    if (key.trimmed().isEmpty() || !q.exec()) {
        fail(tr("Cannot add codebook \"%1\": %2")
                 .arg(key, key.trimmed().isEmpty() ? tr("the key is empty") : q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 CodebookRepository::addCode(qint64 codebookId, const CodebookCode &code)
{
    CodebookCode withCues = code;
    for (const QString &k : code.keywords) {
        if (std::none_of(withCues.cues.cbegin(), withCues.cues.cend(),
                [&k](const Cue &c) { return c.text == k; }))
            withCues.cues.append({ k, CueKind::Term });
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM codes WHERE codebook_id = ?"));
    q.addBindValue(codebookId);
    const int position = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return insertCode(codebookId, withCues, position, false);
}

bool CodebookRepository::renameCode(qint64 id, const BilingualText &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE codes SET name_zh = ?, name_en = ? WHERE id = ?"));
    q.addBindValue(text(name.zh));
    q.addBindValue(text(name.en));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(tr("Cannot rename code %1: %2")
                        .arg(id)
                        .arg(q.lastError().isValid() ? q.lastError().text() : tr("no such code")));
    return true;
}

bool CodebookRepository::setKeywords(qint64 id, const QStringList &keywords)
{
    const std::optional<StoredCode> stored = code(id);
    if (!stored)
        return fail(tr("Cannot change the keywords of code %1: %2").arg(id).arg(tr("no such code")));
    QList<Cue> cues;
    for (const Cue &c : stored->code.cues) {
        // A removed keyword stops being a cue; the engine's own cues stay.
        if (keywords.contains(c.text) || !stored->code.keywords.contains(c.text))
            cues.append(c);
    }
    for (const QString &k : keywords) {
        if (std::none_of(cues.cbegin(), cues.cend(), [&k](const Cue &c) { return c.text == k; }))
            cues.append({ k, CueKind::Term });
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE codes SET keywords = ?, cues = ? WHERE id = ?"));
    q.addBindValue(text(keywords.join(QLatin1Char('|'))));
    q.addBindValue(cuesToJson(cues));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(tr("Cannot change the keywords of code %1: %2").arg(id).arg(q.lastError().text()));
    return true;
}

bool CodebookRepository::mergeCodes(qint64 fromId, qint64 intoId)
{
    m_error.clear();
    const std::optional<StoredCode> from = code(fromId);
    const std::optional<StoredCode> into = code(intoId);
    if (!from || !into || fromId == intoId)
        return fail(tr("Cannot merge code %1 into code %2: both must exist and differ.")
                        .arg(fromId)
                        .arg(intoId));
    QStringList keywords = into->code.keywords;
    for (const QString &k : from->code.keywords) {
        if (!keywords.contains(k))
            keywords << k;
    }
    Savepoint savepoint(m_db);
    if (!savepoint.isOpen())
        return fail(tr("Cannot merge codes: %1").arg(savepoint.error()));
    QSqlQuery q(m_db);
    bool ok = q.prepare(QStringLiteral(
        "UPDATE codings SET code_id = ? WHERE code_id = ? AND NOT EXISTS (SELECT 1 FROM "
        "codings o WHERE o.code_id = ? AND o.document_id = codings.document_id AND "
        "o.start_offset = codings.start_offset AND o.end_offset = codings.end_offset)"));
    q.addBindValue(intoId);
    q.addBindValue(fromId);
    q.addBindValue(intoId);
    ok = ok && q.exec() && q.prepare(QStringLiteral("DELETE FROM codes WHERE id = ?"));
    q.addBindValue(fromId);
    ok = ok && q.exec(); // codings left on from duplicate into's; ON DELETE CASCADE drops them
    const QString sqlError = q.lastError().text();
    q.finish();
    ok = ok && setKeywords(intoId, keywords);
    if (!ok)
        return m_error.isEmpty() ? fail(tr("Cannot merge codes: %1").arg(sqlError)) : false;
    return savepoint.release() || fail(tr("Cannot merge codes: %1").arg(savepoint.error()));
}

} // namespace policylens
