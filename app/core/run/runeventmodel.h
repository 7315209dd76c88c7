// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

#include <QDate>

#include <optional>

namespace fallback {

/// The timeline of one run (run_event): notes, ticks, decisions and level
/// changes in the order they happened, the newest last. Level changes show
/// the level's colour. Read-only: events are logged through RunSession.
class RunEventModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { AtColumn, KindColumn, TextColumn, ReasonColumn, ActorColumn, LevelColumn, ColumnCount };
    enum Role {
        /// The stored kind ("note", "tick", "decision", "level").
        EventKindRole = Qt::UserRole + 64,
        /// The stored decision ("stop", ...); empty for other events.
        DecisionRole,
    };

    RunEventModel(PlanDocument *document, qint64 runId, QObject *parent = nullptr);

    qint64 runId() const { return scopeValue().toLongLong(); }
    /// Shows the events of run \a runId; 0 shows none.
    void setRunId(qint64 runId);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    bool dependsOn(const QString &table) const override;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const override;
    void clearCaches() override
    {
        m_levelColours.clear();
        m_runStartDate.reset();
    }

private:
    QString levelColour(qint64 levelId) const;
    QDate runStartDate() const;

    mutable QHash<qint64, QString> m_levelColours; ///< read when first painted
    mutable std::optional<QDate> m_runStartDate;
};

} // namespace fallback
