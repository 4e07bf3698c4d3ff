#include "instruments/codebook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace policylens {

namespace {

constexpr std::pair<InstrumentSide, const char16_t *> kSides[] = {
    { InstrumentSide::None, u"none" },
    { InstrumentSide::Supply, u"supply" },
    { InstrumentSide::Environment, u"environment" },
    { InstrumentSide::Demand, u"demand" },
};

constexpr std::pair<CueKind, const char16_t *> kCueKinds[] = {
    { CueKind::Term, u"term" },
    { CueKind::Object, u"object" },
    { CueKind::Weak, u"weak" },
    { CueKind::Block, u"block" },
};

BilingualText readText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return { o.value(u"zh").toString(), o.value(u"en").toString() };
}

QJsonObject writeText(const BilingualText &t)
{
    return { { QStringLiteral("zh"), t.zh }, { QStringLiteral("en"), t.en } };
}

QStringList readStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        if (s.isString() && !s.toString().trimmed().isEmpty())
            out << s.toString().trimmed();
    }
    return out;
}

std::optional<CodebookCode> readCode(const QJsonObject &o, QString *error)
{
    CodebookCode c;
    c.key = o.value(u"key").toString().trimmed();
    if (c.key.isEmpty()) {
        *error = QStringLiteral("a code without a key");
        return std::nullopt;
    }
    const auto side = sideFromKey(o.value(u"side").toString(QStringLiteral("none")));
    if (!side) {
        *error = QStringLiteral("code %1: unknown side \"%2\"")
                     .arg(c.key, o.value(u"side").toString());
        return std::nullopt;
    }
    c.side = *side;
    c.name = readText(o.value(u"name"));
    c.description = readText(o.value(u"description"));
    c.keywords = readStrings(o.value(u"keywords"));
    c.goal = o.value(u"goal").toBool(false);
    const QJsonObject cues = o.value(u"cues").toObject();
    for (auto it = cues.begin(); it != cues.end(); ++it) {
        const auto kind = cueKindFromKey(it.key());
        if (!kind) {
            *error = QStringLiteral("code %1: unknown cue kind \"%2\"").arg(c.key, it.key());
            return std::nullopt;
        }
        for (const QString &text : readStrings(it.value()))
            c.cues.append({ text, *kind });
    }
    return c;
}

QJsonObject writeCode(const CodebookCode &c)
{
    QJsonObject cues;
    for (const auto &[kind, key] : kCueKinds) {
        QJsonArray list;
        for (const Cue &cue : c.cues) {
            if (cue.kind == kind)
                list.append(cue.text);
        }
        if (!list.isEmpty())
            cues.insert(QString::fromUtf16(key), list);
    }
    return { { QStringLiteral("key"), c.key }, { QStringLiteral("side"), sideKey(c.side) },
        { QStringLiteral("name"), writeText(c.name) },
        { QStringLiteral("description"), writeText(c.description) },
        { QStringLiteral("keywords"), QJsonArray::fromStringList(c.keywords) },
        { QStringLiteral("goal"), c.goal }, { QStringLiteral("cues"), cues } };
}

} // namespace

QString sideKey(InstrumentSide side)
{
    for (const auto &[s, key] : kSides) {
        if (s == side)
            return QString::fromUtf16(key);
    }
    return QStringLiteral("none");
}

std::optional<InstrumentSide> sideFromKey(QStringView key)
{
    for (const auto &[s, k] : kSides) {
        if (key == QStringView(k))
            return s;
    }
    return std::nullopt;
}

QString cueKindKey(CueKind kind)
{
    for (const auto &[k, key] : kCueKinds) {
        if (k == kind)
            return QString::fromUtf16(key);
    }
    return QStringLiteral("object");
}

std::optional<CueKind> cueKindFromKey(QStringView key)
{
    for (const auto &[k, name] : kCueKinds) {
        if (key == QStringView(name))
            return k;
    }
    return std::nullopt;
}

QString BilingualText::forLanguage(Language language) const
{
    const bool chinese = language == Language::Chinese;
    const QString &first = chinese ? zh : en;
    return first.isEmpty() ? (chinese ? en : zh) : first;
}

QString BilingualText::forLanguage(QStringView lang) const
{
    return forLanguage(languageFromString(lang));
}

const CodebookCode *Codebook::code(QStringView k) const
{
    const qsizetype i = indexOf(k);
    return i < 0 ? nullptr : &codes[i];
}

qsizetype Codebook::indexOf(QStringView k) const
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (codes[i].key == k)
            return i;
    }
    return -1;
}

std::optional<Codebook> Codebook::fromJson(const QByteArray &json, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        err = pe.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset)
            : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Codebook book;
    book.key = root.value(u"key").toString().trimmed();
    book.name = readText(root.value(u"name"));
    book.ignored = readStrings(root.value(u"ignored"));
    if (book.key.isEmpty()) {
        err = QStringLiteral("the codebook has no key");
        return std::nullopt;
    }
    for (const QJsonValue &v : root.value(u"codes").toArray()) {
        auto c = readCode(v.toObject(), &err);
        if (!c)
            return std::nullopt;
        if (book.indexOf(c->key) >= 0) {
            err = QStringLiteral("code %1 appears twice").arg(c->key);
            return std::nullopt;
        }
        book.codes.append(std::move(*c));
    }
    if (book.codes.isEmpty()) {
        err = QStringLiteral("the codebook has no codes");
        return std::nullopt;
    }
    return book;
}

QByteArray Codebook::toJson() const
{
    QJsonArray list;
    for (const CodebookCode &c : codes)
        list.append(writeCode(c));
    const QJsonObject root { { QStringLiteral("version"), 1 }, { QStringLiteral("key"), key },
        { QStringLiteral("name"), writeText(name) },
        { QStringLiteral("ignored"), QJsonArray::fromStringList(ignored) },
        { QStringLiteral("codes"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const Codebook &Codebook::builtIn()
{
    static const Codebook book = [] {
        QFile f(QStringLiteral(":/data/instrument-codebook.json"));
        QString error;
        std::optional<Codebook> b;
        if (f.open(QIODevice::ReadOnly))
            b = fromJson(f.readAll(), &error);
        // The resource is compiled in and checked by a test; failing here is a build error.
        Q_ASSERT_X(b, "Codebook::builtIn", qPrintable(error));
        return b ? *b : Codebook {};
    }();
    return book;
}

} // namespace policylens
