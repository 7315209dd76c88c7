// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/offlinemerge.h"
#include "storage/planfile.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class QUndoGroup;

namespace fallback {
struct EditConflict;
class PlanDocument;
} // namespace fallback

namespace fallback::ui {

class PlanView;
class WelcomePage;

/// The application window: menus, the open plan, the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path, replacing the open plan; on failure explains why and
    /// keeps the open plan. Returns whether the plan was opened.
    bool openPlan(const QString &path, PlanFile::Access access = PlanFile::Access::ReadWrite);
    /// Opens the plan \a name of the team database that \a connection names.
    bool openTeamPlan(const QString &connection, const QString &name);
    /// Creates a plan from the template of the interface language and opens it.
    bool createPlan(const QString &path);
    /// Opens the first of \a paths here and each other one in a window of its own.
    void openPlans(const QStringList &paths);
    /// Opens \a path in a new window, which is deleted when it is closed.
    static MainWindow *openInNewWindow(const QString &path);
    /// Opens a plan the system asks to open (a double-click in the Finder):
    /// a window that has it open comes to the front; otherwise it opens in a
    /// window that shows no plan, or in a new window.
    static void openFromSystem(const QString &path);
    /// Opens the user's default plan, creating it on first use.
    bool openDefaultPlan();
    /// Opens the worked example plan in the interface language from the
    /// user's data folder, as shipped (see SamplePlan::openableCopy).
    bool openSamplePlan();
    void closePlan();

    PlanDocument *document() const { return m_document.get(); }
    PlanView *planView() const { return m_planView; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Shows \a document in this window in place of the open plan.
    void adoptDocument(std::unique_ptr<PlanDocument> document);
    void createActions();
    void createMenus();
    void createToolBar();
    void updateUndoActions();
    void updateToolTips();
    void retranslateUi();
    void updateTitle();
    void updateActions();
    void rebuildRecentMenu();
    void showWriteFailure(const QString &message);
    void showSaved();
    void showChangedElsewhere(int records);
    void showConnectionLost(const QString &cause);
    void showConnectionRestored();
    void updatePresence();
    /// Offers the choice when an edit found the field changed in another
    /// window: keep theirs, or put one's own in its place now that one has seen it.
    void resolveConflict(const EditConflict &conflict);
    void showWelcome();

    void newPlan();
    void openPlanDialog();
    void openTeamPlanDialog();
    void saveCopy();
    /// File > Take Offline Copy: the team plan as a plan file that can be
    /// worked in without the server, and brought back later.
    void takeOfflineCopy();
    /// File > Bring Back to Team Plan: merges the offline copy into the team
    /// plan it came from, the user deciding what changed on both sides.
    void bringBack();
    /// Previews the merge of the open offline copy, asks, and merges; what it did, or nothing.
    std::optional<MergeOutcome> mergeIntoTeamPlan();
    void exportReport();
    void importContacts();
    void exportContacts();
    void exportCalendar();
    void printPreview();
    void stepSection(int step);
    void setLanguage(const QString &language);
    void about();

    std::unique_ptr<PlanDocument> m_document;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    PlanView *m_planView = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_presence = nullptr; ///< who else has a team plan open
    QTimer *m_presenceTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_toolBarAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openTeamPlanAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_takeOfflineCopyAction = nullptr;
    QAction *m_bringBackAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_importContactsAction = nullptr;
    QAction *m_exportContactsAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_nextSectionAction = nullptr;
    QAction *m_previousSectionAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace fallback::ui
