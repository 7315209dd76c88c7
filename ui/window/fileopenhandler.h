// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace fallback::ui {

/// Passes on the files the system asks the running program to open: on
/// macOS a plan double-clicked in the Finder, or dropped on the Dock icon,
/// arrives as a QFileOpenEvent rather than on the command line.
class FileOpenHandler final : public QObject
{
    Q_OBJECT
public:
    /// Watches the application's events for as long as it lives, and calls
    /// \a open with the path of each file the system asks to open.
    explicit FileOpenHandler(std::function<void(const QString &)> open, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QString &)> m_open;
};

} // namespace fallback::ui
