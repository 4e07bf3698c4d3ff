#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace policylens {

// Writes a whole file through QSaveFile: the bytes go to a temporary file beside the target
// and are renamed over it only once complete, so a failed or interrupted export never leaves
// a half-written file under the final name.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static Result<void> write(const QString &path, const QByteArray &data);
};

} // namespace policylens
