#pragma once

#include "cli/command.h"

namespace policylens::cli {

// `policylens extract FILE...`: the quantitative targets of each document.
class ExtractCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
