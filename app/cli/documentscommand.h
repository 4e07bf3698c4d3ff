#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens documents: the documents of the workspace as a table or JSON lines.
class DocumentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DocumentsCommand)

public:
    QString name() const override { return QStringLiteral("documents"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
