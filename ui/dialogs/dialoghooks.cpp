// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dialoghooks.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace fallback::ui {

namespace {
const QString LastFolderKey = QStringLiteral("files/lastFolder");
/// Wide enough for a title and a sentence of reason: a dialog as narrow as its
/// text field cuts its own title.
constexpr int TextDialogMinimumEms = 36;

void rememberFolderOf(const QString &path)
{
    if (!path.isEmpty()) {
        QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    }
}
} // namespace

DialogHooks::FileNameHook DialogHooks::saveFileNameHook;
DialogHooks::FileNameHook DialogHooks::openFileNameHook;
DialogHooks::MessageHook DialogHooks::warningHook;
DialogHooks::QuestionHook DialogHooks::confirmHook;
DialogHooks::TextHook DialogHooks::textHook;
DialogHooks::DialogHook DialogHooks::dialogHook;

int DialogHooks::exec(QDialog *dialog)
{
    return dialogHook ? dialogHook(dialog) : dialog->exec();
}

QString DialogHooks::lastFolder()
{
    const QString remembered = QSettings().value(LastFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        return remembered;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString DialogHooks::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter)
{
    const QString start = QFileInfo(suggestion).isAbsolute() ? suggestion : QDir(lastFolder()).filePath(suggestion);
    const QString path = saveFileNameHook ? saveFileNameHook(caption, start)
                                          : QFileDialog::getSaveFileName(parent, caption, start, filter);
    rememberFolderOf(path);
    return path;
}

QString DialogHooks::openFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    const QString start = directory.isEmpty() ? lastFolder() : directory;
    const QString path = openFileNameHook ? openFileNameHook(caption, start)
                                          : QFileDialog::getOpenFileName(parent, caption, start, filter);
    rememberFolderOf(path);
    return path;
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
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(QLatin1Char('M')) * TextDialogMinimumEms);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.textValue();
}

std::optional<QString> DialogHooks::askReason(QWidget *parent, const QString &title, const QString &label)
{
    QString prompt = label;
    for (;;) {
        std::optional<QString> answer = askText(parent, title, prompt);
        if (!answer || !answer->trimmed().isEmpty()) {
            return answer;
        }
        prompt = tr("A reason is needed: nothing is recorded without one.") + QLatin1Char('\n') + label;
    }
}

} // namespace fallback::ui
