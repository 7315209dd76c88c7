// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duty/dutyroster.h"

#include "document/textcatalogue.h"
#include "storage/sqlquery.h"
#include "upgrade/upgrademodel.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace fallback {

namespace {
QDateTime timeOf(const QVariant &stored)
{
    return UpgradeModel::windowTime(stored);
}

struct Span
{
    QDateTime from, until;
};

/// \a spans merged where they touch or overlap, in time order.
QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    QList<Span> result;
    for (const Span &span : spans) {
        if (!result.isEmpty() && span.from <= result.last().until) {
            result.last().until = qMax(result.last().until, span.until);
        } else {
            result.append(span);
        }
    }
    return result;
}
} // namespace

DutyRoster::DutyRoster(QSqlDatabase db, qint64 upgradeId)
{
    QSqlQuery plan = execQuery(db, QStringLiteral("SELECT time_zone, duty_max_hours FROM plan WHERE id = 1"));
    if (plan.next()) {
        m_zoneId = plan.value(0).toString();
        m_maxHours = plan.value(1).toInt();
    }
    QSqlQuery upgrade
        = execQuery(db, QStringLiteral("SELECT name, window_start, window_end FROM upgrade WHERE id = ?"), {upgradeId});
    if (upgrade.next()) {
        m_upgradeName = upgrade.value(0).toString();
        m_windowStart = timeOf(upgrade.value(1));
        m_windowEnd = timeOf(upgrade.value(2));
    }
    QSqlQuery shifts = execQuery(db,
        QStringLiteral(
            "SELECT s.id, s.group_id, g.name, s.starts_at, s.ends_at, s.member_id, m.name, "
            "CASE WHEN m.phone_mobile <> '' THEN m.phone_mobile ELSE m.phone_office END, "
            "s.backup_member_id, b.name, CASE WHEN b.phone_mobile <> '' THEN b.phone_mobile "
            "ELSE b.phone_office END, s.note, s.uid FROM duty_shift s LEFT JOIN org_group g ON g.id = s.group_id "
            "LEFT JOIN member m ON m.id = s.member_id LEFT JOIN member b ON b.id = s.backup_member_id "
            "WHERE s.upgrade_id = ? ORDER BY g.position IS NULL, g.position, g.id, s.starts_at, s.id"),
        {upgradeId});
    while (shifts.next()) {
        DutyShift shift;
        shift.id = shifts.value(0).toLongLong();
        shift.groupId = shifts.value(1).toLongLong();
        shift.group = shifts.value(2).toString();
        shift.starts = timeOf(shifts.value(3));
        shift.ends = timeOf(shifts.value(4));
        shift.memberId = shifts.value(5).toLongLong();
        shift.member = shifts.value(6).toString();
        shift.memberPhone = shifts.value(7).toString();
        shift.backupId = shifts.value(8).toLongLong();
        shift.backup = shifts.value(9).toString();
        shift.backupPhone = shifts.value(10).toString();
        shift.note = shifts.value(11).toString();
        shift.uid = shifts.value(12).toString();
        m_shifts.append(shift);
    }
}

void DutyRoster::setLanguage(const QString &language)
{
    m_words = std::make_shared<TextCatalogue>(language);
}

QString DutyRoster::word(const char *source, int n) const
{
    return m_words ? m_words->translate("fallback::DutyRoster", source, n) : tr(source, nullptr, n);
}

QString DutyRoster::groupName(const DutyShift &shift) const
{
    return shift.group.isEmpty() ? word(QT_TR_NOOP("a shift without a group")) : shift.group;
}

QString DutyRoster::clock(const QDateTime &moment) const
{
    const QTimeZone zone(m_zoneId.toUtf8());
    return moment.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QList<DutyShift> DutyRoster::onDutyAt(const QDateTime &moment) const
{
    QList<DutyShift> result;
    for (const DutyShift &shift : m_shifts) {
        if (shift.starts.isValid() && shift.ends.isValid() && shift.starts <= moment && moment < shift.ends) {
            result.append(shift);
        }
    }
    return result;
}

QList<DutyProblem> DutyRoster::problems() const
{
    using Kind = DutyProblem::Kind;
    QList<DutyProblem> result;
    QList<DutyShift> timed;
    for (const DutyShift &shift : m_shifts) {
        if (shift.memberId == 0 || !shift.starts.isValid() || !shift.ends.isValid() || shift.ends <= shift.starts) {
            result.append({Kind::Incomplete, shift.id,
                word(QT_TR_NOOP("A shift of %1 has no one on duty or no start and end.")).arg(groupName(shift))});
        } else {
            timed.append(shift);
        }
    }

    // Gaps: per group on the roster, the window less its shifts.
    QList<qint64> groups;
    for (const DutyShift &shift : std::as_const(timed)) {
        if (!groups.contains(shift.groupId)) {
            groups.append(shift.groupId);
        }
    }
    for (const qint64 group : std::as_const(groups)) {
        QList<Span> spans;
        QString name;
        qint64 firstShift = 0;
        for (const DutyShift &shift : std::as_const(timed)) {
            if (shift.groupId == group) {
                spans.append({shift.starts, shift.ends});
                name = groupName(shift);
                firstShift = firstShift == 0 ? shift.id : firstShift;
            }
        }
        const QList<Span> covered = merged(spans);
        QDateTime from = m_windowStart.isValid() ? m_windowStart : covered.first().from;
        const QDateTime until = m_windowEnd.isValid() ? m_windowEnd : covered.last().until;
        for (const Span &span : covered) {
            if (span.from > from && from < until) {
                result.append({Kind::Gap, firstShift,
                    word(QT_TR_NOOP("%1 has nobody on duty from %2 to %3."))
                        .arg(name, clock(from), clock(qMin(span.from, until)))});
            }
            from = qMax(from, span.until);
        }
        if (from < until) {
            result.append({Kind::Gap, firstShift,
                word(QT_TR_NOOP("%1 has nobody on duty from %2 to %3.")).arg(name, clock(from), clock(until))});
        }
    }

    // People: on two shifts at once, or too long at a stretch.
    QHash<qint64, QList<DutyShift>> byPerson;
    QHash<qint64, QString> names;
    for (const DutyShift &shift : std::as_const(timed)) {
        byPerson[shift.memberId].append(shift);
        names.insert(shift.memberId, shift.member);
        if (shift.backupId != 0 && shift.backupId != shift.memberId) {
            byPerson[shift.backupId].append(shift);
            names.insert(shift.backupId, shift.backup);
        }
    }
    QList<qint64> people = byPerson.keys();
    std::sort(people.begin(), people.end());
    for (const qint64 person : std::as_const(people)) {
        QList<DutyShift> theirs = byPerson.value(person);
        std::sort(
            theirs.begin(), theirs.end(), [](const DutyShift &a, const DutyShift &b) { return a.starts < b.starts; });
        // Every pair: a long shift can overlap several later ones.
        for (qsizetype i = 0; i < theirs.size(); ++i) {
            for (qsizetype j = i + 1; j < theirs.size() && theirs.at(j).starts < theirs.at(i).ends; ++j) {
                const DutyShift &earlier = theirs.at(i);
                const DutyShift &later = theirs.at(j);
                result.append({Kind::DoubleBooked, later.id,
                    word(QT_TR_NOOP("%1 is on two shifts at once: %2 and %3 from %4."))
                        .arg(names.value(person), groupName(earlier), groupName(later), clock(later.starts))});
            }
        }
        // On duty proper (not as backup), back to back, counts as one stretch.
        QList<Span> onDuty;
        for (const DutyShift &shift : std::as_const(theirs)) {
            if (shift.memberId == person) {
                onDuty.append({shift.starts, shift.ends});
            }
        }
        for (const Span &stretch : merged(onDuty)) {
            const double hours = stretch.from.secsTo(stretch.until) / 3600.0;
            if (hours > m_maxHours) {
                qint64 shiftId = 0;
                for (const DutyShift &shift : std::as_const(theirs)) {
                    if (shift.memberId == person && shift.starts >= stretch.from && shiftId == 0) {
                        shiftId = shift.id;
                    }
                }
                result.append({Kind::TooLong, shiftId,
                    word(QT_TR_NOOP("%1 is on duty for %2 hours at a stretch from %3; the plan allows %n."), m_maxHours)
                        .arg(names.value(person), QString::number(hours, 'g', 3), clock(stretch.from))});
            }
        }
    }
    return result;
}

} // namespace fallback
