// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordkey.h"
#include "storage/recordsnapshot.h"

#include <QUndoCommand>

namespace fallback {

class PlanDocument;

/// Adds records, changes fields of others and removes records in one
/// transaction: a ticked checklist item and the log entry that says so, a
/// decision with the run's new status and its milestone, a decision taken
/// back with the milestone it recorded. Undo does the opposite, again in one
/// transaction, so that a crash never leaves half an action in the plan.
class EditRecordsCommand final : public QUndoCommand
{
public:
    EditRecordsCommand(PlanDocument *document, QList<RecordSnapshot::Row> added, QList<RecordChange> oldValues,
        QList<RecordChange> newValues, QList<RecordSnapshot::Row> removed, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QList<RecordSnapshot::Row> m_added;
    QList<RecordChange> m_oldValues;
    QList<RecordChange> m_newValues;
    QList<RecordSnapshot::Row> m_removed;
};

} // namespace fallback
