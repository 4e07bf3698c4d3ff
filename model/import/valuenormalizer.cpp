#include "import/valuenormalizer.h"

#include "extract/quantitycell.h"

#include <cmath>

namespace policylens {

Result<ValueNormalizer::CellValue> ValueNormalizer::normalize(
    const QString &valueText, const QString &unitText)
{
    const QString written = valueText.trimmed();
    if (written.isEmpty())
        return Failure { tr("the value is empty") };
    const std::optional<Quantity> q = parseQuantityCell(written, unitText);
    if (!q || !std::isfinite(q->value.toDouble()))
        return Failure { tr("the value \"%1\" is not a number").arg(written) };
    CellValue r;
    r.value = q->value.toDouble();
    if (q->valueMax)
        r.valueMax = q->valueMax->toDouble();
    r.unit = q->unit;
    r.comparator = q->comparator;
    r.approximate = q->approximate;
    return r;
}

} // namespace policylens
