// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/earlyintegritycheck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace fallback {

namespace {

/// What identifies one state of a plan: SQLite counts each committed
/// transaction in the header, and a write changes the size or the time too.
struct FileStamp
{
    QByteArray header;
    qint64 size = -1;
    QDateTime modified;

    static FileStamp of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return {file.read(100), file.size(), file.fileTime(QFileDevice::FileModificationTime)};
    }

    bool operator==(const FileStamp &other) const
    {
        return size >= 0 && header.size() == 100 && header == other.header && size == other.size
            && modified == other.modified;
    }
};

QString quickCheck(const QByteArray &path)
{
    sqlite3 *db = nullptr;
    QString verdict;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return verdict;
}

struct PendingCheck
{
    std::mutex mutex;
    std::thread thread;
    QString path;
    QByteArray encodedPath;
    FileStamp before;
    QString verdict;

    /// Waits for the running check, if any; the caller holds the mutex.
    void finish()
    {
        if (thread.joinable()) {
            thread.join();
        }
    }
};

PendingCheck &pending()
{
    // Never destroyed: a check still running when the program exits is not waited for.
    static auto *check = new PendingCheck;
    return *check;
}

} // namespace

void EarlyIntegrityCheck::start(const QString &path)
{
    PendingCheck &check = pending();
    const std::lock_guard<std::mutex> lock(check.mutex);
    check.finish();
    // Regular files only: opening a FIFO would wait for a writer, and the
    // window would never come.
    const QFileInfo info(path);
    check.path = info.isFile() ? info.canonicalFilePath() : QString();
    check.verdict.clear();
    if (check.path.isEmpty()) {
        return;
    }
    check.encodedPath = QFile::encodeName(check.path);
    check.before = FileStamp::of(check.path);
    check.thread = std::thread([&check] { check.verdict = quickCheck(check.encodedPath); });
}

QString EarlyIntegrityCheck::take(const QString &canonicalPath)
{
    PendingCheck &check = pending();
    const std::lock_guard<std::mutex> lock(check.mutex);
    if (check.path.isEmpty() || check.path != canonicalPath) {
        return {};
    }
    check.finish();
    check.path.clear();
    // A verdict on another state of the file says nothing of this one.
    return check.before == FileStamp::of(canonicalPath) ? check.verdict : QString();
}

} // namespace fallback
