// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsnapshot.h"

#include <QUndoCommand>

namespace fallback {

class PlanDocument;

/// Deletes one record with everything that depends on it; undo restores all of it.
class RemoveRecordCommand final : public QUndoCommand
{
public:
    RemoveRecordCommand(PlanDocument *document, QString table, qint64 recordId, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QString m_table;
    qint64 m_recordId;
    RecordSnapshot m_removed;
};

} // namespace fallback
