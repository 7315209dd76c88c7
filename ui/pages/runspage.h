// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fallback {
class PlanDocument;
class RunListModel;
} // namespace fallback

namespace fallback::ui {

/// The runs of the plan's upgrades, live and rehearsals, with the console of
/// the selected one a button (or Enter) away. Runs start on the Upgrades page.
class RunsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Selects a run (table run); false when there is no such run.
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    QTableView *view() const { return m_view; }
    qint64 currentRun() const;

Q_SIGNALS:
    void openConsoleRequested(qint64 runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openCurrent();
    void updateState();
    void retranslateUi();

    RunListModel *m_model = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace fallback::ui
