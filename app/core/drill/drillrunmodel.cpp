// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drill/drillrunmodel.h"

#include "document/plandocument.h"
#include "upgrade/upgrademodel.h"

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
const QString DrillColumn = QStringLiteral("drill_id");
const QString StartedField = QStringLiteral("started_at");
} // namespace

DrillRunModel::DrillRunModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("run"),
        {
            {StartedField, FieldKind::Computed},
            {QStringLiteral("ended_at"), FieldKind::Computed},
            {QStringLiteral("status"), FieldKind::Choice, Vocabulary::Kind::RunStatus},
            {QStringLiteral("upgrade_id"), FieldKind::Reference, std::nullopt, QStringLiteral("upgrade"),
                QStringLiteral("name")},
        },
        DrillColumn, qint64(0), parent)
{ }

void DrillRunModel::setDrillId(qint64 id)
{
    setScope(DrillColumn, id);
}

bool DrillRunModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_UNUSED(index)
    Q_UNUSED(value)
    Q_UNUSED(role)
    return false;
}

Qt::ItemFlags DrillRunModel::flags(const QModelIndex &index) const
{
    return RecordTableModel::flags(index)
        & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
}

QString DrillRunModel::fieldLabel(int column) const
{
    switch (column) {
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case StatusColumn:
        return tr("Status");
    case UpgradeColumn:
        return tr("Upgrade");
    default:
        return {};
    }
}

QString DrillRunModel::addCommandText() const
{
    return tr("Add rehearsal run");
}

QString DrillRunModel::removeCommandText(int count) const
{
    return tr("Remove %n rehearsal run(s)", nullptr, count);
}

QVariant DrillRunModel::computedValue(const QVariantMap &record, int column) const
{
    if (column == StartedColumn || column == EndedColumn) {
        return UpgradeModel::windowText(
            UpgradeModel::windowTime(record.value(fields().at(column).column)), document()->timeZone());
    }
    return {};
}

bool DrillRunModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    // As the drill report lists them: by start (ISO UTC text), then id.
    const QString startA = a.value(StartedField).toString();
    const QString startB = b.value(StartedField).toString();
    if (startA != startB) {
        return startA < startB;
    }
    return a.value(IdColumn).toLongLong() < b.value(IdColumn).toLongLong();
}

bool DrillRunModel::isOrderColumn(const QString &column) const
{
    return column == StartedField;
}

} // namespace fallback
