// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace fallback::ui {

/// Every modal question the window asks goes through here, so that GUI tests
/// can answer file dialogs and message boxes without a human.
class DialogHooks final
{
public:
    using FileNameHook = std::function<QString(const QString &caption, const QString &directory)>;
    using MessageHook = std::function<void(const QString &title, const QString &text)>;
    using QuestionHook = std::function<bool(const QString &title, const QString &text)>;
    /// Answers a request for a line of text; nullopt stands for Cancel.
    using TextHook
        = std::function<std::optional<QString>(const QString &title, const QString &label, const QString &text)>;

    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    /// Asks a yes/no question about a change; true when the user agrees.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    /// Asks for a line of text (a reason, a name, a time), offering \a text;
    /// nullopt when the user cancels.
    static std::optional<QString> askText(
        QWidget *parent, const QString &title, const QString &label, const QString &text = {});

    // Test hooks: when set they replace the dialogs.
    static FileNameHook saveFileNameHook;
    static FileNameHook openFileNameHook;
    static MessageHook warningHook;
    static QuestionHook confirmHook;
    static TextHook textHook;
};

} // namespace fallback::ui
