#pragma once

#include "search/searchprovider.h"

#include <QSqlDatabase>

namespace policylens {

// The workbench's search: the workspace's FTS5 index (SearchIndex) ranks the documents, and
// each ranked document contributes its first occurrence as a keyword-in-context hit with its
// offset in the body, so a click can scroll the viewer to it.
class FtsSearchProvider final : public SearchProvider
{
public:
    explicit FtsSearchProvider(QSqlDatabase db);

    QList<SearchHit> search(
        const QString &query, int limit = 500, int contextChars = 20) const override;

private:
    QSqlDatabase m_db;
};

} // namespace policylens
