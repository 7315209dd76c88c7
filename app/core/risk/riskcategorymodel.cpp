// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/riskcategorymodel.h"

#include "document/plandocument.h"

namespace fallback {

namespace {
const QString NameKey = QStringLiteral("name");
const QString PositionKey = QStringLiteral("position");
} // namespace

RiskCategoryModel::RiskCategoryModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("risk_category"), {{NameKey, FieldKind::Text}}, parent)
{ }

QStringList RiskCategoryModel::defaultNames()
{
    return {tr("Compatibility risk"), tr("Data security risk"), tr("System stability risk"), tr("Human operation risk"),
        tr("Technical risk"), tr("Business risk"), tr("Personnel risk")};
}

bool RiskCategoryModel::addDefaults()
{
    QStringList present;
    qint64 lastPosition = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QVariantMap record = recordAt(row);
        present << record.value(NameKey).toString().trimmed();
        lastPosition = std::max(lastPosition, record.value(PositionKey).toLongLong());
    }
    QList<RecordSnapshot::Row> rows;
    qint64 id = document()->nextId(table());
    for (const QString &name : defaultNames()) {
        if (!present.contains(name, Qt::CaseInsensitive)) {
            rows.append({table(), {{QStringLiteral("id"), id++}, {PositionKey, ++lastPosition}, {NameKey, name}}});
        }
    }
    return !rows.isEmpty() && document()->addRecords(rows, tr("Add the usual risk categories"));
}

QString RiskCategoryModel::fieldLabel(int column) const
{
    return column == NameColumn ? tr("Category") : QString();
}

QVariantMap RiskCategoryModel::newRecordValues() const
{
    return {{NameKey, tr("New category")}};
}

QString RiskCategoryModel::addCommandText() const
{
    return tr("Add risk category");
}

QString RiskCategoryModel::removeCommandText(int count) const
{
    return tr("Remove %n risk categor(ies)", nullptr, count);
}

} // namespace fallback
