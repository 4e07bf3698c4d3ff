#pragma once

#include "cli/command.h"

namespace policylens::cli {

// policylens targets: list targets with their ids (filters as in the Targets tab);
// "targets set ID --kind ... --region ..." corrects one, "targets choose ID" makes it the value
// that counts among competing ones (--clear returns to the default choice).
class TargetsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TargetsCommand)

public:
    QString name() const override { return QStringLiteral("targets"); }
    QString summary() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) override;

private:
    int list(CommandContext &context);
    int set(CommandContext &context, qint64 id);
    int choose(CommandContext &context, qint64 id);
    int unknownValue(CommandContext &context, const QString &option);
};

} // namespace policylens::cli
