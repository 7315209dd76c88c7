// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordkey.h"
#include "storage/recordsnapshot.h"

#include <QUndoCommand>

namespace fallback {

class PlanDocument;

/// Deletes records with everything that depends on them, in one transaction;
/// undo restores all of it.
class RemoveRecordsCommand final : public QUndoCommand
{
public:
    RemoveRecordsCommand(PlanDocument *document, QList<RecordKey> keys, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QList<RecordKey> m_keys;
    RecordSnapshot m_removed;
};

} // namespace fallback
