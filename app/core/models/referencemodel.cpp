// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/referencemodel.h"

namespace fallback {

ReferenceModel::ReferenceModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("reference"),
        {
            {QStringLiteral("title"), FieldKind::Text},
            {QStringLiteral("kind"), FieldKind::Choice, Vocabulary::Kind::ReferenceKind},
            {QStringLiteral("note"), FieldKind::LongText},
        },
        parent)
{ }

QString ReferenceModel::fieldLabel(int column) const
{
    switch (column) {
    case TitleColumn:
        return tr("Reference");
    case KindColumn:
        return tr("Kind");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QVariantMap ReferenceModel::newRecordValues() const
{
    return {{QStringLiteral("title"), tr("New reference")}};
}

QString ReferenceModel::addCommandText() const
{
    return tr("Add reference");
}

QString ReferenceModel::removeCommandText(int count) const
{
    return tr("Remove %n reference(s)", nullptr, count);
}

} // namespace fallback
