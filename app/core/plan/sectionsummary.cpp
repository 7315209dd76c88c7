// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/sectionsummary.h"

#include "storage/sqlquery.h"

namespace fallback {

SectionSummary::SectionSummary(QSqlDatabase db)
    : m_db(std::move(db))
{ }

int SectionSummary::count(const QString &sql) const
{
    return queryValue(m_db, sql).toInt();
}

QHash<Section, SectionState> SectionSummary::states() const
{
    QHash<Section, SectionState> states;
    const auto plain = [&states](Section section, int count) {
        states.insert(section, {QString::number(count), false});
    };
    plain(Section::Scope, count(QStringLiteral("SELECT COUNT(*) FROM scope_system")));
    plain(Section::Organisation, count(QStringLiteral("SELECT COUNT(*) FROM org_group")));
    plain(Section::Contacts, count(QStringLiteral("SELECT COUNT(*) FROM member")));
    plain(Section::WarningLevels, count(QStringLiteral("SELECT COUNT(*) FROM warning_level")));
    plain(Section::Measures,
        count(QStringLiteral("SELECT (SELECT COUNT(*) FROM measure) + (SELECT COUNT(*) FROM resource)")));
    plain(Section::Checklists, count(QStringLiteral("SELECT COUNT(*) FROM checklist_template")));
    plain(Section::Drills, count(QStringLiteral("SELECT COUNT(*) FROM drill")));
    plain(Section::Revisions, count(QStringLiteral("SELECT COUNT(*) FROM revision")));

    // Risks: how many are high or critical by the plan's own bands.
    const int risks = count(QStringLiteral("SELECT COUNT(*) FROM risk"));
    const int high = count(QStringLiteral("SELECT COUNT(*) FROM risk, plan WHERE plan.id = 1 "
                                          "AND risk.likelihood * risk.impact >= plan.band_high_from"));
    states.insert(Section::Risks,
        {high > 0 ? tr("%1 \u00b7 %n high", "risks, of which n high or critical", high).arg(risks)
                  : QString::number(risks),
            high > 0});

    // Upgrades, runs and reviews: what is under way comes before the count.
    const int upgrades = count(QStringLiteral("SELECT COUNT(*) FROM upgrade"));
    const int upgradesUnderWay
        = count(QStringLiteral("SELECT COUNT(*) FROM upgrade WHERE status IN ('in_progress', 'stopped')"));
    states.insert(Section::Upgrades,
        {upgradesUnderWay > 0 ? tr("%n in progress", "upgrades", upgradesUnderWay) : QString::number(upgrades),
            upgradesUnderWay > 0});
    const int runs = count(QStringLiteral("SELECT COUNT(*) FROM run"));
    const int unfinished = count(QStringLiteral("SELECT COUNT(*) FROM run WHERE ended_at IS NULL"));
    states.insert(Section::Runs,
        {unfinished > 0 ? tr("%n in progress", "runs", unfinished) : QString::number(runs), unfinished > 0});
    const int reviews = count(QStringLiteral("SELECT COUNT(*) FROM review"));
    const int open = count(QStringLiteral("SELECT COUNT(*) FROM review WHERE status <> 'approved'"));
    states.insert(
        Section::Reviews, {open > 0 ? tr("%n not approved", "reviews", open) : QString::number(reviews), open > 0});
    return states;
}

} // namespace fallback
