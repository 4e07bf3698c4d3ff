#include "about/buildinfo.h"

#include <QtGlobal>

#include <sqlite3.h>
#include <unicode/uversion.h>

namespace policylens {

QString BuildInfo::applicationVersion()
{
    return QStringLiteral(POLICYLENS_VERSION);
}

QString BuildInfo::qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString BuildInfo::icuVersion()
{
    return QStringLiteral(U_ICU_VERSION);
}

QString BuildInfo::icuRuntimeVersion()
{
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

QString BuildInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString BuildInfo::summary()
{
    return QStringLiteral(
        "PolicyLens %1\nQt %2 (built with %3)\nICU %4 (built with %5)\nSQLite %6\n"
        "Licence: %7\n")
        .arg(applicationVersion(), qtRuntimeVersion(), qtBuildVersion(), icuRuntimeVersion(),
            icuVersion(), sqliteVersion(), licenseSpdx());
}

} // namespace policylens
