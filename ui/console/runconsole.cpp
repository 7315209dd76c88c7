// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/runconsole.h"

#include "communications/updateschedulemodel.h"
#include "console/composeupdatedialog.h"
#include "dialogs/dialoghooks.h"
#include "dialogs/helpwindow.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "duty/dutyroster.h"
#include "models/hexcolour.h"
#include "run/rostermodel.h"
#include "run/runeventmodel.h"
#include "run/runitemmodel.h"
#include "widgets/clampedtextdelegate.h"
#include "widgets/recorddelegate.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
const QString OperatorKey = QStringLiteral("runConsole/operator");
const QString UpgradeTable = QStringLiteral("upgrade");
const QString LevelTable = QStringLiteral("warning_level");
// Milestones that no decision records: the console records them by hand.
const QStringList HandMilestones = {QStringLiteral("occurred"), QStringLiteral("detected"), QStringLiteral("reported")};
// Large type: the console is read from a step away, under stress.
constexpr double ConsoleFontScale = 1.25;
constexpr double ClockFontScale = 2.4;

/// H:MM:SS of a span of seconds (at least zero); whole days counted apart,
/// as when a run is held long after its planned window.
QString spanText(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((secs / 3600) % 24)
                              .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(secs % 60, 2, 10, QLatin1Char('0'));
    const qint64 days = secs / 86400;
    return days == 0
        ? QStringLiteral("%1:%2").arg(secs / 3600).arg(clock.section(QLatin1Char(':'), 1, 2))
        : QCoreApplication::translate("fallback::ui::RunConsole", "%n d %1", nullptr, int(days)).arg(clock);
}

/// A time of the run on the plan's clock (\a zone), with its date when it is not today's.
QString momentText(const QDateTime &time, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime shown = time.toTimeZone(zone);
    if (shown.date() == now.toTimeZone(zone).date()) {
        return shown.toString(QStringLiteral("HH:mm:ss"));
    }
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// A time typed by hand on the plan's clock (\a zone): a full date and time, or a time of today.
QDateTime parseTypedTime(const QString &text, const QDateTime &now, const QTimeZone &zone)
{
    const QString typed = text.trimmed();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm")}) {
        const QDateTime time = QDateTime::fromString(typed, format);
        if (time.isValid()) {
            return QDateTime(time.date(), time.time(), zone);
        }
    }
    for (const QString &format :
        {QStringLiteral("HH:mm:ss"), QStringLiteral("H:mm:ss"), QStringLiteral("HH:mm"), QStringLiteral("H:mm")}) {
        const QTime time = QTime::fromString(typed, format);
        if (time.isValid()) {
            return QDateTime(now.toTimeZone(zone).date(), time, zone);
        }
    }
    return {};
}

QPixmap swatch(const QString &colour, int extent)
{
    QPixmap pixmap(extent, extent);
    pixmap.fill(QColor::fromString(colour));
    return pixmap;
}

/// The level box when no warning is in force: framed, in the window's colours.
const QString NoWarningStyle = QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 6px; }");

void scaleFont(QWidget *widget, double factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}
} // namespace

RunConsole::RunConsole(PlanDocument *document, qint64 runId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_session(new RunSession(document, runId, rememberedOperatorName(), {}, this))
{
    setObjectName(QStringLiteral("runConsole"));
    setAttribute(Qt::WA_DeleteOnClose);
    scaleFont(this, ConsoleFontScale);

    m_items = new RunItemModel(document, runId, this);
    m_events = new RunEventModel(document, runId, this);
    m_roster = new RosterModel(document, this);
    m_schedule = new UpdateScheduleModel(document, runId, this);

    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d3000; padding: 6px; }"));
    m_readOnlyBanner->setVisible(document->isReadOnly());

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();

    // The checklist is what people read during an outage: it takes most of
    // the window. The timeline below it and the panel beside it can be
    // dragged smaller or away (F9 hides the panel).
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("checklistSplitter"));
    left->addWidget(buildChecklist());
    left->addWidget(buildTimeline());
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);
    left->setCollapsible(0, false);
    left->setCollapsible(1, true);
    left->setSizes({640, 180});

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildDecisions());
    // The key times scroll rather than being cut off when the window is short.
    m_milestoneScroll = new QScrollArea(right);
    m_milestoneScroll->setObjectName(QStringLiteral("milestoneScroll"));
    m_milestoneScroll->setWidget(buildMilestones());
    m_milestoneScroll->setWidgetResizable(true);
    m_milestoneScroll->setFrameShape(QFrame::NoFrame);
    m_milestoneScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_milestoneScroll->setFocusPolicy(Qt::NoFocus); // its buttons take the focus, and it scrolls to them
    rightLayout->addWidget(m_milestoneScroll);
    m_sideTabs = new QTabWidget(right);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(buildUpdates(), QString());
    m_sideTabs->addTab(buildRoster(), QString());
    rightLayout->addWidget(m_sideTabs, 1);

    m_sidePanel = right;
    m_sidePanel->setObjectName(QStringLiteral("sidePanel"));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("consoleSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    splitter->setSizes({1050, 350}); // the checklist's texts need the room

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(buildHeader());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_messageLabel);

    connect(m_session, &RunSession::runChanged, this, [this] {
        updateHeader();
        updateMilestones();
        updateEnabled();
    });
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64, const QString &) {
        if (table == LevelTable) {
            rebuildLevelMenu();
            updateHeader();
        } else if (table == UpgradeTable) {
            updateHeader();
            updateClock();
        }
    });
    for (auto signal : {&PlanDocument::recordInserted, &PlanDocument::recordRemoved}) {
        connect(document, signal, this, [this](const QString &table) {
            if (table == LevelTable) {
                rebuildLevelMenu();
            } else if (table == QLatin1String("duty_shift")) {
                updateOnDuty(m_session->now(), true);
            }
        });
    }
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table) {
        if (table == QLatin1String("duty_shift") || table == QLatin1String("member")) {
            updateOnDuty(m_session->now(), true);
        }
    });
    connect(m_items, &QAbstractItemModel::dataChanged, this, &RunConsole::updateChecklistCaption);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &RunConsole::updateChecklistCaption);
    connect(m_items, &QAbstractItemModel::rowsRemoved, this, &RunConsole::updateChecklistCaption);
    connect(m_items, &QAbstractItemModel::modelReset, this, &RunConsole::updateChecklistCaption);
    // Ctrl+Z here takes back a tick or decision made in this console, as an
    // entry of the log (RunSession::takeBack()); Edit > Undo of the main
    // window still undoes edits of the plan.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &RunConsole::updateEnabled);
    // A run taken back (the undo of its start) takes its console with it.
    connect(document, &PlanDocument::recordRemoved, this, [this](const QString &table, qint64 id) {
        if (table == QLatin1String("run") && id == this->runId()) {
            close();
        }
    });

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RunConsole::updateClock);
    m_timer->start();

    retranslateUi();
    rebuildLevelMenu();
    updateHeader();
    updateMilestones();
    updateChecklistCaption();
    updateEnabled();
    updateClock();
    selectNextOpenItem(0);
    m_checklistView->setFocus();
    resize(1280, 860);
}

RunConsole::~RunConsole() = default;

QString RunConsole::rememberedOperatorName()
{
    const QString remembered = QSettings().value(OperatorKey).toString().trimmed();
    if (!remembered.isEmpty()) {
        return remembered;
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.trimmed();
}

void RunConsole::rememberOperatorName(const QString &name)
{
    if (!name.trimmed().isEmpty()) {
        QSettings().setValue(OperatorKey, name.trimmed());
    }
}

void RunConsole::setOperatorName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return;
    }
    m_session->setActor(trimmed);
    rememberOperatorName(trimmed);
    showOperator();
}

void RunConsole::askOperator()
{
    const std::optional<QString> name = DialogHooks::askText(
        this, tr("Who is at the console?"), tr("Your name, as the run's log records it:"), operatorName());
    if (name && !name->trimmed().isEmpty()) {
        setOperatorName(*name);
    }
    showOperator();
}

void RunConsole::showOperator()
{
    // Nothing is recorded without a name: say so where the name belongs.
    const bool nobody = operatorName().isEmpty();
    // A long name is cut short on the button, whole in its tooltip.
    const QString name = m_operatorButton->fontMetrics().elidedText(
        operatorName(), Qt::ElideRight, m_operatorButton->fontMetrics().averageCharWidth() * 40);
    m_operatorButton->setText(
        nobody ? tr("Operator: nobody \u2013 click to say who you are") : tr("Operator: %1").arg(name));
    m_operatorButton->setToolTip(nobody ? tr("Who is at the console: every action is logged with this name")
                                        : tr("Operator: %1").arg(operatorName()));
    m_operatorButton->setStyleSheet(
        nobody ? QStringLiteral("QPushButton { color: #c00000; font-weight: bold; }") : QString());
}

void RunConsole::setClock(RunSession::Clock clock)
{
    m_session->setClock(std::move(clock));
    updateClock();
}

QWidget *RunConsole::buildHeader()
{
    auto *header = new QWidget(this);
    m_titleLabel = new QLabel(header);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    scaleFont(m_titleLabel, 1.3, true);
    // A long upgrade name or state takes a second line rather than widening the console past a laptop's screen.
    m_titleLabel->setWordWrap(true);
    m_statusLabel = new QLabel(header);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    scaleFont(m_statusLabel, 1.1, true);
    m_levelLabel = new QLabel(header);
    m_levelLabel->setObjectName(QStringLiteral("levelLabel"));
    m_levelLabel->setAlignment(Qt::AlignCenter);
    m_levelLabel->setMinimumWidth(260);
    m_levelLabel->setWordWrap(true); // a long level name takes a second line rather than being cut
    scaleFont(m_levelLabel, 1.2, true);
    m_clockLabel = new QLabel(header);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_clockLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    scaleFont(m_clockLabel, ClockFontScale * ConsoleFontScale, true);
    m_elapsedLabel = new QLabel(header);
    m_elapsedLabel->setObjectName(QStringLiteral("elapsedLabel"));
    scaleFont(m_elapsedLabel, 1.1);
    m_windowLabel = new QLabel(header);
    m_windowLabel->setObjectName(QStringLiteral("windowLabel"));
    m_operatorButton = new QPushButton(header);
    m_operatorButton->setObjectName(QStringLiteral("operatorButton"));
    m_operatorButton->setFlat(true);
    connect(m_operatorButton, &QPushButton::clicked, this, &RunConsole::askOperator);

    auto *titles = new QVBoxLayout;
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_statusLabel);
    titles->addWidget(m_operatorButton, 0, Qt::AlignLeft);
    auto *times = new QVBoxLayout;
    times->addWidget(m_elapsedLabel);
    times->addWidget(m_windowLabel);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles, 1);
    layout->addWidget(m_levelLabel);
    layout->addSpacing(16);
    layout->addLayout(times);
    layout->addSpacing(16);
    layout->addWidget(m_clockLabel);
    return header;
}

QWidget *RunConsole::buildChecklist()
{
    auto *box = new QWidget(this);
    m_checklistCaption = new QLabel(box);
    m_checklistCaption->setObjectName(QStringLiteral("checklistCaption"));
    scaleFont(m_checklistCaption, 1.0, true);
    m_checklistView = new QTableView(box);
    m_checklistView->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move in the table
    m_checklistView->setObjectName(QStringLiteral("checklistView"));
    m_checklistView->setModel(m_items);
    m_checklistView->setItemDelegate(new RecordDelegate(m_checklistView));
    m_checklistView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checklistView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklistView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checklistView->setWordWrap(true);
    m_checklistView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checklistView->verticalHeader()->hide();
    // The item's text takes the room and wraps; the short columns are as wide
    // as what they show, the names of groups a little narrower.
    QHeaderView *columns = m_checklistView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(RunItemModel::TextColumn, QHeaderView::Stretch);
    for (int column : {RunItemModel::StatusColumn, RunItemModel::PhaseColumn, RunItemModel::TickedAtColumn}) {
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    const int nameWidth = m_checklistView->fontMetrics().averageCharWidth() * 16;
    // Wide enough for a group's name on two lines, so that it never makes a row taller than its item.
    m_checklistView->setColumnWidth(RunItemModel::ResponsibleColumn, nameWidth * 5 / 4);
    m_checklistView->setColumnWidth(RunItemModel::TickedByColumn, nameWidth * 2 / 3);
    // A failed or skipped item's reason: wide enough to read, at most three
    // lines high (the rest in its tooltip), so that the rows stay in view.
    m_checklistView->setColumnWidth(RunItemModel::NoteColumn, nameWidth);
    m_checklistView->setItemDelegateForColumn(RunItemModel::NoteColumn, new ClampedTextDelegate(3, m_checklistView));
    m_checklistView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checklistView->installEventFilter(this);
    connect(m_checklistView, &QAbstractItemView::doubleClicked, this, &RunConsole::tickCurrent);
    m_keysHint = new QLabel(box);
    m_keysHint->setObjectName(QStringLiteral("keysHint"));
    m_keysHint->setWordWrap(true);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checklistCaption);
    layout->addWidget(m_checklistView, 1);
    layout->addWidget(m_keysHint);
    return box;
}

QWidget *RunConsole::buildTimeline()
{
    auto *box = new QWidget(this);
    m_timelineCaption = new QLabel(box);
    scaleFont(m_timelineCaption, 1.0, true);
    m_eventView = new QTableView(box);
    m_eventView->setTabKeyNavigation(false);
    m_eventView->setObjectName(QStringLiteral("eventView"));
    m_eventView->setModel(m_events);
    m_eventView->setItemDelegate(new RecordDelegate(m_eventView));
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventView->verticalHeader()->hide();
    m_eventView->setColumnHidden(RunEventModel::LevelColumn, true); // the level is in the event's text and colour
    m_eventView->setWordWrap(true);
    m_eventView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *eventColumns = m_eventView->horizontalHeader();
    eventColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    eventColumns->setSectionResizeMode(RunEventModel::TextColumn, QHeaderView::Stretch);
    eventColumns->setSectionResizeMode(RunEventModel::ReasonColumn, QHeaderView::Interactive);
    m_eventView->setColumnWidth(RunEventModel::ReasonColumn, m_eventView->fontMetrics().averageCharWidth() * 24);
    m_eventView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The newest event is the one to see.
    connect(m_events, &QAbstractItemModel::rowsInserted, m_eventView, [this] { m_eventView->scrollToBottom(); });
    connect(m_events, &QAbstractItemModel::modelReset, m_eventView, [this] { m_eventView->scrollToBottom(); });

    m_eventLine = new QLineEdit(box);
    m_eventLine->setObjectName(QStringLiteral("eventLine"));
    m_eventLine->setClearButtonEnabled(true);
    m_eventLine->installEventFilter(this);
    connect(m_eventLine, &QLineEdit::returnPressed, this, &RunConsole::logEvent);
    m_logButton = new QPushButton(box);
    m_logButton->setObjectName(QStringLiteral("logButton"));
    connect(m_logButton, &QPushButton::clicked, this, &RunConsole::logEvent);

    auto *line = new QHBoxLayout;
    line->addWidget(m_eventLine, 1);
    line->addWidget(m_logButton);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timelineCaption);
    layout->addWidget(m_eventView, 1);
    layout->addLayout(line);
    QTimer::singleShot(0, m_eventView, [this] { m_eventView->scrollToBottom(); });
    return box;
}

void RunConsole::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_declareLevelAction = make("declareLevelAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { m_levelMenu->popup(m_levelButton->mapToGlobal(QPoint(0, m_levelButton->height()))); });
    m_stopAction = make(
        "stopAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { decide(QStringLiteral("stop")); });
    m_rollbackAction = make("rollbackAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [this] { decide(QStringLiteral("rollback")); });
    m_restoredAction = make("restoredAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        [this] { decide(QStringLiteral("restored")); });
    m_endAction = make(
        "endAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { decide(QStringLiteral("ended")); });
    m_composeUpdateAction
        = make("composeUpdateAction", QKeySequence(Qt::CTRL | Qt::Key_U), [this] { composeUpdate(); });
    m_undoAction = make("undoAction", QKeySequence::Undo, [this] { undo(); });
    m_focusEventLineAction = make("focusEventLineAction", QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_eventLine->setFocus(Qt::ShortcutFocusReason);
        m_eventLine->selectAll();
    });
    m_fullScreenAction = make("fullScreenAction", QKeySequence(Qt::Key_F11), [this] { toggleFullScreen(); });
    m_sidePanelAction = make(
        "sidePanelAction", QKeySequence(Qt::Key_F9), [this] { m_sidePanel->setVisible(!m_sidePanel->isVisible()); });
    // The guide's page for the operator.
    m_helpAction
        = make("helpAction", QKeySequence::HelpContents, [] { HelpWindow::showTopic(QStringLiteral("console")); });
}

QWidget *RunConsole::buildDecisions()
{
    m_decisionBox = new QGroupBox(this);
    m_levelMenu = new QMenu(m_decisionBox);
    m_levelMenu->setObjectName(QStringLiteral("levelMenu"));
    const auto button = [this](QAction *action, const char *name) {
        auto *tool = new QToolButton(m_decisionBox);
        tool->setObjectName(QLatin1String(name));
        tool->setDefaultAction(action);
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tool->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tool->setMinimumHeight(tool->fontMetrics().height() * 2);
        return tool;
    };
    m_levelButton = button(m_declareLevelAction, "levelButton");
    m_levelButton->setMenu(m_levelMenu);
    m_levelButton->setPopupMode(QToolButton::InstantPopup);
    QToolButton *stop = button(m_stopAction, "stopButton");
    scaleFont(stop, 1.3, true);
    stop->setStyleSheet(QStringLiteral("QToolButton { background: #c00000; color: white; border-radius: 4px; }"
                                       "QToolButton:disabled { background: #d9a0a0; }"));
    stop->setMinimumHeight(stop->fontMetrics().height() * 2);

    auto *layout = new QGridLayout(m_decisionBox);
    layout->addWidget(m_levelButton, 0, 0);
    layout->addWidget(stop, 0, 1);
    layout->addWidget(button(m_rollbackAction, "rollbackButton"), 1, 0);
    layout->addWidget(button(m_restoredAction, "restoredButton"), 1, 1);
    layout->addWidget(button(m_endAction, "endButton"), 2, 0, 1, 2);
    layout->addWidget(button(m_composeUpdateAction, "composeUpdateButton"), 3, 0, 1, 2);
    return m_decisionBox;
}

QWidget *RunConsole::buildMilestones()
{
    m_milestoneBox = new QGroupBox(this);
    auto *layout = new QGridLayout(m_milestoneBox);
    int row = 0;
    for (const QString &kind : RunSession::milestoneKinds()) {
        MilestoneRow widgets;
        widgets.label = new QLabel(m_milestoneBox);
        widgets.time = new QLabel(m_milestoneBox);
        widgets.time->setObjectName(QStringLiteral("milestoneTime_%1").arg(kind));
        widgets.time->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // A corrected time names its first one and who changed it: that wraps
        // rather than widening the side panel at the checklist's cost.
        widgets.time->setWordWrap(true);
        widgets.label->setWordWrap(true); // a long name does not widen the panel at the checklist's cost
        layout->addWidget(widgets.label, row, 0);
        layout->addWidget(widgets.time, row, 1);
        if (HandMilestones.contains(kind)) {
            widgets.now = new QPushButton(m_milestoneBox);
            widgets.now->setObjectName(QStringLiteral("milestoneNow_%1").arg(kind));
            connect(widgets.now, &QPushButton::clicked, this, [this, kind] { recordMilestone(kind); });
            layout->addWidget(widgets.now, row, 2);
        }
        widgets.edit = new QPushButton(m_milestoneBox);
        widgets.edit->setObjectName(QStringLiteral("milestoneEdit_%1").arg(kind));
        connect(widgets.edit, &QPushButton::clicked, this, [this, kind] { editMilestone(kind); });
        layout->addWidget(widgets.edit, row, 3);
        m_milestoneRows.insert(kind, widgets);
        ++row;
    }
    layout->setColumnStretch(1, 1);
    return m_milestoneBox;
}

QWidget *RunConsole::buildUpdates()
{
    m_updatesPane = new QWidget(this);
    m_updatesPane->setObjectName(QStringLiteral("updatesPane"));
    m_updatesView = new QTableView(m_updatesPane);
    m_updatesView->setObjectName(QStringLiteral("updatesView"));
    m_updatesView->setModel(m_schedule);
    m_updatesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_updatesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_updatesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_updatesView->verticalHeader()->hide();
    m_updatesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_updatesView->horizontalHeader()->setSectionResizeMode(UpdateScheduleModel::AudienceColumn, QHeaderView::Stretch);
    m_updatesView->setMinimumHeight(m_updatesView->fontMetrics().lineSpacing() * 5);
    const auto composeSelected = [this] {
        const QModelIndex current = m_updatesView->currentIndex();
        composeUpdate(current.isValid() ? current.data(UpdateScheduleModel::AudienceIdRole).toLongLong() : 0);
    };
    connect(m_updatesView, &QTableView::activated, this, composeSelected);
    connect(m_schedule, &QAbstractItemModel::dataChanged, this, &RunConsole::updateUpdatesTitle);
    connect(m_schedule, &QAbstractItemModel::modelReset, this, &RunConsole::updateUpdatesTitle);
    m_updatesHint = new QLabel(m_updatesPane);
    m_updatesHint->setObjectName(QStringLiteral("updatesHint"));
    m_updatesHint->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_updatesPane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_updatesView, 1);
    layout->addWidget(m_updatesHint);
    return m_updatesPane;
}

void RunConsole::updateUpdatesTitle()
{
    const int overdue = m_schedule->overdueCount();
    const QString title = overdue > 0 ? tr("Status updates: %n overdue", nullptr, overdue) : tr("Status updates");
    const int tab = m_sideTabs->indexOf(m_updatesPane);
    m_sideTabs->setTabText(tab, title);
    m_sideTabs->tabBar()->setTabTextColor(tab, overdue > 0 ? QColor(0xc0, 0x00, 0x00) : QColor());
    m_updatesView->setAccessibleName(title);
}

void RunConsole::composeUpdate(qint64 audienceId)
{
    if (m_document->isReadOnly()) {
        showMessage(m_document->file().readOnlyMessage(), true);
        return;
    }
    if (m_session->actor().isEmpty()) {
        askOperator();
        if (m_session->actor().isEmpty()) {
            return;
        }
    }
    if (m_schedule->rowCount() == 0) {
        showMessage(tr("The plan has no audiences to tell: add them under Communications."), true);
        return;
    }
    auto *dialog
        = new ComposeUpdateDialog(m_session, audienceId != 0 ? audienceId : m_schedule->mostUrgentAudience(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage(tr("Update to %1 logged as sent at %2; the message is on the clipboard.")
                        .arg(dialog->audienceName(),
                            m_session->now().toTimeZone(planZone()).toString(QStringLiteral("HH:mm"))));
    });
    dialog->open();
}

void RunConsole::updateOnDuty(const QDateTime &now, bool force)
{
    const QDateTime minute = now.addSecs(-now.time().second());
    if (!force && minute == m_onDutyShownFor) {
        return;
    }
    m_onDutyShownFor = minute;
    const DutyRoster roster(m_document->database(), m_session->upgradeId());
    if (roster.shifts().isEmpty()) {
        m_onDutyLabel->setVisible(false);
        return;
    }
    QStringList lines;
    for (const DutyShift &shift : roster.onDutyAt(now)) {
        if (shift.member.isEmpty()) {
            continue; // a finding of the roster; nobody to call
        }
        QString line = shift.group.isEmpty() ? shift.member : tr("%1: %2").arg(shift.group, shift.member);
        if (!shift.memberPhone.isEmpty()) {
            line += QLatin1Char(' ') + shift.memberPhone;
        }
        if (!shift.backup.isEmpty()) {
            line += QLatin1Char(' ') + tr("(backup %1)").arg(shift.backup);
        }
        line += QLatin1Char(' ')
            + tr("until %1").arg(shift.ends.toTimeZone(planZone()).toString(QStringLiteral("HH:mm")));
        lines << line.toHtmlEscaped();
    }
    m_onDutyLabel->setText(lines.isEmpty() ? tr("<b>On duty now:</b> nobody by the duty roster.")
                                           : tr("<b>On duty now:</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_onDutyLabel->setVisible(true);
}

QWidget *RunConsole::buildRoster()
{
    m_rosterPane = new QWidget(this);
    m_rosterPane->setObjectName(QStringLiteral("rosterPane"));
    m_rosterSearch = new QLineEdit(m_rosterPane);
    m_rosterSearch->setObjectName(QStringLiteral("rosterSearch"));
    m_rosterSearch->setClearButtonEnabled(true);
    m_rosterFilter = new QSortFilterProxyModel(this);
    m_rosterFilter->setSourceModel(m_roster);
    m_rosterFilter->setRecursiveFilteringEnabled(true);
    m_rosterFilter->setFilterKeyColumn(-1);
    m_rosterFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_rosterView = new QTreeView(m_rosterPane);
    m_rosterView->setObjectName(QStringLiteral("rosterView"));
    m_rosterView->setModel(m_rosterFilter);
    m_rosterView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rosterView->setAlternatingRowColors(true);
    // A few people at least, however short the window (its search finds the rest).
    m_rosterView->setMinimumHeight(m_rosterView->fontMetrics().lineSpacing() * 5);
    m_rosterView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rosterView->expandAll();
    connect(m_rosterSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_rosterFilter->setFilterFixedString(text.trimmed());
        m_rosterView->expandAll();
    });
    connect(m_roster, &QAbstractItemModel::modelReset, m_rosterView, [this] { m_rosterView->expandAll(); });
    m_onDutyLabel = new QLabel(m_rosterPane);
    m_onDutyLabel->setObjectName(QStringLiteral("onDutyLabel"));
    m_onDutyLabel->setWordWrap(true);
    m_onDutyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(m_rosterPane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_onDutyLabel);
    layout->addWidget(m_rosterSearch);
    layout->addWidget(m_rosterView, 1);
    return m_rosterPane;
}

bool RunConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_eventLine && key->key() == Qt::Key_Escape) {
        m_checklistView->setFocus(Qt::OtherFocusReason); // back to the checklist
        return true;
    }
    if (watched != m_checklistView || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        return QWidget::eventFilter(watched, event);
    }
    switch (key->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        tickCurrent();
        return true;
    case Qt::Key_F:
        markCurrent(QStringLiteral("failed"));
        return true;
    case Qt::Key_S:
        markCurrent(QStringLiteral("skipped"));
        return true;
    case Qt::Key_Backspace:
        reopenCurrent();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

qint64 RunConsole::currentItemId() const
{
    const QModelIndex current = m_checklistView->currentIndex();
    return current.isValid() ? m_items->idAt(current.row()) : 0;
}

void RunConsole::selectItem(qint64 itemId)
{
    const int row = m_items->rowOf(itemId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_items->index(row, RunItemModel::TextColumn);
    m_checklistView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_checklistView->scrollTo(index);
}

void RunConsole::selectNextOpenItem(int fromRow)
{
    // After a tick the next open item is current, so that Space goes down the list.
    const int rows = m_items->rowCount();
    for (int step = 0; step < rows; ++step) {
        const int row = (fromRow + step) % rows;
        if (m_items->index(row, 0).data(RunItemModel::ItemStatusRole).toString() == QLatin1String("open")) {
            selectItem(m_items->idAt(row));
            return;
        }
    }
}

void RunConsole::tickCurrent()
{
    const qint64 item = currentItemId();
    if (item == 0) {
        return;
    }
    const int row = m_items->rowOf(item);
    const QString text = m_items->index(row, RunItemModel::TextColumn).data().toString();
    if (m_items->index(row, 0).data(RunItemModel::ItemStatusRole).toString() != QLatin1String("open")) {
        showMessage(tr("\u201c%1\u201d is not open: Backspace reopens it.").arg(text), true);
        return;
    }
    if (m_session->tick(item)) {
        showMessage(tr("Done: %1").arg(text));
        selectNextOpenItem(row + 1);
    } else {
        showMessage(m_session->refusal(), true);
    }
}

void RunConsole::reopenCurrent()
{
    const qint64 item = currentItemId();
    if (item == 0) {
        return;
    }
    const QString text = m_items->index(m_items->rowOf(item), RunItemModel::TextColumn).data().toString();
    showOutcome(m_session->reopen(item), tr("Reopened: %1").arg(text));
}

void RunConsole::markCurrent(const QString &status)
{
    const qint64 item = currentItemId();
    if (item == 0) {
        return;
    }
    const int row = m_items->rowOf(item);
    const QString text = m_items->index(row, RunItemModel::TextColumn).data().toString();
    const bool failed = status == QLatin1String("failed");
    const std::optional<QString> reason = failed
        ? askReason(tr("Item failed"), tr("Why did \u201c%1\u201d fail?").arg(text))
        : askReason(tr("Skip item"), tr("Why is \u201c%1\u201d skipped?").arg(text));
    if (!reason) {
        return;
    }
    const bool done = failed ? m_session->markFailed(item, *reason) : m_session->markSkipped(item, *reason);
    showOutcome(done, failed ? tr("Failed: %1").arg(text) : tr("Skipped: %1").arg(text));
    if (done) {
        selectNextOpenItem(row + 1);
    }
}

void RunConsole::logEvent()
{
    const QString text = m_eventLine->text();
    if (m_session->logEvent(text)) {
        m_eventLine->clear();
        showMessage(
            tr("Logged at %1.").arg(m_session->now().toTimeZone(planZone()).toString(QStringLiteral("HH:mm:ss"))));
    } else {
        showMessage(m_session->refusal(), true);
    }
}

std::optional<QString> RunConsole::askReason(const QString &title, const QString &label)
{
    return DialogHooks::askReason(this, title, label + QLatin1Char('\n') + tr("(The log keeps it with your name.)"));
}

void RunConsole::decide(const QString &decision)
{
    std::optional<QString> reason;
    if (decision == QLatin1String("stop")) {
        reason = askReason(tr("STOP the upgrade"), tr("Why is the upgrade stopped?"));
        if (reason) {
            showOutcome(m_session->stop(*reason), tr("STOP recorded. Notify the emergency group now."));
        }
    } else if (decision == QLatin1String("rollback")) {
        reason = askReason(tr("Start rollback"), tr("Why is the upgrade rolled back?"));
        if (reason) {
            showOutcome(m_session->startRollback(*reason), tr("Rollback started."));
        }
    } else if (decision == QLatin1String("restored")) {
        reason = askReason(tr("Service restored"), tr("How was the service found restored?"));
        if (reason) {
            showOutcome(m_session->serviceRestored(*reason), tr("Service restored recorded."));
        }
    } else if (decision == QLatin1String("ended")) {
        reason = askReason(tr("End the emergency"), tr("Why is the emergency over?"));
        if (reason) {
            showOutcome(m_session->endEmergency(*reason), tr("The emergency is ended."));
        }
    }
}

void RunConsole::declareLevel(qint64 levelId)
{
    const QString name
        = levelId != 0 ? m_document->store().value(LevelTable, levelId, QStringLiteral("name")).toString() : QString();
    const std::optional<QString> reason = levelId != 0
        ? askReason(tr("Declare warning level"), tr("Why is \u201c%1\u201d declared?").arg(name))
        : askReason(tr("Lift warning"), tr("Why is the warning lifted?"));
    if (reason) {
        showOutcome(m_session->declareLevel(levelId, *reason),
            levelId != 0 ? tr("Declared: %1").arg(name) : tr("Warning lifted."));
    }
}

void RunConsole::recordMilestone(const QString &kind)
{
    showOutcome(m_session->recordMilestone(kind),
        tr("Recorded: %1").arg(Vocabulary::label(Vocabulary::Kind::MilestoneKind, kind)));
}

void RunConsole::editMilestone(const QString &kind)
{
    const QString label = Vocabulary::label(Vocabulary::Kind::MilestoneKind, kind);
    const QDateTime now = m_session->now();
    const QVariantMap recorded = m_session->milestone(kind);
    const QDateTime current = recorded.isEmpty() ? now : RunSession::timeOf(recorded.value(QStringLiteral("at")));
    const std::optional<QString> typed = DialogHooks::askText(this, tr("Change \u201c%1\u201d").arg(label),
        tr("When was it, in local time (%1)? The first recorded time is kept.")
            .arg(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
        current.toTimeZone(planZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!typed) {
        return;
    }
    const QDateTime time = parseTypedTime(*typed, now, planZone());
    if (!time.isValid()) {
        showMessage(tr("\u201c%1\u201d is not a time; write it as %2. Nothing was changed.")
                        .arg(typed->trimmed(), now.toTimeZone(planZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            true);
        return;
    }
    showOutcome(m_session->editMilestone(kind, time, operatorName()),
        tr("%1 set to %2.").arg(label, momentText(time, now, planZone())));
}

void RunConsole::undo()
{
    // The run's log is a record of what happened: Ctrl+Z takes the last tick
    // or decision back as an entry of its own, it does not erase it.
    if (m_document->isReadOnly()) {
        return;
    }
    const QString text = m_session->takeBackText();
    showOutcome(m_session->takeBack(), tr("Taken back: %1").arg(text));
}

void RunConsole::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
    } else {
        showFullScreen();
    }
}

void RunConsole::showMessage(const QString &text, bool refused)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(
        refused ? QStringLiteral("QLabel { color: #c00000; font-weight: bold; }") : QString());
}

void RunConsole::showOutcome(bool done, const QString &doneText)
{
    if (done) {
        showMessage(doneText);
    } else {
        showMessage(m_session->refusal(), true);
    }
}

void RunConsole::rebuildLevelMenu()
{
    m_levelMenu->clear();
    const int extent = m_levelMenu->style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const QVariantMap &level : m_document->store().records(LevelTable, {}, {}, QStringLiteral("rank"))) {
        const qint64 id = level.value(QStringLiteral("id")).toLongLong();
        QAction *action = m_levelMenu->addAction(level.value(QStringLiteral("name")).toString());
        action->setObjectName(QStringLiteral("declareLevel%1").arg(id));
        const QString colour = level.value(QStringLiteral("colour")).toString();
        if (HexColour::isValid(colour)) {
            action->setIcon(QIcon(swatch(colour, extent)));
        }
        connect(action, &QAction::triggered, this, [this, id] { declareLevel(id); });
    }
    m_levelMenu->addSeparator();
    QAction *lift = m_levelMenu->addAction(tr("Lift the warning"));
    lift->setObjectName(QStringLiteral("declareLevel0"));
    connect(lift, &QAction::triggered, this, [this] { declareLevel(0); });
}

void RunConsole::updateHeader()
{
    const QString kind = m_session->kind();
    const QString name = m_session->upgradeName();
    m_titleLabel->setText(kind == QLatin1String("rehearsal") ? tr("%1 \u2013 rehearsal").arg(name)
                                                             : tr("%1 \u2013 live upgrade").arg(name));
    setWindowTitle(tr("Run console: %1 - Fallback").arg(name));
    const QString status = m_session->status();
    QString statusText = Vocabulary::label(Vocabulary::Kind::RunStatus, status);
    if (m_session->hasEnded()) {
        statusText = tr("%1, ended %2").arg(statusText, momentText(m_session->endedAt(), m_session->now(), planZone()));
    }
    m_statusLabel->setText(statusText);
    const bool alarm = status == QLatin1String("stopped") || status == QLatin1String("rolled_back");
    m_statusLabel->setStyleSheet(alarm ? QStringLiteral("QLabel { color: #c00000; }") : QString());

    const qint64 levelId = m_session->warningLevelId();
    const QVariantMap level = levelId != 0 ? m_document->store().record(LevelTable, levelId) : QVariantMap();
    if (level.isEmpty()) {
        m_levelLabel->setText(tr("No warning level"));
        m_levelLabel->setStyleSheet(NoWarningStyle);
        m_levelLabel->setToolTip(QString());
        return;
    }
    if (m_session->hasEnded()) {
        // Over: the level is history, no longer a warning in force.
        m_levelLabel->setText(tr("Emergency over (was %1)").arg(level.value(QStringLiteral("name")).toString()));
        m_levelLabel->setStyleSheet(NoWarningStyle);
        m_levelLabel->setToolTip(QString());
        return;
    }
    QString colour = level.value(QStringLiteral("colour")).toString().toLower();
    if (!HexColour::isValid(colour)) {
        colour = QStringLiteral("#808080");
    }
    m_levelLabel->setText(level.value(QStringLiteral("name")).toString());
    m_levelLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; }").arg(colour, HexColour::textOn(colour)));
    m_levelLabel->setToolTip(level.value(QStringLiteral("criteria")).toString());
}

void RunConsole::updateClock()
{
    const QDateTime now = m_session->now();
    m_schedule->setNow(now);
    updateOnDuty(now);
    m_clockLabel->setText(now.toTimeZone(planZone()).toString(QStringLiteral("HH:mm:ss")));
    const QDateTime started = m_session->startedAt();
    // An ended run's times stand still at its end.
    const QDateTime until = m_session->hasEnded() ? m_session->endedAt() : now;
    const QVariantMap upgrade = m_document->store().record(UpgradeTable, m_session->upgradeId());
    const QDateTime windowStart = RunSession::timeOf(upgrade.value(QStringLiteral("window_start")));
    const QDateTime windowEnd = RunSession::timeOf(upgrade.value(QStringLiteral("window_end")));
    QString elapsed = tr("Elapsed %1").arg(spanText(started.secsTo(until)));
    if (windowStart.isValid() && windowEnd.isValid()) {
        elapsed = tr("Elapsed %1 of %2 planned")
                      .arg(spanText(started.secsTo(until)), spanText(windowStart.secsTo(windowEnd)));
    }
    m_elapsedLabel->setText(elapsed);

    const QTimeZone zone = planZone();
    const auto clock
        = [&zone](const QDateTime &time) { return time.toTimeZone(zone).toString(QStringLiteral("HH:mm")); };
    QString window;
    bool over = false;
    if (!windowStart.isValid() && !windowEnd.isValid()) {
        window = tr("No planned window");
    } else if (windowStart.isValid() && until < windowStart) {
        window = tr("Window opens at %1, in %2").arg(clock(windowStart), spanText(until.secsTo(windowStart)));
    } else if (windowEnd.isValid() && until <= windowEnd) {
        window = tr("Window %1\u2013%2: %3 left")
                     .arg(windowStart.isValid() ? clock(windowStart) : QString(), clock(windowEnd),
                         spanText(until.secsTo(windowEnd)));
    } else if (windowEnd.isValid()) {
        over = true;
        window = tr("Window %1\u2013%2: %3 over")
                     .arg(windowStart.isValid() ? clock(windowStart) : QString(), clock(windowEnd),
                         spanText(windowEnd.secsTo(until)));
    } else {
        window = tr("Window opened at %1").arg(clock(windowStart));
    }
    m_windowLabel->setText(window);
    m_windowLabel->setStyleSheet(over ? QStringLiteral("QLabel { color: #c00000; font-weight: bold; }") : QString());
}

void RunConsole::updateMilestones()
{
    const QDateTime now = m_session->now();
    for (auto row = m_milestoneRows.cbegin(); row != m_milestoneRows.cend(); ++row) {
        const QVariantMap milestone = m_session->milestone(row.key());
        const MilestoneRow &widgets = row.value();
        if (milestone.isEmpty()) {
            widgets.time->setText(QStringLiteral("\u2014"));
            widgets.time->setToolTip(QString());
        } else {
            const QDateTime at = RunSession::timeOf(milestone.value(QStringLiteral("at")));
            const QDateTime original = RunSession::timeOf(milestone.value(QStringLiteral("original_at")));
            const QString editor = milestone.value(QStringLiteral("edited_by")).toString();
            // The panel is narrow: a corrected time says so in a word, and
            // what it was and who changed it in its tooltip.
            const QString moment = momentText(at, now, planZone());
            QString details = at.toTimeZone(planZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (original != at) {
                widgets.time->setText(tr("%1 (corrected)").arg(moment));
                details = tr("%1, first recorded %2, changed by %3")
                              .arg(details, momentText(original, now, planZone()), editor);
            } else {
                widgets.time->setText(moment);
                if (!editor.isEmpty()) {
                    details = tr("%1, entered by %2").arg(details, editor);
                }
            }
            widgets.time->setToolTip(details);
        }
        if (widgets.now) {
            widgets.now->setEnabled(milestone.isEmpty() && !m_document->isReadOnly());
        }
    }
}

void RunConsole::updateChecklistCaption()
{
    int counts[4] = {0, 0, 0, 0}; // open, done, skipped, failed
    const QStringList statuses = Vocabulary::values(Vocabulary::Kind::ItemStatus);
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const qsizetype at = statuses.indexOf(m_items->index(row, 0).data(RunItemModel::ItemStatusRole).toString());
        if (at >= 0 && at < 4) {
            ++counts[at];
        }
    }
    const int total = m_items->rowCount();
    QString caption = tr("Checklist: %1 of %n done", nullptr, total).arg(counts[1]);
    if (counts[3] > 0) {
        caption += QStringLiteral(", ") + tr("%n failed", nullptr, counts[3]);
    }
    if (counts[2] > 0) {
        caption += QStringLiteral(", ") + tr("%n skipped", nullptr, counts[2]);
    }
    m_checklistCaption->setText(caption);
    // Notes are the reasons of failed and skipped items: their column is shown
    // once there is one, and gives its room to the items' text until then.
    m_checklistView->setColumnHidden(RunItemModel::NoteColumn, counts[2] + counts[3] == 0);
}

void RunConsole::updateEnabled()
{
    const bool writable = !m_document->isReadOnly();
    const bool open = writable && !m_session->hasEnded();
    for (QAction *action : {m_declareLevelAction, m_stopAction, m_rollbackAction, m_restoredAction, m_endAction}) {
        action->setEnabled(open);
    }
    m_stopAction->setEnabled(open && m_session->status() == QLatin1String("running"));
    m_rollbackAction->setEnabled(open && m_session->status() != QLatin1String("rolled_back"));
    m_eventLine->setEnabled(writable);
    m_logButton->setEnabled(writable);
    m_composeUpdateAction->setEnabled(writable);
    m_undoAction->setEnabled(writable);
    for (const MilestoneRow &row : std::as_const(m_milestoneRows)) {
        row.edit->setEnabled(writable);
    }
    updateMilestones();
}

void RunConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RunConsole::retranslateUi()
{
    m_readOnlyBanner->setText(m_document->file().readOnlyMessage());
    showOperator();
    m_timelineCaption->setText(tr("Timeline"));
    m_eventLine->setPlaceholderText(tr("Type what happened and press Enter to log it (Ctrl+L)"));
    m_logButton->setText(tr("&Log"));
    m_keysHint->setText(
        tr("Space or Enter: done \u00b7 F: failed \u00b7 S: skipped \u00b7 Backspace: reopen \u00b7 "
           "Ctrl+Z: take back \u00b7 Ctrl+L: log an event \u00b7 F9: side panel \u00b7 F11: full screen \u00b7 "
           "F1: help"));
    m_checklistView->setToolTip(tr("Space or Enter marks the current item done, F failed, S skipped"));
    m_decisionBox->setTitle(tr("Decisions"));
    m_milestoneBox->setTitle(tr("Milestones"));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_rosterPane), tr("Call roster"));
    m_sideTabs->setAccessibleName(tr("Status updates and call roster"));
    updateUpdatesTitle();
    updateOnDuty(m_session->now(), true);
    m_updatesHint->setText(tr("Enter on an audience, or Ctrl+U for the one due first: compose its update."));
    // What a screen reader calls the views and the event line.
    m_checklistView->setAccessibleName(tr("Checklist"));
    m_eventView->setAccessibleName(m_timelineCaption->text());
    m_eventLine->setAccessibleName(tr("Log an event"));
    m_rosterView->setAccessibleName(tr("Call roster"));
    m_rosterSearch->setPlaceholderText(tr("Search name, group, role or phone"));

    const auto withKeys = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    };
    withKeys(m_declareLevelAction, tr("Declare level"), tr("Declare a warning level of the plan, or lift it"));
    withKeys(m_stopAction, tr("STOP"), tr("Stop the upgrade at once and say why"));
    withKeys(m_rollbackAction, tr("Start rollback"), tr("Roll the upgrade back according to its rollback plan"));
    withKeys(m_restoredAction, tr("Service restored"), tr("The service works again"));
    withKeys(m_endAction, tr("End emergency"), tr("Declare the emergency over; the run then takes no more ticks"));
    withKeys(m_composeUpdateAction, tr("Compose update\u2026"),
        tr("Write the status message due to an audience from the plan's template, copy it and log it as sent"));
    m_undoAction->setText(tr("Take back"));
    m_focusEventLineAction->setText(tr("Log an event"));
    m_fullScreenAction->setText(tr("Full screen"));

    for (auto row = m_milestoneRows.cbegin(); row != m_milestoneRows.cend(); ++row) {
        row->label->setText(Vocabulary::label(Vocabulary::Kind::MilestoneKind, row.key()));
        if (row->now) {
            row->now->setText(tr("Now"));
            row->now->setToolTip(tr("Record it at the current time"));
        }
        row->edit->setText(tr("Edit\u2026"));
        row->edit->setToolTip(tr("Correct the time; the first recorded time is kept"));
    }
    rebuildLevelMenu();
    updateHeader();
    updateMilestones();
    updateChecklistCaption();
    updateClock();
    // The key times' buttons are never cut off: the panel is at least as
    // wide as they need in the language shown.
    m_milestoneScroll->setMinimumWidth(m_milestoneScroll->widget()->minimumSizeHint().width()
        + m_milestoneScroll->verticalScrollBar()->sizeHint().width());
}

QTimeZone RunConsole::planZone() const
{
    return m_session->document()->timeZone();
}

} // namespace fallback::ui
