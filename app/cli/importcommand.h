#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens import PATH...: files and folders (recursively) into the workspace.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
