// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planfile.h"

#include "platform/filesystem.h"
#include "storage/earlyintegritycheck.h"
#include "storage/logging.h"
#include "storage/migrator.h"
#include "storage/offlinecopy.h"
#include "storage/outputfile.h"
#include "storage/plancopy.h"
#include "storage/planfileinspection.h"
#include "storage/schema.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <sqlite3.h>

namespace fallback {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fallback-plan-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Permission bits rather than access(2): an administrator who marks a plan
// read-only means it, even when the app runs as root.
bool ownerMayWrite(const QFileInfo &info)
{
    return info.permission(QFileDevice::WriteOwner) && info.isWritable();
}

QString inspectionMessage(PlanFileInspection::Verdict verdict, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    using Verdict = PlanFileInspection::Verdict;
    switch (verdict) {
    case Verdict::Missing:
        return PlanFile::tr("The plan \"%1\" does not exist.").arg(name);
    case Verdict::NotAFile:
        return PlanFile::tr("\"%1\" is not a file.").arg(name);
    case Verdict::Unreadable:
        return PlanFile::tr("The plan \"%1\" cannot be read: permission denied.").arg(name);
    case Verdict::Empty:
        return PlanFile::tr("\"%1\" is empty; it is not a Fallback plan.").arg(name);
    case Verdict::NotSqlite:
        return PlanFile::tr("\"%1\" is not a Fallback plan.").arg(name);
    case Verdict::Truncated:
        return PlanFile::tr("The plan \"%1\" is damaged: the file is shorter than its contents require "
                            "(it may have been copied incompletely).")
            .arg(name);
    case Verdict::ForeignSqlite:
        return PlanFile::tr("\"%1\" is a database of another program, not a Fallback plan.").arg(name);
    case Verdict::Plan:
        break;
    }
    return {};
}

} // namespace

PlanFile::~PlanFile()
{
    disconnect();
}

bool PlanFile::isSameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists()) {
        return first.canonicalFilePath() == second.canonicalFilePath();
    }
    return first.absoluteFilePath() == second.absoluteFilePath();
}

QString PlanFile::lockFilePath(const QString &path)
{
    return path + QLatin1String(".lock");
}

QString PlanFile::location() const
{
    return isTeamPlan() ? m_location : QDir::toNativeSeparators(m_path);
}

QSqlDatabase PlanFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PlanFile::connect(bool readOnly, QString *error)
{
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly) {
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        qCInfo(lcStorage) << "cannot open" << m_path << db.lastError().text();
        if (error) {
            *error = tr("The plan \"%1\" cannot be opened: %2")
                         .arg(QDir::toNativeSeparators(m_path), StorageError::cause(db.lastError()));
        }
        return false;
    }
    // A rollback journal that is deleted at each commit keeps the plan a
    // single self-contained file whenever no transaction is running.
    const QStringList pragmas = readOnly
        ? QStringList {QStringLiteral("PRAGMA foreign_keys = ON")}
        : QStringList {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("PRAGMA synchronous = FULL")};
    for (const QString &pragma : pragmas) {
        QSqlQuery query = execQuery(db, pragma);
        if (!query.isActive()) {
            if (error) {
                *error = tr("The plan \"%1\" cannot be opened: %2")
                             .arg(QDir::toNativeSeparators(m_path), StorageError::cause(query.lastError()));
            }
            return false;
        }
    }
    return true;
}

bool PlanFile::upgradeInMemory(QString *cause)
{
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open()) {
            *cause = StorageError::cause(memory.lastError());
        } else {
            // SQLite's online backup: every page of the file, as one consistent state.
            sqlite3 *target = sqliteHandle(memory);
            sqlite3_backup *backup
                = target ? sqlite3_backup_init(target, "main", sqliteHandle(database()), "main") : nullptr;
            const int step = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
            sqlite3_backup_finish(backup);
            if (step != SQLITE_DONE) {
                *cause = target ? QString::fromUtf8(sqlite3_errstr(step)) : tr("no SQLite connection");
            } else {
                execQuery(memory, QStringLiteral("PRAGMA foreign_keys = ON"));
                ok = Migrator().migrate(memory, cause);
            }
        }
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    // The file's own connection is no longer needed: everything is read from the copy.
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName = name;
    m_schemaVersion = schema::CurrentVersion;
    m_upgradedInMemory = true;
    return true;
}

void PlanFile::disconnect()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

std::unique_ptr<PlanFile> PlanFile::open(const QString &path, Access access, QString *error)
{
    // The real file, not a link to it: one lock per plan however it is named.
    const QFileInfo named(path);
    const QString absolutePath = named.exists() ? named.canonicalFilePath() : named.absoluteFilePath();
    const PlanFileInspection inspection = PlanFileInspection::inspect(absolutePath);
    if (inspection.verdict != PlanFileInspection::Verdict::Plan) {
        if (error) {
            *error = inspectionMessage(inspection.verdict, absolutePath);
        }
        return nullptr;
    }

    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_path = absolutePath;

    const QFileInfo info(absolutePath);
    const QFileInfo folder(info.absolutePath());
    if (access == Access::ReadOnly) {
        file->m_readOnlyReason = ReadOnlyReason::Requested;
    } else if (platform::isOnReadOnlyMedium(absolutePath)) {
        file->m_readOnlyReason = ReadOnlyReason::ReadOnlyMedium;
    } else if (!ownerMayWrite(info)) {
        file->m_readOnlyReason = ReadOnlyReason::FileReadOnly;
    } else if (!ownerMayWrite(folder)) {
        // SQLite writes its rollback journal beside the plan.
        file->m_readOnlyReason = ReadOnlyReason::FolderReadOnly;
    } else if (inspection.schemaVersion > schema::CurrentVersion) {
        file->m_readOnlyReason = ReadOnlyReason::NewerFormat;
    } else {
        file->m_lock = std::make_unique<QLockFile>(lockFilePath(absolutePath));
        // Never stale by age: only a lock whose process is gone is taken over.
        file->m_lock->setStaleLockTime(0);
        bool locked = file->m_lock->tryLock(0);
        qint64 pid = 0;
        QString host;
        QString application;
        if (!locked && file->m_lock->error() == QLockFile::LockFailedError
            && !file->m_lock->getLockInfo(&pid, &host, &application)) {
            // A lock file that names no process: its writer was killed between
            // making it and writing its name in it, and such a lock would
            // never count as stale. Qt removes it only when no live process
            // holds it (the owner keeps a lock on the file itself).
            locked = file->m_lock->removeStaleLockFile() && file->m_lock->tryLock(0);
        }
        if (!locked) {
            // Only a lock held by a live process means another writer; a lock
            // file that cannot be made (a full disk) is said as what it is.
            const QLockFile::LockError lockError = file->m_lock->error();
            file->m_lock.reset();
            if (lockError == QLockFile::LockFailedError) {
                file->m_readOnlyReason = ReadOnlyReason::OpenElsewhere;
            } else {
                file->m_readOnlyReason = ReadOnlyReason::LockUnavailable;
                file->m_lockFailure = lockError == QLockFile::PermissionError ? OutputFile::cause(EACCES)
                    : QStorageInfo(folder.absoluteFilePath()).bytesAvailable() <= 0
                    ? OutputFile::cause(ENOSPC)
                    : tr("the lock file could not be written");
            }
        }
    }

    if (!file->isReadOnly() && inspection.hasJournal) {
        qCInfo(lcStorage) << "recovering an interrupted transaction in" << absolutePath;
    }

    if (!file->connect(file->isReadOnly(), error)) {
        return nullptr;
    }
    QSqlDatabase db = file->database();

    // The header was checked before SQLite opened the file; after recovery of
    // a hot journal the values are read again from the database itself.
    const QVariant applicationId = queryValue(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId.isValid() && file->isReadOnly() && inspection.hasJournal) {
        // A read-only connection cannot roll back what a crash left half done.
        if (error) {
            *error = tr("The plan \"%1\" holds a change that was interrupted (a crash or power cut); open it for "
                        "editing once so that the change is rolled back.")
                         .arg(QDir::toNativeSeparators(absolutePath));
        }
        return nullptr;
    }
    if (!applicationId.isValid() || applicationId.toInt() != schema::ApplicationId) {
        if (error) {
            *error = inspectionMessage(PlanFileInspection::Verdict::ForeignSqlite, absolutePath);
        }
        return nullptr;
    }
    file->m_schemaVersion = schema::storedVersion(db);
    file->m_storedSchemaVersion = file->m_schemaVersion;
    if (file->m_schemaVersion > schema::CurrentVersion && !file->isReadOnly()) {
        file->m_readOnlyReason = ReadOnlyReason::NewerFormat;
    }

    // An early check's "ok" stands for an unchanged file; anything else, or a
    // file with a transaction to roll back, is checked here on this connection.
    QString check = EarlyIntegrityCheck::take(absolutePath);
    if (check != QLatin1String("ok") || inspection.hasJournal) {
        check = queryValue(db, QStringLiteral("PRAGMA quick_check")).toString().simplified();
    }
    if (check != QLatin1String("ok")) {
        if (error) {
            *error = tr("The plan \"%1\" is damaged (%2). Open a backup copy instead.")
                         .arg(QDir::toNativeSeparators(absolutePath), check.isEmpty() ? tr("unreadable") : check);
        }
        return nullptr;
    }

    if (file->m_schemaVersion < schema::CurrentVersion) {
        QString cause;
        if (file->isReadOnly()) {
            // Shown as this build reads it, from an upgraded copy in memory; the file stays as it is.
            db = QSqlDatabase(); // the file's connection is closed once copied
            if (!file->upgradeInMemory(&cause)) {
                if (error) {
                    *error = tr("The plan \"%1\" was written by an older version of Fallback and could not be "
                                "read: %2")
                                 .arg(QDir::toNativeSeparators(absolutePath), cause);
                }
                return nullptr;
            }
            return file;
        }
        if (!Migrator().migrate(db, &cause)) {
            if (error) {
                *error = tr("The plan \"%1\" could not be upgraded to format version %2: %3")
                             .arg(QDir::toNativeSeparators(absolutePath))
                             .arg(schema::CurrentVersion)
                             .arg(cause);
            }
            return nullptr;
        }
        file->m_schemaVersion = schema::CurrentVersion;
        file->m_storedSchemaVersion = schema::CurrentVersion;
    }
    if (!file->isReadOnly()) {
        file->recordTimeZone();
    }
    return file;
}

std::unique_ptr<PlanFile> PlanFile::create(const QString &path, QString *error)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolutePath)) {
        if (error) {
            *error = tr("\"%1\" already exists; it was not overwritten.").arg(QDir::toNativeSeparators(absolutePath));
        }
        return nullptr;
    }
    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_path = absolutePath;
    if (!file->connect(false, error)) {
        QFile::remove(absolutePath);
        return nullptr;
    }
    QString cause;
    if (!Migrator().migrate(file->database(), &cause)) {
        if (error) {
            *error = tr("The plan \"%1\" could not be created: %2").arg(QDir::toNativeSeparators(absolutePath), cause);
        }
        file->disconnect();
        QFile::remove(absolutePath);
        return nullptr;
    }
    file->m_schemaVersion = schema::CurrentVersion;
    file->m_storedSchemaVersion = schema::CurrentVersion;
    file->recordTimeZone();
    return file;
}

void PlanFile::recordTimeZone()
{
    // Times are stored in UTC and shown in the plan's zone; a plan that does
    // not name one yet takes the zone of the machine that first opens it.
    execQuery(database(), QStringLiteral("UPDATE plan SET time_zone = ? WHERE time_zone = ''"),
        {QString::fromUtf8(QTimeZone::systemTimeZoneId())});
}

QString PlanFile::readOnlyMessage() const
{
    if (m_upgradedInMemory) {
        return tr("The plan was written by an older version of Fallback and can only be read here: it is shown "
                  "as this version reads it, and the file itself is upgraded when it is next opened for editing.");
    }
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("The plan was opened read-only.");
    case ReadOnlyReason::FileReadOnly:
        return tr("The plan file is write-protected, so it can only be read.");
    case ReadOnlyReason::FolderReadOnly:
        return tr("The folder of the plan is write-protected, so the plan can only be read.");
    case ReadOnlyReason::ReadOnlyMedium:
        return tr("The plan lies on a read-only medium, so it can only be read.");
    case ReadOnlyReason::OpenElsewhere:
        return tr("The plan is open for editing in another Fallback window, so it can only be read here.");
    case ReadOnlyReason::LockUnavailable:
        return tr("The plan can only be read here: its lock file, which keeps a second window from changing it "
                  "at the same time, could not be made beside it (%1).")
            .arg(m_lockFailure);
    case ReadOnlyReason::NoWritePrivilege:
        return tr("Your database role may read this team plan but not change it, so it can only be read here.");
    case ReadOnlyReason::ConnectionLost:
        return tr("The connection to %1 is lost. Fallback connects again by itself; until then the plan shows "
                  "what it held and cannot be changed.")
            .arg(m_teamServer);
    case ReadOnlyReason::NewerFormat:
        return tr("The plan was written by a newer version of Fallback (format %1); "
                  "this version can read it but will not change it.")
            .arg(m_schemaVersion);
    }
    return {};
}

void PlanFile::setConnectionLost(bool lost)
{
    if (lost && m_readOnlyReason != ReadOnlyReason::ConnectionLost) {
        m_readOnlyBeforeLoss = m_readOnlyReason;
        m_readOnlyReason = ReadOnlyReason::ConnectionLost;
    } else if (!lost && m_readOnlyReason == ReadOnlyReason::ConnectionLost) {
        m_readOnlyReason = m_readOnlyBeforeLoss;
    }
}

QStringList PlanFile::teamSessionSetup() const
{
    return {QStringLiteral("SET search_path TO %1").arg(quotedIdentifier(m_teamSchema))};
}

bool PlanFile::copyTeamPlan(const QString &temporaryPath, QString *error) const
{
    // The placeholder only reserved the name: the copy is a new plan file.
    QFile::remove(temporaryPath);
    const std::unique_ptr<PlanFile> copy = create(temporaryPath, error);
    if (!copy) {
        return false;
    }
    QSqlDatabase target = copy->database();
    Transaction transaction(target);
    if (!PlanCopy::copyRecords(database(), target, error)) {
        return false;
    }
    OfflineOrigin origin;
    origin.copyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    origin.connection = m_teamConnection;
    origin.server = m_teamServer;
    origin.planName = m_teamPlanName;
    origin.planSchema = m_teamSchema;
    origin.takenAt = QDateTime::currentDateTimeUtc();
    origin.takenBy = queryValue(database(), QStringLiteral("SELECT session_user")).toString();
    origin.formatVersion = m_schemaVersion;
    if (!OfflineCopy::remember(target, origin, error)) {
        return false;
    }
    if (!transaction.commit()) {
        if (error) {
            *error = tr("The copy could not be written: %1").arg(StorageError::cause(target.lastError()));
        }
        return false;
    }
    return true;
}

bool PlanFile::saveCopy(const QString &target, QString *error) const
{
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (!m_path.isEmpty() && isSameFile(absoluteTarget, m_path)) {
        if (error) {
            *error = tr("A copy cannot replace the plan it is made from.");
        }
        return false;
    }
    // VACUUM INTO refuses an existing file, so the copy is made beside the
    // target and then renamed over it in one step.
    QString temporaryPath;
    {
        QTemporaryFile placeholder(QFileInfo(absoluteTarget).absolutePath() + QLatin1String("/.fallback-copy-XXXXXX"));
        if (!placeholder.open()) {
            if (error) {
                *error = tr("Cannot write to \"%1\": %2")
                             .arg(QDir::toNativeSeparators(absoluteTarget), placeholder.errorString());
            }
            return false;
        }
        temporaryPath = placeholder.fileName();
    }
    if (isTeamPlan()) {
        if (!copyTeamPlan(temporaryPath, error)) {
            QFile::remove(temporaryPath);
            return false;
        }
    } else {
        QSqlQuery query = execQuery(database(), QStringLiteral("VACUUM INTO ?"), {temporaryPath});
        if (!query.isActive()) {
            QFile::remove(temporaryPath);
            if (error) {
                *error = tr("The copy \"%1\" could not be written: %2")
                             .arg(QDir::toNativeSeparators(absoluteTarget), StorageError::cause(query.lastError()));
            }
            return false;
        }
    }
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(absoluteTarget).constData()) != 0) {
        QFile::remove(temporaryPath);
        if (error) {
            *error = tr("The copy \"%1\" could not be written.").arg(QDir::toNativeSeparators(absoluteTarget));
        }
        return false;
    }
    return true;
}

} // namespace fallback
