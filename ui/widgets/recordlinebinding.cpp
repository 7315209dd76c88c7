// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recordlinebinding.h"

#include "document/plandocument.h"

#include <QLineEdit>

namespace fallback::ui {

RecordLineBinding::RecordLineBinding(PlanDocument *document, QString table, QString column, QLineEdit *editor)
    : QObject(editor)
    , m_document(document)
    , m_table(std::move(table))
    , m_column(std::move(column))
    , m_editor(editor)
{
    connect(editor, &QLineEdit::editingFinished, this, &RecordLineBinding::commit);
    connect(editor, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(
        document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64 id, const QString &column) {
            if (table == m_table && id == m_id && column == m_column) {
                showValue();
            }
        });
    setRecord(0);
}

void RecordLineBinding::setRecord(qint64 id)
{
    commit();
    m_id = id;
    m_editor->setEnabled(id != 0);
    m_editor->setReadOnly(m_document->isReadOnly());
    showValue();
}

void RecordLineBinding::showValue()
{
    m_edited = false;
    const QString value = m_id == 0 ? QString() : m_document->store().value(m_table, m_id, m_column).toString();
    if (value == m_editor->text()) {
        return;
    }
    m_updating = true;
    m_editor->setText(value);
    if (!m_editor->hasFocus()) {
        m_editor->setCursorPosition(0); // a long value shows its start, not its end
    }
    m_updating = false;
}

void RecordLineBinding::commit()
{
    // Only what the user typed is saved, never text shown while an undo ran.
    if (!m_edited || m_updating || m_id == 0 || m_document->isReadOnly()) {
        return;
    }
    const QVariant stored = m_document->store().value(m_table, m_id, m_column);
    if (!stored.isValid()) {
        return; // the record was removed while its text was being edited
    }
    m_edited = false;
    if (m_editor->text() != stored.toString()) {
        m_document->setRecordValue(m_table, m_id, m_column, m_editor->text());
    }
}

} // namespace fallback::ui
