// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// Asks how an upgrade is run: live, or as a rehearsal, optionally for one
/// of the plan's drills, and by whom; says how many checklist items the run
/// starts with.
class StartRunDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString kind; ///< "live" or "rehearsal"
        qint64 drillId = 0; ///< 0: no drill
        QString operatorName; ///< who starts it, as the log records it
    };

    StartRunDialog(PlanDocument *document, qint64 upgradeId, QWidget *parent = nullptr);

    Choice choice() const;

    /// Shows the dialog; nullopt when the user cancels.
    static std::optional<Choice> ask(PlanDocument *document, qint64 upgradeId, QWidget *parent);
    /// Answers ask() in tests.
    static std::function<std::optional<Choice>(qint64 upgradeId)> hook;

private:
    void updateControls();

    QRadioButton *m_live = nullptr;
    QRadioButton *m_rehearsal = nullptr;
    QLabel *m_drillLabel = nullptr;
    QComboBox *m_drill = nullptr;
    QLineEdit *m_operator = nullptr;
    QPushButton *m_startButton = nullptr;
};

} // namespace fallback::ui
