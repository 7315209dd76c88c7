// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "console/runconsole.h"
#include "dialogs/bringbackdialog.h"
#include "dialogs/contactimportdialog.h"
#include "dialogs/dialoghooks.h"
#include "dialogs/exportreportdialog.h"
#include "dialogs/helpwindow.h"
#include "dialogs/openteamplandialog.h"
#include "dialogs/reportpreview.h"
#include "document/plandocument.h"
#include "interchange/icalendarexport.h"
#include "interchange/planjsonimport.h"
#include "plan/bringback.h"
#include "plan/defaultplan.h"
#include "plan/mergedescription.h"
#include "plan/sampleplan.h"
#include "plan/translations.h"
#include "platform/desktoprecentfiles.h"
#include "storage/teamdatabase.h"
#include "storage/teampresence.h"
#include "widgets/icons.h"
#include "window/planview.h"
#include "window/recentplans.h"
#include "window/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace fallback::ui {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
/// Whether the toolbar is shown, as the user left it.
const QString ToolBarsKey = QStringLiteral("window/toolbars");
const QString PlanSuffix = QStringLiteral(".fallback");

QString planFilter()
{
    return MainWindow::tr("Fallback plans (*.fallback);;All files (*)");
}

QString withPlanSuffix(const QString &path)
{
    return path.isEmpty() || QFileInfo(path).suffix().isEmpty() ? path + PlanSuffix : path;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // a plan file dropped on the window opens
    m_undoGroup = new QUndoGroup(this);
    m_central = new QStackedWidget(this);
    setCentralWidget(m_central);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    m_presence = new QLabel(this);
    m_presence->setObjectName(QStringLiteral("presenceLabel"));
    m_presence->hide();
    statusBar()->addPermanentWidget(m_presence);
    // Who else has a team plan open, asked of the server now and then.
    m_presenceTimer = new QTimer(this);
    m_presenceTimer->setInterval(15000);
    connect(m_presenceTimer, &QTimer::timeout, this, &MainWindow::updatePresence);
    statusBar()->addPermanentWidget(m_saveState);

    createActions();
    createMenus();
    createToolBar();
    retranslateUi();
    updateActions();
    updateTitle();

    restoreState(QSettings().value(ToolBarsKey).toByteArray());
    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray())) {
        resize(1180, 760);
    }
}

MainWindow::~MainWindow()
{
    if (m_document) {
        closePlan();
    }
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPlan);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openPlanDialog);

    m_openTeamPlanAction = new QAction(this);
    m_openTeamPlanAction->setObjectName(QStringLiteral("actionOpenTeamPlan"));
    m_openTeamPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openTeamPlanAction, &QAction::triggered, this, &MainWindow::openTeamPlanDialog);

    m_saveCopyAction = new QAction(this);
    m_saveCopyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    m_saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_takeOfflineCopyAction = new QAction(this);
    m_takeOfflineCopyAction->setObjectName(QStringLiteral("actionTakeOfflineCopy"));
    connect(m_takeOfflineCopyAction, &QAction::triggered, this, &MainWindow::takeOfflineCopy);
    m_bringBackAction = new QAction(this);
    m_bringBackAction->setObjectName(QStringLiteral("actionBringBack"));
    connect(m_bringBackAction, &QAction::triggered, this, &MainWindow::bringBack);

    m_exportReportAction = new QAction(this);
    m_exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);

    m_importContactsAction = new QAction(this);
    m_importContactsAction->setObjectName(QStringLiteral("actionImportContacts"));
    connect(m_importContactsAction, &QAction::triggered, this, &MainWindow::importContacts);
    m_exportContactsAction = new QAction(this);
    m_exportContactsAction->setObjectName(QStringLiteral("actionExportContacts"));
    connect(m_exportContactsAction, &QAction::triggered, this, &MainWindow::exportContacts);
    m_exportCalendarAction = new QAction(this);
    m_exportCalendarAction->setObjectName(QStringLiteral("actionExportCalendar"));
    connect(m_exportCalendarAction, &QAction::triggered, this, &MainWindow::exportCalendar);

    m_printPreviewAction = new QAction(this);
    m_printPreviewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printPreviewAction->setShortcut(QKeySequence::Print);
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);

    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closePlan);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Our own actions and words, not QUndoGroup's: its Chinese "Undo %1" says
    // 撤消 where the rest of the program says 撤销 (docs/glossary.md), and it
    // would keep its words when the interface language changes.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Y as well, as Windows programs and WPS redo.
    m_redoAction->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    for (auto signal : {&QUndoGroup::canUndoChanged, &QUndoGroup::canRedoChanged}) {
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    }
    for (auto signal : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged}) {
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    }
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);

    // Search across the plan, where Qt Creator has its locator.
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K)); // Ctrl+F filters the table in view
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_planView) {
            m_planView->showLocator();
        }
    });

    // Keyboard users move between sections without the mouse.
    m_nextSectionAction = new QAction(this);
    m_nextSectionAction->setObjectName(QStringLiteral("actionNextSection"));
    m_nextSectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextSectionAction, &QAction::triggered, this, [this] { stepSection(1); });
    m_previousSectionAction = new QAction(this);
    m_previousSectionAction->setObjectName(QStringLiteral("actionPreviousSection"));
    m_previousSectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousSectionAction, &QAction::triggered, this, [this] { stepSection(-1); });

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentPlans::clear();
        rebuildRecentMenu();
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QString currentLanguage = Translations::preferredLanguage();
    for (const QString &language : Translations::available()) {
        auto *action = new QAction(m_languageGroup);
        action->setCheckable(true);
        action->setData(language);
        // Each language is named in itself, so that it can be found whatever
        // language the interface is in now.
        action->setText(language == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English"));
        action->setChecked(language == currentLanguage);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    // The user guide, at the topic of the page in view.
    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("actionUserGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        HelpWindow::showTopic(m_planView ? HelpWindow::topicOf(m_planView->currentSection()) : QStringLiteral("index"));
    });

    m_openSampleAction = new QAction(this);
    m_openSampleAction->setObjectName(QStringLiteral("actionOpenSample"));
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSamplePlan);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openTeamPlanAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopyAction);
    m_fileMenu->addAction(m_takeOfflineCopyAction);
    m_fileMenu->addAction(m_bringBackAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportReportAction);
    m_fileMenu->addAction(m_printPreviewAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importContactsAction);
    m_fileMenu->addAction(m_exportContactsAction);
    m_fileMenu->addAction(m_exportCalendarAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_nextSectionAction);
    m_viewMenu->addAction(m_previousSectionAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_openSampleAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    // Open Recent is filled each time it opens (aboutToShow), not at start-up.
    m_recentMenu->addAction(m_clearRecentAction);
}

void MainWindow::createToolBar()
{
    const auto icon = [](QAction *action, const char *name) { action->setIcon(Icons::named(QLatin1String(name))); };
    icon(m_newAction, "document-new");
    icon(m_openAction, "document-open");
    icon(m_saveCopyAction, "document-save-as");
    icon(m_exportReportAction, "document-export");
    icon(m_printPreviewAction, "document-print-preview");
    icon(m_importContactsAction, "document-import");
    icon(m_exportCalendarAction, "x-office-calendar");
    icon(m_undoAction, "edit-undo");
    icon(m_redoAction, "edit-redo");
    icon(m_findAction, "edit-find");
    icon(m_guideAction, "help-contents");

    // The common actions, one click away; View > Toolbar hides it.
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_findAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportReportAction);
    m_toolBar->addAction(m_printPreviewAction);
    m_toolBar->addAction(m_importContactsAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_guideAction);
    m_toolBarAction = m_toolBar->toggleViewAction();
    m_toolBarAction->setObjectName(QStringLiteral("actionShowToolBar"));
    m_viewMenu->insertAction(m_viewMenu->actions().constFirst(), m_toolBarAction);
    m_viewMenu->insertSeparator(m_viewMenu->actions().at(1));
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undoAction->setEnabled(m_undoGroup->canUndo());
    m_redoAction->setEnabled(m_undoGroup->canRedo());
    updateToolTips();
}

void MainWindow::updateToolTips()
{
    // A toolbar button says what it does and its key, as the menu item does.
    for (QAction *action : m_toolBar->actions()) {
        QString text = action->text().remove(QLatin1Char('&'));
        if (text.endsWith(QLatin1String("..."))) {
            text.chop(3);
        }
        if (!action->shortcut().isEmpty()) {
            text = tr("%1 (%2)", "tooltip: action (shortcut)")
                       .arg(text, action->shortcut().toString(QKeySequence::NativeText));
        }
        action->setToolTip(text);
    }
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Plan..."));
    m_openAction->setText(tr("&Open Plan..."));
    m_openTeamPlanAction->setText(tr("Open Tea&m Plan..."));
    m_openTeamPlanAction->setStatusTip(tr("Open a plan that the team keeps on a PostgreSQL server"));
    m_saveCopyAction->setText(tr("Save a &Copy..."));
    m_takeOfflineCopyAction->setText(tr("Take O&ffline Copy..."));
    m_takeOfflineCopyAction->setStatusTip(
        tr("Write the team plan to a plan file to work in while the network or the server is down"));
    m_bringBackAction->setText(tr("&Bring Back to Team Plan..."));
    m_bringBackAction->setStatusTip(tr("Merge what was done in this offline copy into the team plan it came from"));
    m_closeAction->setText(tr("&Close Plan"));
    m_exportReportAction->setText(tr("&Export Report..."));
    m_printPreviewAction->setText(tr("Print Pre&view..."));
    m_importContactsAction->setText(tr("&Import Contacts..."));
    m_exportContactsAction->setText(tr("Expor&t Contacts..."));
    m_exportCalendarAction->setText(tr("Export Ca&lendar..."));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find in Plan..."));
    m_findAction->setStatusTip(tr("Find contacts, groups, risks, checklist items, upgrades, runs, reviews and drills "
                                  "by any text they show"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    updateUndoActions();
    m_clearRecentAction->setText(tr("Clear List"));
    m_nextSectionAction->setText(tr("&Next Section"));
    m_previousSectionAction->setText(tr("&Previous Section"));
    m_guideAction->setText(tr("User &Guide"));
    m_guideAction->setStatusTip(tr("Open the user guide at the topic of this page"));
    m_openSampleAction->setText(tr("Open &Sample Plan"));
    m_openSampleAction->setStatusTip(
        tr("Open a fully worked example plan: an upgrade that was rolled back, its review, a drill and two revisions"));
    m_aboutAction->setText(tr("&About Fallback"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateTitle();
    if (m_document) {
        showSaved();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_planView) {
        m_planView->commitPending();
        // Quitting closes the run consoles too; their runs are saved and
        // come back when the plan opens again.
        for (QWidget *console : m_planView->runConsoles()) {
            console->close();
        }
    }
    QSettings().setValue(GeometryKey, saveGeometry());
    QSettings().setValue(ToolBarsKey, saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Fallback"));
        setWindowFilePath(QString());
        return;
    }
    setWindowFilePath(m_document->path());
    QString title = m_document->displayTitle();
    if (m_document->file().isTeamPlan()) {
        title = tr("%1 on %2").arg(title, m_document->file().teamServer());
    } else if (const std::optional<OfflineOrigin> origin = m_document->file().offlineOrigin()) {
        title = origin->broughtBackAt.isValid() ? tr("%1 (offline copy, brought back)").arg(title)
                                                : tr("%1 (offline copy of %2)").arg(title, origin->planName);
    }
    if (m_document->isReadOnly()) {
        title = tr("%1 (read-only)").arg(title);
    }
    setWindowTitle(tr("%1 - Fallback").arg(title));
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool team = open && m_document->file().isTeamPlan();
    m_saveCopyAction->setEnabled(open && !team);
    m_takeOfflineCopyAction->setEnabled(team);
    const std::optional<OfflineOrigin> origin = open ? m_document->file().offlineOrigin() : std::nullopt;
    m_bringBackAction->setEnabled(origin && !origin->broughtBackAt.isValid());
    m_closeAction->setEnabled(open);
    m_exportReportAction->setEnabled(open);
    m_printPreviewAction->setEnabled(open);
    m_importContactsAction->setEnabled(open && !m_document->isReadOnly());
    m_exportContactsAction->setEnabled(open);
    m_exportCalendarAction->setEnabled(open);
    m_nextSectionAction->setEnabled(open);
    m_previousSectionAction->setEnabled(open);
    m_findAction->setEnabled(open);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentPlans::paths();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPlan(path); });
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
    }
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
}

bool MainWindow::openPlan(const QString &path, PlanFile::Access access)
{
    if (m_document && PlanFile::isSameFile(path, m_document->path())) {
        return true;
    }
    if (m_planView) {
        m_planView->commitPending();
    }
    QString error;
    // Open the new plan before closing the old one: a plan that cannot be
    // opened leaves the window as it was.
    std::unique_ptr<PlanDocument> document = PlanDocument::open(path, access, &error);
    if (!document) {
        DialogHooks::warning(this, tr("Cannot open plan"), error);
        return false;
    }
    adoptDocument(std::move(document));
    return true;
}

bool MainWindow::openTeamPlan(const QString &connection, const QString &name)
{
    if (m_planView) {
        m_planView->commitPending();
    }
    QString error;
    std::unique_ptr<TeamDatabase> database = TeamDatabase::connect(connection, &error);
    std::unique_ptr<PlanFile> file = database ? database->openPlan(name, PlanFile::Access::ReadWrite, &error) : nullptr;
    if (!file) {
        DialogHooks::warning(this, tr("Cannot open plan"), error);
        return false;
    }
    adoptDocument(std::make_unique<PlanDocument>(std::move(file)));
    return true;
}

void MainWindow::adoptDocument(std::unique_ptr<PlanDocument> document)
{
    if (m_document) {
        closePlan();
    }
    m_document = std::move(document);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &PlanDocument::saved, this, &MainWindow::showSaved);
    connect(m_document.get(), &PlanDocument::writeFailed, this, &MainWindow::showWriteFailure);
    connect(m_document.get(), &PlanDocument::headerChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &PlanDocument::changedElsewhere, this, &MainWindow::showChangedElsewhere);
    connect(m_document.get(), &PlanDocument::connectionLost, this, &MainWindow::showConnectionLost);
    connect(m_document.get(), &PlanDocument::connectionRestored, this, &MainWindow::showConnectionRestored);

    m_planView = new PlanView(m_document.get(), m_central);
    m_planView->setObjectName(QStringLiteral("planView"));
    connect(m_planView, &PlanView::importContactsRequested, this, &MainWindow::importContacts);
    connect(m_planView, &PlanView::exportContactsRequested, this, &MainWindow::exportContacts);
    m_central->addWidget(m_planView);
    m_central->setCurrentWidget(m_planView);
    if (!m_document->file().isTeamPlan()) {
        RecentPlans::add(m_document->path());
        // The desktop's list too; written off the window's thread, as it may be long.
        QThreadPool::globalInstance()->start(
            [path = m_document->path()] { DesktopRecentFiles::add(path, QLatin1String(PlanFile::MimeType)); });
    }
    showSaved();
    updatePresence();
    updateTitle();
    updateActions();
    // A run that was not ended (the program was killed, the machine crashed)
    // is an emergency in progress: its console comes back once the window is up.
    QTimer::singleShot(0, m_planView, &PlanView::resumeUnfinishedRuns);
}

bool MainWindow::createPlan(const QString &path)
{
    const QString error = PlanJsonImport::createFromTemplate(Translations::preferredLanguage(), path);
    if (!error.isEmpty()) {
        DialogHooks::warning(this, tr("Cannot create plan"), error);
        return false;
    }
    return openPlan(path);
}

void MainWindow::openPlans(const QStringList &paths)
{
    if (paths.isEmpty()) {
        return;
    }
    openPlan(paths.first());
    for (const QString &path : paths.mid(1)) {
        openInNewWindow(path);
    }
}

MainWindow *MainWindow::openInNewWindow(const QString &path)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (const QWidget *active = QApplication::activeWindow()) {
        // Cascaded, so that the new window does not hide the one it came from.
        window->move(active->pos() + QPoint(32, 32));
    }
    window->show();
    if (!window->openPlan(path)) {
        window->closePlan(); // shows the welcome page
    }
    return window;
}

void MainWindow::openFromSystem(const QString &path)
{
    MainWindow *empty = nullptr;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (!window || !window->isVisible()) {
            continue;
        }
        if (window->document() && PlanFile::isSameFile(window->document()->path(), path)) {
            window->raise();
            window->activateWindow();
            return;
        }
        if (!window->document() && !empty) {
            empty = window;
        }
    }
    if (!empty) {
        openInNewWindow(path);
        return;
    }
    empty->openPlan(path);
    empty->raise();
    empty->activateWindow();
}

namespace {
/// The local files among what is dragged over the window.
QStringList droppedFiles(const QMimeData *data)
{
    QStringList files;
    if (data && data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile()) {
                files << url.toLocalFile();
            }
        }
    }
    return files;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // Opened once the drag is over, so that a message about a file that is
    // not a plan does not hold up the program it was dragged from.
    QTimer::singleShot(0, this, [this, files] { openPlans(files); });
}

bool MainWindow::openDefaultPlan()
{
    if (const QString error = DefaultPlan::ensureExists(Translations::preferredLanguage()); !error.isEmpty()) {
        DialogHooks::warning(this, tr("Cannot create your plan"), error);
        return false;
    }
    return openPlan(DefaultPlan::path());
}

bool MainWindow::openSamplePlan()
{
    QString error;
    const QString path = SamplePlan::openableCopy(Translations::preferredLanguage(), &error);
    if (path.isEmpty()) {
        DialogHooks::warning(this, tr("Cannot open the sample plan"), error);
        return false;
    }
    return openPlan(path);
}

void MainWindow::closePlan()
{
    if (!m_document) {
        showWelcome();
        return;
    }
    if (m_planView) {
        m_planView->commitPending();
        m_central->removeWidget(m_planView);
        delete m_planView;
        m_planView = nullptr;
    }
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    showWelcome();
    m_saveState->clear();
    updatePresence();
    updateTitle();
    updateActions();
}

void MainWindow::showWelcome()
{
    // Built on first need: a start-up that opens a plan never pays for it.
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_central);
        m_central->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newPlan);
        connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openPlanDialog);
        connect(m_welcome, &WelcomePage::openDefaultRequested, this, &MainWindow::openDefaultPlan);
    }
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::showSaved()
{
    if (!m_document) {
        return;
    }
    m_saveState->setText(m_document->isReadOnly()
            ? tr("Read-only")
            : tr("All changes saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::showChangedElsewhere(int records)
{
    statusBar()->showMessage(records > 0
            ? tr("%n record(s) changed in another window; shown here as they are now.", nullptr, records)
            : tr("The plan changed on the server; shown here as it is now."),
        5000);
}

void MainWindow::showConnectionLost(const QString &cause)
{
    updateTitle();
    updateActions();
    showSaved();
    const QString server = m_document->file().teamServer();
    statusBar()->showMessage(cause.isEmpty()
            ? tr("The connection to %1 is lost; connecting again...").arg(server)
            : tr("The connection to %1 is lost (%2); connecting again...").arg(server, cause));
}

void MainWindow::showConnectionRestored()
{
    updateTitle();
    updateActions();
    showSaved();
    updatePresence();
    statusBar()->showMessage(
        tr("Connected to %1 again; the plan is shown as it is now.").arg(m_document->file().teamServer()), 10000);
}

void MainWindow::updatePresence()
{
    const bool team = m_document && m_document->file().isTeamPlan();
    const QList<TeamPresence::Session> others
        = team ? TeamPresence::others(m_document->file()) : QList<TeamPresence::Session>();
    if (team && !m_presenceTimer->isActive()) {
        m_presenceTimer->start();
    } else if (!team) {
        m_presenceTimer->stop();
    }
    m_presence->setVisible(!others.isEmpty());
    if (others.isEmpty()) {
        m_presence->clear();
        return;
    }
    QStringList names;
    QStringList details;
    for (const TeamPresence::Session &session : others) {
        if (!names.contains(session.role)) {
            names << session.role;
        }
        const QString since = QLocale().toString(session.since.toLocalTime(), QLocale::ShortFormat);
        details << (session.host.isEmpty() ? tr("%1, since %2").arg(session.role, since)
                                           : tr("%1 at %2, since %3").arg(session.role, session.host, since));
    }
    m_presence->setText(tr("Also open by: %1").arg(names.join(QLatin1String(", "))));
    m_presence->setToolTip(details.join(QLatin1Char('\n')));
}

void MainWindow::resolveConflict(const EditConflict &conflict)
{
    const auto shown = [](const QVariant &value) {
        const QString text = value.toString();
        return text.size() > 200 ? text.left(199) + QChar(0x2026) : text;
    };
    const bool mine = DialogHooks::confirm(this, tr("Changed in another window"),
        tr("%1 changed this field to \"%2\" while you were changing it to \"%3\". Their value is kept and "
           "shown.\n\nPut yours in its place?")
            .arg(conflict.changedBy, shown(conflict.theirValue), shown(conflict.mine.value)));
    if (!mine || !m_document) {
        return;
    }
    const RecordKey &key = conflict.mine.key;
    // Read as it is now: the edit is made knowing their value.
    m_document->store().record(key.table, key.id);
    if (key.table == QLatin1String("plan")) {
        for (const PlanField field : allPlanFields()) {
            if (planFieldColumn(field) == conflict.mine.column) {
                m_document->setHeader(field, conflict.mine.value);
            }
        }
        return;
    }
    m_document->setRecordValue(key.table, key.id, conflict.mine.column, conflict.mine.value);
}

void MainWindow::showWriteFailure(const QString &message)
{
    if (m_document) {
        if (const std::optional<EditConflict> conflict = m_document->store().lastConflict()) {
            statusBar()->showMessage(message, 10000);
            // Asked once the failed edit has left the undo stack.
            QMetaObject::invokeMethod(
                this, [this, conflict = *conflict] { resolveConflict(conflict); }, Qt::QueuedConnection);
            return;
        }
    }
    statusBar()->showMessage(message, 10000);
    if (m_document && !m_document->isReadOnly()) {
        DialogHooks::warning(this, tr("Change not saved"), message);
    }
}

void MainWindow::newPlan()
{
    const QString path
        = withPlanSuffix(DialogHooks::saveFileName(this, tr("New Plan"), tr("plan") + PlanSuffix, planFilter()));
    if (path.isEmpty()) {
        return;
    }
    createPlan(path);
}

void MainWindow::openPlanDialog()
{
    const QString path = DialogHooks::openFileName(this, tr("Open Plan"), QString(), planFilter());
    if (!path.isEmpty()) {
        openPlan(path);
    }
}

void MainWindow::saveCopy()
{
    if (!m_document) {
        return;
    }
    m_planView->commitPending();
    const QFileInfo current(m_document->path());
    const QString suggestion
        = current.completeBaseName() + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + PlanSuffix;
    const QString path = withPlanSuffix(DialogHooks::saveFileName(this, tr("Save a Copy"), suggestion, planFilter()));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_document->file().saveCopy(path, &error)) {
        DialogHooks::warning(this, tr("Copy not saved"), error);
        return;
    }
    statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::openTeamPlanDialog()
{
    OpenTeamPlanDialog dialog(this);
    if (DialogHooks::exec(&dialog) == QDialog::Accepted) {
        openTeamPlan(dialog.connection(), dialog.planName());
    }
}

void MainWindow::takeOfflineCopy()
{
    if (!m_document || !m_document->file().isTeamPlan()) {
        return;
    }
    m_planView->commitPending();
    QString name = m_document->file().teamPlanName();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    const QString suggestion = tr("%1-offline-%2").arg(name, QDate::currentDate().toString(Qt::ISODate)) + PlanSuffix;
    const QString path
        = withPlanSuffix(DialogHooks::saveFileName(this, tr("Take Offline Copy"), suggestion, planFilter()));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = m_document->file().saveCopy(path, &error);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        DialogHooks::warning(this, tr("Offline copy not taken"), error);
        return;
    }
    statusBar()->showMessage(tr("Offline copy saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    if (DialogHooks::confirm(this, tr("Offline Copy Taken"),
            tr("The offline copy of %1 is saved as %2. Open it in a new window, to work in it while the "
               "network is down? File > Bring Back to Team Plan merges it back later.")
                .arg(m_document->file().teamPlanName(), QDir::toNativeSeparators(path)))) {
        openInNewWindow(path);
    }
}

void MainWindow::bringBack()
{
    const std::optional<OfflineOrigin> origin = m_document ? m_document->file().offlineOrigin() : std::nullopt;
    if (!origin) {
        return;
    }
    m_planView->commitPending();
    const std::optional<MergeOutcome> outcome = mergeIntoTeamPlan();
    updateActions();
    updateTitle();
    if (outcome
        && DialogHooks::confirm(this, tr("Brought Back"),
            tr("The offline copy is merged into %1 (%2). Open the team plan in this window?")
                .arg(origin->planName, MergeDescription::summary(*outcome)))) {
        openTeamPlan(origin->connection, origin->planName);
    }
}

std::optional<MergeOutcome> MainWindow::mergeIntoTeamPlan()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::unique_ptr<BringBack> bringBack
        = BringBack::open(m_document->file(), QString(), PlanFile::Access::ReadWrite, &error);
    const std::optional<MergeOutcome> preview = bringBack ? bringBack->preview(&error) : std::nullopt;
    QApplication::restoreOverrideCursor();
    if (!preview) {
        DialogHooks::warning(this, tr("Cannot bring back"), error);
        return std::nullopt;
    }
    BringBackDialog dialog(*preview, m_document->displayTitle(), bringBack->teamPlanLocation(), this);
    if (DialogHooks::exec(&dialog) != QDialog::Accepted) {
        return std::nullopt;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<MergeOutcome> outcome = bringBack->apply(dialog.decisions(), &error);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        DialogHooks::warning(this, tr("Cannot bring back"), error);
        return std::nullopt;
    }
    statusBar()->showMessage(
        tr("Brought back into %1: %2").arg(bringBack->teamPlanLocation(), MergeDescription::summary(*outcome)));
    return outcome;
}

void MainWindow::exportReport()
{
    if (!m_document) {
        return;
    }
    m_planView->commitPending();
    ExportReportDialog dialog(m_document.get(), this);
    connect(&dialog, &ExportReportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog.exec();
}

void MainWindow::printPreview()
{
    if (!m_document) {
        return;
    }
    m_planView->commitPending();
    // What the page shows, in the interface language; any other report is a
    // choice of the Export Report dialog, which previews it too.
    report::ReportRequest request = m_planView->reportOfCurrentPage();
    request.language = Translations::preferredLanguage();
    ReportPreview::show(this, m_document.get(), request);
}

void MainWindow::importContacts()
{
    if (!m_document || m_document->isReadOnly()) {
        return;
    }
    m_planView->commitPending();
    if (ContactImportDialog::importContacts(m_document.get(), this)) {
        m_planView->showSection(Section::Contacts);
    }
}

void MainWindow::exportContacts()
{
    if (!m_document) {
        return;
    }
    m_planView->commitPending();
    ContactImportDialog::exportContacts(m_document.get(), this);
}

void MainWindow::exportCalendar()
{
    if (!m_document) {
        return;
    }
    m_planView->commitPending();
    const QFileInfo plan(m_document->path());
    QString path = DialogHooks::saveFileName(this, tr("Export Calendar"),
        plan.completeBaseName() + QLatin1String(".ics"), tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1String(".ics"); // a name typed without an extension
    }
    if (PlanFile::isSameFile(path, m_document->path())) {
        DialogHooks::warning(this, tr("Calendar not exported"), tr("The export would overwrite the plan itself."));
        return;
    }
    ICalendarExport::Calendar written;
    if (const QString error = ICalendarExport::exportToFile(m_document->database(), path, &written); !error.isEmpty()) {
        DialogHooks::warning(this, tr("Calendar not exported"), error);
        return;
    }
    statusBar()->showMessage(ICalendarExport::summary(written, path), 8000);
}

void MainWindow::stepSection(int step)
{
    if (!m_planView) {
        return;
    }
    const QList<Section> &sections = SectionNames::all();
    const qsizetype count = sections.size();
    const qsizetype current = sections.indexOf(m_planView->currentSection());
    m_planView->showSection(sections.at((current + step + count) % count));
}

void MainWindow::setLanguage(const QString &language)
{
    Translations::setPreferredLanguage(language);
    Translations::install(language);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Fallback"),
        tr("<h3>Fallback %1</h3><p>Emergency plans for program upgrades: prepare the plan, run the "
           "upgrade from its checklist, review what happened. Everything stays in one file on this "
           "computer and works without a network.</p>")
            .arg(QStringLiteral(FALLBACK_VERSION_STRING)));
}

} // namespace fallback::ui
