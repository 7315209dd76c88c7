// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removerecordcommand.h"

#include "plandocument.h"

namespace fallback {

RemoveRecordCommand::RemoveRecordCommand(PlanDocument *document, QString table, qint64 recordId, const QString &text)
    : m_document(document)
    , m_table(std::move(table))
    , m_recordId(recordId)
{
    setText(text);
}

void RemoveRecordCommand::undo()
{
    setObsolete(!m_document->writeRestore(m_removed));
}

void RemoveRecordCommand::redo()
{
    m_removed = m_document->writeRemove(m_table, m_recordId);
    setObsolete(m_removed.isEmpty());
}

} // namespace fallback
