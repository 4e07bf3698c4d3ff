#pragma once

namespace policylens {

// Full-width ASCII forms (U+FF01..U+FF5E, "２０２３", "ＡＩ") become ASCII and the ideographic
// space a space. The one definition behind the text normalizer, the search index and the
// statistics cell reader, so all three see the same characters.
constexpr char32_t foldFullWidth(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return c - 0xFEE0;
    if (c == 0x3000)
        return U' ';
    return c;
}

} // namespace policylens
