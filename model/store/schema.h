#pragma once

#include <QStringList>

namespace policylens {

// The workspace's SQL schema as a list of forward migrations: entry N (0-based) takes a
// workspace from user_version N to N+1. Entries are never edited once released; a change
// is a new entry, so any older workspace can be brought forward step by step.
class Schema final
{
public:
    Schema() = delete;

    static const QList<QStringList> &migrations();
    static int latestVersion();
    // The version whose migration rebuilds the full-text index from the documents (Workspace
    // runs SearchIndex::rebuild after its statements): Traditional characters indexed in their
    // Simplified form, so 创新 finds 創新 also in workspaces made before.
    static int searchTextVersion();
};

} // namespace policylens
