#include "common/shortcuts.h"

#include <QFileInfo>

namespace policylens {

QList<QKeySequence> redoShortcuts()
{
    QList<QKeySequence> keys;
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo) + QList<QKeySequence> {
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) }) {
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    return keys;
}

QString withWorkspaceSuffix(const QString &path)
{
    if (path.isEmpty()
        || QFileInfo(path).suffix().compare(QLatin1String("policylens"), Qt::CaseInsensitive) == 0)
        return path;
    return path + QStringLiteral(".policylens");
}

} // namespace policylens
