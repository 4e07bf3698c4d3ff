#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens search QUERY: ranked full-text search with a key-word-in-context snippet.
class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
