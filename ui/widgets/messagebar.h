// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace fallback::ui {

/// A message inside the page, above what the user is working on, where the
/// eye is (KeePassXC's message widget, KDE's KMessageWidget): what was done,
/// or why a value was refused. A refusal stays until it is closed or the next
/// message comes; news goes away by itself after a while.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Problem };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows \a text; a problem is also announced to screen readers.
    void showMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_hideTimer = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace fallback::ui
