// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/setrecordvaluecommand.h"

#include "document/plandocument.h"

#include <QCoreApplication>

namespace fallback {

SetRecordValueCommand::SetRecordValueCommand(
    PlanDocument *document, QString table, qint64 recordId, QString column, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_table(std::move(table))
    , m_recordId(recordId)
    , m_column(std::move(column))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    setText(QCoreApplication::translate("fallback::SetRecordValueCommand", "Edit field"));
}

void SetRecordValueCommand::undo()
{
    setObsolete(!m_document->writeRecordValue(m_table, m_recordId, m_column, m_oldValue));
}

void SetRecordValueCommand::redo()
{
    setObsolete(!m_document->writeRecordValue(m_table, m_recordId, m_column, m_newValue));
}

} // namespace fallback
