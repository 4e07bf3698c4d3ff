#pragma once

#include "cli/command.h"

namespace policylens::cli {

// `policylens reextract --db FILE`: runs the target extractor again on every stored document
// and replaces only the machine-extracted, unreviewed targets. Whatever a person verified,
// edited, rejected or added by hand stays as it is. One transaction per document, so a crash
// leaves each document either with its old targets or with its new ones.
class ReextractCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReextractCommand)

public:
    QString name() const override { return QStringLiteral("reextract"); }
    QString summary() const override;
    QString example() const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
