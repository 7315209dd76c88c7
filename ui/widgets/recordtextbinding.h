// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QPlainTextEdit;
class QTimer;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// Keeps a text editor and one text field of one record in step (the duty of
/// a group, say): the text is saved as an undoable edit when typing pauses or
/// the editor loses focus, and undo or redo shows up in the editor.
class RecordTextBinding final : public QObject
{
    Q_OBJECT
public:
    RecordTextBinding(PlanDocument *document, QString table, QString column, QPlainTextEdit *editor);

    /// Shows the field of record \a id (0: none; the editor is disabled).
    void setRecord(qint64 id);
    /// Saves pending text now.
    void commit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showValue();

    PlanDocument *m_document;
    QString m_table;
    QString m_column;
    QPlainTextEdit *m_editor;
    QTimer *m_idleTimer;
    qint64 m_id = 0;
    bool m_updating = false;
    bool m_edited = false; ///< typed since the text was last shown or saved
};

} // namespace fallback::ui
