// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "communications/updatecadence.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace fallback {

class PlanDocument;

/// The run console's countdown to the next status update of each audience
/// of the communications plan: when it is due, how long until then or how
/// long it is overdue, and when the last one went out. Read-only; follows
/// the run's events and the plan's audiences, and counts down as setNow()
/// moves the clock on.
class UpdateScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AudienceColumn, NextColumn, LastColumn, ColumnCount };
    enum Role {
        AudienceIdRole = Qt::UserRole + 1,
        /// True when the audience's update is overdue.
        OverdueRole,
    };

    UpdateScheduleModel(PlanDocument *document, qint64 runId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Moves the clock to \a now; the countdowns follow.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    /// How many updates are overdue now.
    int overdueCount() const;
    /// The audience whose update is due first (overdue ones first); 0 when none is due.
    qint64 mostUrgentAudience() const;
    /// Reads the run's updates and the plan's audiences again.
    void reload();

private:
    void onChange(const QString &table);

    PlanDocument *m_document;
    qint64 m_runId;
    QTimeZone m_zone;
    QDateTime m_now;
    /// The run's updates and levels as last read; the clock only moves on.
    std::optional<UpdateCadence> m_cadence;
    QList<UpdateDue> m_rows;
};

} // namespace fallback
