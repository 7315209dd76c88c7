// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/editrecordscommand.h"

#include "document/plandocument.h"

namespace fallback {

EditRecordsCommand::EditRecordsCommand(PlanDocument *document, QList<RecordSnapshot::Row> added,
    QList<RecordChange> oldValues, QList<RecordChange> newValues, const QString &text)
    : m_document(document)
    , m_added(std::move(added))
    , m_oldValues(std::move(oldValues))
    , m_newValues(std::move(newValues))
{
    setText(text);
}

void EditRecordsCommand::undo()
{
    QList<RecordKey> keys;
    keys.reserve(m_added.size());
    for (const RecordSnapshot::Row &row : std::as_const(m_added)) {
        keys.append({row.table, row.values.value(QStringLiteral("id")).toLongLong()});
    }
    setObsolete(!m_document->writeChangeAndRemove(m_oldValues, keys));
}

void EditRecordsCommand::redo()
{
    setObsolete(!m_document->writeAddAndChange(m_added, m_newValues));
}

} // namespace fallback
