#include "cli/quantitiescommand.h"

#include "format/jsonline.h"
#include "extract/quantityfinder.h"

#include <QFile>
#include <QStringDecoder>

#include <cstdio>

namespace policylens::cli {

QString QuantitiesCommand::summary() const
{
    return QCoreApplication::translate("QuantitiesCommand",
        "Read lines of UTF-8 text on stdin and print the quantities in "
        "each (value in base units, unit, offsets).");
}

QString QuantitiesCommand::example() const
{
    return QStringLiteral("echo '到2025年规模达到3000亿元' | policylens quantities --json");
}

int QuantitiesCommand::run(CommandContext &context)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        context.err << QCoreApplication::translate("QuantitiesCommand", "stdin: cannot read: %1")
                           .arg(input.errorString())
                    << Qt::endl;
        return ExitFailure;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QByteArray all = input.readAll();
    if (all.endsWith('\n'))
        all.chop(1);
    const QList<QByteArray> lines = all.isEmpty() ? QList<QByteArray>() : all.split('\n');
    qint64 lineNumber = 0;
    for (QByteArray raw : lines) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        ++lineNumber;
        const QString line = decoder.decode(raw);
        const QList<FoundQuantity> found = findQuantities(line);
        if (context.json) {
            QList<JsonLine> items;
            for (const FoundQuantity &q : found) {
                JsonLine item;
                item.add(QStringLiteral("text"), q.text)
                    .add(QStringLiteral("value"), q.value)
                    .add(QStringLiteral("value_max"), q.valueMax)
                    .addNullableString(QStringLiteral("unit"), q.unit)
                    .addNullableString(QStringLiteral("counter"), q.counter)
                    .addNullableString(QStringLiteral("comparator"), q.comparator)
                    .addBool(QStringLiteral("approximate"), q.approximate)
                    .add(QStringLiteral("exact"), q.exact)
                    .addNullableString(QStringLiteral("exact_max"), q.exactMax)
                    .add(QStringLiteral("start"), qint64(q.start))
                    .add(QStringLiteral("end"), qint64(q.end));
                items << item;
            }
            JsonLine out;
            out.add(QStringLiteral("line"), lineNumber)
                .add(QStringLiteral("quantities"), items);
            context.out << out.toString() << '\n';
        } else {
            for (const FoundQuantity &q : found) {
                context.out << lineNumber << '\t' << q.text << '\t' << JsonLine::number(q.value);
                if (q.valueMax)
                    context.out << QLatin1String("..") << JsonLine::number(*q.valueMax);
                context.out << '\t' << (q.unit.isEmpty() ? QStringLiteral("-") : q.unit) << '\n';
            }
        }
        context.out.flush();
    }
    return ExitOk;
}

} // namespace policylens::cli
