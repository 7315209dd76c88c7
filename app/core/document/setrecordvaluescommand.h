// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordkey.h"

#include <QUndoCommand>

namespace fallback {

class PlanDocument;

/// Changes several fields at once in one transaction, such as the positions
/// of reordered rows.
class SetRecordValuesCommand final : public QUndoCommand
{
public:
    SetRecordValuesCommand(
        PlanDocument *document, QList<RecordChange> oldValues, QList<RecordChange> newValues, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QList<RecordChange> m_oldValues;
    QList<RecordChange> m_newValues;
};

} // namespace fallback
