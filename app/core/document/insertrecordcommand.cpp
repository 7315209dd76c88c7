// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/insertrecordcommand.h"

#include "document/plandocument.h"

namespace fallback {

InsertRecordCommand::InsertRecordCommand(PlanDocument *document, QString table, QVariantMap values, const QString &text)
    : m_document(document)
    , m_table(std::move(table))
    , m_values(std::move(values))
{
    setText(text);
}

void InsertRecordCommand::undo()
{
    m_removed = m_document->writeRemove({{m_table, m_recordId}});
    setObsolete(m_removed.isEmpty());
}

void InsertRecordCommand::redo()
{
    if (!m_removed.isEmpty()) {
        // Redo after undo: put back exactly what undo took, id included.
        setObsolete(!m_document->writeRestore(m_removed));
        return;
    }
    m_recordId = m_document->writeInsert(m_table, m_values);
    setObsolete(m_recordId == 0);
}

} // namespace fallback
