#include "import/regiondetector.h"

#include "store/regionresolver.h"
#include "text/matchingnormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace policylens {

namespace {

// How much each signal weighs. The issuer names the government that speaks; a title usually
// opens with it; a dateline says where a news item was filed; the opening lines and the body
// only count by repetition. Caps stop a long body outvoting the head of the document.
constexpr double IssuerWeight = 10;
constexpr double TitleWeight = 8;
constexpr double DatelineWeight = 6;
constexpr double DocNumberWeight = 4;
constexpr double OpeningWeight = 2;
constexpr double OpeningCap = 6;
constexpr double BodyWeight = 1;
constexpr double BodyCap = 12;
constexpr double NationalMarkerWeight = 0.5;
constexpr double NationalMarkerCap = 4;
constexpr double LevelHintWeight = 1;
constexpr int LevelHintCap = 4;
constexpr double MinimumLocalScore = 2;
constexpr double MinimumNationalScore = 1;
constexpr qsizetype OpeningChars = 600;
constexpr qsizetype MaxTitleChars = 80;
constexpr qsizetype BodyChars = 20000;
// Places written one after the other (杭州市余杭区, Shenzhen's Longgang District) nest when at
// most this many characters separate them.
constexpr qsizetype NestingGap = 3;

QString simplified(const QString &s)
{
    return MatchingNormalizer::normalize(s).text;
}

} // namespace

bool RegionDetector::namesLocality(const QString &line, int national) const
{
    for (const RegionMention &m : m_regions.mentionsIn(line)) {
        if (m.candidates.first() != national)
            return true;
    }
    return false;
}

struct RegionDetector::Scores
{
    QHash<int, double> score;
    QHash<int, RegionEvidence> evidence;
    QSet<int> present; // every region named anywhere, to tell apart places sharing a name
    int national = -1;
    double nationalScore = 0;
    RegionEvidence nationalEvidence = RegionEvidence::None;

    void add(int index, double weight, RegionEvidence from)
    {
        score[index] += weight;
        const auto it = evidence.constFind(index);
        if (it == evidence.cend() || int(from) < int(*it))
            evidence.insert(index, from);
    }
    void addNational(double weight, RegionEvidence from)
    {
        nationalScore += weight;
        if (nationalEvidence == RegionEvidence::None || int(from) < int(nationalEvidence))
            nationalEvidence = from;
    }
};

RegionDetector::RegionDetector(const RegionResolver &regions)
    : m_regions(regions)
{
}

int RegionDetector::pick(const QList<int> &candidates, const Scores &scores) const
{
    // 朝阳区 in a text that also names 长春 is Changchun's; otherwise the most prominent.
    for (int c : candidates) {
        for (int other : scores.present) {
            if (other != c && m_regions.isAncestor(other, c))
                return c;
        }
    }
    return candidates.first();
}

// Places named in one line, nested runs collapsed to their innermost place, national names
// left to scoreNationalOrgans(). With firstOnly, only the first place of the line counts.
void RegionDetector::scoreLine(const QString &line, double weight, RegionEvidence evidence,
    bool firstOnly, Scores &scores) const
{
    const QList<RegionMention> mentions = m_regions.mentionsIn(line);
    QList<int> subjects;
    qsizetype lastEnd = -1;
    for (const RegionMention &m : mentions) {
        const int index = pick(m.candidates, scores);
        if (index == scores.national)
            continue;
        const bool adjacent = lastEnd >= 0 && m.pos - lastEnd <= NestingGap;
        if (adjacent && !subjects.isEmpty() && m_regions.isAncestor(subjects.last(), index))
            subjects.last() = index; // 杭州市 + 余杭区 -> 余杭区
        else if (adjacent && !subjects.isEmpty() && m_regions.isAncestor(index, subjects.last()))
            ; // "Longgang District, Shenzhen": the district stays
        else if (!firstOnly || subjects.isEmpty())
            subjects.append(index);
        lastEnd = m.pos + m.length;
    }
    // Repetition counts up to a cap per signal, so a long body cannot outvote the title.
    const double cap = evidence == RegionEvidence::Body ? BodyCap
        : evidence == RegionEvidence::Opening           ? OpeningCap
                                                        : weight;
    QHash<int, double> sum;
    for (int index : std::as_const(subjects))
        sum[index] = std::min(sum.value(index) + weight, cap);
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        scores.add(it.key(), it.value(), evidence);
}

// 新华社杭州6月24日电 / 中新网杭州1月29日电 / HANGZHOU, June 24 (Xinhua) --
void RegionDetector::scoreDateline(const QString &head, Scores &scores) const
{
    static const QRegularExpression zh(QStringLiteral(
        "(?:社|网|报|台|电)\\s*([\\p{Han}]{2,10}?)\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*"
        "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日\\s*(?:电|讯)"));
    static const QRegularExpression en(QStringLiteral(
        "(?:^|\\n)\\s*([A-Z][A-Z'’.\\- ]{2,40}),\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
        "Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"));
    // A dateline says where the reporter filed, which is often the provincial or national
    // capital reporting on the province or the country: the place and the place above it
    // both gain, and the body decides between them.
    for (const QRegularExpression *re : { &zh, &en }) {
        const QRegularExpressionMatch m = re->match(head);
        if (!m.hasMatch())
            continue;
        Scores filed;
        filed.national = scores.national;
        filed.present = scores.present;
        scoreLine(m.captured(1), DatelineWeight, RegionEvidence::Dateline, true, filed);
        for (auto it = filed.score.cbegin(); it != filed.score.cend(); ++it) {
            scores.add(it.key(), it.value(), RegionEvidence::Dateline);
            const int parent = m_regions.parentIndex(it.key());
            if (parent >= 0 && parent == scores.national)
                scores.addNational(it.value(), RegionEvidence::Dateline);
            else if (parent >= 0)
                scores.add(parent, it.value(), RegionEvidence::Dateline);
        }
    }
}

// National organs issue national documents: the State Council, the Party Central Committee,
// the NPC, ministries and national commissions and administrations.
void RegionDetector::scoreNationalOrgans(const QString &issuer, const QString &title,
    const QString &docNumber, const QString &opening, Scores &scores) const
{
    static const QRegularExpression organ(QStringLiteral(
        "^(?:中华人民共和国)?(?:国务院|中共中央|全国人民代表大会|全国人大|"
        "国家[\\p{Han}]{1,14}?(?:委员会|委|局|署|院|部)|[\\p{Han}]{2,10}?部(?![门分])|"
        "(?:The )?State Council|Ministry of|National (?:Development|Data|Health|Energy)|"
        "Cyberspace Administration of China)"));
    const auto national = [&](const QString &line) {
        return organ.match(line).hasMatch() && !namesLocality(line, scores.national);
    };
    // Without a detected issuer, a short line under the title naming a national organ
    // (工业和信息化部等六部门) is the issuer line.
    bool organLine = false;
    if (issuer.isEmpty()) {
        for (const QString &line : opening.split(QLatin1Char('\n')).mid(0, 6)) {
            const QString t = line.trimmed();
            if (t != title && !t.isEmpty() && t.size() <= 40 && national(t)) {
                organLine = true;
                break;
            }
        }
    }
    if ((!issuer.isEmpty() && national(issuer)) || organLine)
        scores.addNational(IssuerWeight, RegionEvidence::Issuer);
    else if (national(title))
        scores.addNational(TitleWeight, RegionEvidence::Title);
    // A title about the country itself: China's ..., 我国……, 全国…… with no place in it.
    static const QRegularExpression country(
        QStringLiteral("^(?:China(?:'s|’s)?\\b|我国|全国|中国(?!特色))"));
    if (title.size() <= MaxTitleChars && country.match(title).hasMatch()
        && !namesLocality(title, scores.national))
        scores.addNational(TitleWeight, RegionEvidence::Title);
    if (docNumber.startsWith(u'国'))
        scores.addNational(DocNumberWeight, RegionEvidence::DocNumber);
}

// 我市 / 全省 / 本区 say which level the document speaks for.
void RegionDetector::applyLevelHints(const QString &body, Scores &scores) const
{
    struct Hint
    {
        const char *pattern;
        QStringList levels;
    };
    static const QList<Hint> hints {
        { "(?:我|本|全)市|[Tt]he (?:city|municipality)(?:'s)?\\b", { QStringLiteral("city") } },
        { "(?:我|本|全)省|[Tt]he province(?:'s)?\\b", { QStringLiteral("province") } },
        { "(?:我|本|全)(?:区|县)|[Tt]he district(?:'s)?\\b",
            { QStringLiteral("district"), QStringLiteral("province") } },
    };
    for (const Hint &hint : hints) {
        const QRegularExpression re(QString::fromUtf8(hint.pattern));
        const int count = std::min<int>(int(body.count(re)), LevelHintCap);
        if (count == 0)
            continue;
        for (auto it = scores.score.begin(); it != scores.score.end(); ++it) {
            const Region &r = m_regions.all().at(it.key());
            // 全区 is how an autonomous region speaks of itself, not a province.
            const bool fits = hint.levels.first() == QLatin1String("district")
                ? (r.level == QLatin1String("district")
                      || r.kind == QLatin1String("autonomous_region"))
                : hint.levels.contains(r.level);
            if (fits)
                it.value() += count * LevelHintWeight;
        }
    }
}

void RegionDetector::scoreBody(const QString &body, Scores &scores) const
{
    scoreLine(body, BodyWeight, RegionEvidence::Body, false, scores);
    static const QRegularExpression marker(
        QStringLiteral("我国|China(?:'s|’s)?\\b|[Tt]he country(?:'s)?\\b|[Nn]ationwide"));
    const double markers = std::min(body.count(marker) * NationalMarkerWeight, NationalMarkerCap);
    if (markers > 0)
        scores.addNational(markers, RegionEvidence::Body);
}

RegionGuess RegionDetector::detect(const QString &rawTitle, const QString &rawIssuer,
    const QString &docNumber, const QString &text) const
{
    if (m_regions.isEmpty())
        return {};
    const QString title = simplified(rawTitle);
    const QString issuer = simplified(rawIssuer);
    const QString body = simplified(text.left(BodyChars));
    Scores scores;
    if (const auto national = m_regions.byCode(QStringLiteral("national")))
        scores.national = m_regions.indexOf(national->id);
    for (const QString &s : { title, issuer, body }) {
        for (const RegionMention &m : m_regions.mentionsIn(s)) {
            if (m.candidates.size() == 1)
                scores.present.insert(m.candidates.first());
        }
    }
    scoreLine(issuer, IssuerWeight, RegionEvidence::Issuer, true, scores);
    // A news item without a title line opens with its first paragraph; read that as opening
    // text, not as a title.
    static const QRegularExpression sentenceEnd(QStringLiteral("[。！？!?]."));
    const bool titleLike = title.size() <= MaxTitleChars && !title.contains(sentenceEnd);
    if (titleLike)
        scoreLine(title, TitleWeight, RegionEvidence::Title, true, scores);
    else
        scoreLine(title, OpeningWeight, RegionEvidence::Opening, false, scores);
    scoreDateline(body.left(OpeningChars), scores);
    if (!docNumber.isEmpty()) {
        if (const auto r = m_regions.byAbbreviation(docNumber.at(0)); r && r->level != QLatin1String("national"))
            scores.add(m_regions.indexOf(r->id), DocNumberWeight, RegionEvidence::DocNumber);
    }
    scoreLine(body.left(OpeningChars), OpeningWeight, RegionEvidence::Opening, false, scores);
    scoreBody(body, scores);
    applyLevelHints(body, scores);
    scoreNationalOrgans(issuer, title, docNumber, body.left(OpeningChars), scores);
    return decide(scores, body);
}

RegionGuess RegionDetector::decide(const Scores &scores, const QString &body) const
{
    int best = -1;
    double bestScore = 0;
    for (auto it = scores.score.cbegin(); it != scores.score.cend(); ++it) {
        // Ties go to the stronger evidence, then to the deeper (more specific) place.
        const bool better = it.value() > bestScore
            || (best >= 0 && it.value() == bestScore
                && (int(scores.evidence.value(it.key())) < int(scores.evidence.value(best))
                    || (scores.evidence.value(it.key()) == scores.evidence.value(best)
                        && m_regions.depth(it.key()) > m_regions.depth(best))));
        if (better) {
            best = it.key();
            bestScore = it.value();
        }
    }
    const auto guess = [&](int index, RegionEvidence evidence) {
        return RegionGuess { m_regions.all().at(index).code, evidence };
    };
    if (best >= 0 && bestScore >= MinimumLocalScore && bestScore >= scores.nationalScore)
        return guess(best, scores.evidence.value(best));
    // A text that calls itself 我市 or 本省 is no national document, whatever 我国 it says.
    static const QRegularExpression localSelf(QStringLiteral("(?:我|本)(?:市|省|区|县)"));
    const bool national = scores.national >= 0 && scores.nationalScore >= MinimumNationalScore
        && (scores.nationalEvidence != RegionEvidence::Body || !body.contains(localSelf));
    if (national)
        return guess(scores.national, scores.nationalEvidence);
    if (best >= 0)
        return guess(best, scores.evidence.value(best));
    return {};
}

} // namespace policylens
