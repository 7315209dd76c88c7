// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runlistmodel.h"

#include "document/plandocument.h"
#include "run/runsession.h"

namespace fallback {

namespace {
const QString StartedField = QStringLiteral("started_at");
const QString EndedField = QStringLiteral("ended_at");

QString shownTime(const QVariant &stored, const PlanDocument *document)
{
    const QDateTime time = RunSession::timeOf(stored);
    return time.isValid() ? document->inPlanZone(time).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

RunListModel::RunListModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("run"),
        {
            {QStringLiteral("upgrade_id"), FieldKind::Reference, std::nullopt, QStringLiteral("upgrade"),
                QStringLiteral("name")},
            {QStringLiteral("kind"), FieldKind::Choice, Vocabulary::Kind::RunKind},
            {QStringLiteral("status"), FieldKind::Choice, Vocabulary::Kind::RunStatus},
            {StartedField, FieldKind::Computed},
            {EndedField, FieldKind::Computed},
            {QStringLiteral("warning_level_id"), FieldKind::Reference, std::nullopt, QStringLiteral("warning_level"),
                QStringLiteral("name")},
        },
        parent)
{ }

bool RunListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_UNUSED(index)
    Q_UNUSED(value)
    Q_UNUSED(role)
    return false;
}

Qt::ItemFlags RunListModel::flags(const QModelIndex &index) const
{
    return RecordTableModel::flags(index) & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
}

QString RunListModel::fieldLabel(int column) const
{
    switch (column) {
    case UpgradeColumn:
        return tr("Upgrade");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case LevelColumn:
        return tr("Warning level");
    default:
        return {};
    }
}

QString RunListModel::addCommandText() const
{
    return tr("Start run");
}

QString RunListModel::removeCommandText(int count) const
{
    return tr("Remove %n run(s)", nullptr, count);
}

QVariant RunListModel::computedValue(const QVariantMap &record, int column) const
{
    if (column == StartedColumn) {
        return shownTime(record.value(StartedField), document());
    }
    if (column == EndedColumn) {
        return shownTime(record.value(EndedField), document());
    }
    return {};
}

QVariant RunListModel::extraData(const QVariantMap &record, int column, int role) const
{
    // A run nobody ended is an emergency still in progress.
    if (column == EndedColumn && role == Qt::DisplayRole && record.value(EndedField).isNull()) {
        return tr("in progress");
    }
    if (column == StatusColumn && role == Qt::BackgroundRole && record.value(EndedField).isNull()) {
        return QStringLiteral("#fff4ce");
    }
    return {};
}

} // namespace fallback
