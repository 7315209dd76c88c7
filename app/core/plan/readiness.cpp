// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/readiness.h"

#include "content/plancontent.h"
#include "document/vocabulary.h"
#include "duty/dutyroster.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace fallback {

using Kind = ReadinessFinding::Kind;

namespace {
// What counts as blank in an owner or contingency: the ideographic space
// (U+3000) is what a Chinese input method types as a space.
const QString Blank = QStringLiteral(" \t\r\n\u00a0\u3000");

const QString PhaseOrder
    = QStringLiteral("CASE i2.phase WHEN 'before' THEN 0 WHEN 'during' THEN 1 WHEN 'after' THEN 2 ELSE 3 END");

/// A user text short enough for one line of the list.
QString brief(const QString &text)
{
    constexpr qsizetype MaxLength = 60;
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > MaxLength) {
        line = line.left(MaxLength - 1) + QChar(0x2026);
    }
    return line.isEmpty() ? Readiness::tr("(no name)") : line;
}

QString dateOrNone(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? Readiness::tr("no date") : value.toString();
}

QString drillName(const QString &scenario, const QString &scenarioText)
{
    if (scenario == QLatin1String("custom") && !scenarioText.trimmed().isEmpty()) {
        return brief(scenarioText);
    }
    return Vocabulary::label(Vocabulary::Kind::DrillScenario, scenario);
}
} // namespace

Readiness::Readiness(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<ReadinessFinding> Readiness::findings(QDate today) const
{
    QList<ReadinessFinding> result;
    header(result);
    groups(result);
    contacts(today, result);
    risks(result);
    resources(result);
    communications(result);
    dutyRosters(result);
    checklistItems(result);
    upgradeItems(result);
    overdueActions(today, result);
    drills(today, result);
    return result;
}

void Readiness::header(QList<ReadinessFinding> &out) const
{
    // Every page of the printed plan and every file name of its exports carries the title.
    const QString title = queryValue(m_db, QStringLiteral("SELECT title FROM plan WHERE id = 1")).toString();
    if (title.trimmed().isEmpty()) {
        out.append({Kind::PlanWithoutTitle, Section::Plan, QStringLiteral("plan"), 1,
            tr("The plan has no title: the printed plan and its exports are headed by it.")});
    }
}

void Readiness::groups(QList<ReadinessFinding> &out) const
{
    QSqlQuery lead = execQuery(m_db,
        QStringLiteral("SELECT g.id, g.name FROM org_group g WHERE NOT EXISTS (SELECT 1 FROM group_member gm "
                       "WHERE gm.group_id = g.id AND gm.role = 'lead') ORDER BY g.position, g.id"));
    while (lead.next()) {
        out.append({Kind::GroupWithoutLead, Section::Organisation, QStringLiteral("org_group"),
            lead.value(0).toLongLong(), tr("Group \"%1\" has no lead.").arg(brief(lead.value(1).toString()))});
    }
    // "A group without a backup person" is read as: the group's lead has no
    // named backup (member.backup_member_id, or only themselves). The lead is
    // the one person the group cannot act without; asking a backup of every
    // member would bury the list on a large roster, and a deputy is not a
    // backup unless the plan names them as one. A group without a lead has
    // the finding above instead. The backup is a field of the contact, so the
    // finding leads to the lead's contact record, where it is set.
    QSqlQuery backup = execQuery(m_db,
        QStringLiteral("SELECT m.id, g.name, m.name FROM group_member gm JOIN org_group g ON g.id = gm.group_id "
                       "JOIN member m ON m.id = gm.member_id WHERE gm.role = 'lead' "
                       "AND (m.backup_member_id IS NULL OR m.backup_member_id = m.id) "
                       "ORDER BY g.position, g.id, m.name, m.id"));
    while (backup.next()) {
        out.append({Kind::LeadWithoutBackup, Section::Contacts, QStringLiteral("member"), backup.value(0).toLongLong(),
            tr("Group \"%1\": its lead %2 has no backup person.")
                .arg(brief(backup.value(1).toString()), brief(backup.value(2).toString()))});
    }
}

void Readiness::contacts(QDate today, QList<ReadinessFinding> &out) const
{
    // Dates are ISO text, so they compare as text; what is not shaped like a
    // date is listed too, since it cannot say when the contact was checked.
    const QString cutoff = today.addDays(-VerificationDays).toString(Qt::ISODate);
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, name, verified_on FROM member WHERE verified_on IS NULL OR verified_on < ? "
                       "OR verified_on NOT LIKE '____-__-__' ORDER BY name, id"),
        {cutoff});
    while (q.next()) {
        const QString name = brief(q.value(1).toString());
        const QString verified = q.value(2).toString();
        QString text;
        if (verified.trimmed().isEmpty()) {
            text = tr("Contact %1 was never verified.").arg(name);
        } else if (!QDate::fromString(verified, Qt::ISODate).isValid()) {
            text = tr("Contact %1 has a verification date that is not a date: %2.").arg(name, brief(verified));
        } else {
            text = tr("Contact %1 was last verified on %2 (more than %3 days ago).")
                       .arg(name, verified, QString::number(VerificationDays));
        }
        out.append(
            {Kind::ContactNotVerified, Section::Contacts, QStringLiteral("member"), q.value(0).toLongLong(), text});
    }
}

void Readiness::risks(QList<ReadinessFinding> &out) const
{
    content::Header bands;
    QSqlQuery plan
        = execQuery(m_db, QStringLiteral("SELECT band_high_from, band_critical_from FROM plan WHERE id = 1"));
    if (plan.next()) {
        bands.bandHighFrom = plan.value(0).toInt();
        bands.bandCriticalFrom = plan.value(1).toInt();
    }
    const int threshold = std::min(bands.bandHighFrom, bands.bandCriticalFrom);
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, description, likelihood * impact AS score FROM risk "
                       "WHERE status <> 'closed' AND likelihood * impact >= ? AND TRIM(contingency, ?) = '' "
                       "ORDER BY score DESC, id"),
        {threshold, Blank});
    while (q.next()) {
        const int score = q.value(2).toInt();
        const QString description = brief(q.value(1).toString());
        const QString text = bands.band(score) == QLatin1String("critical")
            ? tr("Critical risk \"%1\" (score %2) has no contingency.").arg(description, QString::number(score))
            : tr("High risk \"%1\" (score %2) has no contingency.").arg(description, QString::number(score));
        out.append(
            {Kind::RiskWithoutContingency, Section::Risks, QStringLiteral("risk"), q.value(0).toLongLong(), text});
    }
}

void Readiness::resources(QList<ReadinessFinding> &out) const
{
    QSqlQuery q
        = execQuery(m_db, QStringLiteral("SELECT id, name FROM resource WHERE ready = 0 ORDER BY type, name, id"));
    while (q.next()) {
        out.append({Kind::ResourceNotReady, Section::Measures, QStringLiteral("resource"), q.value(0).toLongLong(),
            tr("Resource \"%1\" is not ready.").arg(brief(q.value(1).toString()))});
    }
}

void Readiness::communications(QList<ReadinessFinding> &out) const
{
    // The channel that is down is the primary one: an audience needs a second.
    QSqlQuery audiences = execQuery(m_db,
        QStringLiteral("SELECT a.id, a.name, (SELECT c.channel FROM audience_channel c WHERE c.audience_id = a.id "
                       "ORDER BY c.position, c.id LIMIT 1), (SELECT COUNT(*) FROM audience_channel c "
                       "WHERE c.audience_id = a.id) FROM audience a ORDER BY a.position, a.id"));
    while (audiences.next()) {
        const int channels = audiences.value(3).toInt();
        if (channels >= 2) {
            continue;
        }
        const QString name = brief(audiences.value(1).toString());
        out.append({Kind::AudienceWithoutBackup, Section::Communications, QStringLiteral("audience"),
            audiences.value(0).toLongLong(),
            channels == 0
                ? tr("Audience \"%1\" has no channel to reach it.").arg(name)
                : tr("Audience \"%1\" has no backup channel for when %2 is down.")
                      .arg(name, Vocabulary::label(Vocabulary::Kind::Channel, audiences.value(2).toString()))});
    }
    QSqlQuery channels = execQuery(m_db,
        QStringLiteral("SELECT c.id, a.name, c.channel FROM audience_channel c JOIN audience a ON a.id = c.audience_id "
                       "WHERE trim(c.address) = '' AND c.channel <> 'in_person' "
                       "ORDER BY a.position, a.id, c.position, c.id"));
    while (channels.next()) {
        out.append({Kind::ChannelWithoutAddress, Section::Communications, QStringLiteral("audience_channel"),
            channels.value(0).toLongLong(),
            tr("The %1 channel to \"%2\" has no number or address.")
                .arg(Vocabulary::label(Vocabulary::Kind::Channel, channels.value(2).toString()),
                    brief(channels.value(1).toString()))});
    }
}

void Readiness::dutyRosters(QList<ReadinessFinding> &out) const
{
    // Only rosters still to be worked: a past upgrade's roster is history.
    QSqlQuery upgrades = execQuery(m_db,
        QStringLiteral("SELECT id, name FROM upgrade WHERE status IN ('planned', 'in_progress') "
                       "AND EXISTS (SELECT 1 FROM duty_shift s WHERE s.upgrade_id = upgrade.id) "
                       "ORDER BY window_start, id"));
    while (upgrades.next()) {
        const DutyRoster roster(m_db, upgrades.value(0).toLongLong());
        for (const DutyProblem &problem : roster.problems()) {
            out.append({Kind::DutyRosterProblem, Section::RoleCards, QStringLiteral("duty_shift"), problem.shiftId,
                tr("Duty roster of \"%1\": %2").arg(brief(upgrades.value(1).toString()), problem.text)});
        }
    }
}

// Items without an owner are counted per template (and per upgrade below):
// a large plan can have thousands, and one line per item would hide every
// other finding. The finding points at the first such item in checklist
// order, so that activating it lands where the fixing starts.
void Readiness::checklistItems(QList<ReadinessFinding> &out) const
{
    QSqlQuery q = execQuery(m_db,
        QStringLiteral(
            "SELECT t.id, t.name, COUNT(*), (SELECT i2.id FROM checklist_template_item i2 "
            "WHERE i2.template_id = t.id AND TRIM(i2.responsible, ?) = '' ORDER BY %1, i2.position, "
            "i2.id LIMIT 1) FROM checklist_template t JOIN checklist_template_item i ON i.template_id = t.id "
            "WHERE TRIM(i.responsible, ?) = '' GROUP BY t.id, t.name ORDER BY t.name, t.id")
            .arg(PhaseOrder),
        {Blank, Blank});
    while (q.next()) {
        const int count = q.value(2).toInt();
        out.append({Kind::TemplateItemsWithoutOwner, Section::Checklists, QStringLiteral("checklist_template_item"),
            q.value(3).toLongLong(),
            tr("Checklist template \"%1\": %n item(s) without an owner.", nullptr, count)
                .arg(brief(q.value(1).toString()))});
    }
}

void Readiness::upgradeItems(QList<ReadinessFinding> &out) const
{
    // Only upgrades still ahead or under way: a finished, rolled back or
    // cancelled upgrade is history, not something to prepare.
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT u.id, u.name, COUNT(*), (SELECT i2.id FROM upgrade_item i2 "
                       "WHERE i2.upgrade_id = u.id AND TRIM(i2.responsible, ?) = '' ORDER BY %1, i2.position, "
                       "i2.id LIMIT 1) FROM upgrade u JOIN upgrade_item i ON i.upgrade_id = u.id "
                       "WHERE u.status IN ('planned', 'in_progress') AND TRIM(i.responsible, ?) = '' "
                       "GROUP BY u.id, u.name ORDER BY u.window_start, u.name, u.id")
            .arg(PhaseOrder),
        {Blank, Blank});
    while (q.next()) {
        const int count = q.value(2).toInt();
        out.append(
            {Kind::UpgradeItemsWithoutOwner, Section::Upgrades, QStringLiteral("upgrade_item"), q.value(3).toLongLong(),
                tr("Upgrade \"%1\": %n checklist item(s) without an owner.", nullptr, count)
                    .arg(brief(q.value(1).toString()))});
    }
}

void Readiness::overdueActions(QDate today, QList<ReadinessFinding> &out) const
{
    const QString day = today.toString(Qt::ISODate);
    QSqlQuery reviews = execQuery(m_db,
        QStringLiteral(
            "SELECT a.id, a.text, a.due_on, r.title FROM review_action a JOIN review r ON r.id = a.review_id "
            "WHERE a.due_on < ? AND a.status IN ('open', 'in_progress') ORDER BY a.due_on, a.id"),
        {day});
    while (reviews.next()) {
        out.append({Kind::ReviewActionOverdue, Section::Reviews, QStringLiteral("review_action"),
            reviews.value(0).toLongLong(),
            tr("Action \"%1\" of review \"%2\" was due on %3.")
                .arg(brief(reviews.value(1).toString()), brief(reviews.value(3).toString()),
                    reviews.value(2).toString())});
    }
    QSqlQuery drills = execQuery(m_db,
        QStringLiteral("SELECT a.id, a.text, a.due_on, d.scheduled_on, d.scenario, d.scenario_text "
                       "FROM drill_action a JOIN drill d ON d.id = a.drill_id "
                       "WHERE a.due_on < ? AND a.status IN ('open', 'in_progress') ORDER BY a.due_on, a.id"),
        {day});
    while (drills.next()) {
        out.append(
            {Kind::DrillActionOverdue, Section::Drills, QStringLiteral("drill_action"), drills.value(0).toLongLong(),
                tr("Action \"%1\" of the drill \"%2\" (%3) was due on %4.")
                    .arg(brief(drills.value(1).toString()),
                        drillName(drills.value(4).toString(), drills.value(5).toString()), dateOrNone(drills.value(3)),
                        drills.value(2).toString())});
    }
}

void Readiness::drills(QDate today, QList<ReadinessFinding> &out) const
{
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, scheduled_on, scenario, scenario_text FROM drill "
                       "WHERE scheduled_on < ? AND result IS NULL ORDER BY scheduled_on, id"),
        {today.toString(Qt::ISODate)});
    while (q.next()) {
        out.append({Kind::DrillWithoutResult, Section::Drills, QStringLiteral("drill"), q.value(0).toLongLong(),
            tr("The drill \"%1\" of %2 has no recorded result.")
                .arg(drillName(q.value(2).toString(), q.value(3).toString()), q.value(1).toString())});
    }
}

} // namespace fallback
