// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordkey.h"
#include "storage/recordsnapshot.h"

#include <QUndoCommand>

namespace fallback {

class PlanDocument;

/// Adds records and changes fields of others in one transaction: a ticked
/// checklist item and the log entry that says so, a decision with the run's
/// new status and its milestone. Undo changes the fields back and deletes the
/// added records, again in one transaction, so that a crash never leaves
/// half an action in the plan.
class EditRecordsCommand final : public QUndoCommand
{
public:
    EditRecordsCommand(PlanDocument *document, QList<RecordSnapshot::Row> added, QList<RecordChange> oldValues,
        QList<RecordChange> newValues, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QList<RecordSnapshot::Row> m_added;
    QList<RecordChange> m_oldValues;
    QList<RecordChange> m_newValues;
};

} // namespace fallback
