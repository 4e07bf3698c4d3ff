#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens sample: fills a workspace with the bundled sample documents and statistics.
class SampleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)

public:
    QString name() const override { return QStringLiteral("sample"); }
    QString summary() const override;
    QString example() const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
