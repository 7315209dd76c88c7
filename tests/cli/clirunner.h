// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace fallback::test {

/// What one run of the `fallback` binary gave.
struct Result
{
    int exitCode = -1; // -1 when the process crashed or did not finish
    QByteArray out;
    QByteArray err;
};

struct RunOptions
{
    QString workingDirectory;
    /// LC_ALL of the run; LANGUAGE is removed so that this alone decides.
    QString locale = QStringLiteral("C.UTF-8");
    /// Standard output goes to this file (a device, a FIFO) instead of the test.
    QString standardOutputFile;
    /// TZ of the run, the zone of the machine it pretends to be; unset keeps the test's own.
    QString timeZone;
};

/// Runs the real binary as users and scripts do, without a display.
inline Result runFallback(const QStringList &arguments, const RunOptions &options = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), options.locale);
    if (!options.timeZone.isEmpty()) {
        environment.insert(QStringLiteral("TZ"), options.timeZone);
    }
    process.setProcessEnvironment(environment);
    if (!options.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(options.workingDirectory);
    }
    if (!options.standardOutputFile.isEmpty()) {
        process.setStandardOutputFile(options.standardOutputFile);
    }
    process.start(QStringLiteral(FALLBACK_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

/// True for exactly one line of text, as every command's error is.
inline bool isOneLine(const QByteArray &text)
{
    return !text.isEmpty() && text.count('\n') == 1 && text.endsWith('\n');
}

} // namespace fallback::test
