// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordbatch.h"

#include <QUndoCommand>

namespace fallback {

class PlanDocument;

/// Inserts a set of records that belong together (an import, a copied
/// template, an instantiated checklist) in one transaction; undo deletes them.
/// Every row carries its id, so redo puts back the very same records.
class AddRecordsCommand final : public QUndoCommand
{
public:
    AddRecordsCommand(PlanDocument *document, QList<RecordBatch> batches, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QList<RecordBatch> m_batches;
};

} // namespace fallback
