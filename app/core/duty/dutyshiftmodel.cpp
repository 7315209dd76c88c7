// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duty/dutyshiftmodel.h"

#include "document/plandocument.h"
#include "upgrade/upgrademodel.h"

#include <QDateTime>

namespace fallback {

namespace {
const QString UpgradeColumn = QStringLiteral("upgrade_id");
const QString StartsField = QStringLiteral("starts_at");
const QString EndsField = QStringLiteral("ends_at");
constexpr qint64 DefaultShiftSecs = 8 * 3600;

QDateTime timeOf(const QVariant &stored)
{
    return UpgradeModel::windowTime(stored);
}

QVariant stored(const QDateTime &moment)
{
    return UpgradeModel::storedWindowTime(moment);
}
} // namespace

DutyShiftModel::DutyShiftModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("duty_shift"),
        {
            {QStringLiteral("group_id"), FieldKind::Reference, std::nullopt, QStringLiteral("org_group"),
                QStringLiteral("name")},
            {StartsField, FieldKind::DateTime},
            {EndsField, FieldKind::DateTime},
            {QStringLiteral("member_id"), FieldKind::Reference, std::nullopt, QStringLiteral("member"),
                QStringLiteral("name")},
            {QStringLiteral("backup_member_id"), FieldKind::Reference, std::nullopt, QStringLiteral("member"),
                QStringLiteral("name")},
            {QStringLiteral("hours"), FieldKind::Computed},
            {QStringLiteral("note"), FieldKind::Text},
        },
        UpgradeColumn, qint64(0), parent)
{ }

void DutyShiftModel::setUpgradeId(qint64 id)
{
    setScope(UpgradeColumn, id);
}

QString DutyShiftModel::fieldLabel(int column) const
{
    switch (column) {
    case GroupColumn:
        return tr("Group");
    case StartsColumn:
        return tr("From");
    case EndsColumn:
        return tr("Until");
    case MemberColumn:
        return tr("On duty");
    case BackupColumn:
        return tr("Backup");
    case HoursColumn:
        return tr("Hours");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QString DutyShiftModel::addCommandText() const
{
    return tr("Add shift");
}

QString DutyShiftModel::removeCommandText(int count) const
{
    return tr("Remove %n shift(s)", nullptr, count);
}

QVariantMap DutyShiftModel::newRecordValues() const
{
    // The first shift starts with the upgrade's window.
    const QVariantMap upgrade = document()->store().record(QStringLiteral("upgrade"), upgradeId());
    QDateTime starts = timeOf(upgrade.value(QStringLiteral("window_start")));
    if (!starts.isValid()) {
        return {};
    }
    QDateTime ends = starts.addSecs(DefaultShiftSecs);
    const QDateTime windowEnd = timeOf(upgrade.value(QStringLiteral("window_end")));
    if (windowEnd.isValid() && windowEnd > starts && windowEnd < ends) {
        ends = windowEnd;
    }
    return {{StartsField, stored(starts)}, {EndsField, stored(ends)}};
}

QVariantMap DutyShiftModel::newRecordValuesBeside(int selectedRow) const
{
    // The next shift of the selected one's group: from its end, as long as it.
    const QVariantMap selected = recordAt(selectedRow);
    const QDateTime starts = timeOf(selected.value(StartsField));
    QDateTime ends = timeOf(selected.value(EndsField));
    if (!starts.isValid() || !ends.isValid() || ends <= starts) {
        return newRecordValues();
    }
    // After the group's last shift that follows on from the selected one, so as not to clash.
    for (int row = 0; row < rowCount(); ++row) {
        const QVariantMap other = recordAt(row);
        const QDateTime otherStarts = timeOf(other.value(StartsField));
        const QDateTime otherEnds = timeOf(other.value(EndsField));
        if (other.value(QStringLiteral("group_id")) == selected.value(QStringLiteral("group_id"))
            && otherStarts.isValid() && otherEnds.isValid() && otherStarts <= ends && otherEnds > ends) {
            ends = otherEnds;
        }
    }
    const qint64 length = starts.secsTo(timeOf(selected.value(EndsField)));
    return {{QStringLiteral("group_id"), selected.value(QStringLiteral("group_id"))}, {StartsField, stored(ends)},
        {EndsField, stored(ends.addSecs(length))}};
}

QVariant DutyShiftModel::computedValue(const QVariantMap &record, int column) const
{
    if (column != HoursColumn) {
        return {};
    }
    const QDateTime starts = timeOf(record.value(StartsField));
    const QDateTime ends = timeOf(record.value(EndsField));
    if (!starts.isValid() || !ends.isValid()) {
        return {};
    }
    return QString::number(starts.secsTo(ends) / 3600.0, 'f', 1);
}

QString DutyShiftModel::refusalOf(const QVariantMap &record, int column, const QVariant &value) const
{
    if (column == StartsColumn || column == EndsColumn) {
        const QDateTime starts = timeOf(column == StartsColumn ? value : record.value(StartsField));
        const QDateTime ends = timeOf(column == EndsColumn ? value : record.value(EndsField));
        if (starts.isValid() && ends.isValid() && ends <= starts) {
            return tr("A shift ends after it starts; the old time is kept.");
        }
    }
    if ((column == MemberColumn && !value.isNull() && value == record.value(QStringLiteral("backup_member_id")))
        || (column == BackupColumn && !value.isNull() && value == record.value(QStringLiteral("member_id")))) {
        return tr("The backup is someone other than the person on duty; the old value is kept.");
    }
    return RecordTableModel::refusalOf(record, column, value);
}

bool DutyShiftModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    // Shifts stand in time order; the roster has no order of its own.
    const QString first = a.value(StartsField).toString();
    const QString second = b.value(StartsField).toString();
    if (first != second) {
        return first < second;
    }
    return a.value(QStringLiteral("id")).toLongLong() < b.value(QStringLiteral("id")).toLongLong();
}

bool DutyShiftModel::isOrderColumn(const QString &column) const
{
    return column == StartsField;
}

} // namespace fallback
