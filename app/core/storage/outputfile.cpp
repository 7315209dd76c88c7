// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outputfile.h"

#include "platform/filewriting.h"

#include <QDir>

#include <cerrno>
#include <cstring>

namespace fallback {

namespace {

QString causeOf(const platform::WriteResult &result)
{
    return result.message.isEmpty() ? OutputFile::cause(result.error) : result.message;
}

} // namespace

QString OutputFile::write(const QString &path, const QByteArray &contents)
{
    if (path.isEmpty()) {
        return tr("No file name was given.");
    }
    const platform::WriteResult result = platform::writeFileAtomically(path, contents);
    return result.ok() ? QString() : tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), causeOf(result));
}

QString OutputFile::writeStandardOutput(const QByteArray &contents)
{
    const platform::WriteResult result = platform::writeStandardOutput(contents);
    return result.ok() ? QString() : tr("Cannot write to standard output: %1").arg(causeOf(result));
}

QString OutputFile::cause(int error)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return tr("there is no space left on the disk");
    case EROFS:
        return tr("the disk or folder is read-only");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ENOENT:
        return tr("the folder does not exist");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EISDIR:
        return tr("it is a folder");
    case EFBIG:
        return tr("the file is too large for the disk");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case EIO:
        return tr("the disk reported an input/output error");
    case EPIPE:
        return tr("the program reading it stopped before everything was written");
    case 0:
        return tr("the write was not completed");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace fallback
