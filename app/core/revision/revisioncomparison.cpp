// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revision/revisioncomparison.h"

#include "document/vocabulary.h"
#include "revision/revisionpublisher.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
/// A record's stable identifier names it across copies; it is not content.
const QString UidColumn = QStringLiteral("uid");
const QString RevisionTable = QStringLiteral("revision");
const QString RevisionIdColumn = QStringLiteral("revision_id");
constexpr qsizetype LongestLabel = 80;

struct ColumnLabel
{
    const char *column;
    const char *label;
};

// Field names, in the order forms show them; the order of changed fields follows it.
const ColumnLabel ColumnLabels[] = {
    {"title", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Title")},
    {"name", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Name")},
    {"version", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Version")},
    {"organisation", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Organisation")},
    {"classification", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Classification")},
    {"language", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Language")},
    {"effective_date", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Effective date")},
    {"time_zone", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Time zone")},
    {"purpose", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Purpose")},
    {"scope_note", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Scope")},
    {"interpretation", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Interpretation")},
    {"precedence", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Precedence of law")},
    {"supplementary", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Supplementary provisions")},
    {"warning_terms", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Issuing and lifting warnings")},
    {"aftermath", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Review, commendation and reward")},
    {"band_medium_from", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Medium risk from score")},
    {"band_high_from", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "High risk from score")},
    {"band_critical_from", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Critical risk from score")},
    {"rank", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Rank")},
    {"parent_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Parent group")},
    {"group_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Group")},
    {"member_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Contact")},
    {"warning_level_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Warning level")},
    {"category_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Category")},
    {"template_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Checklist template")},
    {"upgrade_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Upgrade")},
    {"system_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "System")},
    {"drill_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Drill")},
    {"run_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Run")},
    {"review_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Review")},
    {"upgrade_item_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Checklist item")},
    {"run_item_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Run item")},
    {"type", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Type")},
    {"kind", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Kind")},
    {"phase", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Phase")},
    {"text", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Text")},
    {"description", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Description")},
    {"cause", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Cause")},
    {"likelihood", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Likelihood")},
    {"impact", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Impact")},
    {"prevention", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Preventive measure")},
    {"contingency", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Contingency")},
    {"owner_group_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Owner group")},
    {"duty", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Duty")},
    {"department", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Department")},
    {"job_title", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Job title")},
    {"phone_office", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Office phone")},
    {"phone_mobile", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Mobile phone")},
    {"email", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Email")},
    {"backup_member_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Backup")},
    {"verified_on", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Verified on")},
    {"role", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Role")},
    {"colour", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Colour")},
    {"criteria", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Criteria")},
    {"notified", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Who is notified")},
    {"activated_by", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Who activates the response")},
    {"response_minutes", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Response time (minutes)")},
    {"update_minutes", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Updates every (minutes)")},
    {"duty_max_hours", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Longest duty (hours)")},
    {"audience_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Audience")},
    {"sender_group_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Sent by")},
    {"channel", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Channel")},
    {"address", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Number or address")},
    {"occasion", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Occasion")},
    {"subject", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Subject")},
    {"role_card_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Role card")},
    {"holder_role", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Held by")},
    {"duties", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Duties")},
    {"steps_before", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "First steps before the upgrade")},
    {"steps_during", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "First steps during the upgrade")},
    {"steps_after", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "First steps after the upgrade")},
    {"steps_recovery", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "First steps in recovery")},
    {"decisions", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Decisions this role may take")},
    {"starts_at", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Starts")},
    {"ends_at", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Ends")},
    {"message", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Message")},
    {"body", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Text")},
    {"quantity", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Quantity")},
    {"unit", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Unit")},
    {"location", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Location")},
    {"owner", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Owner")},
    {"criticality", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Criticality")},
    {"ready", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Ready")},
    {"last_checked", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Last checked")},
    {"responsible", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Responsible")},
    {"offset_minutes", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Offset (minutes)")},
    {"duration_minutes", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Duration (minutes)")},
    {"version_from", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Version from")},
    {"version_to", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Version to")},
    {"window_start", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Window start")},
    {"window_end", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Window end")},
    {"notify", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Who is told in advance")},
    {"rollback_plan", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Rollback plan")},
    {"go_criteria", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Go criteria")},
    {"scheduled_on", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Scheduled on")},
    {"scenario", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Scenario")},
    {"scenario_text", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Scenario description")},
    {"participants", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Participants")},
    {"result", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Result")},
    {"findings", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Findings")},
    {"started_at", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Started")},
    {"ended_at", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Ended")},
    {"at", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Time")},
    {"original_at", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Time first recorded")},
    {"decision", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Decision")},
    {"reason", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Reason")},
    {"actor", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "By")},
    {"ticked_at", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Ticked at")},
    {"ticked_by", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Ticked by")},
    {"edited_by", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Edited by")},
    {"summary", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Summary")},
    {"impact_users", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Users affected")},
    {"impact_systems", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Systems affected")},
    {"impact_minutes", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Impact (minutes)")},
    {"root_cause", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Root cause")},
    {"contributing_factors", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Contributing factors")},
    {"went_well", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "What went well")},
    {"went_badly", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "What went badly")},
    {"lessons", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Lessons")},
    {"commendations", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Commendations")},
    {"reviewer", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Reviewer")},
    {"reviewed_on", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Reviewed on")},
    {"due_on", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Due on")},
    {"status", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Status")},
    {"verified_by", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Verified by")},
    {"approver", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Approver")},
    {"approved_on", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Approved on")},
    {"revision_id", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Addressed by revision")},
    {"note", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Note")},
    {"position", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Place")},
    {"escalation_order", QT_TRANSLATE_NOOP("fallback::RevisionComparison", "Place in the call order")},
};

int columnRank(const QString &column)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> result;
        int rank = 0;
        for (const ColumnLabel &entry : ColumnLabels) {
            result.insert(QLatin1String(entry.column), rank++);
        }
        return result;
    }();
    return ranks.value(column, int(std::size(ColumnLabels)));
}

/// The table that a reference column points to; empty for other columns.
QString referencedTable(const QString &column)
{
    static const QHash<QString, QString> targets = {
        {QStringLiteral("parent_id"), QStringLiteral("org_group")},
        {QStringLiteral("group_id"), QStringLiteral("org_group")},
        {QStringLiteral("owner_group_id"), QStringLiteral("org_group")},
        {QStringLiteral("member_id"), QStringLiteral("member")},
        {QStringLiteral("backup_member_id"), QStringLiteral("member")},
        {QStringLiteral("warning_level_id"), QStringLiteral("warning_level")},
        {QStringLiteral("category_id"), QStringLiteral("risk_category")},
        {QStringLiteral("template_id"), QStringLiteral("checklist_template")},
        {QStringLiteral("upgrade_id"), QStringLiteral("upgrade")},
        {QStringLiteral("system_id"), QStringLiteral("scope_system")},
        {QStringLiteral("drill_id"), QStringLiteral("drill")},
        {QStringLiteral("run_id"), QStringLiteral("run")},
        {QStringLiteral("review_id"), QStringLiteral("review")},
        {QStringLiteral("upgrade_item_id"), QStringLiteral("upgrade_item")},
        {QStringLiteral("run_item_id"), QStringLiteral("run_item")},
        {QStringLiteral("audience_id"), QStringLiteral("audience")},
        {QStringLiteral("sender_group_id"), QStringLiteral("org_group")},
        {QStringLiteral("role_card_id"), QStringLiteral("role_card")},
        {RevisionIdColumn, RevisionTable},
    };
    return targets.value(column);
}

std::optional<Vocabulary::Kind> vocabularyOf(const QString &table, const QString &column)
{
    using Kind = Vocabulary::Kind;
    if (column == QLatin1String("phase")) {
        return Kind::Phase;
    }
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("scope_system.type"), Kind::SystemType},
        {QStringLiteral("scope_system.criticality"), Kind::Criticality},
        {QStringLiteral("reference.kind"), Kind::ReferenceKind},
        {QStringLiteral("group_member.role"), Kind::MemberRole},
        {QStringLiteral("risk.status"), Kind::RiskStatus},
        {QStringLiteral("measure.type"), Kind::MeasureType},
        {QStringLiteral("resource.type"), Kind::ResourceType},
        {QStringLiteral("upgrade.status"), Kind::UpgradeStatus},
        {QStringLiteral("run.kind"), Kind::RunKind},
        {QStringLiteral("run.status"), Kind::RunStatus},
        {QStringLiteral("review.status"), Kind::ReviewStatus},
        {QStringLiteral("drill.scenario"), Kind::DrillScenario},
        {QStringLiteral("drill.result"), Kind::DrillResult},
        {QStringLiteral("review_action.status"), Kind::ActionStatus},
        {QStringLiteral("drill_action.status"), Kind::ActionStatus},
        {QStringLiteral("run_item.status"), Kind::ItemStatus},
        {QStringLiteral("run_event.kind"), Kind::RunEventKind},
        {QStringLiteral("run_event.channel"), Kind::Channel},
        {QStringLiteral("audience_channel.channel"), Kind::Channel},
        {QStringLiteral("message_template.channel"), Kind::MessageChannel},
        {QStringLiteral("message_template.occasion"), Kind::MessageOccasion},
        {QStringLiteral("message_template.language"), Kind::MessageLanguage},
        {QStringLiteral("role_card.holder_role"), Kind::MemberRole},
    };
    const auto found = kinds.constFind(table + QLatin1Char('.') + column);
    return found == kinds.constEnd() ? std::nullopt : std::optional<Kind>(*found);
}

/// The columns whose values make records siblings in one ordered list.
QStringList siblingColumns(const QString &table)
{
    static const QHash<QString, QStringList> scopes = {
        {QStringLiteral("org_group"), {QStringLiteral("parent_id")}},
        {QStringLiteral("group_member"), {QStringLiteral("group_id")}},
        {QStringLiteral("checklist_template_item"), {QStringLiteral("template_id"), QStringLiteral("phase")}},
        {QStringLiteral("upgrade_item"), {QStringLiteral("upgrade_id"), QStringLiteral("phase")}},
        {QStringLiteral("run_item"), {QStringLiteral("run_id"), QStringLiteral("phase")}},
        {QStringLiteral("review_action"), {QStringLiteral("review_id")}},
        {QStringLiteral("drill_action"), {QStringLiteral("drill_id")}},
        {QStringLiteral("audience_channel"), {QStringLiteral("audience_id")}},
        {QStringLiteral("role_card_contact"), {QStringLiteral("role_card_id")}},
    };
    return scopes.value(table);
}

QString singleLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > LongestLabel) {
        line = line.left(LongestLabel - 1) + QChar(0x2026);
    }
    return line;
}

/// The records of one table of a copy of the plan, findable by key.
struct Table
{
    QList<QJsonObject> rows;
    QHash<QString, qsizetype> rowOfKey;
};

/// Records are matched by id; a record without one (a link table of an old
/// schema) only matches a record with the very same values.
QString keyOf(const QJsonObject &row)
{
    const QJsonValue id = row.value(IdColumn);
    if (id.isDouble()) {
        return QString::number(id.toInteger());
    }
    return QLatin1Char('=') + QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

struct Snapshot
{
    QHash<QString, Table> tables;

    const QJsonObject *record(const QString &table, const QJsonValue &id) const
    {
        const auto found = tables.constFind(table);
        if (found == tables.constEnd() || !id.isDouble()) {
            return nullptr;
        }
        const auto row = found->rowOfKey.constFind(QString::number(id.toInteger()));
        return row == found->rowOfKey.constEnd() ? nullptr : &found->rows.at(*row);
    }
};

/// Reads a copy of the plan; false with the reason in \a reason.
bool readSnapshot(const QByteArray &json, Snapshot *snapshot, QString *reason)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = RevisionComparison::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("fallback-plan")
        || !root.value(QStringLiteral("tables")).isObject()) {
        *reason = RevisionComparison::tr("it is not a copy of a Fallback plan");
        return false;
    }
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (it.key() == RevisionTable) {
            continue; // the plan as it is now still has its revisions; copies have none
        }
        if (!it.value().isArray()) {
            *reason = RevisionComparison::tr("its section \"%1\" is not a list of records").arg(it.key());
            return false;
        }
        Table table;
        const QJsonArray rows = it.value().toArray();
        table.rows.reserve(rows.size());
        for (const QJsonValue &row : rows) {
            if (!row.isObject()) {
                *reason = RevisionComparison::tr("a record of its section \"%1\" is not an object").arg(it.key());
                return false;
            }
            table.rowOfKey.insert(keyOf(row.toObject()), table.rows.size());
            table.rows.append(row.toObject());
        }
        snapshot->tables.insert(it.key(), table);
    }
    return true;
}

/// The column that holds a table's stored order, if it has one.
QString orderColumnOf(const Table &table)
{
    for (const QString &candidate : {QStringLiteral("position"), QStringLiteral("escalation_order")}) {
        if (!table.rows.isEmpty() && table.rows.first().contains(candidate)) {
            return candidate;
        }
    }
    return {};
}

/// Indices into \a sequence of one longest strictly increasing subsequence.
QList<qsizetype> longestIncreasing(const QList<qsizetype> &sequence)
{
    QList<qsizetype> tails; // index into sequence of the smallest tail of each length
    QList<qsizetype> previous(sequence.size(), -1);
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        const auto place = std::lower_bound(tails.begin(), tails.end(), sequence.at(i),
            [&sequence](qsizetype tail, qsizetype value) { return sequence.at(tail) < value; });
        if (place != tails.begin()) {
            previous[i] = *(place - 1);
        }
        if (place == tails.end()) {
            tails.append(i);
        } else {
            *place = i;
        }
    }
    QList<qsizetype> result;
    for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i)) {
        result.prepend(i);
    }
    return result;
}

class Comparer
{
public:
    Comparer(const Snapshot &from, const Snapshot &to, const QHash<qint64, QString> &revisionVersions)
        : m_from(from)
        , m_to(to)
        , m_revisionVersions(revisionVersions)
    { }

    QList<SectionDifferences> run() const
    {
        QStringList tables = schema::tableNames();
        tables.removeAll(RevisionTable);
        // Tables of another schema version are compared too, after the known ones.
        QStringList others;
        for (const Snapshot *snapshot : {&m_from, &m_to}) {
            for (auto it = snapshot->tables.cbegin(); it != snapshot->tables.cend(); ++it) {
                if (!tables.contains(it.key()) && !others.contains(it.key())) {
                    others << it.key();
                }
            }
        }
        std::sort(others.begin(), others.end());
        tables += others;

        QList<SectionDifferences> sections;
        for (Section section : SectionNames::all()) {
            SectionDifferences differences;
            differences.section = section;
            QList<RecordDifference> byKind[4];
            for (const QString &table : std::as_const(tables)) {
                if (RevisionComparison::sectionOf(table) == section) {
                    compareTable(table, byKind);
                }
            }
            for (const QList<RecordDifference> &records : byKind) {
                differences.records += records;
            }
            if (!differences.records.isEmpty()) {
                sections.append(differences);
            }
        }
        return sections;
    }

private:
    using Places = QHash<QString, QPair<int, int>>;

    void compareTable(const QString &table, QList<RecordDifference> *byKind) const
    {
        const Table before = m_from.tables.value(table);
        const Table after = m_to.tables.value(table);
        const QString orderColumn = orderColumnOf(after.rows.isEmpty() ? before : after);
        const Places moved = movedRecords(table, before, after, orderColumn);
        for (const QJsonObject &row : before.rows) {
            if (!after.rowOfKey.contains(keyOf(row))) {
                byKind[int(RecordDifference::Kind::Removed)].append(
                    record(RecordDifference::Kind::Removed, table, row, m_from));
            }
        }
        for (const QJsonObject &row : after.rows) {
            const QString key = keyOf(row);
            const auto old = before.rowOfKey.constFind(key);
            if (old == before.rowOfKey.constEnd()) {
                byKind[int(RecordDifference::Kind::Added)].append(
                    record(RecordDifference::Kind::Added, table, row, m_to));
                continue;
            }
            RecordDifference difference = record(RecordDifference::Kind::Changed, table, row, m_to);
            difference.fields = changedFields(table, before.rows.at(*old), row, orderColumn);
            if (const auto place = moved.constFind(key); place != moved.constEnd()) {
                const bool onlyMoved = difference.fields.isEmpty();
                difference.fields.append({orderColumn, RevisionComparison::fieldName(table, orderColumn),
                    QString::number(place->first), QString::number(place->second)});
                if (onlyMoved) {
                    difference.kind = RecordDifference::Kind::Moved;
                }
            }
            if (!difference.fields.isEmpty()) {
                byKind[int(difference.kind)].append(difference);
            }
        }
    }

    RecordDifference record(
        RecordDifference::Kind kind, const QString &table, const QJsonObject &row, const Snapshot &snapshot) const
    {
        RecordDifference difference;
        difference.kind = kind;
        difference.table = table;
        difference.id = row.value(IdColumn).toInteger();
        difference.type = RevisionComparison::recordType(table);
        difference.label = label(table, row, snapshot);
        return difference;
    }

    QList<FieldDifference> changedFields(
        const QString &table, const QJsonObject &before, const QJsonObject &after, const QString &orderColumn) const
    {
        // A column that only one copy has came with a later format of the
        // file (a copy of every row holds every column, null or not): the
        // older copy did not record it, so it is no difference.
        QStringList columns;
        for (const QString &column : before.keys()) {
            if (after.contains(column)) {
                columns << column;
            }
        }
        std::stable_sort(columns.begin(), columns.end(),
            [](const QString &a, const QString &b) { return columnRank(a) < columnRank(b); });
        QList<FieldDifference> fields;
        for (const QString &column : std::as_const(columns)) {
            // The id is what matched the records; a stored position is only
            // compared as a place among siblings (see movedRecords()).
            if (column == IdColumn || column == UidColumn || column == orderColumn) {
                continue;
            }
            const QJsonValue old = before.value(column);
            const QJsonValue now = after.value(column);
            if (old != now) {
                fields.append({column, RevisionComparison::fieldName(table, column), shown(table, column, old, m_from),
                    shown(table, column, now, m_to)});
            }
        }
        return fields;
    }

    /// The records present in both copies whose order among their siblings
    /// changed, with their places (from 1) before and after. Renumbering that
    /// keeps the order (an item inserted above) moves nothing.
    Places movedRecords(const QString &table, const Table &before, const Table &after, const QString &orderColumn) const
    {
        Places moved;
        if (orderColumn.isEmpty()) {
            return moved;
        }
        const QStringList scopeColumns = siblingColumns(table);
        const auto scopeOf = [&scopeColumns](const QJsonObject &row) {
            QJsonArray values;
            for (const QString &column : scopeColumns) {
                values.append(row.value(column));
            }
            return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
        };
        const auto siblingsOf = [&](const Table &source) {
            QHash<QString, QList<const QJsonObject *>> lists;
            for (const QJsonObject &row : source.rows) {
                lists[scopeOf(row)].append(&row);
            }
            for (QList<const QJsonObject *> &list : lists) {
                std::stable_sort(list.begin(), list.end(), [&orderColumn](const QJsonObject *a, const QJsonObject *b) {
                    const qint64 pa = a->value(orderColumn).toInteger();
                    const qint64 pb = b->value(orderColumn).toInteger();
                    return pa != pb ? pa < pb : a->value(IdColumn).toInteger() < b->value(IdColumn).toInteger();
                });
            }
            return lists;
        };
        const QHash<QString, QList<const QJsonObject *>> oldLists = siblingsOf(before);
        const QHash<QString, QList<const QJsonObject *>> newLists = siblingsOf(after);
        for (auto list = newLists.cbegin(); list != newLists.cend(); ++list) {
            const QList<const QJsonObject *> oldList = oldLists.value(list.key());
            // Where each record stood before, among the siblings it still has.
            QHash<QString, qsizetype> oldIndex;
            QHash<QString, int> oldPlace;
            for (qsizetype i = 0; i < oldList.size(); ++i) {
                const QString key = keyOf(*oldList.at(i));
                oldPlace.insert(key, int(i + 1));
                const auto now = after.rowOfKey.constFind(key);
                if (now != after.rowOfKey.constEnd() && scopeOf(after.rows.at(*now)) == list.key()) {
                    oldIndex.insert(key, oldIndex.size());
                }
            }
            QList<qsizetype> sequence;
            QStringList keys;
            QList<int> newPlaces;
            for (qsizetype i = 0; i < list->size(); ++i) {
                const QString key = keyOf(*list->at(i));
                if (oldIndex.contains(key)) {
                    sequence.append(oldIndex.value(key));
                    keys.append(key);
                    newPlaces.append(int(i + 1));
                }
            }
            QList<bool> stayed(sequence.size(), false);
            for (qsizetype i : longestIncreasing(sequence)) {
                stayed[i] = true;
            }
            for (qsizetype i = 0; i < sequence.size(); ++i) {
                if (!stayed.at(i)) {
                    moved.insert(keys.at(i), {oldPlace.value(keys.at(i)), newPlaces.at(i)});
                }
            }
        }
        return moved;
    }

    /// What a reader recognises a record by.
    QString label(const QString &table, const QJsonObject &row, const Snapshot &snapshot) const
    {
        const auto text = [&row](const char *column) { return row.value(QLatin1String(column)).toString(); };
        const auto referred = [&](const char *column, const QString &target) {
            return referenceLabel(target, row.value(QLatin1String(column)), snapshot);
        };
        QString result;
        if (table == QLatin1String("group_member")) {
            result = RevisionComparison::tr("%1 in %2")
                         .arg(referred("member_id", QStringLiteral("member")),
                             referred("group_id", QStringLiteral("org_group")));
        } else if (table == QLatin1String("warning_level_group")) {
            result = RevisionComparison::tr("%1 for %2")
                         .arg(referred("group_id", QStringLiteral("org_group")),
                             referred("warning_level_id", QStringLiteral("warning_level")));
        } else if (table == QLatin1String("upgrade_system")) {
            result = RevisionComparison::tr("%1 in %2")
                         .arg(referred("system_id", QStringLiteral("scope_system")),
                             referred("upgrade_id", QStringLiteral("upgrade")));
        } else if (table == QLatin1String("audience_channel")) {
            result = RevisionComparison::tr("%1 for %2")
                         .arg(Vocabulary::label(Vocabulary::Kind::Channel, text("channel")),
                             referred("audience_id", QStringLiteral("audience")));
        } else if (table == QLatin1String("message_template")) {
            const QString audience = referred("audience_id", QStringLiteral("audience"));
            result = RevisionComparison::tr("%1, %2, %3")
                         .arg(Vocabulary::label(Vocabulary::Kind::MessageOccasion, text("occasion")),
                             Vocabulary::label(Vocabulary::Kind::MessageChannel, text("channel")),
                             Vocabulary::label(Vocabulary::Kind::MessageLanguage, text("language")));
            if (!audience.isEmpty()) {
                result = RevisionComparison::tr("%1 for %2").arg(result, audience);
            }
        } else if (table == QLatin1String("role_card_contact")) {
            result = RevisionComparison::tr("%1 on %2")
                         .arg(referred("member_id", QStringLiteral("member")),
                             referred("role_card_id", QStringLiteral("role_card")));
        } else if (table == QLatin1String("duty_shift")) {
            result = RevisionComparison::tr("%1, %2 (%3)")
                         .arg(referred("group_id", QStringLiteral("org_group")),
                             referred("member_id", QStringLiteral("member")), text("starts_at"));
        } else if (table == QLatin1String("drill")) {
            QString scenario = singleLine(text("scenario_text"));
            if (scenario.isEmpty()) {
                scenario = Vocabulary::label(Vocabulary::Kind::DrillScenario, text("scenario"));
            }
            result = text("scheduled_on").isEmpty()
                ? scenario
                : RevisionComparison::tr("%1 (%2)").arg(scenario, text("scheduled_on"));
        } else if (table == QLatin1String("run")) {
            result = RevisionComparison::tr("%1: %2").arg(Vocabulary::label(Vocabulary::Kind::RunKind, text("kind")),
                referred("upgrade_id", QStringLiteral("upgrade")));
            if (!text("started_at").isEmpty()) {
                result = RevisionComparison::tr("%1 (%2)").arg(result, text("started_at"));
            }
        } else {
            for (const char *column : {"name", "title", "text", "description", "version", "kind"}) {
                result = singleLine(text(column));
                if (!result.isEmpty()) {
                    break;
                }
            }
        }
        return result.isEmpty() ? RevisionComparison::tr("#%1").arg(row.value(IdColumn).toInteger()) : result;
    }

    QString referenceLabel(const QString &table, const QJsonValue &id, const Snapshot &snapshot) const
    {
        if (id.isNull() || id.isUndefined()) {
            return {};
        }
        if (table == RevisionTable) {
            // Copies of the plan hold no revisions; the caller names them.
            return m_revisionVersions.value(id.toInteger(), RevisionComparison::tr("#%1").arg(id.toInteger()));
        }
        const QJsonObject *record = snapshot.record(table, id);
        return record ? label(table, *record, snapshot) : RevisionComparison::tr("#%1").arg(id.toInteger());
    }

    QString shown(const QString &table, const QString &column, const QJsonValue &value, const Snapshot &snapshot) const
    {
        if (value.isNull() || value.isUndefined()) {
            return {};
        }
        if (const QString target = referencedTable(column); !target.isEmpty()) {
            return referenceLabel(target, value, snapshot);
        }
        if (const auto vocabulary = vocabularyOf(table, column)) {
            return Vocabulary::label(*vocabulary, value.toString());
        }
        if (table == QLatin1String("resource") && column == QLatin1String("ready")) {
            return value.toInteger() ? RevisionComparison::tr("yes") : RevisionComparison::tr("no");
        }
        if (value.isDouble()) {
            const double number = value.toDouble();
            return number == double(value.toInteger()) ? QString::number(value.toInteger())
                                                       : QString::number(number, 'g', 15);
        }
        if (value.isString()) {
            return value.toString();
        }
        return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }

    const Snapshot &m_from;
    const Snapshot &m_to;
    const QHash<qint64, QString> &m_revisionVersions;
};
} // namespace

int SectionDifferences::count(RecordDifference::Kind kind) const
{
    return int(std::count_if(
        records.cbegin(), records.cend(), [kind](const RecordDifference &record) { return record.kind == kind; }));
}

QList<SectionDifferences> RevisionComparison::compare(
    const QByteArray &from, const QByteArray &to, QString *error, const QHash<qint64, QString> &revisionVersions)
{
    Snapshot before;
    Snapshot after;
    QString reason;
    if (!readSnapshot(from, &before, &reason) || !readSnapshot(to, &after, &reason)) {
        if (error) {
            *error = tr("A copy of the plan cannot be read: %1.").arg(reason);
        }
        return {};
    }
    if (error) {
        error->clear();
    }
    return Comparer(before, after, revisionVersions).run();
}

QList<SectionDifferences> RevisionComparison::compareRevisions(
    const QSqlDatabase &db, qint64 fromRevision, qint64 toRevision, QString *error)
{
    QHash<qint64, QString> versions;
    QSqlQuery query = execQuery(db, QStringLiteral("SELECT id, version FROM revision"));
    while (query.next()) {
        versions.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return QList<SectionDifferences>();
    };
    Snapshot sides[2];
    const qint64 revisions[2] = {fromRevision, toRevision};
    for (int side = 0; side < 2; ++side) {
        QString reason;
        if (revisions[side] == CurrentPlan) {
            if (!readSnapshot(RevisionPublisher::planSnapshot(db), &sides[side], &reason)) {
                return fail(tr("The plan cannot be read: %1.").arg(reason));
            }
            continue;
        }
        QSqlQuery revision
            = execQuery(db, QStringLiteral("SELECT version, snapshot FROM revision WHERE id = ?"), {revisions[side]});
        if (!revision.next()) {
            return fail(tr("The revision to compare is no longer in the plan."));
        }
        const QString version = revision.value(0).toString();
        const QString snapshot = revision.value(1).toString();
        if (snapshot.isEmpty()) {
            return fail(
                tr("Revision %1 was recorded without a copy of the plan, so there is nothing to compare it with.")
                    .arg(version));
        }
        if (!readSnapshot(snapshot.toUtf8(), &sides[side], &reason)) {
            return fail(tr("The copy of the plan kept with revision %1 is damaged (%2); it cannot be compared.")
                            .arg(version, reason));
        }
    }
    if (error) {
        error->clear();
    }
    return Comparer(sides[0], sides[1], versions).run();
}

Section RevisionComparison::sectionOf(const QString &table)
{
    static const QHash<QString, Section> sections = {
        {QStringLiteral("plan"), Section::Plan},
        {QStringLiteral("reference"), Section::Plan},
        {QStringLiteral("scope_system"), Section::Scope},
        {QStringLiteral("org_group"), Section::Organisation},
        {QStringLiteral("group_member"), Section::Organisation},
        {QStringLiteral("member"), Section::Contacts},
        {QStringLiteral("warning_level"), Section::WarningLevels},
        {QStringLiteral("warning_level_group"), Section::WarningLevels},
        {QStringLiteral("risk_category"), Section::Risks},
        {QStringLiteral("risk"), Section::Risks},
        {QStringLiteral("measure"), Section::Measures},
        {QStringLiteral("resource"), Section::Measures},
        {QStringLiteral("audience"), Section::Communications},
        {QStringLiteral("audience_channel"), Section::Communications},
        {QStringLiteral("message_template"), Section::Communications},
        {QStringLiteral("role_card"), Section::RoleCards},
        {QStringLiteral("role_card_contact"), Section::RoleCards},
        {QStringLiteral("duty_shift"), Section::RoleCards},
        {QStringLiteral("checklist_template"), Section::Checklists},
        {QStringLiteral("checklist_template_item"), Section::Checklists},
        {QStringLiteral("upgrade"), Section::Upgrades},
        {QStringLiteral("upgrade_system"), Section::Upgrades},
        {QStringLiteral("upgrade_item"), Section::Upgrades},
        {QStringLiteral("run"), Section::Runs},
        {QStringLiteral("run_item"), Section::Runs},
        {QStringLiteral("run_event"), Section::Runs},
        {QStringLiteral("run_milestone"), Section::Runs},
        {QStringLiteral("review"), Section::Reviews},
        {QStringLiteral("review_action"), Section::Reviews},
        {QStringLiteral("drill"), Section::Drills},
        {QStringLiteral("drill_action"), Section::Drills},
        {RevisionTable, Section::Revisions},
    };
    // A table this version does not know is still shown, with the header.
    return sections.value(table, Section::Plan);
}

QString RevisionComparison::recordType(const QString &table)
{
    const QList<QPair<const char *, QString>> types = {
        {"plan", tr("Plan header")},
        {"scope_system", tr("System")},
        {"reference", tr("Reference")},
        {"org_group", tr("Group")},
        {"member", tr("Contact")},
        {"group_member", tr("Group membership")},
        {"warning_level", tr("Warning level")},
        {"warning_level_group", tr("Notified group")},
        {"risk_category", tr("Risk category")},
        {"risk", tr("Risk")},
        {"measure", tr("Measure")},
        {"resource", tr("Resource")},
        {"checklist_template", tr("Checklist template")},
        {"checklist_template_item", tr("Template item")},
        {"upgrade", tr("Upgrade")},
        {"upgrade_system", tr("Upgraded system")},
        {"upgrade_item", tr("Checklist item")},
        {"drill", tr("Drill")},
        {"run", tr("Run")},
        {"run_item", tr("Run item")},
        {"run_event", tr("Run event")},
        {"run_milestone", tr("Milestone")},
        {"revision", tr("Revision")},
        {"review", tr("Review")},
        {"review_action", tr("Review action")},
        {"drill_action", tr("Drill action")},
        {"audience", tr("Audience")},
        {"audience_channel", tr("Channel")},
        {"message_template", tr("Message template")},
        {"role_card", tr("Role card")},
        {"role_card_contact", tr("Whom to call")},
        {"duty_shift", tr("Duty shift")},
    };
    for (const auto &[name, type] : types) {
        if (table == QLatin1String(name)) {
            return type;
        }
    }
    return table;
}

QString RevisionComparison::fieldName(const QString &table, const QString &column)
{
    if (table == QLatin1String("measure") && column == QLatin1String("title")) {
        return tr("Measure");
    }
    for (const ColumnLabel &entry : ColumnLabels) {
        if (column == QLatin1String(entry.column)) {
            return tr(entry.label);
        }
    }
    return column;
}

QList<ComparableRevision> RevisionComparison::revisions(const QSqlDatabase &db)
{
    QList<ComparableRevision> result;
    QSqlQuery query = execQuery(db,
        QStringLiteral("SELECT id, version, published_on, snapshot IS NOT NULL AND snapshot <> '' "
                       "FROM revision ORDER BY published_on, id"));
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toBool()});
    }
    return result;
}

} // namespace fallback
