// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/runsession.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QGroupBox;

namespace fallback {
class PlanDocument;
class RosterModel;
class UpdateScheduleModel;
class RunEventModel;
class RunItemModel;
} // namespace fallback

namespace fallback::ui {

/// The window the team works from during an upgrade or a rehearsal (运行控制台):
/// the wall clock and the time against the planned window, the declared
/// warning level in its colour, the checklist, the timeline with a line to
/// log what happens, the decisions (declare a level, STOP, roll back, service
/// restored, end of the emergency), the incident's milestones and the call
/// roster. Everything is saved as it is done, with the operator's name.
/// Works from the keyboard alone; the shortcuts are in the tooltips.
class RunConsole final : public QWidget
{
    Q_OBJECT
public:
    /// A top-level window for run \a runId; \a parent owns it.
    RunConsole(PlanDocument *document, qint64 runId, QWidget *parent = nullptr);
    ~RunConsole() override;

    qint64 runId() const { return m_session->runId(); }
    RunSession *session() const { return m_session; }
    RunItemModel *itemModel() const { return m_items; }
    UpdateScheduleModel *scheduleModel() const { return m_schedule; }

    QString operatorName() const { return m_session->actor(); }
    /// Sets who operates the console; the name is remembered for next time.
    void setOperatorName(const QString &name);
    /// Asks who operates the console, offering the last name used.
    void askOperator();
    /// The name offered at first: the last one used here, else the computer's user name.
    static QString rememberedOperatorName();
    /// Offers \a name first next time.
    static void rememberOperatorName(const QString &name);

    /// Replaces the clock of the session and of the wall clock (tests).
    void setClock(RunSession::Clock clock);
    /// Shows the time now; a timer calls it every second.
    void updateClock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The clock the console shows and reads typed times on: the plan's.
    QTimeZone planZone() const;
    QWidget *buildHeader();
    QWidget *buildChecklist();
    QWidget *buildTimeline();
    QWidget *buildDecisions();
    QWidget *buildMilestones();
    QWidget *buildRoster();
    QWidget *buildUpdates();
    void createActions();
    void retranslateUi();

    qint64 currentItemId() const;
    void selectItem(qint64 itemId);
    void selectNextOpenItem(int fromRow);
    void tickCurrent();
    void reopenCurrent();
    void markCurrent(const QString &status);
    void logEvent();
    /// Opens Compose Update for \a audienceId, or for the audience whose
    /// update is due first when 0.
    void composeUpdate(qint64 audienceId = 0);
    void updateUpdatesTitle();
    /// Says who is on duty at \a now; only when the minute changed, unless \a force.
    void updateOnDuty(const QDateTime &now, bool force = false);
    /// Asks why; nullopt when the user cancels.
    std::optional<QString> askReason(const QString &title, const QString &label);
    void decide(const QString &decision);
    void declareLevel(qint64 levelId);
    void recordMilestone(const QString &kind);
    void editMilestone(const QString &kind);
    void undo();
    void toggleFullScreen();

    void rebuildLevelMenu();
    void updateHeader();
    void updateMilestones();
    void updateChecklistCaption();
    void updateEnabled();
    void showOperator();
    /// Says what happened, or why it was refused.
    void showMessage(const QString &text, bool refused = false);
    void showOutcome(bool done, const QString &doneText);

    PlanDocument *m_document;
    RunSession *m_session;
    RunItemModel *m_items = nullptr;
    RunEventModel *m_events = nullptr;
    RosterModel *m_roster = nullptr;
    UpdateScheduleModel *m_schedule = nullptr;
    QSortFilterProxyModel *m_rosterFilter = nullptr;
    QTimer *m_timer = nullptr;

    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_levelLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QLabel *m_windowLabel = nullptr;
    QPushButton *m_operatorButton = nullptr;
    QLabel *m_checklistCaption = nullptr;
    QTableView *m_checklistView = nullptr;
    QLabel *m_keysHint = nullptr;
    QLabel *m_timelineCaption = nullptr;
    QTableView *m_eventView = nullptr;
    QLineEdit *m_eventLine = nullptr;
    QPushButton *m_logButton = nullptr;
    QGroupBox *m_decisionBox = nullptr;
    QToolButton *m_levelButton = nullptr;
    QMenu *m_levelMenu = nullptr;
    QGroupBox *m_milestoneBox = nullptr;
    struct MilestoneRow
    {
        QLabel *label = nullptr;
        QLabel *time = nullptr;
        QPushButton *now = nullptr; ///< only for milestones that no decision records
        QPushButton *edit = nullptr;
    };
    QHash<QString, MilestoneRow> m_milestoneRows;
    /// The status updates and the call roster, one tab each.
    QTabWidget *m_sideTabs = nullptr;
    QWidget *m_updatesPane = nullptr;
    QTableView *m_updatesView = nullptr;
    QLabel *m_updatesHint = nullptr;
    QWidget *m_rosterPane = nullptr;
    QLineEdit *m_rosterSearch = nullptr;
    /// Who is on duty now by the upgrade's duty roster.
    QLabel *m_onDutyLabel = nullptr;
    QDateTime m_onDutyShownFor;
    QTreeView *m_rosterView = nullptr;
    QLabel *m_messageLabel = nullptr;

    QAction *m_declareLevelAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_restoredAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_composeUpdateAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_focusEventLineAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_sidePanelAction = nullptr;
    QAction *m_helpAction = nullptr;
    QScrollArea *m_milestoneScroll = nullptr;
    QWidget *m_sidePanel = nullptr;
};

} // namespace fallback::ui
