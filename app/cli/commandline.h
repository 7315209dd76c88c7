// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace fallback {

/// The `fallback` commands that run without a window (DESIGN.md, "Command line").
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::CommandLine)
public:
    /// True when \a arguments (without the program name) name a command-line
    /// command or option rather than a plan to open in the window.
    static bool isCommand(const QStringList &arguments);
    /// True when the command draws text (a report) and so needs a GUI application.
    static bool needsGui(const QStringList &arguments);
    /// Runs the command; returns the process exit status.
    static int run(const QStringList &arguments);
    /// Explains that the window needs a display; returns the exit status.
    static int reportNoDisplay();
    /// The --help text.
    static QString usage();

private:
    static int runCommand(const QStringList &arguments);
};

} // namespace fallback
