#include "report/atomicfile.h"

#include <QSaveFile>

namespace policylens {

Result<void> AtomicFile::write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return {};
    const QString reason = file.errorString(); // before cancelWriting() replaces it
    file.cancelWriting(); // drops the temporary file if it is still open
    return Failure { tr("Cannot write %1: %2").arg(path, reason) };
}

} // namespace policylens
