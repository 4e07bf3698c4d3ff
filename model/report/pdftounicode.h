#pragma once

#include <QByteArray>

namespace policylens {

// Makes the text layer of a PDF written by Qt (QPdfWriter, QPrinter) searchable in Chinese.
//
// Why: a PDF maps each glyph back to text through a ToUnicode table. Qt builds it by asking
// the font, for every code point from U+0000 up, which glyph it uses, and keeps the first code
// point found per glyph. CJK fonts such as Noto Sans CJK draw the Kangxi radicals (U+2F00..)
// and CJK radical supplements (U+2E80..) with the very glyphs of the ideographs they look like,
// and those blocks come before U+4E00; so 人 (U+4EBA) is written to the table as ⼈ (U+2F08),
// and `pdftotext` or copy and paste give 人工智能 as ⼈⼯智能, which no search finds.
//
// The fix rewrites those table entries to the ideograph the radical stands for (its Unicode
// compatibility decomposition). Each entry is four hex digits before and after, so the file
// keeps its length and its cross-reference offsets stay valid. Entries of other tables, and
// everything outside ToUnicode streams, are left untouched.
class PdfToUnicode final
{
public:
    PdfToUnicode() = delete;

    // Returns the number of table entries rewritten.
    static int fixRadicals(QByteArray *pdf);
};

} // namespace policylens
