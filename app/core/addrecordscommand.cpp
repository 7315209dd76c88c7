// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrecordscommand.h"

#include "plandocument.h"

namespace fallback {

AddRecordsCommand::AddRecordsCommand(PlanDocument *document, QList<RecordSnapshot::Row> rows, const QString &text)
    : m_document(document)
{
    m_records.rows = std::move(rows);
    setText(text);
}

void AddRecordsCommand::undo()
{
    QList<RecordKey> keys;
    keys.reserve(m_records.rows.size());
    for (const RecordSnapshot::Row &row : std::as_const(m_records.rows)) {
        keys.append({row.table, row.values.value(QStringLiteral("id")).toLongLong()});
    }
    // What the delete takes is what redo puts back (with any reference that
    // a later edit made to the new records, which undo has already reverted).
    const RecordSnapshot removed = m_document->writeRemove(keys);
    setObsolete(removed.isEmpty());
    if (!removed.isEmpty()) {
        m_records = removed;
    }
}

void AddRecordsCommand::redo()
{
    setObsolete(!m_document->writeRestore(m_records));
}

} // namespace fallback
