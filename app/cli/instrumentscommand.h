#pragma once

#include "cli/command.h"

namespace policylens::cli {

// `policylens instruments FILE...`: the policy-instrument codes of every sentence of each
// document (supply / environment / demand codebook, or another with --codebook).
class InstrumentsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("instruments"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
