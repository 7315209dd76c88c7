// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drill/drillactionmodel.h"

namespace fallback {

namespace {
const QString DrillColumn = QStringLiteral("drill_id");
}

DrillActionModel::DrillActionModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("drill_action"),
        {
            {QStringLiteral("text"), FieldKind::LongText},
            {QStringLiteral("owner"), FieldKind::Text},
            {QStringLiteral("due_on"), FieldKind::Date},
            {QStringLiteral("status"), FieldKind::Choice, Vocabulary::Kind::ActionStatus},
            {QStringLiteral("revision_id"), FieldKind::Reference, std::nullopt, QStringLiteral("revision"),
                QStringLiteral("version")},
        },
        DrillColumn, qint64(0), parent)
{ }

void DrillActionModel::setDrillId(qint64 id)
{
    setScope(DrillColumn, id);
}

QString DrillActionModel::fieldLabel(int column) const
{
    switch (column) {
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueOnColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case RevisionColumn:
        return tr("Revision");
    default:
        return {};
    }
}

QString DrillActionModel::addCommandText() const
{
    return tr("Add drill action");
}

QString DrillActionModel::removeCommandText(int count) const
{
    return tr("Remove %n drill action(s)", nullptr, count);
}

} // namespace fallback
