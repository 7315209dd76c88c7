// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLineEdit;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// Keeps a line editor and one text field of one record in step (the name of
/// an upgrade, say), as RecordTextBinding does for longer texts: the text is
/// saved as an undoable edit when editing finishes (Return or focus leaving),
/// and undo or redo shows up in the editor.
class RecordLineBinding final : public QObject
{
    Q_OBJECT
public:
    RecordLineBinding(PlanDocument *document, QString table, QString column, QLineEdit *editor);

    /// Shows the field of record \a id (0: none; the editor is disabled);
    /// text typed for the previous record is saved to it first.
    void setRecord(qint64 id);
    /// Saves pending text now.
    void commit();

private:
    void showValue();

    PlanDocument *m_document;
    QString m_table;
    QString m_column;
    QLineEdit *m_editor;
    qint64 m_id = 0;
    bool m_updating = false;
    bool m_edited = false; ///< typed since the text was last shown or saved
};

} // namespace fallback::ui
