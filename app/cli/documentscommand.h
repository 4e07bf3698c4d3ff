#pragma once

#include "cli/command.h"

namespace policylens {
class Workspace;
}

namespace policylens::cli {

// policylens documents: the documents of the workspace as a table or JSON lines;
// "documents set ID --region KEY --type plan ..." corrects what detection got wrong.
class DocumentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DocumentsCommand)

public:
    QString name() const override { return QStringLiteral("documents"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;

private:
    int set(CommandContext &context, qint64 id); // documentsset.cpp
    // Every document, or only onlyId.
    int printDocuments(CommandContext &context, Workspace &workspace, qint64 onlyId = 0);
};

} // namespace policylens::cli
