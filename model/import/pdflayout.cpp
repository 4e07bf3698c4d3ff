#include "import/pdflayout.h"

#include "text/linestructure.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace policylens {

namespace ls = linestructure;

namespace {

struct Line
{
    QString text; // trimmed
    QRectF box;
    bool blankBefore = false;
    int page = 0;
};

// The body's usual geometry, measured over the whole document.
struct Geometry
{
    bool valid = false;
    double left = 0; // where lines that continue a paragraph start
    double right = 0; // where full lines end
    double em = 0; // body font size, from the line height
    double pitch = 0; // baseline to baseline within a paragraph
    double medianChars = 0; // for pages without geometry
};

enum class Join { Soft, Hard, Cell };

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + qsizetype(v.size() / 2), v.end());
    return v[v.size() / 2];
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

// A running header or footer compared across pages: digits (page, date) do not count.
QString furnitureKey(const QString &text)
{
    QString key;
    for (const QChar c : text) {
        if (!c.isSpace())
            key.append(c.isDigit() ? QChar(u'#') : c);
    }
    return key;
}

// The distance from one line to the next within the body, over all pages (a low quantile: the
// gaps before footers and between paragraphs are larger, never smaller).
double typicalPitch(const QList<PdfTextPage> &pages)
{
    std::vector<double> pitches;
    for (const PdfTextPage &page : pages) {
        for (qsizetype i = 1; i < page.size(); ++i) {
            const double d = page[i].box.top() - page[i - 1].box.top();
            if (!page[i].box.isNull() && !page[i - 1].box.isNull() && d > 0)
                pitches.push_back(d);
        }
    }
    return pitches.size() < 3 ? 0 : quantile(pitches, 0.3);
}

// A first or last line set apart from its neighbour by more than the usual line distance sits
// in the margin, where page numbers and running headers and footers go. Without geometry the
// position in the page is all there is.
bool inMargin(const PdfTextPage &page, qsizetype i, double pitch)
{
    const qsizetype neighbour = i == 0 ? 1 : i - 1;
    if (neighbour >= page.size() || page[i].box.isNull() || page[neighbour].box.isNull())
        return true;
    const double distance = std::abs(page[i].box.top() - page[neighbour].box.top());
    if (distance < 0.5 * std::min(page[i].box.height(), page[neighbour].box.height()))
        return false; // a cell beside another on the same row
    return pitch <= 0 || distance > 1.5 * pitch;
}

QList<PdfTextPage> withoutPageNumbers(QList<PdfTextPage> pages, double pitch)
{
    for (PdfTextPage &page : pages) {
        page.removeIf([](const PdfTextLine &l) { return l.text.trimmed().isEmpty(); });
        while (!page.isEmpty() && PdfLayout::isPageNumber(page.back().text)
            && inMargin(page, page.size() - 1, pitch))
            page.removeLast();
        while (!page.isEmpty() && PdfLayout::isPageNumber(page.front().text)
            && inMargin(page, 0, pitch))
            page.removeFirst();
    }
    return pages;
}

// The same first (or last) line in the margin of at least half of the pages, and of two or
// more, is a running header (footer): a title, a chapter name, a date repeated by the layout.
QList<Line> bodyLines(const QList<PdfTextPage> &input)
{
    const double pitch = typicalPitch(input);
    const QList<PdfTextPage> pages = withoutPageNumbers(input, pitch);
    QHash<QString, int> firsts, lasts;
    for (const PdfTextPage &page : pages) {
        if (!page.isEmpty() && inMargin(page, 0, pitch))
            ++firsts[furnitureKey(page.front().text)];
        if (page.size() > 1 && inMargin(page, page.size() - 1, pitch))
            ++lasts[furnitureKey(page.back().text)];
    }
    auto running = [&](const QHash<QString, int> &counts, const PdfTextPage &page, qsizetype i) {
        const int n = counts.value(furnitureKey(page[i].text));
        return n >= 2 && 2 * n >= pages.size() && inMargin(page, i, pitch);
    };
    QList<Line> out;
    for (int p = 0; p < pages.size(); ++p) {
        const PdfTextPage &page = pages[p];
        for (qsizetype i = 0; i < page.size(); ++i) {
            if ((i == 0 && running(firsts, page, i))
                || (i == page.size() - 1 && i > 0 && running(lasts, page, i)))
                continue;
            out.append({ page[i].text.trimmed(), page[i].box, page[i].blankBefore, p });
        }
    }
    return out;
}

Geometry measure(const QList<Line> &lines)
{
    Geometry g;
    std::vector<double> heights, rights, chars, pitches;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        chars.push_back(double(lines[i].text.size()));
        if (lines[i].box.isNull())
            continue;
        heights.push_back(lines[i].box.height());
        rights.push_back(lines[i].box.right());
        if (i > 0 && lines[i - 1].page == lines[i].page && !lines[i - 1].box.isNull()) {
            const double d = lines[i].box.top() - lines[i - 1].box.top();
            if (d > 0)
                pitches.push_back(d);
        }
    }
    g.medianChars = median(chars);
    if (heights.size() < 2)
        return g;
    g.em = median(heights);
    g.right = quantile(rights, 0.9);
    g.pitch = pitches.empty() ? 2 * g.em : median(pitches);
    // The body's margin is the leftmost edge (in quarter-em steps) that a fifth of the lines
    // share: lines that continue a paragraph outnumber indented first lines and centred titles.
    QMap<int, int> counts;
    const double step = std::max(1.0, g.em / 4);
    for (const Line &l : lines) {
        if (!l.box.isNull())
            ++counts[qRound(l.box.left() / step)];
    }
    const int needed = std::max(2, int(heights.size() / 5));
    int best = counts.firstKey();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= needed) {
            best = it.key();
            break;
        }
    }
    std::vector<double> lefts;
    for (const Line &l : lines) {
        if (!l.box.isNull() && qRound(l.box.left() / step) == best)
            lefts.push_back(l.box.left());
    }
    g.left = median(lefts);
    g.valid = g.em > 0 && g.right > g.left;
    return g;
}

// Points the first word of `line` takes, at the line's own average advance per column.
double firstWordPoints(const Line &line)
{
    const int columns = ls::displayWidth(line.text);
    if (columns == 0)
        return 0;
    return line.box.width() / columns * ls::firstWordWidth(line.text);
}

Join textOnlyJoin(const Line &a, const Line &b, const Geometry &g)
{
    if (ls::endsSentence(a.text) || ls::startsWithListMarker(b.text))
        return Join::Hard;
    return double(a.text.size()) >= 0.8 * g.medianChars ? Join::Soft : Join::Hard;
}

// Set in the middle of the column: room on both sides, about as much on the left as on the
// right (brackets and quotes carry blank space inside their glyphs, hence the tolerance).
bool isCentred(const QRectF &box, const Geometry &g)
{
    const double left = box.left() - g.left, right = g.right - box.right();
    return left >= g.em && right >= g.em && std::abs(left - right) <= 1.5 * g.em;
}

// Space the line leaves unused: after it, or on both sides of a centred line.
double slack(const Line &line, const Geometry &g)
{
    return isCentred(line.box, g) ? (g.right - g.left) - line.box.width()
                                  : g.right - line.box.right();
}

// Does the line stop short although the next line's first word would have fitted after it?
// Clearly short lines end their paragraph; a little room (one em beyond the word) ends it only
// after a finished sentence, since typesetters also break early inside words and numbers.
bool stopsShort(const Line &a, const Line &b, const Geometry &g)
{
    const double room = slack(a, g) - firstWordPoints(b);
    return room > 3 * g.em || (room > g.em && ls::endsSentence(a.text));
}

Join joinBetween(const Line &a, const Line &b, const Geometry &g)
{
    if (b.blankBefore)
        return Join::Hard;
    if (!g.valid || a.box.isNull() || b.box.isNull())
        return textOnlyJoin(a, b, g);
    if (a.page == b.page) {
        const bool sameRow = std::abs(b.box.center().y() - a.box.center().y()) < 0.3 * g.em;
        if (sameRow && b.box.left() > a.box.right())
            return Join::Cell;
        if (b.box.top() - a.box.top() > 1.5 * g.pitch)
            return Join::Hard; // space between paragraphs
    }
    if ((ls::endsSentence(a.text) && ls::startsWithListMarker(b.text)) || stopsShort(a, b, g))
        return Join::Hard;
    // A first-line indent is two characters; less is the ragged edge of a centred block.
    if (b.box.left() - g.left < 1.2 * g.em)
        return Join::Soft;
    // An indented line opens a paragraph, unless it is centred under a full or centred line:
    // the rest of a centred title.
    const bool aFull = slack(a, g) - firstWordPoints(b) <= g.em;
    return isCentred(b.box, g) && (aFull || isCentred(a.box, g)) && !ls::endsSentence(a.text)
        ? Join::Soft
        : Join::Hard;
}

bool needsSpace(const QString &left, const QString &right)
{
    if (left.isEmpty() || right.isEmpty())
        return false;
    const QChar l = left.back(), r = right.front();
    if (ls::isWide(l) || ls::isWide(r))
        return false;
    // "industry-" + "specific": a hyphen at a line end stays, the word goes on.
    return !(l == u'-' && left.size() >= 2 && left[left.size() - 2].isLetter());
}

} // namespace

bool PdfLayout::isPageNumber(const QString &line)
{
    static const QRegularExpression decorated(QStringLiteral(
        "^[-—–－―~·\\s]*(第\\s*)?\\d{1,4}\\s*(页)?(\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?"
        "[-—–－―~·\\s]*$"));
    static const QRegularExpression english(
        QStringLiteral("^\\s*(page|p\\.)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return decorated.match(line).hasMatch() || english.match(line).hasMatch();
}

QString PdfLayout::removeCjkSpacing(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != u' ') {
            out.append(line[i]);
            continue;
        }
        qsizetype j = i;
        while (j < line.size() && line[j] == u' ')
            ++j;
        const bool atEdge = out.isEmpty() || j >= line.size();
        const bool wideLeft = !out.isEmpty() && ls::isWide(out.back());
        const bool wideRight = j < line.size() && ls::isWide(line[j]);
        // Between two Chinese characters a space may be the author's; beside a digit or a Latin
        // letter it is the typesetter's.
        if (!atEdge && wideLeft == wideRight)
            out.append(u' ');
        i = j - 1;
    }
    return out;
}

QString PdfLayout::text(const QList<PdfTextPage> &pages)
{
    const QList<Line> lines = bodyLines(pages);
    const Geometry g = measure(lines);
    QString out;
    bool inRow = false; // the line so far is a table row: it ends where its cells end
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = removeCjkSpacing(lines[i].text);
        if (i > 0) {
            Join join = joinBetween(lines[i - 1], lines[i], g);
            if (inRow && join == Join::Soft)
                join = Join::Hard;
            inRow = join == Join::Cell;
            switch (join) {
            case Join::Hard:
                out.append(u'\n');
                break;
            case Join::Cell:
                out.append(u'\t');
                break;
            case Join::Soft:
                if (needsSpace(out, line))
                    out.append(u' ');
                break;
            }
        }
        out.append(line);
    }
    return out;
}

} // namespace policylens
