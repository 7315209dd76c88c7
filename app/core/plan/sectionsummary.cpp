// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/sectionsummary.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace fallback {

SectionSummary::SectionSummary(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QHash<Section, SectionState> SectionSummary::states() const
{
    // Every count in one statement: a COUNT of each small table.
    QSqlQuery query = execQuery(m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM scope_system), (SELECT COUNT(*) FROM org_group), "
                       "(SELECT COUNT(*) FROM member), (SELECT COUNT(*) FROM warning_level), "
                       "(SELECT COUNT(*) FROM measure) + (SELECT COUNT(*) FROM resource), "
                       "(SELECT COUNT(*) FROM checklist_template), (SELECT COUNT(*) FROM drill), "
                       "(SELECT COUNT(*) FROM revision), (SELECT COUNT(*) FROM risk), "
                       "(SELECT COUNT(*) FROM risk, plan WHERE plan.id = 1 "
                       "AND risk.likelihood * risk.impact >= plan.band_high_from), "
                       "(SELECT COUNT(*) FROM upgrade), "
                       "(SELECT COUNT(*) FROM upgrade WHERE status IN ('in_progress', 'stopped')), "
                       "(SELECT COUNT(*) FROM run), (SELECT COUNT(*) FROM run WHERE ended_at IS NULL), "
                       "(SELECT COUNT(*) FROM review), (SELECT COUNT(*) FROM review WHERE status <> 'approved'), "
                       "(SELECT COUNT(*) FROM audience), (SELECT COUNT(*) FROM role_card)"));
    QHash<Section, SectionState> states;
    if (!query.next()) {
        return states;
    }
    const auto value = [&query](int column) { return query.value(column).toInt(); };
    const auto plain = [&states](Section section, int count) {
        states.insert(section, {QString::number(count), false});
    };
    plain(Section::Scope, value(0));
    plain(Section::Organisation, value(1));
    plain(Section::Contacts, value(2));
    plain(Section::WarningLevels, value(3));
    plain(Section::Measures, value(4));
    plain(Section::Communications, value(16));
    plain(Section::RoleCards, value(17));
    plain(Section::Checklists, value(5));
    plain(Section::Drills, value(6));
    plain(Section::Revisions, value(7));
    // Risks: how many are high or critical by the plan's own bands.
    const int risks = value(8);
    const int high = value(9);
    states.insert(Section::Risks,
        {high > 0 ? tr("%1 \u00b7 %n high", "risks, of which n high or critical", high).arg(risks)
                  : QString::number(risks),
            high > 0});
    // Upgrades, runs and reviews: what is under way comes before the count.
    const int upgradesUnderWay = value(11);
    states.insert(Section::Upgrades,
        {upgradesUnderWay > 0 ? tr("%n in progress", "upgrades", upgradesUnderWay) : QString::number(value(10)),
            upgradesUnderWay > 0});
    const int unfinished = value(13);
    states.insert(Section::Runs,
        {unfinished > 0 ? tr("%n in progress", "runs", unfinished) : QString::number(value(12)), unfinished > 0});
    const int open = value(15);
    states.insert(
        Section::Reviews, {open > 0 ? tr("%n not approved", "reviews", open) : QString::number(value(14)), open > 0});
    return states;
}

} // namespace fallback
