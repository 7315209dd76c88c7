// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/bringback.h"

#include "storage/teamdatabase.h"

namespace fallback {

BringBack::~BringBack() = default;

std::unique_ptr<BringBack> BringBack::open(
    const PlanFile &copy, const QString &connection, PlanFile::Access access, QString *error)
{
    const std::optional<OfflineOrigin> origin = copy.offlineOrigin();
    if (!origin) {
        if (error) {
            *error = tr("%1 is not an offline copy of a team plan; \"fallback team upload\" makes a plan file a "
                        "team plan.")
                         .arg(copy.location());
        }
        return nullptr;
    }
    std::unique_ptr<TeamDatabase> database
        = TeamDatabase::connect(connection.isEmpty() ? origin->connection : connection, error);
    // Asked before the plan takes the connection over.
    const bool plainText = database && !database->isEncrypted() && !database->isOnThisComputer();
    std::unique_ptr<PlanFile> plan = database ? database->openPlan(origin->planName, access, error) : nullptr;
    if (!plan) {
        return nullptr;
    }
    if (access == PlanFile::Access::ReadWrite && plan->isReadOnly()) {
        if (error) {
            *error = plan->readOnlyMessage();
        }
        return nullptr;
    }
    std::unique_ptr<BringBack> bringBack(new BringBack);
    bringBack->m_origin = *origin;
    bringBack->m_plainText = plainText;
    bringBack->m_plan = std::move(plan);
    bringBack->m_merge = std::make_unique<OfflineMerge>(copy.database(), bringBack->m_plan->database());
    return bringBack;
}

} // namespace fallback
