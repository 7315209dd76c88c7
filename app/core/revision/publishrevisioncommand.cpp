// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revision/publishrevisioncommand.h"

#include "document/plandocument.h"

namespace fallback {

PublishRevisionCommand::PublishRevisionCommand(PlanDocument *document, RecordSnapshot revision, const QString &text)
    : m_document(document)
    , m_revision(std::move(revision))
{
    setText(text);
}

void PublishRevisionCommand::undo()
{
    QList<RecordKey> keys;
    for (const RecordSnapshot::Row &row : std::as_const(m_revision.rows)) {
        keys.append({row.table, row.values.value(QStringLiteral("id")).toLongLong()});
    }
    // The delete reports the links it cleared: exactly what redo sets again.
    const RecordSnapshot removed = m_document->writeRemove(keys);
    setObsolete(removed.isEmpty());
    if (!removed.isEmpty()) {
        m_revision = removed;
    }
}

void PublishRevisionCommand::redo()
{
    // writeRestore inserts the row, then sets every listed reference to it.
    setObsolete(!m_document->writeRestore(m_revision));
}

} // namespace fallback
