#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens regions: every region key with its Chinese and English name, level, kind and
// parent, so scripts can pass keys to --region.
class RegionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RegionsCommand)

public:
    QString name() const override { return QStringLiteral("regions"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

// policylens indicators: every indicator key with its Chinese and English name and unit.
class IndicatorsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorsCommand)

public:
    QString name() const override { return QStringLiteral("indicators"); }
    QString summary() const override;
    QString example() const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
