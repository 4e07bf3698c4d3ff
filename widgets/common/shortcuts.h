#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace policylens {

// Redo's shortcuts: the platform's (Ctrl+Y, or Ctrl+Shift+Z on KDE and GNOME) plus
// Ctrl+Shift+Z, each once. Giving one action the same sequence twice makes Qt call it
// ambiguous, and then neither binding fires.
QList<QKeySequence> redoShortcuts();

// A new workspace's file name ends in .policylens even when the dialog did not add it.
QString withWorkspaceSuffix(const QString &path);

} // namespace policylens
