// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runitemmodel.h"

#include "document/plandocument.h"
#include "run/runsession.h"
#include "upgrade/checklistitemmodel.h"

namespace fallback {

namespace {
const QString StatusField = QStringLiteral("status");
const QString PhaseField = QStringLiteral("phase");

/// Background of a status cell, as #rrggbb text; empty for an open item.
QString statusColour(const QString &status)
{
    if (status == QLatin1String("done")) {
        return QStringLiteral("#d4edda");
    }
    if (status == QLatin1String("failed")) {
        return QStringLiteral("#f8d0cc");
    }
    if (status == QLatin1String("skipped")) {
        return QStringLiteral("#e4e4e4");
    }
    return {};
}
} // namespace

RunItemModel::RunItemModel(PlanDocument *document, qint64 runId, QObject *parent)
    : RecordTableModel(document, QStringLiteral("run_item"),
        {
            {StatusField, FieldKind::Choice, Vocabulary::Kind::ItemStatus},
            {PhaseField, FieldKind::Choice, Vocabulary::Kind::Phase},
            {QStringLiteral("text"), FieldKind::LongText},
            {QStringLiteral("responsible"), FieldKind::Text},
            {QStringLiteral("ticked_at"), FieldKind::Computed},
            {QStringLiteral("ticked_by"), FieldKind::Text},
            {QStringLiteral("note"), FieldKind::LongText},
        },
        QStringLiteral("run_id"), qint64(0), parent)
{
    // Read once the subclass exists: the base constructor cannot sort in this model's order.
    setRunId(runId);
    setUserOrderable(false); // the run keeps the order the upgrade's checklist had
}

void RunItemModel::setRunId(qint64 runId)
{
    setScope(QStringLiteral("run_id"), runId);
}

int RunItemModel::openCount() const
{
    int open = 0;
    for (int row = 0; row < rowCount(); ++row) {
        open += recordAt(row).value(StatusField).toString() == QLatin1String("open") ? 1 : 0;
    }
    return open;
}

bool RunItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_UNUSED(index)
    Q_UNUSED(value)
    Q_UNUSED(role)
    return false; // every change is an action of the run, with its log entry
}

Qt::ItemFlags RunItemModel::flags(const QModelIndex &index) const
{
    return RecordTableModel::flags(index) & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
}

QString RunItemModel::fieldLabel(int column) const
{
    switch (column) {
    case StatusColumn:
        return tr("Status");
    case PhaseColumn:
        return tr("Phase");
    case TextColumn:
        return tr("Item");
    case ResponsibleColumn:
        return tr("Responsible");
    case TickedAtColumn:
        return tr("When");
    case TickedByColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QString RunItemModel::addCommandText() const
{
    return tr("Add checklist item");
}

QString RunItemModel::removeCommandText(int count) const
{
    return tr("Remove %n checklist item(s)", nullptr, count);
}

QVariant RunItemModel::computedValue(const QVariantMap &record, int column) const
{
    if (column == TickedAtColumn) {
        const QDateTime at = RunSession::timeOf(record.value(QStringLiteral("ticked_at")));
        return at.isValid() ? at.toTimeZone(document()->timeZone()).toString(QStringLiteral("HH:mm:ss")) : QString();
    }
    return {};
}

QVariant RunItemModel::extraData(const QVariantMap &record, int column, int role) const
{
    const QString status = record.value(StatusField).toString();
    if (role == ItemStatusRole) {
        return status;
    }
    if (column == StatusColumn && role == Qt::BackgroundRole) {
        const QString colour = statusColour(status);
        return colour.isEmpty() ? QVariant() : QVariant(colour);
    }
    if (column == PhaseColumn && role == SortRole) {
        return ChecklistItemModel::phaseRank(record.value(PhaseField).toString());
    }
    if (column == TickedAtColumn && role == Qt::ToolTipRole) {
        const QDateTime at = RunSession::timeOf(record.value(QStringLiteral("ticked_at")));
        return at.isValid() ? at.toTimeZone(document()->timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                            : QVariant();
    }
    return {};
}

bool RunItemModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    const int rankA = ChecklistItemModel::phaseRank(a.value(PhaseField).toString());
    const int rankB = ChecklistItemModel::phaseRank(b.value(PhaseField).toString());
    if (rankA != rankB) {
        return rankA < rankB;
    }
    return RecordTableModel::lessInOrder(a, b);
}

void RunItemModel::sortRecords(QList<QVariantMap> &records) const
{
    ChecklistItemModel::sortInChecklistOrder(records);
}

} // namespace fallback
