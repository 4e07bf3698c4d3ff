#pragma once

#include <QDate>
#include <QStringView>

namespace policylens {

// The date a news page or notice states near its top: a byline with a clock time ("Xinhua)
// 16:00, June 24, 2025", "2024年11月15日07:53 | 来源"), a date line (09/09/2025, 2024/03/19),
// a publication field (发布日期:2025年02月21日), a news lead opening with a full date
// (2025年12月30日,…发布) or an English dateline ("24th Feb, 2025"). Invalid when none is found.
// Reads normalized text (ASCII digits and punctuation).
QDate findDateline(QStringView normalizedText);

} // namespace policylens
