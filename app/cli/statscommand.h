#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens stats import FILE: statistics rows from CSV or XLSX, bad rows reported by line.
class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
