// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordsnapshot.h"

#include <QUndoCommand>

namespace fallback {

class PlanDocument;

/// Adds a revision record and links the review and drill actions it
/// addresses, in one transaction; undo deletes the revision, which clears the
/// links (ON DELETE SET NULL), and redo puts both back.
class PublishRevisionCommand final : public QUndoCommand
{
public:
    /// \a revision holds the revision row; its clearedReferences are the
    /// actions' revision_id links to set.
    PublishRevisionCommand(PlanDocument *document, RecordSnapshot revision, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    RecordSnapshot m_revision;
};

} // namespace fallback
