// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace fallback::ui {

/// Every modal question the window asks goes through here, so that GUI tests
/// can answer file dialogs and message boxes without a human.
class DialogHooks final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ui::DialogHooks)
public:
    using FileNameHook = std::function<QString(const QString &caption, const QString &directory)>;
    using MessageHook = std::function<void(const QString &title, const QString &text)>;
    using QuestionHook = std::function<bool(const QString &title, const QString &text)>;
    /// Plays the user of a dialog of the window's own; returns QDialog::Accepted or Rejected.
    using DialogHook = std::function<int(QDialog *dialog)>;
    /// Answers a request for a line of text; nullopt stands for Cancel.
    using TextHook
        = std::function<std::optional<QString>(const QString &title, const QString &label, const QString &text)>;

    /// Asks where to save; \a suggestion is a file name, which the dialog
    /// offers in the folder last chosen (the Documents folder at first), or an
    /// absolute path. The folder of the answer is remembered for next time.
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter);
    /// Asks which file to open, starting in \a directory, or in the folder
    /// last chosen when it is empty; the folder of the answer is remembered.
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    /// The folder the last file dialog ended in, the Documents folder before
    /// the first one; never the hidden folder the default plan lives in.
    static QString lastFolder();
    static void warning(QWidget *parent, const QString &title, const QString &text);
    /// Asks a yes/no question about a change; true when the user agrees.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    /// Asks for a line of text (a reason, a name, a time), offering \a text;
    /// nullopt when the user cancels.
    static std::optional<QString> askText(
        QWidget *parent, const QString &title, const QString &label, const QString &text = {});
    /// Asks for a reason that must not be empty: an empty answer asks again,
    /// saying so; nullopt when the user cancels.
    static std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &label);

    /// Shows \a dialog modally, as QDialog::exec() does.
    static int exec(QDialog *dialog);

    // Test hooks: when set they replace the dialogs.
    static FileNameHook saveFileNameHook;
    static FileNameHook openFileNameHook;
    static MessageHook warningHook;
    static QuestionHook confirmHook;
    static TextHook textHook;
    static DialogHook dialogHook;
};

} // namespace fallback::ui
