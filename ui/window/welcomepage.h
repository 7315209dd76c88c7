// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fallback::ui {

/// Shown when no plan is open: create or open one.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openDefaultRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
};

} // namespace fallback::ui
