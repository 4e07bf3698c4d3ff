#include "extract/documentgenre.h"

#include "text/matchingnormalizer.h"
#include "text/wordsearch.h"

#include <QCoreApplication>

#include <array>
#include <initializer_list>

namespace policylens {

namespace {

// Only letters below the CJK blocks fold to Latin ones (K, the Kelvin sign, to k): text without
// them cannot hold an English word, whatever its case.
bool mayHoldLatin(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 ? ((u | 0x20) >= u'a' && (u | 0x20) <= u'z') : (u < 0x2E80 && c.isLetter()))
            return true;
    }
    return false;
}

bool containsAny(QStringView text, std::initializer_list<QStringView> words,
    Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    if (cs == Qt::CaseInsensitive && !mayHoldLatin(text))
        return false; // case-insensitive search is slow, and Chinese text rarely needs it
    if (cs == Qt::CaseSensitive)
        return wordsearch::containsAny(text, words);
    for (const QStringView w : words) {
        if (wordsearch::containsCaseless(text, w))
            return true;
    }
    return false;
}

// The title: the first non-empty line, joined with the second when the first is a short
// heading broken over two lines (打造…高地 / 若干政策).
QString titleOf(QStringView head)
{
    QString title;
    int lines = 0;
    for (const QStringView raw : head.split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        title += line.left(120).toString();
        if (++lines == 2 || line.size() > 30 || line.endsWith(u'。') || line.endsWith(u'.'))
            break;
    }
    return title;
}

// A line near the top that is only a date (09/09/2025, 2024/03/19/ 08:28) or a byline with a
// clock time ("Xinhua) 16:00, June 24, 2025", "2024年11月15日07:53 | 来源:") marks a news page.
bool hasDateline(QStringView head)
{
    int lines = 0;
    for (const QStringView raw : head.split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (++lines > 6)
            break;
        int digits = 0;
        for (const QChar c : line)
            digits += c.isDigit();
        const bool clock = line.size() < 60 && line.contains(u':') && digits >= 6;
        const bool dateOnly
            = line.size() <= 12 && digits >= 6 && (line.count(u'/') == 2 || line.count(u'-') == 2);
        if (clock || dateOnly)
            return true;
    }
    return false;
}

// Words of journalism: a dateline (合肥1月23日电), a reporter, an agency, a news lead that opens
// with the day of the event (3月20日,…举行). A bare 来源 (source) line is only weak evidence:
// official pages carry it too.
bool looksLikeNews(QStringView head)
{
    if (containsAny(head,
            { u"日电", u"记者", u"本报讯", u"南都讯", u"新华社", u"中新网", u"中新社", u"获悉",
                u"报道", u"日报", u"新闻办", u"新闻发布会", u"传来消息", u"据悉" })
        || containsAny(head,
            { u"(Xinhua)", u"Xinhua)", u"Chinadaily", u"reported", u" News", u"press conference",
                u" on Monday", u" on Tuesday", u" on Wednesday", u" on Thursday", u" on Friday",
                u" unveiled ", u" announced " },
            Qt::CaseInsensitive)
        || hasDateline(head))
        return true;
    int lines = 0;
    for (const QStringView raw : head.split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (++lines > 3)
            break;
        qsizetype i = 0;
        while (i < line.size() && i < 2 && line[i].isDigit())
            ++i;
        if (i > 0 && i < line.size() && line[i] == u'月') {
            qsizetype j = i + 1;
            while (j < line.size() && j < i + 3 && line[j].isDigit())
                ++j;
            if (j > i + 1 && j < line.size() && line[j] == u'日')
                return true;
        }
    }
    return false;
}

// A regulation is divided into articles: 第一条, 第二条 … at the start of lines.
bool hasArticles(QStringView text)
{
    int articles = 0;
    for (qsizetype i = text.indexOf(u'第'); i >= 0 && articles < 3;
         i = text.indexOf(u'第', i + 1)) {
        if (i > 0 && text[i - 1] != u'\n' && text[i - 1] != u' ' && text[i - 1] != u'　')
            continue;
        qsizetype j = i + 1;
        while (j < text.size() && j - i < 5
            && QStringView(u"一二三四五六七八九十百零").contains(text[j]))
            ++j;
        if (j > i + 1 && j < text.size() && text[j] == u'条')
            ++articles;
    }
    return articles >= 3;
}

std::optional<DocumentGenre> genreFromWords(QStringView title, QStringView head)
{
    if (containsAny(title, { u"统计公报", u"统计年报" })
        || containsAny(
            title, { u"statistical communique", u"statistical bulletin" }, Qt::CaseInsensitive))
        return DocumentGenre::Statistics;
    if (containsAny(title, { u"政府工作报告", u"计划执行情况" })
        || title.contains(u"work report", Qt::CaseInsensitive))
        return DocumentGenre::WorkReport;
    if (containsAny(title, { u"条例", u"规定" })
        || title.contains(u"regulation", Qt::CaseInsensitive)
        || (title.contains(u"办法") && hasArticles(head)))
        return DocumentGenre::Regulation;
    if (containsAny(title, { u"措施", u"若干政策", u"扶持政策", u"实施细则", u"办法" })
        || containsAny(title, { u"measures", u"policies" }, Qt::CaseInsensitive))
        return DocumentGenre::Measures;
    if (containsAny(title, { u"规划", u"方案", u"计划", u"意见", u"纲要", u"行动" })
        || containsAny(title, { u"plan", u"programme", u"opinions" }, Qt::CaseInsensitive))
        return DocumentGenre::Plan;
    // Untitled: the preamble names what follows (制定以下措施, 特制定本方案).
    if (containsAny(head, { u"制定以下措施", u"制定如下措施", u"制定如下政策", u"制定以下政策" }))
        return DocumentGenre::Measures;
    if (containsAny(head, { u"制定本方案", u"制定本计划", u"制定本规划", u"制定本行动" }))
        return DocumentGenre::Plan;
    if (containsAny(head, { u"制定本条例", u"制定本办法" }))
        return DocumentGenre::Regulation;
    return std::nullopt;
}

} // namespace

DocumentGenre detectDocumentGenre(QStringView text)
{
    const QString head = MatchingNormalizer::normalize(text.left(800)).text;
    const QString title = titleOf(head);
    const std::optional<DocumentGenre> byWords = genreFromWords(title, head);
    if (byWords == DocumentGenre::Statistics)
        return *byWords;
    // A report about a plan or a work report is still news: it mixes what was achieved with
    // what is planned, in a journalist's past tense. A document whose own title names its
    // genre is that document, whatever source line its web page adds.
    if (looksLikeNews(QStringView(head).left(400)) && !(byWords && title.contains(u"通知")))
        return DocumentGenre::News;
    if (byWords)
        return *byWords;
    if (hasArticles(head))
        return DocumentGenre::Regulation;
    return DocumentGenre::Other;
}

namespace {

struct GenreKey
{
    DocumentGenre genre;
    const char16_t *key;
};

constexpr std::array<GenreKey, 7> kKeys = { { { DocumentGenre::Plan, u"plan" },
    { DocumentGenre::Measures, u"measures" }, { DocumentGenre::Regulation, u"regulation" },
    { DocumentGenre::WorkReport, u"work_report" }, { DocumentGenre::Statistics, u"statistics" },
    { DocumentGenre::News, u"news" }, { DocumentGenre::Other, u"other" } } };

} // namespace

QString documentGenreKey(DocumentGenre genre)
{
    for (const GenreKey &k : kKeys) {
        if (k.genre == genre)
            return QString::fromUtf16(k.key);
    }
    return QStringLiteral("other");
}

std::optional<DocumentGenre> documentGenreFromKey(QStringView key)
{
    for (const GenreKey &k : kKeys) {
        if (key == QStringView(k.key))
            return k.genre;
    }
    return std::nullopt;
}

QString documentGenreName(DocumentGenre genre)
{
    switch (genre) {
    case DocumentGenre::Plan:
        return QCoreApplication::translate("DocumentGenre", "Plan");
    case DocumentGenre::Measures:
        return QCoreApplication::translate("DocumentGenre", "Support measures");
    case DocumentGenre::Regulation:
        return QCoreApplication::translate("DocumentGenre", "Regulation");
    case DocumentGenre::WorkReport:
        return QCoreApplication::translate("DocumentGenre", "Work report");
    case DocumentGenre::Statistics:
        return QCoreApplication::translate("DocumentGenre", "Statistics release");
    case DocumentGenre::News:
        return QCoreApplication::translate("DocumentGenre", "News");
    case DocumentGenre::Other:
        break;
    }
    return QCoreApplication::translate("DocumentGenre", "Other");
}

} // namespace policylens
