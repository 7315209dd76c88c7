// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace fallback {

/// What changed on both sides since an offline copy was taken, and so is not
/// merged without a decision.
struct MergeConflict
{
    enum class Kind {
        ChangedOnBoth, ///< a field changed offline and, to something else, on the server
        ChangedOfflineRemovedOnServer, ///< a record changed offline was removed on the server
        RemovedOfflineChangedOnServer, ///< a record removed offline was changed, or had records added, on the server
        RefersToRemoved, ///< a record added or a field changed offline names a record removed on the server
    };
    Kind kind = Kind::ChangedOnBoth;
    QString table;
    qint64 id = 0; ///< the record's id in the offline copy
    QString column; ///< the field, for ChangedOnBoth and RefersToRemoved
    QString label; ///< what a reader knows the record by: its name, title or text
    QVariant offlineValue; ///< the field's value offline (ChangedOnBoth, RefersToRemoved)
    QVariant serverValue; ///< the field's value on the server (ChangedOnBoth)
    QString changedBy; ///< the database role that last changed the record on the server
    bool tookOffline = false; ///< how it was decided: the offline side, or the server's

    /// True when the user may choose a side; a reference to a removed record
    /// cannot be kept, whatever the choice.
    bool isDecidable() const { return kind != Kind::RefersToRemoved; }
    /// Identifies the conflict among those of one merge, for decisions.
    QString key() const;
};

/// What bringing an offline copy back did, or would do.
struct MergeOutcome
{
    int addedRecords = 0;
    int changedFields = 0;
    int removedRecords = 0;
    QList<MergeConflict> conflicts;

    bool isEmpty() const { return addedRecords == 0 && changedFields == 0 && removedRecords == 0; }
};

/// Brings an offline copy of a team plan back into the team plan: a
/// three-way merge of the records as the copy was taken (its base), as the
/// copy holds them and as the server holds them, in one transaction.
///
/// What was added offline is added (with ids of the server's, the references
/// to them following); fields changed offline and not on the server are
/// applied; records removed offline and untouched on the server are removed.
/// What changed on both sides is never overwritten silently: each conflict
/// keeps the server's value unless decided otherwise, and is listed.
class OfflineMerge final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::OfflineMerge)
public:
    enum class Side { Server, Offline };
    struct Decisions
    {
        Side otherwise = Side::Server; ///< for the conflicts not named in \c bySide
        QHash<QString, Side> bySide; ///< MergeConflict::key() -> the side to keep
    };

    /// \a copy: an offline copy (see OfflineCopy); \a server: the team plan it came from.
    OfflineMerge(const QSqlDatabase &copy, const QSqlDatabase &server);

    /// Works out what bringing the copy back would do, and writes nothing.
    std::optional<MergeOutcome> preview(QString *error) const;

    /// Merges the copy into the team plan in one transaction, deciding each
    /// conflict by \a decisions; the server remembers the copy as brought
    /// back (a copy comes back once), and so does the copy. Retries by
    /// itself when another window's edit came in between.
    std::optional<MergeOutcome> apply(const Decisions &decisions, QString *error) const;

private:
    std::optional<MergeOutcome> run(const Decisions &decisions, bool write, QString *error) const;

    QSqlDatabase m_copy;
    QSqlDatabase m_server;
};

} // namespace fallback
