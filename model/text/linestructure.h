#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace policylens::linestructure {

// Cues of document structure read from the characters of one line. Shared by the importers
// (PDF paragraph rebuilding), the extraction normalizer (soft wraps) and the sentence splitter,
// so that all three agree on what opens a block and what closes a sentence.

// CJK ideographs, kana, hangul and full-width punctuation: set without spaces between them and
// two columns wide in fixed-width text.
inline bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x2E80 && u != 0xFFFE && u != 0xFFFF && !(u >= 0xFF61 && u <= 0xFFDC);
}

// Closes a sentence or a lead-in: 。！？；： and their ASCII forms.
bool isTerminal(QChar c);

// Punctuation that typesetting never puts at the start of a line (，。、） …), so it travels with
// the character before it when a line is wrapped.
bool isLineStartProhibited(QChar c);

// The last visible character (past closing quotes and brackets) closes a sentence.
bool endsSentence(QStringView line);

// Opens with a list or section marker: 一、 (一) （一） 1. 1、 1) ① 第一章 第三条 —— • and the
// Markdown items "- ", "* ", "+ ".
bool startsWithListMarker(QStringView line);

// A table row as text: cells separated by tabs or '|' (Markdown).
bool isTableRow(QStringView line);

// Columns in fixed-width text: wide characters count two, others one.
int displayWidth(QStringView text);

// Columns the first word of a line needs: one wide character together with the punctuation that
// may not start a line after it, or a run of narrow non-space characters.
int firstWordWidth(QStringView line);

// The text itself shows that `line` breaks off inside a sentence that `next` continues: the next
// line opens with punctuation that never starts a line or with a lowercase Latin letter, a
// number is split across the break (超过50 / 00亿元), or the line ends on a comma, an open
// bracket or a word that needs a complement (达到, 不少于, 的, 和 …). A line that closes a
// sentence, or a next line that is a list item or table row, never continues.
bool continuesOnNextLine(QStringView line, QStringView next);

} // namespace policylens::linestructure
