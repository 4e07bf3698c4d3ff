#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens report [--lang zh|en] --out FILE.pdf|odt|html
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;
};

} // namespace policylens::cli
