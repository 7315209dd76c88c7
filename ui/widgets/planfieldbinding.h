// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/planfield.h"

#include <QObject>

class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// Keeps one editor widget and one plan header field in step: the user's text
/// is saved (as an undoable edit) when editing finishes or typing pauses, and
/// undo, redo or another change of the field shows up in the widget.
class PlanFieldBinding final : public QObject
{
    Q_OBJECT
public:
    PlanFieldBinding(PlanDocument *document, PlanField field, QLineEdit *editor);
    PlanFieldBinding(PlanDocument *document, PlanField field, QPlainTextEdit *editor);

    /// Saves pending text now (before the plan closes, say).
    void commit();

Q_SIGNALS:
    /// The text was not accepted (not a date, say) and the old value was restored.
    void rejected(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString editorText() const;
    void showValue();
    void onHeaderChanged(PlanField field);
    void setInvalid(bool invalid);
    void focusRefusedField();

    PlanDocument *m_document;
    PlanField m_field;
    QLineEdit *m_lineEdit = nullptr;
    QPlainTextEdit *m_textEdit = nullptr;
    QTimer *m_idleTimer = nullptr;
    bool m_updating = false;
};

} // namespace fallback::ui
