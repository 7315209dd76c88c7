// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/setrecordvaluescommand.h"

#include "document/plandocument.h"

namespace fallback {

SetRecordValuesCommand::SetRecordValuesCommand(
    PlanDocument *document, QList<RecordChange> oldValues, QList<RecordChange> newValues, const QString &text)
    : m_document(document)
    , m_oldValues(std::move(oldValues))
    , m_newValues(std::move(newValues))
{
    setText(text);
}

void SetRecordValuesCommand::undo()
{
    setObsolete(!m_document->writeRecordValues(m_oldValues));
}

void SetRecordValuesCommand::redo()
{
    setObsolete(!m_document->writeRecordValues(m_newValues));
}

} // namespace fallback
