// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/bringback.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fallback::ui {

/// File > Bring Back to Team Plan: what bringing the offline copy back will
/// add, change and remove, and each change made on both sides with both
/// values, for the user to tick where the offline value should win. The
/// others keep the server's value.
class BringBackDialog final : public QDialog
{
    Q_OBJECT
public:
    BringBackDialog(
        const MergeOutcome &preview, const QString &copy, const QString &teamPlan, QWidget *parent = nullptr);

    /// The sides the user chose, one per conflict.
    OfflineMerge::Decisions decisions() const;

    /// One row per conflict, checkable where the offline value may win.
    QTreeWidget *conflictList() const { return m_conflicts; }
    QPushButton *bringBackButton() const { return m_bringBack; }

private:
    enum Column { TakeOfflineColumn, RecordColumn, FieldColumn, OfflineColumn, ServerColumn, ByColumn };

    QList<MergeConflict> m_preview;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_conflicts = nullptr;
    QPushButton *m_bringBack = nullptr;
};

} // namespace fallback::ui
