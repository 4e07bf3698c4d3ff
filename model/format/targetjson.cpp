#include "format/targetjson.h"

namespace policylens {

JsonLine &addTargetFields(JsonLine &line, const ExtractedTarget &t)
{
    return line.add(QStringLiteral("kind"), t.kind)
        .add(QStringLiteral("indicator"), t.indicator)
        .add(QStringLiteral("value"), t.value)
        .add(QStringLiteral("value_max"), t.valueMax)
        .add(QStringLiteral("unit"), t.unit)
        .add(QStringLiteral("counter"), t.counter)
        .add(QStringLiteral("comparator"), t.comparator)
        .add(QStringLiteral("year"), t.year)
        .addBool(QStringLiteral("approximate"), t.approximate);
}

} // namespace policylens
