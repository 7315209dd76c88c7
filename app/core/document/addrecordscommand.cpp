// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/addrecordscommand.h"

#include "document/plandocument.h"

namespace fallback {

AddRecordsCommand::AddRecordsCommand(PlanDocument *document, QList<RecordBatch> batches, const QString &text)
    : m_document(document)
    , m_batches(std::move(batches))
{
    setText(text);
}

void AddRecordsCommand::undo()
{
    QList<RecordKey> keys;
    for (const RecordBatch &batch : std::as_const(m_batches)) {
        for (const qint64 id : batch.ids()) {
            keys.append({batch.table, id});
        }
    }
    // The records are as they were added: every later edit of them has been
    // undone before this. Redo adds the same records again.
    setObsolete(m_document->writeRemove(keys).isEmpty());
}

void AddRecordsCommand::redo()
{
    setObsolete(!m_document->writeInsert(m_batches));
}

} // namespace fallback
