#include "cli/instrumentsworkspace.h"

#include "cli/clisupport.h"
#include "format/jsonline.h"
#include "coding/codebookrepository.h"
#include "coding/codingexport.h"
#include "coding/instrumentmatrixmodel.h"
#include "coding/recoder.h"
#include "store/workspace.h"

#include <QLocale>

#include <cmath>

namespace policylens::cli {

namespace {

const QStringList kActions { QStringLiteral("recode"), QStringLiteral("list"), QStringLiteral("set"),
    QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("codebook") };

QString uiLanguage()
{
    return QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

} // namespace

void InstrumentsWorkspace::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("summary"), tr("Print the cities x codes matrix of the workspace.") });
    parser.addOption({ QStringLiteral("export"),
        tr("Write the coded corpus: .qdpx (REFI-QDA project), .csv or .xlsx."), QStringLiteral("FILE") });
    // --codebook (declared by the command, a JSON file when coding files) names a codebook of
    // the workspace here: --summary --codebook themes.
    parser.addOption({ QStringLiteral("status"),
        tr("Review state: accepted, rejected or unreviewed."), QStringLiteral("STATE") });
    parser.addOption({ QStringLiteral("code"), tr("Code key, e.g. supply.talent."), QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("document"), tr("Document id."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("start"), tr("Start of the coded text (UTF-16 offset)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("end"), tr("End of the coded text (UTF-16 offset)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("key"), tr("Key of a new codebook or code."), QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("side"), tr("Side of a new code: supply, environment, demand or none."),
        QStringLiteral("SIDE") });
    parser.addOption({ QStringLiteral("name-zh"), tr("Chinese name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("name-en"), tr("English name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("keywords"), tr("Comma-separated keywords."), QStringLiteral("LIST") });
}

bool InstrumentsWorkspace::wants(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments().mid(1);
    return parser.isSet(QStringLiteral("summary")) || parser.isSet(QStringLiteral("export"))
        || (!args.isEmpty() && kActions.contains(args.first()));
}

int InstrumentsWorkspace::run(CommandContext &context)
{
    const QStringList args = context.parser.positionalArguments().mid(1);
    if (context.parser.isSet(QStringLiteral("summary")))
        return summary(context);
    if (context.parser.isSet(QStringLiteral("export")))
        return exportFile(context);
    const QString action = args.value(0);
    if (action == QLatin1String("recode"))
        return recode(context);
    if (action == QLatin1String("list"))
        return list(context);
    if (action == QLatin1String("set"))
        return set(context, args.mid(1));
    if (action == QLatin1String("add"))
        return add(context);
    if (action == QLatin1String("remove"))
        return remove(context, args.mid(1));
    if (action == QLatin1String("codebook"))
        return codebook(context, args.mid(1));
    context.err << tr("Unknown action \"%1\": use recode, list, set, add, remove or codebook.").arg(action)
                << Qt::endl;
    return ExitUsage;
}

int InstrumentsWorkspace::summary(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    const Result<InstrumentMatrix> matrix = InstrumentMatrix::load(
        workspace.database(), context.parser.value(QStringLiteral("codebook")));
    if (!matrix) {
        context.err << matrix.error() << Qt::endl;
        return ExitFailure;
    }
    const Language lang = languageFromString(uiLanguage());
    for (qsizetype r = 0; r < matrix->regions.size(); ++r) {
        const QString region = InstrumentMatrixModel::regionName(matrix->regions.at(r), lang);
        if (context.json) {
            JsonLine line;
            line.add(QStringLiteral("region"), matrix->regions.at(r).code)
                .add(QStringLiteral("name"), region)
                .add(QStringLiteral("total"), qint64(matrix->total(int(r))));
            JsonLine counts;
            for (qsizetype c = 0; c < matrix->codes.size(); ++c)
                counts.add(matrix->codes.at(c).code.key, qint64(matrix->counts.at(r).at(c)));
            line.add(QStringLiteral("counts"), counts);
            JsonLine shares;
            for (InstrumentSide side : instrumentSides())
                shares.add(sideKey(side), std::round(matrix->sideShare(int(r), side) * 1000) / 1000);
            line.add(QStringLiteral("side_shares"), shares);
            context.out << line.toString() << '\n';
            continue;
        }
        context.out << padToWidth(elideToWidth(region, 16), 17) << tr("total %1").arg(matrix->total(int(r)));
        for (InstrumentSide side : instrumentSides())
            context.out << "  " << instrumentSideName(side) << ' '
                        << QLocale().toString(matrix->sideShare(int(r), side) * 100, 'f', 1) << '%';
        context.out << '\n';
        for (qsizetype c = 0; c < matrix->codes.size(); ++c) {
            if (matrix->counts.at(r).at(c) == 0)
                continue;
            context.out << "    " << padToWidth(matrix->codes.at(c).code.key, 26)
                        << padToWidth(QString::number(matrix->counts.at(r).at(c)), 6)
                        << QLocale().toString(matrix->share(int(r), int(c)) * 100, 'f', 1) << "%  "
                        << matrix->codes.at(c).code.name.forLanguage(lang) << '\n';
        }
    }
    if (matrix->regions.isEmpty() && !context.json)
        context.out << tr("No coded sentences in %1.").arg(workspace.path()) << '\n';
    return ExitOk;
}

int InstrumentsWorkspace::exportFile(CommandContext &context)
{
    const QString path = context.parser.value(QStringLiteral("export"));
    if (!CodingExport::isSupported(path)) {
        context.err << tr("Cannot write %1: use a .qdpx, .csv or .xlsx file.").arg(path) << Qt::endl;
        return ExitUsage;
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    const Result<int> rows = CodingExport::write(workspace.database(), path, uiLanguage());
    if (!rows) {
        context.err << rows.error() << Qt::endl;
        return ExitFailure;
    }
    if (context.json)
        context.out << JsonLine().add(QStringLiteral("file"), path).add(QStringLiteral("sentences"), qint64(*rows)).toString()
                    << '\n';
    else
        context.out << tr("Wrote %1 (%n coded sentences).", nullptr, *rows).arg(path) << '\n';
    return ExitOk;
}

int InstrumentsWorkspace::recode(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    Recoder recoder(workspace.database());
    const std::optional<RecodeResult> result = recoder.run();
    if (!result) {
        context.err << recoder.lastError() << Qt::endl;
        return ExitFailure;
    }
    if (context.json)
        context.out << JsonLine()
                           .add(QStringLiteral("deleted"), qint64(result->deleted))
                           .add(QStringLiteral("inserted"), qint64(result->inserted))
                           .add(QStringLiteral("kept"), qint64(result->skipped))
                           .toString()
                    << '\n';
    else
        context.out << tr("Re-coded: %1 unreviewed automatic codings replaced by %2; %3 matched a "
                          "reviewed or manual coding and were left as they are.")
                           .arg(result->deleted)
                           .arg(result->inserted)
                           .arg(result->skipped)
                    << '\n';
    return ExitOk;
}

} // namespace policylens::cli
