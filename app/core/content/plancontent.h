// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fallback::content {

// Plain read-only views of a plan, as reports and overviews need them. Stored
// value-list entries (a phase, a status) stay as stored; Vocabulary labels them.

struct Header
{
    QString title, organisation, version, classification, effectiveDate;
    QString purpose, scopeNote, interpretation, precedence, supplementary;
    int bandMediumFrom = 5, bandHighFrom = 10, bandCriticalFrom = 17;
    QString language; ///< what the plan is written in: "zh_CN" or "en"
    QString timeZone; ///< an IANA id; times are stored in UTC and shown in this zone
    QString uid; ///< the plan's stable identifier
    QString warningTerms; ///< how a warning is issued, changed and lifted (预警发布、调整和解除)
    QString aftermath; ///< the review after an emergency, commendation and reward (事后总结、表彰和奖励)

    /// The band of a risk score under this plan's thresholds: "low", "medium",
    /// "high" or "critical" (the values of Vocabulary::Kind::Criticality).
    QString band(int score) const
    {
        if (score >= bandCriticalFrom) {
            return QStringLiteral("critical");
        }
        if (score >= bandHighFrom) {
            return QStringLiteral("high");
        }
        return score >= bandMediumFrom ? QStringLiteral("medium") : QStringLiteral("low");
    }
};

struct ScopeSystem
{
    QString name, type, owner, criticality, note;
};

struct Reference
{
    QString title, kind, note;
};

struct Member
{
    qint64 id = 0;
    QString name, department, jobTitle, phoneOffice, phoneMobile, email, verifiedOn, note;
    QString backupName, backupMobile;
    QString uid; ///< the stable identifier
    QString familyName, givenName; ///< only as imported or entered; never guessed from the name
    QString backupUid;
};

struct GroupMembership
{
    Member member;
    QString role;
    int escalationOrder = 0;
};

struct Group
{
    qint64 id = 0;
    qint64 parentId = 0;
    int depth = 0; ///< 0 for top-level groups
    QString name, duty;
    QList<GroupMembership> members; ///< in escalation order
};

struct WarningLevel
{
    int rank = 0;
    QString name, colour, criteria, notified, activatedBy;
    std::optional<int> responseMinutes;
    QStringList notifiedGroups;
    std::optional<int> updateMinutes; ///< how often status updates go out while it is declared
};

struct AudienceChannel
{
    QString channel, address, note;
};

/// An audience of the communications plan with who tells it and how.
struct Audience
{
    qint64 id = 0;
    QString name, senderGroup, note;
    QString contactName, contactPhone; ///< the sending group's lead, else its first member
    std::optional<int> updateMinutes; ///< its own interval; none: the warning level's
    QList<AudienceChannel> channels; ///< in the order they are tried: the first is the primary one
};

struct RoleCardContact
{
    QString name, phone, backup, backupPhone, reason;
};

/// The pocket card of a key post (应急处置卡).
struct RoleCard
{
    QString name, group, holderRole;
    QStringList holders; ///< "name phone" of the group's members in that role
    QString duties, stepsBefore, stepsDuring, stepsAfter, stepsRecovery, decisions;
    QList<RoleCardContact> contacts; ///< whom to call, in order
};

struct Risk
{
    qint64 id = 0;
    QString category, description, cause, prevention, contingency, ownerGroup, status;
    int likelihood = 0, impact = 0;
    int score() const { return likelihood * impact; }
};

struct Measure
{
    QString type, title, body;
};

struct Resource
{
    QString type, name, unit, location, owner, lastChecked, note;
    double quantity = 0;
    bool ready = false;
};

struct ChecklistItem
{
    qint64 id = 0;
    QString phase, text, responsible;
    int position = 0;
    std::optional<int> offsetMinutes, durationMinutes;
};

struct ChecklistTemplate
{
    qint64 id = 0;
    QString name, description;
    QList<ChecklistItem> items; ///< by phase, then position
};

struct Upgrade
{
    qint64 id = 0;
    QString name, versionFrom, versionTo, windowStart, windowEnd, impact, notify, rollbackPlan, goCriteria, status;
    QStringList systems;
    QList<ChecklistItem> items;
    QString uid; ///< the stable identifier
};

struct RunItem
{
    QString phase, text, responsible, status, tickedAt, tickedBy, note;
    int position = 0;
    std::optional<int> plannedOffsetMinutes, plannedDurationMinutes;
};

struct RunEvent
{
    QString at, kind, decision, text, reason, actor, levelName;
};

struct Milestone
{
    QString kind, at, originalAt, editedBy;
};

struct Run
{
    qint64 id = 0;
    QString kind, startedAt, endedAt, status, levelName;
    QList<RunItem> items;
    QList<RunEvent> events;
    QList<Milestone> milestones;
};

struct Action
{
    QString text, owner, dueOn, status, verifiedBy, revision;
};

struct Review
{
    qint64 id = 0;
    QString title, status, summary, impactUsers, impactSystems, rootCause, contributingFactors, wentWell, wentBadly,
        lessons, commendations, reviewer, reviewedOn, approver, approvedOn;
    std::optional<int> impactMinutes;
    std::optional<Upgrade> upgrade;
    std::optional<Run> run;
    QList<Action> actions;
};

struct Drill
{
    qint64 id = 0;
    QString scheduledOn, scenario, scenarioText, participants, result, findings;
    QList<Action> actions;
    QList<Run> rehearsals;
    QString uid; ///< the stable identifier
};

struct Revision
{
    QString version, publishedOn, author, summary, approver;
};

} // namespace fallback::content
