#include "import/metadatadetector.h"

#include "extract/documentgenre.h"
#include "import/regiondetector.h"
#include "store/regionresolver.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace policylens {

namespace {

// Only the head and tail of a document carry its metadata; the body would only add noise.
constexpr qsizetype HeadChars = 1500;
constexpr qsizetype TailChars = 800;

QString head(const QString &text)
{
    return text.left(HeadChars);
}

QString headAndTail(const QString &text)
{
    if (text.size() <= HeadChars + TailChars)
        return text;
    return text.left(HeadChars) + QLatin1Char('\n') + text.right(TailChars);
}

// 二〇二三 / 十五 -> 2023 / 15.
int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    bool ok = false;
    const int plain = s.toInt(&ok);
    if (ok)
        return plain;
    if (s.contains(u'十')) {
        const qsizetype i = s.indexOf(u'十');
        const int tens = i == 0 ? 1 : int(digits.indexOf(s.at(0)));
        const int ones = i + 1 < s.size() ? int(digits.indexOf(s.at(i + 1))) : 0;
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
    int value = 0;
    for (QChar c : s) {
        qsizetype d = digits.indexOf(c);
        if (d < 0 && c == u'零')
            d = 0;
        if (d < 0)
            return -1;
        value = value * 10 + int(d);
    }
    return value;
}

const QStringList &englishMonths()
{
    static const QStringList months { QStringLiteral("jan"), QStringLiteral("feb"),
        QStringLiteral("mar"), QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"),
        QStringLiteral("nov"), QStringLiteral("dec") };
    return months;
}

int englishMonth(const QString &name)
{
    return int(englishMonths().indexOf(name.left(3).toLower())) + 1;
}

QDate validDate(int y, int m, int d)
{
    const QDate date(y, m, d);
    return date.isValid() && y >= 1949 && y <= 2100 ? date : QDate();
}

// Characters that exist only in the Traditional or only in the Simplified script, among the
// most frequent in policy prose.
const QString &traditionalOnly()
{
    static const QString s = QStringLiteral(
        "們個與為這來時會對發國說學經產業區實開關電從點體機構務質數據規劃議設備術資協網際創應興導標"
        "準營運項優勢級預計傳統顯並於將進動態積極組織銷層達億萬畫");
    return s;
}

const QString &simplifiedOnly()
{
    static const QString s = QStringLiteral(
        "们个与为这来时会对发国说学经产业区实开关电从点体机构务质数据规划议设备术资协网际创应兴导标"
        "准营运项优势级预计传统显并于将进动态积极组织销层达亿万画");
    return s;
}

} // namespace

MetadataDetector::MetadataDetector(const RegionResolver *regions)
    : m_regions(regions)
{ }

QString MetadataDetector::detectTitle(const QString &text)
{
    const QStringList lines = head(text).split(QLatin1Char('\n'));
    int i = 0;
    // Markdown front matter (--- ... ---) is not the title.
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (i = 1; i < lines.size() && lines.at(i).trimmed() != QLatin1String("---"); ++i) { }
        ++i;
    }
    for (; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        while (line.startsWith(QLatin1Char('#')))
            line.remove(0, 1);
        line = line.trimmed();
        if (!line.isEmpty())
            return line.left(200);
    }
    return QString();
}

QString MetadataDetector::detectIssuer(const QString &text, const QString &title)
{
    static const QRegularExpression suffix(QStringLiteral(
        "^[\\p{Han}（）()]{2,40}?(人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|"
        "委员会|办公厅|办公室|国务院|厅|局|部)$"));
    // "北京市人民政府关于印发……的通知": the issuer opens the title.
    static const QRegularExpression inTitle(QStringLiteral(
        "^([\\p{Han}]{2,30}?(人民政府办公厅|人民政府办公室|人民政府|国务院办公厅|国务院|"
        "委员会|办公厅|局))(关于|印发)"));
    static const QRegularExpression english(QStringLiteral(
        "\\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z']+)* (?:People's Government|Government|Commission|"
        "Committee|Bureau|Council))\\b"));
    const QRegularExpressionMatch t = inTitle.match(title);
    if (t.hasMatch())
        return t.captured(1);
    const QStringList lines = headAndTail(text).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.size() > 42 || line == title)
            continue;
        const QRegularExpressionMatch m = suffix.match(line);
        if (m.hasMatch())
            return line;
    }
    const QRegularExpressionMatch e = english.match(head(text));
    return e.hasMatch() ? e.captured(1) : QString();
}

QString MetadataDetector::detectDocNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(
        "[\\p{Han}]{1,12}[〔［\\[（(]\\s*(?:19|20)\\d{2}\\s*[〕］\\]）)]\\s*第?\\d{1,5}\\s*号"));
    // A document's own number opens a line under the title; numbers inside sentences are
    // usually citations of other documents (根据国发〔2017〕35号).
    const QStringList lines = head(text).split(QLatin1Char('\n'));
    for (const QString &raw : lines.mid(0, 30)) {
        const QString line = raw.trimmed();
        const QRegularExpressionMatch m = number.match(line);
        if (m.hasMatch() && m.capturedStart() == 0)
            return m.captured(0).remove(QLatin1Char(' '));
    }
    return QString();
}

QDate MetadataDetector::parseDate(const QString &text)
{
    static const QRegularExpression zh(
        QStringLiteral("((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*年\\s*"
                       "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*"
                       "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日"));
    static const QRegularExpression iso(
        QStringLiteral("\\b((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"));
    static const QRegularExpression enMdy(
        QStringLiteral("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? "
                       "(\\d{1,2}),? ((?:19|20)\\d{2})\\b"));
    static const QRegularExpression enDmy(
        QStringLiteral("\\b(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? "
                       "((?:19|20)\\d{2})\\b"));
    struct Candidate
    {
        qsizetype pos;
        QDate date;
    };
    QList<Candidate> found;
    if (const auto m = zh.match(text); m.hasMatch())
        found.append({ m.capturedStart(),
            validDate(chineseNumber(m.captured(1)), chineseNumber(m.captured(2)),
                chineseNumber(m.captured(3))) });
    if (const auto m = iso.match(text); m.hasMatch())
        found.append({ m.capturedStart(),
            validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) });
    if (const auto m = enMdy.match(text); m.hasMatch())
        found.append({ m.capturedStart(),
            validDate(m.captured(3).toInt(), englishMonth(m.captured(1)), m.captured(2).toInt()) });
    if (const auto m = enDmy.match(text); m.hasMatch())
        found.append({ m.capturedStart(),
            validDate(m.captured(3).toInt(), englishMonth(m.captured(2)), m.captured(1).toInt()) });
    QDate best;
    qsizetype bestPos = -1;
    for (const Candidate &c : std::as_const(found)) {
        if (c.date.isValid() && (bestPos < 0 || c.pos < bestPos)) {
            best = c.date;
            bestPos = c.pos;
        }
    }
    return best;
}

QDate MetadataDetector::detectDate(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral("(?:发布日期|发布时间|發布日期|印发日期|成文日期|公布日期|发文日期|"
                       "Published|Date of issue|"
                       "Release date|Issued)\\s*[:：]?\\s*([^\\n]{4,40})"),
        QRegularExpression::CaseInsensitiveOption);
    const QString scope = headAndTail(text);
    if (const auto m = label.match(scope); m.hasMatch()) {
        const QDate d = parseDate(m.captured(1));
        if (d.isValid())
            return d;
    }
    // Chinese documents close with the issuing date on a line of its own.
    const QStringList lines = scope.split(QLatin1Char('\n'));
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = lines.at(i).trimmed();
        if (line.size() < 6 || line.size() > 20)
            continue;
        const QDate d = parseDate(line);
        if (d.isValid())
            return d;
    }
    // Some notices are signed with the year and month only (2023年5月). detectDate() fills the
    // `published` field, and only for that field is such a line taken as the first day of its
    // month — and only as a line of its own near the top, where the issuing date stands;
    // parseDate() stays strict, since a month inside a sentence is no publication date.
    static const QRegularExpression monthLine(
        QStringLiteral("^((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*年\\s*"
                       "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月$"));
    const QStringList top = head(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min<qsizetype>(top.size(), 8); ++i) {
        if (const auto m = monthLine.match(top.at(i).trimmed()); m.hasMatch()) {
            const QDate d
                = validDate(chineseNumber(m.captured(1)), chineseNumber(m.captured(2)), 1);
            if (d.isValid())
                return d;
        }
    }
    return parseDate(head(text).left(400));
}

bool MetadataDetector::detectPeriod(const QString &text, int *start, int *end)
{
    static const QRegularExpression period(QStringLiteral(
        "((?:19|20)\\d{2})\\s*年?\\s*[—\\-–－~～至到]+\\s*((?:19|20)\\d{2})\\s*年?"));
    QRegularExpressionMatchIterator it = period.globalMatch(head(text));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (b > a && b - a <= 30) {
            *start = a;
            *end = b;
            return true;
        }
    }
    return false;
}

QString MetadataDetector::detectStatus(const QString &title, const QString &text)
{
    // A consultation draft says so in its title or on a line of its own under it. 草案 only
    // in brackets or at the end: 关于……计划草案的报告 is a report on a draft, itself final.
    static const QRegularExpression draft(QStringLiteral(
        "征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿|[（(]\\s*草案\\s*[)）]|草案$|"
        "\\bdraft\\b|\\bfor (?:public )?comments?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (draft.match(title).hasMatch())
        return QStringLiteral("draft");
    const QStringList lines = head(text).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(0, 6)) {
        const QString t = line.trimmed();
        if (t.size() <= 20 && draft.match(t).hasMatch())
            return QStringLiteral("draft");
    }
    return QStringLiteral("final");
}

QString MetadataDetector::detectLanguage(const QString &text)
{
    const QString sample = text.left(4000);
    qsizetype han = 0, latin = 0, traditional = 0, simplified = 0;
    // +1: only Traditional, -1: only Simplified.
    static const QHash<char16_t, int> script = [] {
        QHash<char16_t, int> map;
        for (QChar c : traditionalOnly())
            map.insert(c.unicode(), 1);
        for (QChar c : simplifiedOnly())
            map.insert(c.unicode(), -1);
        return map;
    }();
    for (QChar c : sample) {
        const char16_t u = c.unicode();
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)) {
            ++han;
            const int kind = script.value(u, 0);
            if (kind > 0)
                ++traditional;
            else if (kind < 0)
                ++simplified;
        } else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
            ++latin;
        }
    }
    if (han == 0 && latin == 0)
        return QString();
    // A Chinese character carries about as much as a short English word.
    if (han * 3 < latin)
        return QStringLiteral("en");
    return traditional > simplified ? QStringLiteral("zh-Hant") : QStringLiteral("zh");
}

DocumentMetadata MetadataDetector::detect(const ImportedDocument &document) const
{
    DocumentMetadata meta;
    const QString &text = document.text;
    meta.title = document.titleHint.trimmed().isEmpty() ? detectTitle(text)
                                                        : document.titleHint.trimmed().left(200);
    meta.issuer = detectIssuer(text, meta.title);
    meta.docNumber = detectDocNumber(text);
    meta.published = document.publishedHint.isValid() ? document.publishedHint : detectDate(text);
    if (!detectPeriod(meta.title, &meta.periodStart, &meta.periodEnd))
        detectPeriod(text, &meta.periodStart, &meta.periodEnd);
    meta.language = detectLanguage(text);
    meta.docStatus = detectStatus(meta.title, text);
    meta.docType = documentGenreKey(detectDocumentGenre(text));
    if (m_regions)
        meta.regionCode
            = RegionDetector(*m_regions).detect(meta.title, meta.issuer, meta.docNumber, text).code;
    return meta;
}

} // namespace policylens
