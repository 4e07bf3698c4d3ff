#pragma once

#include <QStringView>

namespace policylens {

// Why the numeral at text[start, end) belongs to something that is not prose: "url", "email",
// "file_name", "identifier" (ABC-2024-001, report_v2), "version" (v1.2, 2.0版, 版本3),
// "phone" (138 0013 8000, +86 ...), "id_number" (15 or 18 digits); empty when it is prose.
// Looks only at the run of URL-like ASCII characters around the numeral, so its cost is
// proportional to that run, not to the text. Thread-safe.
QStringView nonProseReason(QStringView text, qsizetype start, qsizetype end);

} // namespace policylens
