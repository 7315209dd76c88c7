// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/teamdirectory.h"

#include "storage/connectioninfo.h"

namespace fallback {

std::optional<TeamDirectory> TeamDirectory::read(const QString &connection, const QString &password, QString *error)
{
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(connection.trimmed(), error);
    if (!info) {
        return std::nullopt;
    }
    TeamDirectory directory;
    directory.connection = password.isEmpty() ? connection.trimmed() : info->withPassword(password);
    const std::unique_ptr<TeamDatabase> database = TeamDatabase::connect(directory.connection, error);
    if (!database) {
        return std::nullopt;
    }
    directory.server = database->connectionInfo().displayName();
    if (!database->isInitialised()) {
        if (error) {
            *error = tr("%1 is not a team database yet: an administrator sets it up with \"fallback team init\".")
                         .arg(directory.server);
        }
        return std::nullopt;
    }
    directory.transport = database->isEncrypted() ? Transport::Encrypted
        : database->isOnThisComputer()            ? Transport::ThisComputer
                                                  : Transport::PlainText;
    directory.plans = database->plans();
    return directory;
}

} // namespace fallback
