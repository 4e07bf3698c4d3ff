#pragma once

#include <QString>

namespace policylens {

// Versions and licence shown in Help > About and useful in bug reports. ICU and SQLite headers
// stay private to the model library, so widgets ask here instead of including them.
class BuildInfo final
{
public:
    BuildInfo() = delete;

    static QString applicationVersion(); // PolicyLens's own, e.g. "0.1.0"
    static QString qtRuntimeVersion(); // qVersion(): the Qt libraries actually loaded
    static QString qtBuildVersion(); // QT_VERSION_STR: the Qt it was compiled against
    static QString icuVersion(); // U_ICU_VERSION: the ICU it was compiled against
    static QString icuRuntimeVersion(); // u_getVersion(): the ICU library actually loaded
    static QString sqliteVersion(); // sqlite3_libversion()
    static QString licenseSpdx() { return QStringLiteral("GPL-3.0-or-later"); }
    static QString licenseUrl()
    {
        return QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
    }

    // One line per component, untranslated, for --version style output and bug reports.
    static QString summary();
};

} // namespace policylens
