// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/resourcemodel.h"

namespace fallback {

ResourceModel::ResourceModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("resource"),
        {
            {QStringLiteral("type"), FieldKind::Choice, Vocabulary::Kind::ResourceType},
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("quantity"), FieldKind::Number},
            {QStringLiteral("unit"), FieldKind::Text},
            {QStringLiteral("location"), FieldKind::Text},
            {QStringLiteral("owner"), FieldKind::Text},
            {QStringLiteral("ready"), FieldKind::Boolean},
            {QStringLiteral("last_checked"), FieldKind::Date},
            {QStringLiteral("note"), FieldKind::LongText},
        },
        parent)
{ }

QString ResourceModel::fieldLabel(int column) const
{
    switch (column) {
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Resource");
    case QuantityColumn:
        return tr("Quantity");
    case UnitColumn:
        return tr("Unit");
    case LocationColumn:
        return tr("Location");
    case OwnerColumn:
        return tr("Owner");
    case ReadyColumn:
        return tr("Ready");
    case LastCheckedColumn:
        return tr("Last checked");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QVariantMap ResourceModel::newRecordValues() const
{
    return {{QStringLiteral("name"), tr("New resource")}};
}

QString ResourceModel::addCommandText() const
{
    return tr("Add resource");
}

QString ResourceModel::removeCommandText(int count) const
{
    return tr("Remove %n resource(s)", nullptr, count);
}

QVariant ResourceModel::extraData(const QVariantMap &record, int column, int role) const
{
    // A resource that is not ready stands out, as it does on the readiness list.
    if (column == ReadyColumn && role == Qt::ToolTipRole) {
        return record.value(QStringLiteral("ready")).toInt() ? tr("Ready") : tr("Not ready");
    }
    if (role == Qt::ForegroundRole && !record.value(QStringLiteral("ready")).toInt()) {
        return QStringLiteral("#9a3412");
    }
    return {};
}

} // namespace fallback
