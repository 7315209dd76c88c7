// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <QVariant>

namespace fallback {

class PlanDocument;

/// Changes one field of one record.
class SetRecordValueCommand final : public QUndoCommand
{
public:
    SetRecordValueCommand(
        PlanDocument *document, QString table, qint64 recordId, QString column, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QString m_table;
    qint64 m_recordId;
    QString m_column;
    QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace fallback
