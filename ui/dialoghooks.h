// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

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

    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    /// Asks a yes/no question about a change; true when the user agrees.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);

    // Test hooks: when set they replace the dialogs.
    static FileNameHook saveFileNameHook;
    static FileNameHook openFileNameHook;
    static MessageHook warningHook;
    static QuestionHook confirmHook;
};

} // namespace fallback::ui
