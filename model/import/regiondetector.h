#pragma once

#include <QHash>
#include <QString>

namespace policylens {

class RegionResolver;

// Where a document's region was read from, strongest first; shown to the user beside the guess.
enum class RegionEvidence { None, Issuer, Title, Dateline, DocNumber, Opening, Body };

struct RegionGuess
{
    QString code; // regions.code, empty when unknown
    RegionEvidence evidence = RegionEvidence::None;
};

// Decides which place a document speaks for: national, a province, a city, or a district, new
// area or zone. Every signal names places; each is weighed by how reliably it names the
// issuing government — the issuer line, then the title, a news dateline (新华社杭州6月24日电,
// HANGZHOU, June 24), the province abbreviation of the document number (京政发), the opening
// lines, and how often each place occurs in the body. A run of nested names (杭州市余杭区,
// Shenzhen's Longgang District) stands for its innermost place, so a district's plan stays the
// district's. Self-references (我市, 全省, 本区) favour places of that level, which is how a plan
// that only says 我市 is resolved through the city its issuer or title names. National
// documents are recognised by national organs (国务院, ministries) and, failing any locality,
// by national self-references (我国, 全国, China's). Text is folded to Simplified first, so
// Traditional documents (武漢) are read the same way. English names count as Chinese ones.
class RegionDetector final
{
public:
    explicit RegionDetector(const RegionResolver &regions);

    RegionGuess detect(const QString &title, const QString &issuer, const QString &docNumber,
        const QString &text) const;

private:
    struct Scores;
    void scoreLine(const QString &line, double weight, RegionEvidence evidence, bool firstOnly,
        Scores &scores) const;
    void scoreBody(const QString &body, Scores &scores) const;
    void scoreDateline(const QString &head, Scores &scores) const;
    void scoreNationalOrgans(const QString &issuer, const QString &title, const QString &docNumber,
        const QString &opening, Scores &scores) const;
    void applyLevelHints(const QString &body, Scores &scores) const;
    RegionGuess decide(const Scores &scores, const QString &body) const;
    bool namesLocality(const QString &line, int national) const;
    int pick(const QList<int> &candidates, const Scores &scores) const;

    const RegionResolver &m_regions;
};

} // namespace policylens
