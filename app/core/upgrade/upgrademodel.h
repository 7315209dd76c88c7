// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

#include <QDateTime>
#include <QTimeZone>

namespace fallback {

/// The upgrades the plan prepares (升级): versions, planned window, status, the
/// template their checklist comes from, impact, notification, rollback plan and
/// go/no-go criteria. The window is stored as UTC text and shown in local time;
/// it is edited through setWindow(), which refuses an end before the start.
class UpgradeModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        WindowStartColumn,
        WindowEndColumn,
        VersionFromColumn,
        VersionToColumn,
        TemplateColumn,
        ImpactColumn,
        NotifyColumn,
        RollbackPlanColumn,
        GoCriteriaColumn,
        ColumnCount
    };

    explicit UpgradeModel(PlanDocument *document, QObject *parent = nullptr);

    /// A stored window time (ISO 8601 UTC text) as a date-time; invalid when unset.
    static QDateTime windowTime(const QVariant &stored);
    /// What to store for \a time: ISO 8601 UTC text, or null when invalid.
    static QVariant storedWindowTime(const QDateTime &time);
    /// \a time in local time as the tables show it ("2026-05-01 22:00").
    static QString windowText(const QDateTime &time, const QTimeZone &zone);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
};

} // namespace fallback
