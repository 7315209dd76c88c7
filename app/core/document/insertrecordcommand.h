// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordsnapshot.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace fallback {

class PlanDocument;

/// Adds one record; undo removes it again, redo brings back the same record
/// with the same id.
class InsertRecordCommand final : public QUndoCommand
{
public:
    InsertRecordCommand(PlanDocument *document, QString table, QVariantMap values, const QString &text);

    void undo() override;
    void redo() override;
    /// Id of the inserted record; 0 until redo() has succeeded.
    qint64 recordId() const { return m_recordId; }

private:
    PlanDocument *m_document;
    QString m_table;
    QVariantMap m_values;
    qint64 m_recordId = 0;
    RecordSnapshot m_removed;
};

} // namespace fallback
