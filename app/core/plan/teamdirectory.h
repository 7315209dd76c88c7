// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/teamdatabase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fallback {

/// What the window shows of a team database before one of its plans is
/// opened: which server it is, how the connection travels, and its plans.
struct TeamDirectory
{
    Q_DECLARE_TR_FUNCTIONS(fallback::TeamDirectory)
public:
    enum class Transport {
        Encrypted, ///< TLS
        ThisComputer, ///< a Unix socket: nothing crosses a network
        PlainText, ///< over a network without encryption
    };

    QString connection; ///< to open its plans with; a password typed is in it, in memory only
    QString server; ///< "user@host/database"
    Transport transport = Transport::PlainText;
    QList<TeamPlanEntry> plans;

    /// Connects to the team database \a connection names, with \a password
    /// when it is not empty, and lists its plans; nothing with a translated
    /// message in \a error when it cannot, or when it is not a team database.
    static std::optional<TeamDirectory> read(const QString &connection, const QString &password, QString *error);
};

} // namespace fallback
