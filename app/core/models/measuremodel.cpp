// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/measuremodel.h"

namespace fallback {

MeasureModel::MeasureModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("measure"),
        {
            {QStringLiteral("type"), FieldKind::Choice, Vocabulary::Kind::MeasureType},
            {QStringLiteral("title"), FieldKind::Text},
            {QStringLiteral("body"), FieldKind::LongText},
        },
        parent)
{ }

QString MeasureModel::fieldLabel(int column) const
{
    switch (column) {
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Measure");
    case BodyColumn:
        return tr("Text");
    default:
        return {};
    }
}

QVariantMap MeasureModel::newRecordValues() const
{
    return {{QStringLiteral("title"), tr("New measure")}};
}

QString MeasureModel::addCommandText() const
{
    return tr("Add measure");
}

QString MeasureModel::removeCommandText(int count) const
{
    return tr("Remove %n measure(s)", nullptr, count);
}

} // namespace fallback
