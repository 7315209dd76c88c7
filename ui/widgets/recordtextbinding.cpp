// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recordtextbinding.h"

#include "document/plandocument.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTimer>

namespace fallback::ui {

namespace {
constexpr int IdleSaveMs = 1000;
}

RecordTextBinding::RecordTextBinding(PlanDocument *document, QString table, QString column, QPlainTextEdit *editor)
    : QObject(editor)
    , m_document(document)
    , m_table(std::move(table))
    , m_column(std::move(column))
    , m_editor(editor)
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleSaveMs);
    connect(m_idleTimer, &QTimer::timeout, this, &RecordTextBinding::commit);
    connect(editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_edited = true;
            m_idleTimer->start();
        }
    });
    editor->installEventFilter(this);
    connect(
        document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64 id, const QString &column) {
            if (table == m_table && id == m_id && column == m_column) {
                showValue();
            }
        });
    setRecord(0);
}

void RecordTextBinding::setRecord(qint64 id)
{
    commit();
    m_id = id;
    m_editor->setEnabled(id != 0);
    m_editor->setReadOnly(m_document->isReadOnly());
    showValue();
}

bool RecordTextBinding::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        commit();
    }
    return QObject::eventFilter(watched, event);
}

void RecordTextBinding::showValue()
{
    m_edited = false;
    const QString value = m_id == 0 ? QString() : m_document->store().value(m_table, m_id, m_column).toString();
    if (value == m_editor->toPlainText()) {
        return;
    }
    m_updating = true;
    m_editor->setPlainText(value);
    m_updating = false;
}

void RecordTextBinding::commit()
{
    m_idleTimer->stop();
    // Only what the user typed is saved: a page that shows the record again
    // while an undo runs must not write back the text the undo replaces.
    if (!m_edited || m_updating || m_id == 0 || m_document->isReadOnly()
        || m_document->store().record(m_table, m_id).isEmpty()) {
        return; // nothing to save, or the record was removed meanwhile
    }
    m_edited = false;
    m_document->setRecordValue(m_table, m_id, m_column, m_editor->toPlainText());
}

} // namespace fallback::ui
