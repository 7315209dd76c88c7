// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/offlinecopy.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace fallback {

/// An open plan: the connection to its database, and the reason, if any, why
/// the plan may only be read. Most plans are files (SQLite, with a lock that
/// keeps a second writer away); a team plan is a schema of a PostgreSQL
/// database that TeamDatabase opens, where several windows write at once.
class PlanFile final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::PlanFile)
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class ReadOnlyReason {
        None,
        Requested,
        FileReadOnly,
        FolderReadOnly,
        ReadOnlyMedium,
        OpenElsewhere,
        LockUnavailable,
        NewerFormat,
        NoWritePrivilege, ///< a team plan that the user's database role may only read
        ConnectionLost, ///< a team plan whose connection is lost, until it is back
    };

    /// The MIME type of plan files, as packaging/fallback-mime.xml defines it.
    static constexpr const char *MimeType = "application/x-fallback-plan";

    ~PlanFile();
    Q_DISABLE_COPY_MOVE(PlanFile)

    /// Opens an existing plan. Refuses anything that is not a plan with a
    /// translated message in \a error and leaves such a file untouched.
    static std::unique_ptr<PlanFile> open(const QString &path, Access access, QString *error);

    /// Creates an empty plan of the current schema at \a path, which must not exist.
    static std::unique_ptr<PlanFile> create(const QString &path, QString *error);

    QSqlDatabase database() const;
    /// The file's path; empty for a team plan.
    QString path() const { return m_path; }
    bool isTeamPlan() const { return !m_teamPlanName.isEmpty(); }
    QString teamPlanName() const { return m_teamPlanName; }
    /// The server of a team plan, as its connection names it ("user@host/database").
    QString teamServer() const { return m_teamServer; }
    /// A team plan reads as read-only while its connection is lost (\a lost),
    /// and as before once it is back.
    void setConnectionLost(bool lost);
    /// The connection string of a team plan without the password: enough to
    /// ask whether its server answers.
    QString teamConnection() const { return m_teamConnection; }
    /// The statements that make a new session on a team plan's server the plan's.
    QStringList teamSessionSetup() const;
    /// Where the plan came from when it is an offline copy of a team plan.
    std::optional<OfflineOrigin> offlineOrigin() const { return OfflineCopy::origin(database()); }
    /// The channel on which the server announces the changes of a team plan.
    QString teamChannel() const { return m_teamSchema; }
    /// Where the plan is, for a title or a message: the file's path, or the
    /// team plan's name and server.
    QString location() const;
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    /// Why the plan is read-only, in a sentence for the window; empty when writable.
    QString readOnlyMessage() const;
    int schemaVersion() const { return m_schemaVersion; }
    /// The schema version of the file itself, which differs from
    /// schemaVersion() only for a plan upgraded in memory.
    int storedSchemaVersion() const { return m_storedSchemaVersion; }
    /// True when a read-only plan of an older format is shown upgraded, from a
    /// copy in memory; the file itself is upgraded when it is next opened for editing.
    bool isUpgradedInMemory() const { return m_upgradedInMemory; }

    /// Writes a consistent copy of the plan to \a target, a plan file, replacing
    /// \a target only once the copy is complete: through SQLite's VACUUM INTO,
    /// or for a team plan by copying its records into a new file.
    bool saveCopy(const QString &target, QString *error) const;

    /// True when \a a and \a b name the same file, through links too.
    static bool isSameFile(const QString &a, const QString &b);

    /// Name of the lock file that marks a plan as open for writing.
    static QString lockFilePath(const QString &path);

private:
    friend class TeamDatabase;
    PlanFile() = default;
    /// saveCopy() of a team plan into the new file \a temporaryPath: an
    /// offline copy, which remembers where it came from.
    bool copyTeamPlan(const QString &temporaryPath, QString *error) const;
    bool connect(bool readOnly, QString *error);
    /// Replaces the connection with one to a copy of the plan in memory,
    /// migrated to this build's schema.
    bool upgradeInMemory(QString *cause);
    /// Gives a plan that names no time zone the zone of this machine.
    void recordTimeZone();
    void disconnect();

    QString m_path;
    QString m_teamPlanName;
    QString m_teamSchema;
    QString m_teamServer;
    QString m_teamConnection; ///< of a team plan, without the password
    ReadOnlyReason m_readOnlyBeforeLoss = ReadOnlyReason::None;
    QString m_location; ///< of a team plan
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_lockFailure; // why the lock file could not be made, for LockUnavailable
    int m_schemaVersion = 0;
    int m_storedSchemaVersion = 0;
    bool m_upgradedInMemory = false;
};

} // namespace fallback
