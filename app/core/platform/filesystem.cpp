// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/filesystem.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#else
#include <QStorageInfo>
#endif

namespace fallback::platform {

bool isOnReadOnlyMedium(const QString &path)
{
#ifdef Q_OS_UNIX
    // One system call: this runs each time a plan opens, start-up included.
    struct statvfs info
    { };
    if (statvfs(QFile::encodeName(path).constData(), &info) != 0) {
        return false;
    }
    return (info.f_flag & ST_RDONLY) != 0;
#else
    return QStorageInfo(path).isReadOnly();
#endif
}

} // namespace fallback::platform
