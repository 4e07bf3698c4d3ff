#pragma once

#include "extract/numeralparser.h"
#include "extract/quantity.h"

#include <QString>
#include <QStringView>

namespace policylens::exclusionrules {

// The label of a numeral that is not a quantity (year, date, duration, ordinal,
// document_number, title, phone, name, list_marker, url, email, file_name, identifier,
// version, id_number, word, vague), or empty. q carries the unit already read. Internal to
// the quantity finder.
QString exclusionFor(QStringView text, const ParsedNumeral &n, const Quantity &q);

// 2025, 二〇二五: four digits between 1900 and 2100 without a magnitude or separators.
bool yearLike(const ParsedNumeral &n);

bool isDash(QChar c);

} // namespace policylens::exclusionrules
