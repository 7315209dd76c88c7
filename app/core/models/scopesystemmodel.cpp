// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/scopesystemmodel.h"

namespace fallback {

ScopeSystemModel::ScopeSystemModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("scope_system"),
        {
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("type"), FieldKind::Choice, Vocabulary::Kind::SystemType},
            {QStringLiteral("owner"), FieldKind::Text},
            {QStringLiteral("criticality"), FieldKind::Choice, Vocabulary::Kind::Criticality},
            {QStringLiteral("note"), FieldKind::LongText},
        },
        parent)
{ }

QString ScopeSystemModel::fieldLabel(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("System");
    case TypeColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case CriticalityColumn:
        return tr("Criticality");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QVariantMap ScopeSystemModel::newRecordValues() const
{
    return {{QStringLiteral("name"), tr("New system")}};
}

QString ScopeSystemModel::addCommandText() const
{
    return tr("Add system");
}

QString ScopeSystemModel::removeCommandText(int count) const
{
    return tr("Remove %n system(s)", nullptr, count);
}

} // namespace fallback
