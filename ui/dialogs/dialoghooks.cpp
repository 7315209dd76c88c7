// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dialoghooks.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace fallback::ui {

DialogHooks::FileNameHook DialogHooks::saveFileNameHook;
DialogHooks::FileNameHook DialogHooks::openFileNameHook;
DialogHooks::MessageHook DialogHooks::warningHook;
DialogHooks::QuestionHook DialogHooks::confirmHook;
DialogHooks::TextHook DialogHooks::textHook;

QString DialogHooks::saveFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (saveFileNameHook) {
        return saveFileNameHook(caption, directory);
    }
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString DialogHooks::openFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (openFileNameHook) {
        return openFileNameHook(caption, directory);
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void DialogHooks::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (warningHook) {
        warningHook(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

bool DialogHooks::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (confirmHook) {
        return confirmHook(title, text);
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

std::optional<QString> DialogHooks::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (textHook) {
        return textHook(title, label, text);
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

} // namespace fallback::ui
