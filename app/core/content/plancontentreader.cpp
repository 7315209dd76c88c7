// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/plancontentreader.h"

#include "storage/schema.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace fallback {

using namespace content;

namespace {
const QString PhaseOrder
    = QStringLiteral("CASE phase WHEN 'before' THEN 0 WHEN 'during' THEN 1 WHEN 'after' THEN 2 ELSE 3 END");

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}
} // namespace

PlanContentReader::PlanContentReader(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Header PlanContentReader::header() const
{
    Header header;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral(
            "SELECT title, organisation, version, classification, effective_date, purpose, scope_note, "
            "interpretation, precedence, supplementary, band_medium_from, band_high_from, "
            "band_critical_from, language, time_zone, uid, warning_terms, aftermath FROM plan WHERE id = 1"));
    if (q.next()) {
        header = {text(q, 0), text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6), text(q, 7),
            text(q, 8), text(q, 9), q.value(10).toInt(), q.value(11).toInt(), q.value(12).toInt(), text(q, 13),
            text(q, 14), text(q, 15), text(q, 16), text(q, 17)};
    }
    return header;
}

QTimeZone PlanContentReader::timeZone() const
{
    const QTimeZone zone(queryValue(m_db, QStringLiteral("SELECT time_zone FROM plan WHERE id = 1")).toByteArray());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QList<ScopeSystem> PlanContentReader::scopeSystems() const
{
    QList<ScopeSystem> result;
    QSqlQuery q = execQuery(
        m_db, QStringLiteral("SELECT name, type, owner, criticality, note FROM scope_system ORDER BY position, id"));
    while (q.next()) {
        result.append({text(q, 0), text(q, 1), text(q, 2), text(q, 3), text(q, 4)});
    }
    return result;
}

QList<Reference> PlanContentReader::references() const
{
    QList<Reference> result;
    QSqlQuery q = execQuery(m_db, QStringLiteral("SELECT title, kind, note FROM reference ORDER BY position, id"));
    while (q.next()) {
        result.append({text(q, 0), text(q, 1), text(q, 2)});
    }
    return result;
}

QList<Member> PlanContentReader::members() const
{
    QList<Member> result;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT m.id, m.name, m.department, m.job_title, m.phone_office, m.phone_mobile, m.email, "
                       "m.verified_on, m.note, b.name, b.phone_mobile, m.uid, m.family_name, m.given_name, b.uid "
                       "FROM member m LEFT JOIN member b ON b.id = m.backup_member_id ORDER BY m.name, m.id"));
    while (q.next()) {
        result.append({q.value(0).toLongLong(), text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6),
            text(q, 7), text(q, 8), text(q, 9), text(q, 10), text(q, 11), text(q, 12), text(q, 13), text(q, 14)});
    }
    return result;
}

QList<Group> PlanContentReader::groups() const
{
    QHash<qint64, Member> memberById;
    for (const Member &member : members()) {
        memberById.insert(member.id, member);
    }
    QList<Group> all;
    QSqlQuery q
        = execQuery(m_db, QStringLiteral("SELECT id, parent_id, name, duty FROM org_group ORDER BY position, id"));
    while (q.next()) {
        Group group;
        group.id = q.value(0).toLongLong();
        group.parentId = q.value(1).toLongLong();
        group.name = text(q, 2);
        group.duty = text(q, 3);
        all.append(group);
    }
    QHash<qint64, QList<GroupMembership>> membersOf;
    QSqlQuery m = execQuery(m_db,
        QStringLiteral("SELECT group_id, member_id, role, escalation_order FROM group_member "
                       "ORDER BY group_id, escalation_order, CASE role WHEN 'lead' THEN 0 WHEN 'deputy' THEN 1 "
                       "ELSE 2 END, member_id"));
    while (m.next()) {
        membersOf[m.value(0).toLongLong()].append(
            {memberById.value(m.value(1).toLongLong()), text(m, 2), m.value(3).toInt()});
    }
    // Depth-first from the top-level groups; a broken parent link puts a
    // group at the top rather than losing it.
    QList<Group> ordered;
    QSet<qint64> placed;
    std::function<void(qint64, int)> visit = [&](qint64 parent, int depth) {
        for (const Group &group : std::as_const(all)) {
            if (group.parentId == parent && !placed.contains(group.id) && depth < 32) {
                Group copy = group;
                copy.depth = depth;
                copy.members = membersOf.value(group.id);
                placed.insert(group.id);
                ordered.append(copy);
                visit(group.id, depth + 1);
            }
        }
    };
    visit(0, 0);
    for (const Group &group : std::as_const(all)) {
        if (!placed.contains(group.id)) {
            Group copy = group;
            copy.members = membersOf.value(group.id);
            ordered.append(copy);
        }
    }
    return ordered;
}

QList<WarningLevel> PlanContentReader::warningLevels() const
{
    QList<WarningLevel> result;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, rank, name, colour, criteria, notified, activated_by, response_minutes, "
                       "update_minutes FROM warning_level ORDER BY rank"));
    while (q.next()) {
        WarningLevel level {q.value(1).toInt(), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6),
            optionalInt(q.value(7)), {}, optionalInt(q.value(8))};
        QSqlQuery g = execQuery(m_db,
            QStringLiteral("SELECT g.name FROM warning_level_group l JOIN org_group g ON g.id = l.group_id "
                           "WHERE l.warning_level_id = ? ORDER BY g.position, g.id"),
            {q.value(0)});
        while (g.next()) {
            level.notifiedGroups << text(g, 0);
        }
        result.append(level);
    }
    return result;
}

QList<Audience> PlanContentReader::audiences() const
{
    QList<Audience> result;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT a.id, a.name, g.name, a.note, a.update_minutes, "
                       "(SELECT m.name || ? || CASE WHEN m.phone_mobile <> '' THEN m.phone_mobile "
                       "ELSE m.phone_office END FROM group_member gm JOIN member m ON m.id = gm.member_id "
                       "WHERE gm.group_id = a.sender_group_id ORDER BY CASE gm.role WHEN 'lead' THEN 0 "
                       "WHEN 'deputy' THEN 1 ELSE 2 END, gm.escalation_order, gm.id LIMIT 1) "
                       "FROM audience a LEFT JOIN org_group g ON g.id = a.sender_group_id ORDER BY a.position, a.id"),
        {QString(QChar(31))});
    while (q.next()) {
        Audience audience;
        audience.id = q.value(0).toLongLong();
        audience.name = text(q, 1);
        audience.senderGroup = text(q, 2);
        audience.note = text(q, 3);
        audience.updateMinutes = optionalInt(q.value(4));
        const QStringList contact = text(q, 5).split(QChar(31));
        audience.contactName = contact.value(0);
        audience.contactPhone = contact.value(1);
        QSqlQuery c = execQuery(m_db,
            QStringLiteral("SELECT channel, address, note FROM audience_channel WHERE audience_id = ? "
                           "ORDER BY position, id"),
            {audience.id});
        while (c.next()) {
            audience.channels.append({text(c, 0), text(c, 1), text(c, 2)});
        }
        result.append(audience);
    }
    return result;
}

QList<RoleCard> PlanContentReader::roleCards() const
{
    const QString phone
        = QStringLiteral("CASE WHEN %1.phone_mobile <> '' THEN %1.phone_mobile ELSE %1.phone_office END");
    QList<RoleCard> result;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT c.id, c.name, g.name, c.holder_role, c.duties, c.steps_before, c.steps_during, "
                       "c.steps_after, c.steps_recovery, c.decisions, c.group_id FROM role_card c "
                       "LEFT JOIN org_group g ON g.id = c.group_id ORDER BY c.position, c.id"));
    while (q.next()) {
        RoleCard card {text(q, 1), text(q, 2), text(q, 3), {}, text(q, 4), text(q, 5), text(q, 6), text(q, 7),
            text(q, 8), text(q, 9), {}};
        QSqlQuery holders = execQuery(m_db,
            QStringLiteral("SELECT m.name, %1 FROM group_member gm JOIN member m ON m.id = gm.member_id "
                           "WHERE gm.group_id = ? AND gm.role = ? ORDER BY gm.escalation_order, gm.id")
                .arg(phone.arg(QStringLiteral("m"))),
            {q.value(10), q.value(3)});
        while (holders.next()) {
            card.holders << QStringList {text(holders, 0), text(holders, 1)}.join(QLatin1Char(' ')).trimmed();
        }
        QSqlQuery contacts = execQuery(m_db,
            QStringLiteral("SELECT m.name, %1, b.name, %2, r.reason FROM role_card_contact r "
                           "JOIN member m ON m.id = r.member_id LEFT JOIN member b ON b.id = m.backup_member_id "
                           "WHERE r.role_card_id = ? ORDER BY r.position, r.id")
                .arg(phone.arg(QStringLiteral("m")), phone.arg(QStringLiteral("b"))),
            {q.value(0)});
        while (contacts.next()) {
            card.contacts.append(
                {text(contacts, 0), text(contacts, 1), text(contacts, 2), text(contacts, 3), text(contacts, 4)});
        }
        result.append(card);
    }
    return result;
}

QList<Risk> PlanContentReader::risks() const
{
    QList<Risk> result;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT r.id, c.name, r.description, r.cause, r.prevention, r.contingency, g.name, r.status, "
                       "r.likelihood, r.impact FROM risk r LEFT JOIN risk_category c ON c.id = r.category_id "
                       "LEFT JOIN org_group g ON g.id = r.owner_group_id "
                       "ORDER BY r.likelihood * r.impact DESC, r.id"));
    while (q.next()) {
        result.append({q.value(0).toLongLong(), text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6),
            text(q, 7), q.value(8).toInt(), q.value(9).toInt()});
    }
    return result;
}

QList<Measure> PlanContentReader::measures() const
{
    QList<Measure> result;
    QSqlQuery q = execQuery(m_db, QStringLiteral("SELECT type, title, body FROM measure ORDER BY position, id"));
    while (q.next()) {
        result.append({text(q, 0), text(q, 1), text(q, 2)});
    }
    return result;
}

QList<Resource> PlanContentReader::resources() const
{
    QList<Resource> result;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT type, name, unit, location, owner, last_checked, note, quantity, ready "
                       "FROM resource ORDER BY type, name, id"));
    while (q.next()) {
        result.append({text(q, 0), text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6),
            q.value(7).toDouble(), q.value(8).toInt() != 0});
    }
    return result;
}

QList<ChecklistItem> PlanContentReader::checklistItems(
    const QString &table, const QString &ownerColumn, qint64 owner) const
{
    QList<ChecklistItem> result;
    if (!schema::tableNames().contains(table)) {
        return result;
    }
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, phase, text, responsible, position, offset_minutes, duration_minutes FROM %1 "
                       "WHERE %2 = ? ORDER BY %3, position, id")
            .arg(quotedIdentifier(table), quotedIdentifier(ownerColumn), PhaseOrder),
        {owner});
    while (q.next()) {
        result.append({q.value(0).toLongLong(), text(q, 1), text(q, 2), text(q, 3), q.value(4).toInt(),
            optionalInt(q.value(5)), optionalInt(q.value(6))});
    }
    return result;
}

QList<ChecklistTemplate> PlanContentReader::checklistTemplates() const
{
    QList<ChecklistTemplate> result;
    QSqlQuery q = execQuery(m_db, QStringLiteral("SELECT id, name, description FROM checklist_template ORDER BY id"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        result.append({id, text(q, 1), text(q, 2),
            checklistItems(QStringLiteral("checklist_template_item"), QStringLiteral("template_id"), id)});
    }
    return result;
}

std::optional<Upgrade> PlanContentReader::upgrade(qint64 id) const
{
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, name, version_from, version_to, window_start, window_end, impact, notify, "
                       "rollback_plan, go_criteria, status, uid FROM upgrade WHERE id = ?"),
        {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Upgrade upgrade {id, text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6), text(q, 7), text(q, 8),
        text(q, 9), text(q, 10), {}, {}, text(q, 11)};
    QSqlQuery s = execQuery(m_db,
        QStringLiteral("SELECT s.name FROM upgrade_system u JOIN scope_system s ON s.id = u.system_id "
                       "WHERE u.upgrade_id = ? ORDER BY s.position, s.id"),
        {id});
    while (s.next()) {
        upgrade.systems << text(s, 0);
    }
    upgrade.items = checklistItems(QStringLiteral("upgrade_item"), QStringLiteral("upgrade_id"), id);
    return upgrade;
}

QList<Upgrade> PlanContentReader::upgrades() const
{
    QList<Upgrade> result;
    QSqlQuery q = execQuery(m_db, QStringLiteral("SELECT id FROM upgrade ORDER BY window_start, id"));
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    for (qint64 id : std::as_const(ids)) {
        if (auto upgrade = this->upgrade(id)) {
            result.append(*upgrade);
        }
    }
    return result;
}

Run PlanContentReader::run(qint64 id) const
{
    Run run;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT r.id, r.kind, r.started_at, r.ended_at, r.status, l.name FROM run r "
                       "LEFT JOIN warning_level l ON l.id = r.warning_level_id WHERE r.id = ?"),
        {id});
    if (!q.next()) {
        return run;
    }
    run = {id, text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), {}, {}, {}};
    QSqlQuery items = execQuery(m_db,
        QStringLiteral("SELECT r.phase, r.text, r.responsible, r.status, r.ticked_at, r.ticked_by, r.note, r.position, "
                       "u.offset_minutes, u.duration_minutes FROM run_item r "
                       "LEFT JOIN upgrade_item u ON u.id = r.upgrade_item_id WHERE r.run_id = ? "
                       "ORDER BY CASE r.phase WHEN 'before' THEN 0 WHEN 'during' THEN 1 WHEN 'after' THEN 2 "
                       "ELSE 3 END, r.position, r.id"),
        {id});
    while (items.next()) {
        run.items.append(
            {text(items, 0), text(items, 1), text(items, 2), text(items, 3), text(items, 4), text(items, 5),
                text(items, 6), items.value(7).toInt(), optionalInt(items.value(8)), optionalInt(items.value(9))});
    }
    QSqlQuery events = execQuery(m_db,
        QStringLiteral("SELECT e.at, e.kind, e.decision, e.text, e.reason, e.actor, l.name FROM run_event e "
                       "LEFT JOIN warning_level l ON l.id = e.warning_level_id WHERE e.run_id = ? "
                       "ORDER BY e.at, e.id"),
        {id});
    while (events.next()) {
        run.events.append({text(events, 0), text(events, 1), text(events, 2), text(events, 3), text(events, 4),
            text(events, 5), text(events, 6)});
    }
    QSqlQuery milestones = execQuery(m_db,
        QStringLiteral("SELECT kind, at, original_at, edited_by FROM run_milestone WHERE run_id = ? "
                       "ORDER BY CASE kind WHEN 'occurred' THEN 0 WHEN 'detected' THEN 1 WHEN 'reported' THEN 2 "
                       "WHEN 'stopped' THEN 3 WHEN 'restored' THEN 4 ELSE 5 END"),
        {id});
    while (milestones.next()) {
        run.milestones.append({text(milestones, 0), text(milestones, 1), text(milestones, 2), text(milestones, 3)});
    }
    return run;
}

QList<Action> PlanContentReader::actions(const QString &table, const QString &ownerColumn, qint64 owner) const
{
    QList<Action> result;
    if (!schema::tableNames().contains(table)) {
        return result;
    }
    const bool hasVerifier = table == QLatin1String("review_action");
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT a.text, a.owner, a.due_on, a.status, %1, r.version FROM %2 a "
                       "LEFT JOIN revision r ON r.id = a.revision_id WHERE a.%3 = ? ORDER BY a.position, a.id")
            .arg(hasVerifier ? QStringLiteral("a.verified_by") : QStringLiteral("''"), quotedIdentifier(table),
                quotedIdentifier(ownerColumn)),
        {owner});
    while (q.next()) {
        result.append({text(q, 0), text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5)});
    }
    return result;
}

std::optional<Review> PlanContentReader::review(qint64 id) const
{
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, title, status, summary, impact_users, impact_systems, root_cause, "
                       "contributing_factors, went_well, went_badly, lessons, commendations, reviewer, reviewed_on, "
                       "approver, approved_on, impact_minutes, run_id FROM review WHERE id = ?"),
        {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Review review {id, text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6), text(q, 7), text(q, 8),
        text(q, 9), text(q, 10), text(q, 11), text(q, 12), text(q, 13), text(q, 14), text(q, 15),
        optionalInt(q.value(16)), std::nullopt, std::nullopt, {}};
    if (!q.value(17).isNull()) {
        review.run = run(q.value(17).toLongLong());
        const QVariant upgradeId
            = queryValue(m_db, QStringLiteral("SELECT upgrade_id FROM run WHERE id = ?"), {q.value(17)});
        if (upgradeId.isValid()) {
            review.upgrade = upgrade(upgradeId.toLongLong());
        }
    }
    review.actions = actions(QStringLiteral("review_action"), QStringLiteral("review_id"), id);
    return review;
}

QList<QPair<qint64, QString>> PlanContentReader::reviewTitles() const
{
    QList<QPair<qint64, QString>> result;
    QSqlQuery q = execQuery(m_db, QStringLiteral("SELECT id, title FROM review ORDER BY id DESC"));
    while (q.next()) {
        result.append({q.value(0).toLongLong(), text(q, 1)});
    }
    return result;
}

QList<QPair<qint64, QString>> PlanContentReader::upgradeNames() const
{
    QList<QPair<qint64, QString>> result;
    QSqlQuery q = execQuery(m_db, QStringLiteral("SELECT id, name FROM upgrade ORDER BY window_start DESC, id DESC"));
    while (q.next()) {
        result.append({q.value(0).toLongLong(), text(q, 1)});
    }
    return result;
}

std::optional<Drill> PlanContentReader::drill(qint64 id) const
{
    QSqlQuery q = execQuery(m_db,
        QStringLiteral("SELECT id, scheduled_on, scenario, scenario_text, participants, result, findings, uid "
                       "FROM drill WHERE id = ?"),
        {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Drill drill {id, text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6), {}, {}, text(q, 7)};
    drill.actions = actions(QStringLiteral("drill_action"), QStringLiteral("drill_id"), id);
    QSqlQuery runs
        = execQuery(m_db, QStringLiteral("SELECT id FROM run WHERE drill_id = ? ORDER BY started_at, id"), {id});
    QList<qint64> runIds;
    while (runs.next()) {
        runIds << runs.value(0).toLongLong();
    }
    for (qint64 runId : std::as_const(runIds)) {
        drill.rehearsals.append(run(runId));
    }
    return drill;
}

QList<Drill> PlanContentReader::drills() const
{
    QList<Drill> result;
    QSqlQuery q = execQuery(m_db, QStringLiteral("SELECT id FROM drill ORDER BY scheduled_on, id"));
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    for (qint64 id : std::as_const(ids)) {
        if (auto drill = this->drill(id)) {
            result.append(*drill);
        }
    }
    return result;
}

QList<Revision> PlanContentReader::revisions() const
{
    QList<Revision> result;
    QSqlQuery q = execQuery(m_db,
        QStringLiteral(
            "SELECT version, published_on, author, summary, approver FROM revision ORDER BY published_on, id"));
    while (q.next()) {
        result.append({text(q, 0), text(q, 1), text(q, 2), text(q, 3), text(q, 4)});
    }
    return result;
}

std::optional<qint64> PlanContentReader::latestId(const QString &table) const
{
    if (!schema::tableNames().contains(table)) {
        return std::nullopt;
    }
    const QVariant id = queryValue(m_db, QStringLiteral("SELECT MAX(id) FROM %1").arg(quotedIdentifier(table)));
    return id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

} // namespace fallback
