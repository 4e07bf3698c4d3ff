#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens chart --type compare --indicator KEY [--cities A,B] --out FILE.png|svg|pdf
class ChartCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
