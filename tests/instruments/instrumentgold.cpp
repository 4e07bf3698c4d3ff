#include "instrumentgold.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace instrumentgold {

namespace {

// The document without whitespace, with each character's original offset.
struct Squeezed
{
    QString text;
    QList<qsizetype> offsets;
};

Squeezed squeeze(const QString &s)
{
    Squeezed out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s[i].isSpace()) {
            out.text.append(s[i]);
            out.offsets.append(i);
        }
    }
    return out;
}

QString readText(const QString &sharedDir, const QString &doc)
{
    for (const char *dir : { "corpus", "gold2/corpus" }) {
        QFile f(sharedDir + u'/' + QLatin1String(dir) + u'/' + doc);
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll());
    }
    return {};
}

void locate(GoldDocument &d)
{
    const Squeezed sq = squeeze(d.text);
    qsizetype from = 0;
    for (GoldSentence &g : d.sentences) {
        const QString q = squeeze(g.quote).text;
        const qsizetype at = sq.text.indexOf(q, from);
        if (at < 0)
            continue;
        g.start = sq.offsets[at];
        from = at + 1;
    }
}

QString sideOf(const QString &code)
{
    return code.section(u'.', 0, 0);
}

QSet<QString> sides(const QSet<QString> &codes)
{
    QSet<QString> out;
    for (const QString &c : codes)
        out.insert(sideOf(c));
    return out;
}

// Predicted codes per gold sentence: the union over the predicted sentences that start in it.
QList<QSet<QString>> place(const GoldDocument &d, const QList<policylens::SentenceCoding> &codings)
{
    QList<QSet<QString>> out(d.sentences.size());
    for (const auto &c : codings) {
        qsizetype pos = c.start;
        while (pos < d.text.size() && d.text[pos].isSpace())
            ++pos;
        qsizetype span = -1;
        for (qsizetype i = 0; i < d.sentences.size(); ++i) {
            if (d.sentences[i].start >= 0 && d.sentences[i].start <= pos)
                span = i;
        }
        if (span < 0)
            continue;
        for (const auto &a : c.codes)
            out[span].insert(a.key);
    }
    return out;
}

} // namespace

QList<GoldDocument> loadDev(const QString &sharedDir, QStringList *missing)
{
    QList<GoldDocument> docs;
    const QDir dir(sharedDir + QStringLiteral("/instruments/dev"));
    for (const QString &file : dir.entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        GoldDocument d;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue;
            d.name = o.value(u"doc").toString();
            GoldSentence g;
            g.quote = o.value(u"quote").toString();
            for (const QJsonValue &v : o.value(u"codes").toArray())
                g.codes.insert(v.toString());
            d.sentences.append(g);
        }
        d.text = readText(sharedDir, d.name);
        if (d.text.isEmpty()) {
            missing->append(file);
            continue;
        }
        locate(d);
        docs.append(d);
    }
    return docs;
}

Score score(const QList<GoldDocument> &docs, const Coder &coder)
{
    Score s;
    for (const GoldDocument &d : docs) {
        const QList<QSet<QString>> predicted = place(d, coder(d.text));
        for (qsizetype i = 0; i < d.sentences.size(); ++i) {
            const QSet<QString> &gold = d.sentences[i].codes;
            const QSet<QString> &pred = predicted[i];
            for (const QString &c : gold) {
                CodeCounts &k = s.perCode[c];
                (pred.contains(c) ? k.tp : k.fn)++;
                (pred.contains(c) ? s.micro.tp : s.micro.fn)++;
                if (!pred.contains(c)) {
                    for (const QString &p : pred - gold)
                        s.missedWith[c][p]++;
                    if ((pred - gold).isEmpty())
                        s.missedWith[c][QStringLiteral("-")]++;
                }
            }
            for (const QString &c : pred - gold) {
                s.perCode[c].fp++;
                s.micro.fp++;
                if ((gold - pred).isEmpty())
                    s.missedWith[QStringLiteral("-")][c]++;
            }
            ++s.sentences;
            if (sides(gold) == sides(pred))
                ++s.sidesRight;
            if (gold != pred) {
                QStringList g(gold.begin(), gold.end()), p(pred.begin(), pred.end());
                g.sort();
                p.sort();
                s.errors << QStringLiteral("%1 | gold %2 | got %3 | %4")
                                .arg(d.name.left(28), g.join(u','), p.join(u','),
                                    d.sentences[i].quote.left(30));
            }
        }
    }
    return s;
}

void print(const char *title, const Score &s)
{
    std::printf("== %s: %d sentences\n", title, s.sentences);
    std::printf("micro P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d), side accuracy %.3f\n",
        s.micro.precision(), s.micro.recall(), s.micro.f1(), s.micro.tp, s.micro.fp, s.micro.fn,
        s.sideAccuracy());
    std::printf("%-24s %4s %4s %4s %6s %6s %6s\n", "code", "tp", "fp", "fn", "P", "R", "F1");
    for (auto it = s.perCode.begin(); it != s.perCode.end(); ++it) {
        const CodeCounts &k = it.value();
        std::printf("%-24s %4d %4d %4d %6.3f %6.3f %6.3f\n", qPrintable(it.key()), k.tp, k.fp,
            k.fn, k.precision(), k.recall(), k.f1());
    }
    std::printf("confusion (gold code missed -> code predicted instead; '-' = none):\n");
    for (auto it = s.missedWith.begin(); it != s.missedWith.end(); ++it) {
        QStringList cells;
        for (auto jt = it.value().begin(); jt != it.value().end(); ++jt)
            cells << QStringLiteral("%1:%2").arg(jt.key()).arg(jt.value());
        std::printf("  %-24s -> %s\n", qPrintable(it.key()), qPrintable(cells.join(u' ')));
    }
    std::fflush(stdout);
}

} // namespace instrumentgold
