#include "import/htmlimporter.h"

#include "import/metadatadetector.h"
#include "import/textdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace policylens {

namespace {

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> s { QStringLiteral("area"), QStringLiteral("base"),
        QStringLiteral("br"), QStringLiteral("col"), QStringLiteral("embed"), QStringLiteral("hr"),
        QStringLiteral("img"), QStringLiteral("input"), QStringLiteral("link"),
        QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"), QStringLiteral("!doctype") };
    return s;
}

const QSet<QString> &skippedElements()
{
    static const QSet<QString> s { QStringLiteral("nav"), QStringLiteral("header"),
        QStringLiteral("footer"), QStringLiteral("aside"), QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("iframe"), QStringLiteral("svg"),
        QStringLiteral("object"), QStringLiteral("select"), QStringLiteral("button"),
        QStringLiteral("menu") };
    return s;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> s { QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("table"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("hr"),
        QStringLiteral("br"), QStringLiteral("main"), QStringLiteral("form"),
        QStringLiteral("address"), QStringLiteral("center"), QStringLiteral("body"),
        QStringLiteral("caption"), QStringLiteral("figure") };
    return s;
}

// class/id values that mark page furniture rather than the document.
bool isFurnitureAttribute(const QString &value)
{
    static const QRegularExpression furniture(
        QStringLiteral("(^|[\\s_-])(nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|header|"
                       "copyright|sidebar|share|toolbar)($|[\\s_-])"),
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(value).hasMatch();
}

bool isCell(const QString &name)
{
    return name == QLatin1String("td") || name == QLatin1String("th");
}

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes;
};

// Parses the tag starting at s[i] == '<'; returns the index after '>' (or s.size()).
qsizetype parseTag(const QString &s, qsizetype i, Tag *tag)
{
    const qsizetype n = s.size();
    ++i;
    if (i < n && s.at(i) == u'/') {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && !s.at(i).isSpace() && s.at(i) != u'>' && s.at(i) != u'/')
        ++i;
    tag->name = s.mid(nameStart, i - nameStart).toLower();
    while (i < n && s.at(i) != u'>') {
        if (s.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (s.at(i) == u'/') {
            tag->selfClosing = true;
            ++i;
            continue;
        }
        const qsizetype keyStart = i;
        while (i < n && !s.at(i).isSpace() && s.at(i) != u'=' && s.at(i) != u'>' && s.at(i) != u'/')
            ++i;
        const QString key = s.mid(keyStart, i - keyStart).toLower();
        QString value;
        while (i < n && s.at(i).isSpace())
            ++i;
        if (i < n && s.at(i) == u'=') {
            ++i;
            while (i < n && s.at(i).isSpace())
                ++i;
            if (i < n && (s.at(i) == u'"' || s.at(i) == u'\'')) {
                const QChar quote = s.at(i);
                const qsizetype close = s.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? n : close;
                value = s.mid(i + 1, end - i - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !s.at(i).isSpace() && s.at(i) != u'>')
                    ++i;
                value = s.mid(valueStart, i - valueStart);
            }
        }
        if (!key.isEmpty())
            tag->attributes.insert(key, HtmlImporter::decodeEntities(value));
        else
            ++i;
    }
    return i < n ? i + 1 : n;
}

class TextSink
{
public:
    void text(const QString &chunk, bool preformatted)
    {
        for (QChar c : chunk) {
            if (!preformatted && (c.isSpace() || c == QChar(0xA0))) {
                m_pendingSpace = true;
                continue;
            }
            if (c == u'\r')
                continue;
            flushSpace(c);
            m_out.append(c);
        }
    }
    void lineBreak()
    {
        m_pendingSpace = false;
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out.append(QLatin1Char('\n'));
    }
    void cellBreak()
    {
        m_pendingSpace = false;
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')) && !m_out.endsWith(u'\t'))
            m_out.append(u'\t');
    }
    const QString &result() const { return m_out; }
    qsizetype size() const { return m_out.size(); }

private:
    // Source line wrapping inside Chinese prose must not leave a space between characters.
    void flushSpace(QChar next)
    {
        if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n'))
            && !m_out.endsWith(u'\t') && !isCjk(m_out.back()) && !isCjk(next))
            m_out.append(QLatin1Char(' '));
        m_pendingSpace = false;
    }

    QString m_out;
    bool m_pendingSpace = false;
};

// "发布日期：2024-03-15" as a paragraph of its own is metadata, not document text.
QString takeDateLines(const QString &text, QDate *published)
{
    static const QRegularExpression label(
        QStringLiteral("^\\s*(发布日期|发布时间|發布日期|发文日期|成文日期|日期|时间|Published|"
                       "Date)\\s*[:：]\\s*"
                       "(.{6,24})$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = label.match(line);
        if (m.hasMatch()) {
            const QDate d = MetadataDetector::parseDate(m.captured(2));
            if (d.isValid()) {
                if (!published->isValid())
                    *published = d;
                continue;
            }
        }
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

QString HtmlImporter::declaredCharset(const QByteArray &data)
{
    static const QRegularExpression charset(
        QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = charset.match(QString::fromLatin1(data.left(4096)));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString HtmlImporter::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named { { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("ensp"), QStringLiteral(" ") },
        { QStringLiteral("emsp"), QStringLiteral(" ") },
        { QStringLiteral("thinsp"), QStringLiteral(" ") },
        { QStringLiteral("ldquo"), QStringLiteral("“") },
        { QStringLiteral("rdquo"), QStringLiteral("”") },
        { QStringLiteral("lsquo"), QStringLiteral("‘") },
        { QStringLiteral("rsquo"), QStringLiteral("’") },
        { QStringLiteral("mdash"), QStringLiteral("—") },
        { QStringLiteral("ndash"), QStringLiteral("–") },
        { QStringLiteral("hellip"), QStringLiteral("…") },
        { QStringLiteral("middot"), QStringLiteral("·") },
        { QStringLiteral("times"), QStringLiteral("×") },
        { QStringLiteral("copy"), QStringLiteral("©") },
        { QStringLiteral("yen"), QStringLiteral("¥") },
        { QStringLiteral("laquo"), QStringLiteral("«") },
        { QStringLiteral("raquo"), QStringLiteral("»") },
        { QStringLiteral("bull"), QStringLiteral("•") },
        { QStringLiteral("permil"), QStringLiteral("‰") } };
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(c);
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t ucs4 = code;
                out.append(QString::fromUcs4(&ucs4, 1));
                i = semi;
                continue;
            }
        } else if (const auto it = named.constFind(name); it != named.cend()) {
            out.append(it.value());
            i = semi;
            continue;
        }
        out.append(c);
    }
    return out;
}

namespace {

// The tokenizer's state while it walks a page: the element stack (explicit, so nesting depth
// costs no C stack), what is being skipped, and what the page says about itself.
class HtmlWalker
{
public:
    explicit HtmlWalker(const QString &source) : s(source), n(source.size()) { }

    // Consumes one token at i: text, a comment or declaration, or a tag. Returns the next index.
    qsizetype step(qsizetype i)
    {
        const QChar c = s.at(i);
        if (c != u'<' || i + 1 >= n
            || !(s.at(i + 1).isLetter() || s.at(i + 1) == u'/' || s.at(i + 1) == u'!'
                || s.at(i + 1) == u'?'))
            return text(i);
        if (s.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype close = s.indexOf(QLatin1String("-->"), i + 4);
            return close < 0 ? n : close + 3;
        }
        if (s.at(i + 1) == u'!' || s.at(i + 1) == u'?') {
            const qsizetype close = s.indexOf(QLatin1Char('>'), i);
            return close < 0 ? n : close + 1;
        }
        Tag tag;
        i = parseTag(s, i, &tag);
        if (tag.closing) {
            closeTag(tag.name);
            return i;
        }
        // Raw text: the content of script and style is never text; title is metadata.
        if (tag.name == QLatin1String("script") || tag.name == QLatin1String("style")
            || tag.name == QLatin1String("title") || tag.name == QLatin1String("textarea"))
            return rawText(tag.name, i);
        if (tag.name == QLatin1String("meta"))
            meta(tag);
        else if (voidElements().contains(tag.name) || tag.selfClosing)
            voidElement(tag.name);
        else
            openTag(tag);
        return i;
    }

    TextSink sink;
    QString title;
    QString heading; // first <h1>, as the sink wrote it
    QDate published;

private:
    struct Open
    {
        QString name;
        bool skip;
    };

    qsizetype text(qsizetype i)
    {
        const qsizetype next = s.indexOf(QLatin1Char('<'), i + 1);
        const qsizetype end = next < 0 ? n : next;
        if (skipDepth == 0)
            sink.text(HtmlImporter::decodeEntities(s.mid(i, end - i)), preDepth > 0);
        return end;
    }

    qsizetype rawText(const QString &name, qsizetype i)
    {
        const QString closeTag = QStringLiteral("</") + name;
        const qsizetype close = s.indexOf(closeTag, i, Qt::CaseInsensitive);
        const qsizetype end = close < 0 ? n : close;
        if (name == QLatin1String("title") && title.isEmpty())
            title = HtmlImporter::decodeEntities(s.mid(i, end - i)).simplified();
        const qsizetype after = close < 0 ? n : s.indexOf(QLatin1Char('>'), close);
        return after < 0 ? n : after + 1;
    }

    void meta(const Tag &tag)
    {
        const QString key = (tag.attributes.value(QStringLiteral("name"))
            + tag.attributes.value(QStringLiteral("property")))
                                .toLower();
        if (!published.isValid() && key.contains(QLatin1String("date")))
            published = MetadataDetector::parseDate(tag.attributes.value(QStringLiteral("content")));
    }

    void voidElement(const QString &name)
    {
        if (skipDepth == 0 && (name == QLatin1String("br") || name == QLatin1String("hr")))
            blockBreak(name);
    }

    void closeTag(const QString &name)
    {
        for (size_t k = stack.size(); k > 0 && stack.size() - k < 256; --k) {
            if (stack[k - 1].name == name) {
                closeTo(k - 1);
                break;
            }
        }
        if (name == QLatin1String("h1") && headingStart >= 0 && heading.isEmpty())
            heading = sink.result().mid(headingStart).trimmed();
        if (skipDepth == 0 && blockElements().contains(name))
            blockBreak(name);
    }

    void openTag(const Tag &tag)
    {
        const QString &name = tag.name;
        closeImplied(name);
        const bool skip = skippedElements().contains(name)
            || isFurnitureAttribute(tag.attributes.value(QStringLiteral("class")))
            || isFurnitureAttribute(tag.attributes.value(QStringLiteral("id")));
        stack.push_back({ name, skip });
        if (skip)
            ++skipDepth;
        if (name == QLatin1String("pre"))
            ++preDepth;
        if (isCell(name))
            ++cellDepth;
        if (skipDepth > 0)
            return;
        if (blockElements().contains(name))
            blockBreak(name);
        if (name == QLatin1String("h1") && headingStart < 0)
            headingStart = sink.size();
        else if (isCell(name))
            sink.cellBreak();
    }

    // A new paragraph or list item closes an unclosed one instead of nesting in it; likewise a
    // cell closes an unclosed cell, and a row an unclosed row with its cells.
    void closeImplied(const QString &name)
    {
        if ((name == QLatin1String("p") || name == QLatin1String("li")) && !stack.empty()
            && stack.back().name == name)
            closeTo(stack.size() - 1);
        if (isCell(name) && !stack.empty() && isCell(stack.back().name))
            closeTo(stack.size() - 1);
        if (name == QLatin1String("tr")) {
            size_t k = stack.size();
            while (k > 0 && (isCell(stack[k - 1].name) || stack[k - 1].name == QLatin1String("tr")))
                --k;
            closeTo(k);
        }
    }

    // A block ends its line, except inside a table cell, where paragraphs and line breaks are
    // part of the cell: the row stays one line of tab-separated cells.
    void blockBreak(const QString &name)
    {
        if (cellDepth > 0 && name != QLatin1String("tr") && name != QLatin1String("table"))
            sink.text(QStringLiteral(" "), false);
        else
            sink.lineBreak();
    }

    void closeTo(size_t index)
    {
        while (stack.size() > index) {
            if (stack.back().skip)
                --skipDepth;
            if (stack.back().name == QLatin1String("pre"))
                --preDepth;
            if (isCell(stack.back().name))
                --cellDepth;
            stack.pop_back();
        }
    }

    const QString &s;
    const qsizetype n;
    std::vector<Open> stack;
    int skipDepth = 0;
    int preDepth = 0;
    int cellDepth = 0; // open <td>/<th>: blocks inside a cell keep the row on one line
    qsizetype headingStart = -1;
};

} // namespace

ImporterResult HtmlImporter::import(const QByteArray &data, const ImportLimits &limits)
{
    const Result<TextDecoder::DecodedText> decoded
        = TextDecoder::decode(data, declaredCharset(data));
    if (!decoded.has_value())
        return Failure(decoded.error());
    HtmlWalker walker(decoded->text);
    const auto tooLong = [&] {
        return Failure(
            tr("its text is longer than the limit of %L1 characters").arg(limits.maxTextChars));
    };
    for (qsizetype i = 0; i < decoded->text.size();) {
        if (walker.sink.size() > limits.maxTextChars)
            return tooLong();
        i = walker.step(i);
    }
    ImportedDocument doc;
    doc.text = takeDateLines(walker.sink.result(), &walker.published);
    // The check in the loop runs before each token; the text after the last tag comes in after it.
    if (doc.text.size() > limits.maxTextChars)
        return tooLong();
    doc.format = QStringLiteral("html");
    doc.encoding = decoded->encoding;
    doc.titleHint = walker.heading.isEmpty() ? walker.title : walker.heading;
    doc.publishedHint = walker.published;
    return doc;
}

} // namespace policylens
