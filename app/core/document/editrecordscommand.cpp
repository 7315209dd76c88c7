// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/editrecordscommand.h"

#include "document/plandocument.h"

namespace fallback {

namespace {
QList<RecordKey> keysOf(const QList<RecordSnapshot::Row> &rows)
{
    QList<RecordKey> keys;
    keys.reserve(rows.size());
    for (const RecordSnapshot::Row &row : rows) {
        keys.append({row.table, row.values.value(QStringLiteral("id")).toLongLong()});
    }
    return keys;
}
} // namespace

EditRecordsCommand::EditRecordsCommand(PlanDocument *document, QList<RecordSnapshot::Row> added,
    QList<RecordChange> oldValues, QList<RecordChange> newValues, QList<RecordSnapshot::Row> removed,
    const QString &text)
    : m_document(document)
    , m_added(std::move(added))
    , m_oldValues(std::move(oldValues))
    , m_newValues(std::move(newValues))
    , m_removed(std::move(removed))
{
    setText(text);
}

void EditRecordsCommand::undo()
{
    setObsolete(!m_document->writeEdit(m_removed, m_oldValues, keysOf(m_added)));
}

void EditRecordsCommand::redo()
{
    setObsolete(!m_document->writeEdit(m_added, m_newValues, keysOf(m_removed)));
}

} // namespace fallback
