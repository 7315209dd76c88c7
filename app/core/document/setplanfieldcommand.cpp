// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/setplanfieldcommand.h"

#include "document/plandocument.h"
#include "document/undocommands.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fallback {

namespace {
constexpr qint64 MergeWindowMs = 5000;
}

SetPlanFieldCommand::SetPlanFieldCommand(PlanDocument *document, PlanField field, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
    , m_editedAt(QDateTime::currentMSecsSinceEpoch())
{
    setText(QCoreApplication::translate("fallback::SetPlanFieldCommand", "Edit plan header"));
}

void SetPlanFieldCommand::undo()
{
    setObsolete(!m_document->writeHeader(m_field, m_oldValue));
}

void SetPlanFieldCommand::redo()
{
    setObsolete(!m_document->writeHeader(m_field, m_newValue));
}

int SetPlanFieldCommand::id() const
{
    return SetPlanFieldCommandId;
}

bool SetPlanFieldCommand::mergeWith(const QUndoCommand *other)
{
    // Text is saved while the user types; saves of the same field a few
    // seconds apart are one edit to undo, not one step per pause.
    const auto *command = static_cast<const SetPlanFieldCommand *>(other);
    if (other->isObsolete()) {
        return false; // its write failed: nothing to merge
    }
    if (command->m_field != m_field || command->m_oldValue != m_newValue
        || command->m_editedAt - m_editedAt > MergeWindowMs) {
        return false;
    }
    m_newValue = command->m_newValue;
    m_editedAt = command->m_editedAt;
    return true;
}

} // namespace fallback
