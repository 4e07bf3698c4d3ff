#pragma once

#include "search/searchprovider.h"

#include <QSqlDatabase>

namespace policylens {

// Stand-in search: an instr() scan of every body, then KWIC cut in C++. Correct for any
// term length (two-character Chinese included) but linear in the corpus; to be replaced by
// the FTS5-backed provider.
class LikeSearchProvider final : public SearchProvider
{
public:
    explicit LikeSearchProvider(QSqlDatabase db);

    QList<SearchHit> search(
        const QString &query, int limit = 500, int contextChars = 20) const override;

private:
    QSqlDatabase m_db;
};

} // namespace policylens
