// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recorddatebinding.h"

#include "document/plandocument.h"

#include <QDate>
#include <QLineEdit>
#include <QTimer>

namespace fallback::ui {

RecordDateBinding::RecordDateBinding(PlanDocument *document, QString table, QString column, QLineEdit *editor)
    : QObject(editor)
    , m_document(document)
    , m_table(std::move(table))
    , m_column(std::move(column))
    , m_editor(editor)
{
    connect(editor, &QLineEdit::editingFinished, this, &RecordDateBinding::commit);
    connect(editor, &QLineEdit::textEdited, this, [this] {
        m_edited = true;
        setInvalid(false);
    });
    connect(
        document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64 id, const QString &column) {
            if (table == m_table && id == m_id && column == m_column) {
                setInvalid(false);
                showValue();
            }
        });
    setRecord(0);
}

void RecordDateBinding::setRecord(qint64 id)
{
    commit();
    m_id = id;
    m_editor->setEnabled(id != 0);
    m_editor->setReadOnly(m_document->isReadOnly());
    setInvalid(false);
    showValue();
}

void RecordDateBinding::showValue()
{
    m_edited = false;
    const QString value = m_id == 0 ? QString() : m_document->store().value(m_table, m_id, m_column).toString();
    if (value == m_editor->text()) {
        return;
    }
    m_updating = true;
    m_editor->setText(value);
    m_updating = false;
}

void RecordDateBinding::setInvalid(bool invalid)
{
    m_editor->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #c00000; }") : QString());
}

void RecordDateBinding::commit()
{
    // Only what the user typed is saved, never text shown while an undo ran.
    if (!m_edited || m_updating || m_id == 0 || m_document->isReadOnly()) {
        return;
    }
    const QVariantMap record = m_document->store().record(m_table, m_id);
    if (record.isEmpty()) {
        return; // the record was removed while its date was being edited
    }
    const QVariant stored = record.value(m_column);
    m_edited = false;
    const QString text = m_editor->text().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid()) {
        const QString previous = stored.toString();
        Q_EMIT rejected(tr("\u201c%1\u201d is not a date. Enter it as YYYY-MM-DD, for example 2026-03-31; the date "
                           "stays %2.")
                            .arg(text, previous.isEmpty() ? tr("unset") : previous));
        showValue();
        setInvalid(true); // until the next keystroke or a new value
        // Back to the field, after the focus change that committed it is over.
        QTimer::singleShot(0, m_editor, [editor = m_editor] {
            editor->setFocus(Qt::OtherFocusReason);
            editor->selectAll();
        });
        return;
    }
    const QVariant value = text.isEmpty() ? QVariant() : QVariant(date.toString(Qt::ISODate));
    if (value.toString() == stored.toString() && value.isNull() == stored.isNull()) {
        showValue(); // the same date, perhaps typed with spaces around it
        return;
    }
    m_document->setRecordValue(m_table, m_id, m_column, value);
}

} // namespace fallback::ui
