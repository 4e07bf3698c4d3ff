#include "import/valuenormalizer.h"

#include "extract/quantitycell.h"

#include <cmath>

namespace policylens {

ValueNormalizer::Result ValueNormalizer::normalize(
    const QString &valueText, const QString &unitText)
{
    Result r;
    const QString written = valueText.trimmed();
    if (written.isEmpty()) {
        r.error = tr("the value is empty");
        return r;
    }
    const std::optional<Quantity> q = parseQuantityCell(written, unitText);
    if (!q || !std::isfinite(q->value.toDouble())) {
        r.error = tr("the value \"%1\" is not a number").arg(written);
        return r;
    }
    r.ok = true;
    r.value = q->value.toDouble();
    if (q->valueMax)
        r.valueMax = q->valueMax->toDouble();
    r.unit = q->unit;
    r.comparator = q->comparator;
    r.approximate = q->approximate;
    return r;
}

} // namespace policylens
