// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

/// One thing a coordinator must still fix before an upgrade, and the record
/// where it is fixed.
struct ReadinessFinding
{
    enum class Kind {
        PlanWithoutTitle,
        GroupWithoutLead,
        LeadWithoutBackup,
        ContactNotVerified,
        RiskWithoutContingency,
        ResourceNotReady,
        AudienceWithoutBackup,
        ChannelWithoutAddress,
        /// A gap, a clash or an overlong stretch in the duty roster of an upgrade still to come.
        DutyRosterProblem,
        TemplateItemsWithoutOwner,
        UpgradeItemsWithoutOwner,
        ReviewActionOverdue,
        DrillActionOverdue,
        DrillWithoutResult,
    };

    Kind kind = Kind::ContactNotVerified;
    /// The section whose page fixes it.
    Section section = Section::Plan;
    /// The table and id of the record to select on that page.
    QString table;
    qint64 recordId = 0;
    /// Translated sentence naming the record.
    QString text;
};

/// Computes the readiness findings of a plan (the "before the next upgrade"
/// list of its first page and of `fallback check`). Read-only and set-based:
/// one statement per kind of finding, whatever the size of the plan.
class Readiness final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::Readiness)
public:
    /// A contact verified longer ago than this is due for a new check.
    static constexpr int VerificationDays = 180;

    explicit Readiness(QSqlDatabase db);

    /// The findings on \a today, in the order of the plan's sections.
    QList<ReadinessFinding> findings(QDate today) const;

private:
    void header(QList<ReadinessFinding> &out) const;
    void groups(QList<ReadinessFinding> &out) const;
    void contacts(QDate today, QList<ReadinessFinding> &out) const;
    void risks(QList<ReadinessFinding> &out) const;
    void resources(QList<ReadinessFinding> &out) const;
    void communications(QList<ReadinessFinding> &out) const;
    void dutyRosters(QList<ReadinessFinding> &out) const;
    void checklistItems(QList<ReadinessFinding> &out) const;
    void upgradeItems(QList<ReadinessFinding> &out) const;
    void overdueActions(QDate today, QList<ReadinessFinding> &out) const;
    void drills(QDate today, QList<ReadinessFinding> &out) const;

    QSqlDatabase m_db;
};

} // namespace fallback
