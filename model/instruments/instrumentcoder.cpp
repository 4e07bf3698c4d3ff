#include "instruments/instrumentcoder.h"

#include "instruments/sentenceanalysis.h"
#include "instruments/sentencelayout.h"
#include "text/sentencesplitter.h"
#include "text/matchingnormalizer.h"

namespace policylens {

namespace {

// Long documents are coded in pieces that end at a paragraph break, so the normalized copy
// stays bounded whatever the document's size (as target extraction does).
constexpr qsizetype kChunkSize = 1 << 16;

qsizetype chunkEnd(const QString &text, qsizetype start)
{
    const qsizetype n = text.size();
    if (n - start <= kChunkSize)
        return n;
    const qsizetype limit = std::min(n - 1, start + 4 * kChunkSize);
    for (qsizetype i = start + kChunkSize; i < limit; ++i) {
        if (text[i] == u'\n' && text[i + 1] == u'\n')
            return i + 1;
    }
    for (qsizetype i = start + kChunkSize; i < limit; ++i) {
        if (text[i] == u'\n')
            return i + 1;
    }
    return limit + 1;
}

} // namespace

struct InstrumentCoder::Impl
{
    explicit Impl(Codebook book)
        : compiled(std::move(book))
    { }

    void codeChunk(const QString &text, qsizetype from, qsizetype to, LayoutContext &ctx,
        QList<SentenceCoding> &out) const;

    CompiledCodebook compiled;
};

void InstrumentCoder::Impl::codeChunk(const QString &text, qsizetype from, qsizetype to,
    LayoutContext &ctx, QList<SentenceCoding> &out) const
{
    const NormalizedText norm = MatchingNormalizer::normalize(QStringView(text).mid(from, to - from));
    const QString lowered = CueMatcher::lowered(norm.text);
    LayoutReader layout;
    const bool paragraphLines = hasParagraphLines(QStringView(text).mid(from, to - from));
    for (const Unit &span : codingUnits(text, from, norm, paragraphLines)) {
        const UnitLayout unit
            = layout.read(QStringView(norm.text).mid(span.start, span.end - span.start), span);
        SentenceCoding coding;
        coding.start = from + norm.originalStart(span.start);
        coding.end = from + norm.originalEnd(span.end);
        coding.role = unit.role;
        const QStringView low = QStringView(lowered).mid(span.start, span.end - span.start);
        if (unit.role == SentenceRole::Heading || unit.role == SentenceRole::LeadIn) {
            readHeading(compiled, low, unit.sectionHeading, unit.role == SentenceRole::LeadIn, ctx);
        } else if (unit.role == SentenceRole::Body) {
            if (unit.headingEnd > 0)
                readHeading(compiled, low.left(unit.headingEnd), unit.sectionHeading, false, ctx);
            const qsizetype b = span.start + unit.bodyStart;
            coding.codes = analyseSentence(compiled, QStringView(norm.text).mid(b, span.end - b),
                QStringView(lowered).mid(b, span.end - b), ctx);
        }
        if (span.endsLine)
            ctx.goalParagraph = false;
        out.append(std::move(coding));
    }
}

InstrumentCoder::InstrumentCoder()
    : InstrumentCoder(Codebook::builtIn())
{ }

InstrumentCoder::InstrumentCoder(Codebook codebook)
    : d(std::make_unique<Impl>(std::move(codebook)))
{ }

InstrumentCoder::~InstrumentCoder() = default;
InstrumentCoder::InstrumentCoder(InstrumentCoder &&) noexcept = default;
InstrumentCoder &InstrumentCoder::operator=(InstrumentCoder &&) noexcept = default;

const Codebook &InstrumentCoder::codebook() const
{
    return d->compiled.book;
}

QList<SentenceCoding> InstrumentCoder::code(const QString &text, const CodingContext &) const
{
    QList<SentenceCoding> out;
    LayoutContext ctx;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype end = chunkEnd(text, start);
        d->codeChunk(text, start, end, ctx, out);
        start = end;
    }
    return out;
}

} // namespace policylens
