// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgrade/checklisttemplatemodel.h"

namespace fallback {

ChecklistTemplateModel::ChecklistTemplateModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("checklist_template"),
        {
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("description"), FieldKind::LongText},
        },
        parent)
{ }

QString ChecklistTemplateModel::fieldLabel(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Template");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

QVariantMap ChecklistTemplateModel::newRecordValues() const
{
    return {{QStringLiteral("name"), tr("New checklist template")}};
}

QString ChecklistTemplateModel::addCommandText() const
{
    return tr("Add checklist template");
}

QString ChecklistTemplateModel::removeCommandText(int count) const
{
    return tr("Remove %n checklist template(s)", nullptr, count);
}

} // namespace fallback
