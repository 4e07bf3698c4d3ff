#pragma once

#include "cli/command.h"

namespace policylens::cli {

// `policylens quantities`: every quantity in each line of stdin.
class QuantitiesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("quantities"); }
    QString summary() const override;
    QString example() const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
