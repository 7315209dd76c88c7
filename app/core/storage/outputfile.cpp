// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace fallback {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString failure(const QString &path, const QString &cause)
{
    return OutputFile::tr("Cannot write \"%1\": %2").arg(shown(path), cause);
}

#ifdef Q_OS_UNIX

/// Writes all of \a contents to \a fd; false with errno set when a write failed.
/// (QSaveFile in Qt 6.4 takes a short write on a full tmpfs for success and
/// commits a truncated file, so the loop is ours.)
bool writeAll(int fd, const QByteArray &contents)
{
    const char *data = contents.constData();
    qsizetype left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

/// Devices, FIFOs and sockets are written as they are: replacing /dev/full or
/// a named pipe by an ordinary file would lose what the user asked for.
QString writeInPlace(const QString &path, const QByteArray &native, const QByteArray &contents)
{
    const int fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return failure(path, OutputFile::cause(errno));
    }
    const bool written = writeAll(fd, contents);
    const int error = errno;
    ::close(fd);
    return written ? QString() : failure(path, OutputFile::cause(error));
}

/// The permissions a new file gets from the process's umask.
mode_t newFileMode()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

QString replaceRegularFile(const QString &path, const QByteArray &contents)
{
    // Through a symbolic link the link stays and its target is replaced.
    const QFileInfo info(path);
    const QString target = info.isSymLink() && info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray nativeTarget = QFile::encodeName(target);
    struct stat existing;
    const bool exists = ::stat(nativeTarget.constData(), &existing) == 0;

    const QFileInfo targetInfo(target);
    QByteArray temporary = QFile::encodeName(
        targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        return failure(path, OutputFile::cause(errno));
    }
    if (exists) {
        // Kept where the system allows it (root writing a user's file); not an error otherwise.
        [[maybe_unused]] const int owned = ::fchown(fd, existing.st_uid, existing.st_gid);
    }
    const mode_t mode = exists ? existing.st_mode & 07777 : newFileMode();
    bool ok = ::fchmod(fd, mode) == 0 && writeAll(fd, contents) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temporary.constData(), nativeTarget.constData()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temporary.constData());
        return failure(path, OutputFile::cause(error));
    }
    // The rename itself is durable once the folder is synced; a folder that
    // cannot be opened or synced still holds the complete new file.
    const int folder = ::open(QFile::encodeName(targetInfo.absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

#endif

} // namespace

QString OutputFile::write(const QString &path, const QByteArray &contents)
{
    if (path.isEmpty()) {
        return tr("No file name was given.");
    }
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat status;
    if (::stat(native.constData(), &status) == 0) {
        if (S_ISDIR(status.st_mode)) {
            return failure(path, cause(EISDIR));
        }
        if (!S_ISREG(status.st_mode)) {
            return writeInPlace(path, native, contents);
        }
    }
    return replaceRegularFile(path, contents);
#else
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        const QString message = file.errorString();
        file.cancelWriting();
        return failure(path, message);
    }
    return file.commit() ? QString() : failure(path, file.errorString());
#endif
}

QString OutputFile::writeStandardOutput(const QByteArray &contents)
{
    errno = 0;
    if (std::fflush(stdout) != 0) {
        return tr("Cannot write to standard output: %1").arg(cause(errno));
    }
#ifdef Q_OS_UNIX
    if (!writeAll(STDOUT_FILENO, contents)) {
        return tr("Cannot write to standard output: %1").arg(cause(errno));
    }
#else
    if (std::fwrite(contents.constData(), 1, size_t(contents.size()), stdout) != size_t(contents.size())
        || std::fflush(stdout) != 0) {
        return tr("Cannot write to standard output: %1").arg(cause(errno));
    }
#endif
    return {};
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
