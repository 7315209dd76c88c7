// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/removerecordscommand.h"

#include "document/plandocument.h"

namespace fallback {

RemoveRecordsCommand::RemoveRecordsCommand(PlanDocument *document, QList<RecordKey> keys, const QString &text)
    : m_document(document)
    , m_keys(std::move(keys))
{
    setText(text);
}

void RemoveRecordsCommand::undo()
{
    setObsolete(!m_document->writeRestore(m_removed));
}

void RemoveRecordsCommand::redo()
{
    m_removed = m_document->writeRemove(m_keys);
    setObsolete(m_removed.isEmpty());
}

} // namespace fallback
