// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/offlinemerge.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace fallback {

/// Bringing one offline copy back into the team plan it came from: the
/// team plan opened on its server, the merge previewed, then applied. What
/// the window's File > Bring Back and "fallback team bring-back" share.
class BringBack final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::BringBack)
public:
    ~BringBack();
    Q_DISABLE_COPY_MOVE(BringBack)

    /// Opens the team plan that \a copy came from, on the server its origin
    /// names or on \a connection when given (the same database reached
    /// otherwise: another host name, a password); \a access ReadOnly for a
    /// preview only. nullptr with a translated message in \a error.
    static std::unique_ptr<BringBack> open(
        const PlanFile &copy, const QString &connection, PlanFile::Access access, QString *error);

    /// "Plan on user@host/database".
    QString teamPlanLocation() const { return m_plan->location(); }
    const OfflineOrigin &origin() const { return m_origin; }
    /// True when the connection crosses a network without encryption.
    bool isPlainTextOverNetwork() const { return m_plainText; }

    /// What bringing the copy back would do, writing nothing.
    std::optional<MergeOutcome> preview(QString *error) const { return m_merge->preview(error); }
    /// Merges the copy, deciding each conflict by \a decisions.
    std::optional<MergeOutcome> apply(const OfflineMerge::Decisions &decisions, QString *error) const
    {
        return m_merge->apply(decisions, error);
    }

private:
    BringBack() = default;

    OfflineOrigin m_origin;
    bool m_plainText = false;
    std::unique_ptr<PlanFile> m_plan;
    std::unique_ptr<OfflineMerge> m_merge; ///< declared after m_plan: it goes first
};

} // namespace fallback
