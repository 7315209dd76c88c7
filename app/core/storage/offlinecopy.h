// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fallback {

/// Where an offline copy of a team plan came from.
struct OfflineOrigin
{
    QString copyId; ///< a random UUID: the server remembers which copies came back
    QString connection; ///< the server's connection string, without a password
    QString server; ///< "user@host/database", for messages
    QString planName;
    QString planSchema; ///< the team plan's schema on the server, which a plan uploaded again does not share
    QDateTime takenAt; ///< UTC
    QString takenBy; ///< the database role that took it
    int formatVersion = 0; ///< the schema version of the plan when it was taken
    QDateTime broughtBackAt; ///< UTC; invalid while the copy has not been brought back
};

/// An offline copy is an ordinary plan file that also keeps where it came
/// from and the plan's records as they were when it was taken: the base that
/// Bring Back tells offline changes from the server's by. Both live in tables
/// of their own beside the plan's ("offline_origin", "offline_base_<table>"),
/// which the schema's version does not count, so that any Fallback opens the
/// copy as the plan it is.
class OfflineCopy final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::OfflineCopy)
public:
    /// Records \a origin in the plan file \a copy, and its records as they
    /// are now as the base; in the transaction that the caller has begun.
    static bool remember(const QSqlDatabase &copy, const OfflineOrigin &origin, QString *error);

    /// Where the plan in \a db came from, when it is an offline copy.
    static std::optional<OfflineOrigin> origin(const QSqlDatabase &db);

    /// Notes in the copy \a db that it was brought back at \a when.
    static bool markBroughtBack(const QSqlDatabase &db, const QDateTime &when, QString *error);

    /// The table of the copy that holds the base of the plan's table \a table.
    static QString baseTable(const QString &table);
};

} // namespace fallback
