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

/// Keeps a line editor and one date field of one record in step (the date of
/// a drill, say), as RecordLineBinding does for text: the date is saved as an
/// undoable edit when editing finishes, and undo or redo shows up in the
/// editor. Only a date (YYYY-MM-DD) or nothing is taken; anything else is
/// refused with a red frame and rejected(), and the editor shows the old date.
class RecordDateBinding final : public QObject
{
    Q_OBJECT
public:
    RecordDateBinding(PlanDocument *document, QString table, QString column, QLineEdit *editor);

    /// Shows the field of record \a id (0: none; the editor is disabled);
    /// a date typed for the previous record is saved to it first.
    void setRecord(qint64 id);
    /// Saves a pending date now.
    void commit();

Q_SIGNALS:
    /// What was typed is not a date; \a message says so and which date stays.
    void rejected(const QString &message);

private:
    void showValue();
    void setInvalid(bool invalid);

    PlanDocument *m_document;
    QString m_table;
    QString m_column;
    QLineEdit *m_editor;
    qint64 m_id = 0;
    bool m_updating = false;
    bool m_edited = false; ///< typed since the date was last shown or saved
};

} // namespace fallback::ui
