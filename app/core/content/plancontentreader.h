// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/plancontent.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace fallback {

/// Reads a plan into the plain structures of plancontent.h, for reports.
class PlanContentReader final
{
public:
    explicit PlanContentReader(QSqlDatabase db);

    content::Header header() const;
    /// The zone the plan's times are shown in: the one it names, else this machine's.
    QTimeZone timeZone() const;
    QList<content::ScopeSystem> scopeSystems() const;
    QList<content::Reference> references() const;
    /// Groups depth-first (a parent before its children), members in escalation order.
    QList<content::Group> groups() const;
    /// Every contact, by name.
    QList<content::Member> members() const;
    QList<content::WarningLevel> warningLevels() const;
    /// The audiences of the communications plan in their order, with their channels.
    QList<content::Audience> audiences() const;
    /// The role cards in their order, with their holders and whom they call.
    QList<content::RoleCard> roleCards() const;
    /// Risks by score, highest first.
    QList<content::Risk> risks() const;
    QList<content::Measure> measures() const;
    QList<content::Resource> resources() const;
    QList<content::ChecklistTemplate> checklistTemplates() const;
    QList<content::Upgrade> upgrades() const;
    std::optional<content::Upgrade> upgrade(qint64 id) const;
    std::optional<content::Review> review(qint64 id) const;
    /// Id and title of every review, newest first.
    QList<QPair<qint64, QString>> reviewTitles() const;
    /// Id and name of every upgrade, newest window first (without their checklists).
    QList<QPair<qint64, QString>> upgradeNames() const;
    QList<content::Drill> drills() const;
    std::optional<content::Drill> drill(qint64 id) const;
    QList<content::Revision> revisions() const;
    /// A run with its items, events in time order and milestones; an empty
    /// run (id 0) when there is none with \a id.
    content::Run run(qint64 id) const;

    /// The id a report of that table takes without --id: the newest record.
    std::optional<qint64> latestId(const QString &table) const;
    /// The plan read, for readers that compute more than content holds.
    QSqlDatabase database() const { return m_db; }

private:
    QList<content::ChecklistItem> checklistItems(const QString &table, const QString &ownerColumn, qint64 owner) const;
    QList<content::Action> actions(const QString &table, const QString &ownerColumn, qint64 owner) const;

    QSqlDatabase m_db;
};

} // namespace fallback
