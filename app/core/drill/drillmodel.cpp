// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drill/drillmodel.h"

#include "document/plandocument.h"

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
const QString ScheduledOnField = QStringLiteral("scheduled_on");
const QString ScenarioField = QStringLiteral("scenario");
const QString ScenarioTextField = QStringLiteral("scenario_text");
const QString ResultField = QStringLiteral("result");
const QString CustomScenario = QStringLiteral("custom");
/// The text colour of a row that still lacks something (as ResourceModel's).
const QString WantingColour = QStringLiteral("#9a3412");
} // namespace

DrillModel::DrillModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("drill"),
        {
            {ScheduledOnField, FieldKind::Date},
            {ScenarioField, FieldKind::Choice, Vocabulary::Kind::DrillScenario},
            {ScenarioTextField, FieldKind::LongText},
            {QStringLiteral("participants"), FieldKind::LongText},
            {ResultField, FieldKind::Choice, Vocabulary::Kind::DrillResult},
            {QStringLiteral("findings"), FieldKind::LongText},
        },
        parent)
{
    // The base class read the records before this class's order applied.
    setScope({}, {});
}

QString DrillModel::drillName(const QString &scenario, const QString &scenarioText)
{
    if (scenario == CustomScenario) {
        const QString firstLine = scenarioText.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        if (!firstLine.isEmpty()) {
            return firstLine;
        }
    }
    return Vocabulary::label(Vocabulary::Kind::DrillScenario, scenario);
}

bool DrillModel::lacksDescription(const QVariantMap &record)
{
    return record.value(ScenarioField).toString() == CustomScenario
        && record.value(ScenarioTextField).toString().trimmed().isEmpty();
}

QString DrillModel::resultLabel(const QVariant &result)
{
    if (result.isNull() || result.toString().isEmpty()) {
        return tr("Not yet", "drill result");
    }
    return Vocabulary::label(Vocabulary::Kind::DrillResult, result.toString());
}

QString DrillModel::fieldLabel(int column) const
{
    switch (column) {
    case ScheduledOnColumn:
        return tr("Date");
    case ScenarioColumn:
        return tr("Scenario");
    case ScenarioTextColumn:
        return tr("Description");
    case ParticipantsColumn:
        return tr("Participants");
    case ResultColumn:
        return tr("Result");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

QString DrillModel::addCommandText() const
{
    return tr("Add drill");
}

QString DrillModel::removeCommandText(int count) const
{
    return tr("Remove %n drill(s)", nullptr, count);
}

QVariant DrillModel::extraData(const QVariantMap &record, int column, int role) const
{
    if (column == ResultColumn) {
        const QVariant result = record.value(ResultField);
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return resultLabel(result);
        case ChoicesRole: {
            // No result yet is a choice of its own, offered first.
            QVariantList choices {QVariant(QVariantList {QVariant(), resultLabel(QVariant())})};
            for (const QString &value : Vocabulary::values(Vocabulary::Kind::DrillResult)) {
                choices << QVariant(QVariantList {value, resultLabel(value)});
            }
            return choices;
        }
        default:
            return {};
        }
    }
    if (column == ScenarioColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return drillName(record.value(ScenarioField).toString(), record.value(ScenarioTextField).toString());
        case Qt::ToolTipRole:
            return lacksDescription(record) ? tr("Describe the custom scenario: its description names the drill.")
                                            : QVariant();
        case Qt::ForegroundRole:
            return lacksDescription(record) ? QVariant(WantingColour) : QVariant();
        default:
            return {};
        }
    }
    return {};
}

bool DrillModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::EditRole && index.column() == ResultColumn
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && (value.isNull() || value.toString().trimmed().isEmpty())) {
        // "Not yet": the schema keeps no result as NULL, which no value list holds.
        if (document()->isReadOnly()) {
            return false;
        }
        document()->setRecordValue(table(), idAt(index.row()), ResultField, QVariant());
        return true;
    }
    return RecordTableModel::setData(index, value, role);
}

bool DrillModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    // Newest first; a drill without a date is still being planned and leads.
    const QString dateA = a.value(ScheduledOnField).toString();
    const QString dateB = b.value(ScheduledOnField).toString();
    if (dateA != dateB) {
        if (dateA.isEmpty() || dateB.isEmpty()) {
            return dateA.isEmpty();
        }
        return dateA > dateB; // ISO dates compare as text
    }
    return a.value(IdColumn).toLongLong() > b.value(IdColumn).toLongLong();
}

bool DrillModel::isOrderColumn(const QString &column) const
{
    return column == ScheduledOnField;
}

} // namespace fallback
