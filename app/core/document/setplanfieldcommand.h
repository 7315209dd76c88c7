// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/planfield.h"

#include <QUndoCommand>
#include <QVariant>

namespace fallback {

class PlanDocument;

/// Changes one field of the plan header.
class SetPlanFieldCommand final : public QUndoCommand
{
public:
    SetPlanFieldCommand(PlanDocument *document, PlanField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    PlanField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    qint64 m_editedAt = 0;
};

} // namespace fallback
