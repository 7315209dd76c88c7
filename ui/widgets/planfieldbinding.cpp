// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planfieldbinding.h"

#include "document/plandocument.h"

#include <QDate>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTimeZone>

namespace fallback::ui {

namespace {
constexpr int IdleSaveMs = 1000;
}

PlanFieldBinding::PlanFieldBinding(PlanDocument *document, PlanField field, QLineEdit *editor)
    : QObject(editor)
    , m_document(document)
    , m_field(field)
    , m_lineEdit(editor)
{
    showValue();
    editor->setReadOnly(document->isReadOnly());
    connect(editor, &QLineEdit::editingFinished, this, &PlanFieldBinding::commit);
    connect(editor, &QLineEdit::textEdited, this, [this] { setInvalid(false); });
    connect(document, &PlanDocument::headerChanged, this, &PlanFieldBinding::onHeaderChanged);
}

PlanFieldBinding::PlanFieldBinding(PlanDocument *document, PlanField field, QPlainTextEdit *editor)
    : QObject(editor)
    , m_document(document)
    , m_field(field)
    , m_textEdit(editor)
    , m_idleTimer(new QTimer(this))
{
    showValue();
    editor->setReadOnly(document->isReadOnly());
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleSaveMs);
    connect(m_idleTimer, &QTimer::timeout, this, &PlanFieldBinding::commit);
    connect(editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_idleTimer->start();
        }
    });
    editor->installEventFilter(this);
    connect(document, &PlanDocument::headerChanged, this, &PlanFieldBinding::onHeaderChanged);
}

bool PlanFieldBinding::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_textEdit && event->type() == QEvent::FocusOut) {
        commit();
    }
    return QObject::eventFilter(watched, event);
}

QString PlanFieldBinding::editorText() const
{
    return m_lineEdit ? m_lineEdit->text() : m_textEdit->toPlainText();
}

void PlanFieldBinding::showValue()
{
    const QString value = m_document->header(m_field).toString();
    if (value == editorText()) {
        return;
    }
    m_updating = true;
    if (m_lineEdit) {
        m_lineEdit->setText(value);
        if (!m_lineEdit->hasFocus()) {
            m_lineEdit->setCursorPosition(0); // a long value shows its start, not its end
        }
    } else {
        // Keep the cursor where it was as far as the new text allows.
        const int position = m_textEdit->textCursor().position();
        m_textEdit->setPlainText(value);
        QTextCursor cursor = m_textEdit->textCursor();
        cursor.setPosition(std::min(position, int(value.size())));
        m_textEdit->setTextCursor(cursor);
    }
    m_updating = false;
}

void PlanFieldBinding::onHeaderChanged(PlanField field)
{
    if (field == m_field) {
        setInvalid(false);
        showValue();
    }
}

void PlanFieldBinding::setInvalid(bool invalid)
{
    if (m_lineEdit) {
        m_lineEdit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #c00000; }") : QString());
    }
}

void PlanFieldBinding::focusRefusedField()
{
    // Back to the field that was left, after the focus change that committed
    // it is over; its text selected, to type the value again.
    QTimer::singleShot(0, m_lineEdit, [edit = m_lineEdit] {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    });
}

void PlanFieldBinding::commit()
{
    if (m_idleTimer) {
        m_idleTimer->stop();
    }
    if (m_updating || m_document->isReadOnly()) {
        return;
    }
    QString text = editorText();
    QVariant value = text;
    if (m_field == PlanField::EffectiveDate) {
        text = text.trimmed();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid()) {
            setInvalid(true);
            const QString previous = m_document->header(m_field).toString();
            Q_EMIT rejected(tr("\"%1\" is not a date (YYYY-MM-DD); the effective date stays %2.")
                                .arg(text, previous.isEmpty() ? tr("unset") : previous));
            m_updating = true;
            m_lineEdit->setText(previous);
            m_updating = false;
            focusRefusedField();
            return;
        }
        value = text.isEmpty() ? QVariant() : QVariant(date.toString(Qt::ISODate));
    } else if (m_field == PlanField::TimeZone) {
        text = text.trimmed();
        if (!QTimeZone(text.toUtf8()).isValid()) {
            setInvalid(true);
            const QString previous = m_document->header(m_field).toString();
            Q_EMIT rejected(tr("\"%1\" is not a time zone (for example Asia/Shanghai); the time zone stays %2.")
                                .arg(text, previous));
            m_updating = true;
            m_lineEdit->setText(previous);
            m_updating = false;
            focusRefusedField();
            return;
        }
        value = text;
    }
    m_document->setHeader(m_field, value);
}

} // namespace fallback::ui
