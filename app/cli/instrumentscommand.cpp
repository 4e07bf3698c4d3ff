#include "cli/instrumentscommand.h"

#include "cli/clisupport.h"
#include "cli/instrumentsworkspace.h"
#include "format/jsonline.h"
#include "instruments/codingreason.h"
#include "instruments/instrumentcoder.h"

#include <QFile>

#include <cmath>

namespace policylens::cli {

namespace {

QString roleKey(SentenceRole role)
{
    switch (role) {
    case SentenceRole::Body:
        return QStringLiteral("sentence");
    case SentenceRole::Heading:
        return QStringLiteral("heading");
    case SentenceRole::LeadIn:
        return QStringLiteral("lead_in");
    case SentenceRole::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString jsonLine(const QString &document, const QString &text, const SentenceCoding &c)
{
    QStringList keys;
    JsonLine confidence, reasons;
    for (const CodeAssignment &a : c.codes) {
        keys << a.key;
        confidence.add(a.key, std::round(a.confidence * 100) / 100);
        reasons.add(a.key, describeReason(a.reason));
    }
    JsonLine line;
    line.add(QStringLiteral("document"), document)
        .add(QStringLiteral("text"), text.mid(c.start, c.end - c.start))
        .add(QStringLiteral("start"), qint64(c.start))
        .add(QStringLiteral("end"), qint64(c.end))
        .add(QStringLiteral("role"), roleKey(c.role))
        .add(QStringLiteral("codes"), keys)
        .add(QStringLiteral("confidence"), confidence)
        .add(QStringLiteral("reason"), reasons);
    return line.toString();
}

QString textLine(const QString &document, const QString &text, const SentenceCoding &c)
{
    QStringList keys;
    for (const CodeAssignment &a : c.codes)
        keys << a.key;
    QString sentence = text.mid(c.start, c.end - c.start).simplified();
    return document + u'\t' + QString::number(c.start) + u'-' + QString::number(c.end) + u'\t'
        + (keys.isEmpty() ? QStringLiteral("-") : keys.join(u',')) + u'\t' + sentence;
}

std::optional<Codebook> codebookFrom(CommandContext &context)
{
    if (!context.parser.isSet(QStringLiteral("codebook")))
        return Codebook::builtIn();
    const QString path = context.parser.value(QStringLiteral("codebook"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        context.err << QCoreApplication::translate("InstrumentsCommand", "%1: cannot open: %2")
                           .arg(path, f.errorString())
                    << Qt::endl;
        return std::nullopt;
    }
    QString error;
    auto book = Codebook::fromJson(f.readAll(), &error);
    if (!book)
        context.err << QCoreApplication::translate("InstrumentsCommand", "%1: not a codebook: %2")
                           .arg(path, error)
                    << Qt::endl;
    return book;
}

} // namespace

QString InstrumentsCommand::summary() const
{
    return QCoreApplication::translate("InstrumentsCommand",
        "Code every sentence of policy documents with policy instruments "
        "(supply, environment, demand).");
}

QString InstrumentsCommand::example() const
{
    return QStringLiteral("policylens instruments --json plan.txt");
}

void InstrumentsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("codebook"),
        QCoreApplication::translate("InstrumentsCommand",
            "Codebook (JSON) to code with instead of the built-in one."),
        QStringLiteral("FILE") });
    InstrumentsWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("InstrumentsCommand", "Documents to read."),
        QStringLiteral("FILE..."));
}

int InstrumentsCommand::run(CommandContext &context)
{
    // With --summary, --export or an action word the workspace of --db is meant.
    if (InstrumentsWorkspace::wants(context.parser))
        return InstrumentsWorkspace::run(context);
    const QStringList files = inputFiles(context, name());
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate(
            "InstrumentsCommand", "instruments: no input files given")
                    << Qt::endl;
        return ExitUsage;
    }
    const std::optional<Codebook> book = codebookFrom(context);
    if (!book)
        return ExitFailure;
    const InstrumentCoder coder(*book);
    return forEachDocument(context, files, [&](const QString &document, const QString &text) {
        for (const SentenceCoding &c : coder.code(text))
            context.out << (context.json ? jsonLine(document, text, c) : textLine(document, text, c))
                        << '\n';
    });
}

} // namespace policylens::cli
