#include "cli/extractcommand.h"

#include "extract/targetextractor.h"
#include "extract/targetreason.h"
#include "format/targetjson.h"
#include "import/documenttext.h"

#include <QDate>
#include <QFileInfo>

namespace policylens::cli {

QString ExtractCommand::summary() const
{
    return QCoreApplication::translate("ExtractCommand",
        "Extract quantitative targets, incentives and baselines from "
        "policy documents.");
}

QString ExtractCommand::example() const
{
    return QStringLiteral("policylens extract --json plan.txt");
}

void ExtractCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("published"),
        QCoreApplication::translate("ExtractCommand",
            "Publication date (YYYY-MM-DD) of the documents; "
            "resolves 今年/明年 and past years. Default: "
            "guessed from each text."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("indicators"),
        QCoreApplication::translate("ExtractCommand",
            "Extra indicator taxonomy (JSON) to load after the "
            "built-in one."),
        QStringLiteral("FILE") });
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("ExtractCommand", "Documents to read."),
        QStringLiteral("FILE..."));
}

int ExtractCommand::run(CommandContext &context)
{
    QStringList files = context.parser.positionalArguments();
    if (!files.isEmpty() && files.first() == name())
        files.removeFirst();
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate(
            "ExtractCommand", "extract: no input files given")
                    << Qt::endl;
        return ExitUsage;
    }
    DocumentContext documentContext;
    if (context.parser.isSet(QStringLiteral("published"))) {
        documentContext.published
            = QDate::fromString(context.parser.value(QStringLiteral("published")), Qt::ISODate);
        if (!documentContext.published.isValid()) {
            context.err << QCoreApplication::translate(
                "ExtractCommand", "extract: --published needs a date as YYYY-MM-DD")
                        << Qt::endl;
            return ExitUsage;
        }
    }
    IndicatorTaxonomy taxonomy = TargetExtractor().taxonomy();
    if (context.parser.isSet(QStringLiteral("indicators"))) {
        QString error;
        if (!taxonomy.loadFile(context.parser.value(QStringLiteral("indicators")), &error)) {
            context.err << error << Qt::endl;
            return ExitFailure;
        }
    }
    const TargetExtractor extractor(taxonomy);
    int failed = 0;
    for (const QString &path : std::as_const(files)) {
        QString error;
        const std::optional<QString> text = loadDocumentText(path, &error);
        if (!text) {
            context.err << error << Qt::endl;
            ++failed;
            continue;
        }
        const QString document = QFileInfo(path).fileName();
        for (const ExtractedTarget &t : extractor.extract(*text, documentContext)) {
            if (context.json) {
                JsonLine line;
                line.add(QStringLiteral("document"), document);
                addTargetFields(line, t)
                    .add(QStringLiteral("text"), t.sentence)
                    .add(
                        QStringLiteral("quote"), text->mid(t.quoteStart, t.quoteEnd - t.quoteStart))
                    .add(QStringLiteral("start"), qint64(t.start))
                    .add(QStringLiteral("end"), qint64(t.end))
                    .add(QStringLiteral("confidence"), std::round(t.confidence * 100) / 100)
                    .add(QStringLiteral("reason"), describeTargetReason(t.reason, t.kind, t.year))
                    .addRaw(QStringLiteral("reason_cues"), targetReasonToJson(t.reason));
                context.out << line.toString() << '\n';
            } else {
                QString value = JsonLine::number(t.value);
                if (t.valueMax)
                    value += QStringLiteral("–") + JsonLine::number(*t.valueMax);
                context.out << document << '\t' << t.kind << '\t' << t.indicator << '\t'
                            << (t.comparator == u"range" || t.comparator == u"=" ? QString()
                                                                                 : t.comparator)
                            << value << ' ' << t.unit << '\t'
                            << (t.year ? QString::number(*t.year) : QStringLiteral("-")) << '\t'
                            << text->mid(t.quoteStart, t.quoteEnd - t.quoteStart) << '\n';
            }
        }
        context.out.flush();
    }
    if (failed == files.size())
        return ExitFailure;
    return failed > 0 ? ExitPartial : ExitOk;
}

} // namespace policylens::cli
