#pragma once

#include <QString>
#include <QStringList>

namespace policylens {

// The text form the full-text index sees. FTS5's unicode61 tokenizer would treat a whole run of
// Chinese characters as one token, and the trigram tokenizer cannot match fewer than three
// characters; so each CJK run is rewritten as overlapping character bigrams plus its last
// character ("人工智能" -> "人工 工智 智能 能"), and queries are rewritten the same way into
// FTS5 phrase queries. Any Chinese term of two or more characters is then an exact phrase
// match; a one-character term is a prefix query. Latin words pass through unchanged.
class SearchText final
{
public:
    SearchText() = delete;

    static QString indexText(const QString &text);

    // An FTS5 MATCH expression for what a user typed: whitespace-separated terms, all required.
    // Empty when nothing searchable remains.
    static QString matchExpression(const QString &query);

    // The terms of a query as the user wrote them (for highlighting hits).
    static QStringList terms(const QString &query);

    static bool isCjk(char32_t c);
};

} // namespace policylens
