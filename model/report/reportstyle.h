#pragma once

#include <QFont>

// The look a report shares between its HTML (style sheet) and the paragraphs the PDF writer lays
// out itself (fonts): one place, so both read alike.
namespace policylens::reportstyle {

inline QFont font(int pointSize = 9, bool bold = false)
{
    QFont f;
    // CJK-capable first: a PDF of a Chinese report must embed glyphs for 北京, not boxes.
    f.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("sans-serif") });
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

constexpr int H2Points = 14;
constexpr int H3Points = 11;

constexpr qsizetype MaxTableRows = 400;

constexpr char Css[] = "body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; "
                       "font-size: 9pt; }"
                       "h1 { font-size: 20pt; } h2 { font-size: 14pt; } h3 { font-size: 11pt; }"
                       "table { border-collapse: collapse; }"
                       "th { background-color: #e8eef4; text-align: left; }"
                       "td, th { border: 1px solid #b0b8c0; padding: 3px; vertical-align: top; }"
                       "p.note { color: #555555; font-size: 8pt; }";

} // namespace policylens::reportstyle
