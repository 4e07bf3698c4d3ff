#include "cli/extractcommand.h"

#include "extract/targetextractor.h"
#include "extract/targetreason.h"
#include "cli/clisupport.h"
#include "format/targetjson.h"

#include <QDate>

#include <cmath>

namespace policylens::cli {

namespace {

QString jsonLine(const QString &document, const QString &text, const ExtractedTarget &t)
{
    JsonLine line;
    line.add(QStringLiteral("document"), document);
    addTargetFields(line, t)
        .add(QStringLiteral("text"), t.sentence)
        .add(QStringLiteral("quote"), text.mid(t.quoteStart, t.quoteEnd - t.quoteStart))
        .add(QStringLiteral("start"), qint64(t.start))
        .add(QStringLiteral("end"), qint64(t.end))
        .add(QStringLiteral("confidence"), std::round(t.confidence * 100) / 100)
        .add(QStringLiteral("reason"), describeTargetReason(t.reason, t.kind, t.year))
        .addRaw(QStringLiteral("reason_cues"), targetReasonToJson(t.reason));
    return line.toString();
}

QString textLine(const QString &document, const QString &text, const ExtractedTarget &t)
{
    QString value = JsonLine::number(t.value);
    if (t.valueMax)
        value += QStringLiteral("–") + JsonLine::number(*t.valueMax);
    const QString comparator
        = t.comparator == u"range" || t.comparator == u"=" ? QString() : t.comparator;
    return document + u'\t' + t.kind + u'\t' + t.indicator + u'\t' + comparator + value + u' '
        + t.unit + u'\t' + (t.year ? QString::number(*t.year) : QStringLiteral("-")) + u'\t'
        + text.mid(t.quoteStart, t.quoteEnd - t.quoteStart);
}

// --published, if given: nullopt (after saying why) when it is not a date.
std::optional<DocumentContext> readDocumentContext(CommandContext &context)
{
    DocumentContext documentContext;
    if (!context.parser.isSet(QStringLiteral("published")))
        return documentContext;
    documentContext.published
        = QDate::fromString(context.parser.value(QStringLiteral("published")), Qt::ISODate);
    if (!documentContext.published.isValid()) {
        context.err << QCoreApplication::translate(
            "ExtractCommand", "extract: --published needs a date as YYYY-MM-DD")
                    << Qt::endl;
        return std::nullopt;
    }
    return documentContext;
}

} // namespace

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
    const QStringList files = inputFiles(context, name());
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate(
            "ExtractCommand", "extract: no input files given")
                    << Qt::endl;
        return ExitUsage;
    }
    const std::optional<DocumentContext> documentContext = readDocumentContext(context);
    if (!documentContext)
        return ExitUsage;
    IndicatorTaxonomy taxonomy = TargetExtractor().taxonomy();
    if (context.parser.isSet(QStringLiteral("indicators"))) {
        const Result<void> loaded
            = taxonomy.loadFile(context.parser.value(QStringLiteral("indicators")));
        if (!loaded) {
            context.err << loaded.error() << Qt::endl;
            return ExitFailure;
        }
    }
    const TargetExtractor extractor(taxonomy);
    return forEachDocument(context, files, [&](const QString &document, const QString &text) {
        for (const ExtractedTarget &t : extractor.extract(text, *documentContext)) {
            context.out << (context.json ? jsonLine(document, text, t) : textLine(document, text, t))
                        << '\n';
        }
    });
}

} // namespace policylens::cli
