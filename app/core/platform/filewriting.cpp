// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/filewriting.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace fallback::platform {

#ifdef Q_OS_UNIX

namespace {

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
WriteResult writeInPlace(const QByteArray &native, const QByteArray &contents)
{
    const int fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return {errno, {}};
    }
    const bool written = writeAll(fd, contents);
    const int error = errno;
    ::close(fd);
    return {written ? 0 : error, {}};
}

/// The permissions a new file gets from the process's umask.
mode_t newFileMode()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

WriteResult replaceRegularFile(const QString &path, const QByteArray &contents)
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
        return {errno, {}};
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
        return {error, {}};
    }
    // The rename itself is durable once the folder is synced; a folder that
    // cannot be opened or synced still holds the complete new file.
    const int folder = ::open(QFile::encodeName(targetInfo.absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {0, {}};
}

} // namespace

WriteResult writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat status;
    if (::stat(native.constData(), &status) == 0) {
        if (S_ISDIR(status.st_mode)) {
            return {EISDIR, {}};
        }
        if (!S_ISREG(status.st_mode)) {
            return writeInPlace(native, contents);
        }
    }
    return replaceRegularFile(path, contents);
}

WriteResult writeStandardOutput(const QByteArray &contents)
{
    errno = 0;
    if (std::fflush(stdout) != 0 || !writeAll(STDOUT_FILENO, contents)) {
        return {errno, {}};
    }
    return {0, {}};
}

#else

// Not built or run yet: Windows and macOS builds are described in
// docs/packaging.md but have not been tried.
WriteResult writeFileAtomically(const QString &path, const QByteArray &contents)
{
    if (QFileInfo(path).isDir()) {
        return {EISDIR, {}};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        const QString message = file.errorString();
        file.cancelWriting();
        return {0, message};
    }
    return file.commit() ? WriteResult() : WriteResult {0, file.errorString()};
}

WriteResult writeStandardOutput(const QByteArray &contents)
{
    errno = 0;
    if (std::fflush(stdout) != 0
        || std::fwrite(contents.constData(), 1, size_t(contents.size()), stdout) != size_t(contents.size())
        || std::fflush(stdout) != 0) {
        return {errno == 0 ? EIO : errno, {}};
    }
    return {0, {}};
}

#endif

} // namespace fallback::platform
