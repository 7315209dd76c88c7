// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/updateschedulemodel.h"

#include "document/plandocument.h"

#include <algorithm>

namespace fallback {

namespace {
/// "12:05" for a span of 12 minutes 5 seconds, "1:02:05" beyond an hour.
QString countdownText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    return hours > 0
        ? QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}
} // namespace

UpdateScheduleModel::UpdateScheduleModel(PlanDocument *document, qint64 runId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_runId(runId)
    , m_zone(document->timeZone())
    , m_now(QDateTime::currentDateTimeUtc())
{
    for (auto signal : {&PlanDocument::recordInserted, &PlanDocument::recordRemoved}) {
        connect(document, signal, this, [this](const QString &table) { onChange(table); });
    }
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table) { onChange(table); });
    connect(document, &PlanDocument::bulkChangeFinished, this, &UpdateScheduleModel::reload);
    reload();
}

void UpdateScheduleModel::onChange(const QString &table)
{
    if (table == QLatin1String("run_event") || table == QLatin1String("audience")
        || table == QLatin1String("warning_level")) {
        reload();
    }
}

void UpdateScheduleModel::reload()
{
    beginResetModel();
    m_cadence.emplace(m_document->database(), m_runId);
    m_rows = m_cadence->dueAt(m_now);
    endResetModel();
}

void UpdateScheduleModel::setNow(const QDateTime &now)
{
    m_now = now;
    // The clock moves on every second: the plan is read again only when it changes (reload()).
    const QList<UpdateDue> rows = m_cadence->dueAt(m_now);
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int UpdateScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UpdateScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int UpdateScheduleModel::overdueCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const UpdateDue &due) { return due.isOverdue(m_now); }));
}

qint64 UpdateScheduleModel::mostUrgentAudience() const
{
    const UpdateDue *first = nullptr;
    for (const UpdateDue &due : m_rows) {
        if (due.due.isValid() && (!first || due.due < first->due)) {
            first = &due;
        }
    }
    return first ? first->audienceId : 0;
}

QVariant UpdateScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const UpdateDue &due = m_rows.at(index.row());
    const bool overdue = due.isOverdue(m_now);
    switch (role) {
    case AudienceIdRole:
        return due.audienceId;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue && index.column() == NextColumn ? QVariant(QStringLiteral("#c00000")) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NextColumn && due.due.isValid()) {
            return tr("Due at %1: every %n minute(s)", nullptr, due.minutes)
                .arg(due.due.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case AudienceColumn:
        return due.audience;
    case NextColumn:
        if (!due.due.isValid()) {
            return tr("Not due");
        }
        return overdue ? tr("Overdue %1").arg(countdownText(due.due.secsTo(m_now)))
                       : tr("In %1").arg(countdownText(m_now.secsTo(due.due)));
    case LastColumn:
        return due.lastSent.isValid() ? due.lastSent.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"))
                                      : tr("None yet");
    default:
        return {};
    }
}

QVariant UpdateScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AudienceColumn:
        return tr("Audience");
    case NextColumn:
        return tr("Next update");
    case LastColumn:
        return tr("Last sent");
    default:
        return {};
    }
}

} // namespace fallback
