// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Drills section of the real main window: a drill is added, its
// record filled in through the form, a follow-up action added and moved, a
// date that is not a date refused, and everything undone step by step; the
// readiness findings about drills land on the drill they name.
#include "document/plandocument.h"
#include "drill/drillactionmodel.h"
#include "drill/drillmodel.h"
#include "drill/drillrunmodel.h"
#include "interchange/planjsonimport.h"
#include "mainwindow.h"
#include "pages/drillspage.h"
#include "plan/readiness.h"
#include "plan/translations.h"
#include "storage/sqlquery.h"
#include "testsupport.h"
#include "widgets/messagebar.h"
#include "widgets/recordtableeditor.h"
#include "window/planview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::ui;
using namespace fallback::test;

class TestDrillsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPlanPath() { return m_dir.filePath(QStringLiteral("drills-%1.fallback").arg(++m_counter)); }

    /// A plan with the worked example's two drills, three actions and two revisions.
    QString examplePlan()
    {
        const QString path = newPlanPath();
        const QByteArray json = fileBytes(testDataPath(QStringLiteral("report-plan-en.json")));
        return PlanJsonImport::createPlan(json, path).isEmpty() ? path : QString();
    }

    static QVariant stored(MainWindow &window, const QString &sql, const QVariantList &values = {})
    {
        return queryValue(window.document()->database(), sql, values);
    }

    static void undo(MainWindow &window) { window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger(); }

    static DrillsPage *showPage(MainWindow &window)
    {
        window.planView()->showSection(Section::Drills);
        return window.findChild<DrillsPage *>(QStringLiteral("page%1").arg(int(Section::Drills)));
    }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    /// Types into the cell editor that has just opened and confirms it.
    static void typeIntoOpenEditor(const QString &text)
    {
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits what Return confirmed in a queued call
    }

    /// Picks an entry of a combo box by the first letter of its text, as a keyboard user does.
    static void pickByKey(QComboBox *combo, char letter)
    {
        // A person picks one value and later another. Even with no keyboard
        // input interval, two letters typed in the same millisecond are one
        // search ("PF"), which on a fast machine made this test pick nothing.
        QTest::qWait(QApplication::keyboardInputInterval() + 5);
        combo->setFocus();
        QTest::keyClick(combo, letter);
    }

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        return page->findChild<T *>(QLatin1String(name));
    }

    QString drillValue(MainWindow &window, qint64 drill, const char *column)
    {
        return stored(window,
            QStringLiteral("SELECT IFNULL(%1, '<null>') FROM drill WHERE id = ?").arg(QLatin1String(column)), {drill})
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        // Each letter typed on a combo box starts a search of its own.
        QApplication::setKeyboardInputInterval(0);
    }

    void addADrillFillItInAddAnActionUndo()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DrillsPage *page = showPage(window);
        QVERIFY(page && page->isVisible());
        // No drill yet: a sentence says what the page is for.
        QCOMPARE(page->currentDrill(), 0);
        QVERIFY(child<QLabel>(page, "noDrillLabel")->isVisible());
        QVERIFY(!child<QTabWidget>(page, "drillTabs")->isVisible());
        const int steps = window.document()->undoStack()->index();

        // Add: the new drill is selected and its date is typed at once in the list.
        QTest::mouseClick(page->drillEditor()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTableView *list = page->drillEditor()->view();
        QCOMPARE(list->model()->rowCount(), 1);
        const qint64 drill = page->currentDrill();
        QVERIFY(drill != 0);
        typeIntoOpenEditor(QStringLiteral("2026-09-15"));
        QCOMPARE(drillValue(window, drill, "scheduled_on"), QStringLiteral("2026-09-15"));
        auto *tabs = child<QTabWidget>(page, "drillTabs");
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->currentIndex(), 0);
        auto *date = child<QLineEdit>(page, "drillDateEdit");
        QCOMPARE(date->text(), QStringLiteral("2026-09-15"));

        // A date that is not one is refused where it was typed; the old date stays.
        replaceText(date, QStringLiteral("15/09/2026"));
        auto *dateProblem = child<QLabel>(page, "dateProblemLabel");
        QVERIFY(dateProblem->isVisible());
        QVERIFY(dateProblem->text().contains(QLatin1String("15/09/2026")));
        QVERIFY(dateProblem->text().contains(QLatin1String("stays 2026-09-15")));
        QVERIFY(window.planView()->messageBar()->text().contains(QLatin1String("15/09/2026")));
        QVERIFY(!date->styleSheet().isEmpty()); // framed in red
        QCOMPARE(date->text(), QStringLiteral("2026-09-15"));
        QCOMPARE(drillValue(window, drill, "scheduled_on"), QStringLiteral("2026-09-15"));
        QCOMPARE(window.document()->undoStack()->index(), steps + 2); // the drill and its date, nothing more
        replaceText(date, QStringLiteral("2026-09-16"));
        QVERIFY(!dateProblem->isVisible());
        QVERIFY(date->styleSheet().isEmpty());
        QCOMPARE(drillValue(window, drill, "scheduled_on"), QStringLiteral("2026-09-16"));
        QCOMPARE(
            list->model()->index(0, DrillModel::ScheduledOnColumn).data().toString(), QStringLiteral("2026-09-16"));

        // A custom scenario asks for its description until it has one; the list then names the drill by it.
        auto *scenario = child<QComboBox>(page, "scenarioCombo");
        QCOMPARE(scenario->currentText(), QStringLiteral("System crash"));
        auto *hint = child<QLabel>(page, "scenarioHintLabel");
        QVERIFY(!hint->isVisible());
        pickByKey(scenario, 'C');
        QCOMPARE(scenario->currentText(), QStringLiteral("Custom"));
        QCOMPARE(drillValue(window, drill, "scenario"), QStringLiteral("custom"));
        QVERIFY(hint->isVisible());
        auto *description = child<QPlainTextEdit>(page, "scenarioTextEdit");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Storage array fails during the upgrade"));
        QVERIFY(!hint->isVisible());
        auto *participants = child<QPlainTextEdit>(page, "participantsEdit");
        participants->setFocus(); // leaving the description saves it
        QCOMPARE(drillValue(window, drill, "scenario_text"), QStringLiteral("Storage array fails during the upgrade"));
        QCOMPARE(list->model()->index(0, DrillModel::ScenarioColumn).data().toString(),
            QStringLiteral("Storage array fails during the upgrade"));
        QTest::keyClicks(participants, QStringLiteral("Sun Li, Wang Jianguo"));

        // The result: "Not yet" until one is chosen, and back.
        auto *result = child<QComboBox>(page, "resultCombo");
        QCOMPARE(result->currentText(), QStringLiteral("Not yet"));
        QCOMPARE(drillValue(window, drill, "result"), QStringLiteral("<null>"));
        pickByKey(result, 'P'); // leaving the participants saves them
        QCOMPARE(drillValue(window, drill, "participants"), QStringLiteral("Sun Li, Wang Jianguo"));
        QCOMPARE(result->currentText(), QStringLiteral("Pass"));
        QCOMPARE(drillValue(window, drill, "result"), QStringLiteral("pass"));
        QCOMPARE(list->model()->index(0, DrillModel::ResultColumn).data().toString(), QStringLiteral("Pass"));
        pickByKey(result, 'F');
        QCOMPARE(drillValue(window, drill, "result"), QStringLiteral("fail"));
        auto *findings = child<QPlainTextEdit>(page, "findingsEdit");
        findings->setFocus();
        QTest::keyClicks(findings, QStringLiteral("Restore took too long."));
        date->setFocus();
        QCOMPARE(drillValue(window, drill, "findings"), QStringLiteral("Restore took too long."));

        // Follow-up actions: two added, the second moved first with Alt+Up.
        tabs->setCurrentIndex(1);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Follow-up actions (0)"));
        RecordTableEditor *actions = page->actionEditor();
        QVERIFY(actions->isVisible());
        auto *addAction = actions->findChild<QPushButton *>(QStringLiteral("addButton"));
        QTest::mouseClick(addAction, Qt::LeftButton);
        typeIntoOpenEditor(QStringLiteral("Correct the restore runbook"));
        QTest::mouseClick(addAction, Qt::LeftButton);
        typeIntoOpenEditor(QStringLiteral("Buy faster backup storage"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Follow-up actions (2)"));
        QCOMPARE(stored(window,
                     QStringLiteral("SELECT group_concat(text, '|') FROM (SELECT text FROM drill_action "
                                    "WHERE drill_id = ? ORDER BY position)"),
                     {drill})
                     .toString(),
            QStringLiteral("Correct the restore runbook|Buy faster backup storage"));
        QTableView *actionView = actions->view();
        const QModelIndex secondDue = actionView->model()->index(1, DrillActionModel::DueOnColumn);
        actionView->setCurrentIndex(secondDue);
        actionView->edit(secondDue);
        typeIntoOpenEditor(QStringLiteral("soon"));
        QVERIFY(actions->refusalLabel()->isVisible());
        QVERIFY(actions->refusalLabel()->text().contains(QLatin1String("old value is kept")));
        QVERIFY(stored(window,
            QStringLiteral("SELECT due_on IS NULL FROM drill_action WHERE drill_id = ? AND position = 2"), {drill})
                    .toBool());
        actionView->setFocus();
        actionView->selectRow(1);
        QTest::keyClick(actionView, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(actionView->model()->index(0, DrillActionModel::TextColumn).data().toString(),
            QStringLiteral("Buy faster backup storage"));
        QCOMPARE(stored(window,
                     QStringLiteral("SELECT group_concat(text, '|') FROM (SELECT text FROM drill_action "
                                    "WHERE drill_id = ? ORDER BY position)"),
                     {drill})
                     .toString(),
            QStringLiteral("Buy faster backup storage|Correct the restore runbook"));

        // Undo, one step at a time: the move, the actions, then the drill's record back to nothing.
        undo(window);
        QCOMPARE(actionView->model()->index(0, DrillActionModel::TextColumn).data().toString(),
            QStringLiteral("Correct the restore runbook"));
        undo(window); // the second action's text
        undo(window); // the second action
        undo(window); // the first action's text
        undo(window); // the first action
        QCOMPARE(actionView->model()->rowCount(), 0);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Follow-up actions (0)"));
        tabs->setCurrentIndex(0);
        undo(window); // findings
        QCOMPARE(findings->toPlainText(), QString());
        undo(window); // result fail
        QCOMPARE(result->currentText(), QStringLiteral("Pass"));
        undo(window); // result pass
        QCOMPARE(result->currentText(), QStringLiteral("Not yet"));
        QCOMPARE(drillValue(window, drill, "result"), QStringLiteral("<null>"));
        undo(window); // participants
        QCOMPARE(participants->toPlainText(), QString());
        undo(window); // description
        QVERIFY(hint->isVisible());
        undo(window); // scenario
        QCOMPARE(scenario->currentText(), QStringLiteral("System crash"));
        undo(window); // the corrected date
        QCOMPARE(date->text(), QStringLiteral("2026-09-15"));
        undo(window); // the date typed in the list
        QCOMPARE(date->text(), QString());
        undo(window); // the drill
        QCOMPARE(list->model()->rowCount(), 0);
        QCOMPARE(window.document()->undoStack()->index(), steps);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM drill")).toInt(), 0);
        QCOMPARE(page->currentDrill(), 0);
        QVERIFY(child<QLabel>(page, "noDrillLabel")->isVisible());
    }

    void selectRecordLandsOnTheDrill()
    {
        const QString path = examplePlan();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DrillsPage *page = showPage(window);
        QVERIFY(page);
        QVERIFY(page->metaObject()->indexOfMethod("selectRecord(QString,qint64)") >= 0);
        // Newest first, the newest shown.
        QCOMPARE(page->currentDrill(), 2);
        auto *tabs = child<QTabWidget>(page, "drillTabs");
        QCOMPARE(child<QLineEdit>(page, "drillDateEdit")->text(), QStringLiteral("2026-12-10"));
        QCOMPARE(child<QComboBox>(page, "resultCombo")->currentText(), QStringLiteral("Not yet"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Follow-up actions (0)"));

        // An action of the older drill: its drill, the actions tab, the action selected.
        QVERIFY(window.planView()->showRecord(Section::Drills, QStringLiteral("drill_action"), 3));
        QCOMPARE(page->currentDrill(), 1);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Follow-up actions (3)"));
        QTableView *actionView = page->actionEditor()->view();
        QCOMPARE(actionView->currentIndex().data(RecordTableModel::RecordIdRole).toLongLong(), 3);
        QCOMPARE(child<QComboBox>(page, "resultCombo")->currentText(), QStringLiteral("Partial"));
        QCOMPARE(child<QComboBox>(page, "scenarioCombo")->currentText(), QStringLiteral("Data loss"));
        QVERIFY(
            child<QPlainTextEdit>(page, "findingsEdit")->toPlainText().startsWith(QLatin1String("The restore took")));

        // The drill itself: its details.
        QVERIFY(window.planView()->showRecord(Section::Drills, QStringLiteral("drill"), 2));
        QCOMPARE(page->currentDrill(), 2);
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(!window.planView()->showRecord(Section::Drills, QStringLiteral("drill"), 99));
        QVERIFY(!window.planView()->showRecord(Section::Drills, QStringLiteral("drill_action"), 99));
        QVERIFY(!page->selectRecord(QStringLiteral("risk"), 1));

        // Every readiness finding about drills lands on the drill it names.
        const QList<ReadinessFinding> findings = Readiness(window.document()->database()).findings(QDate(2027, 1, 15));
        int aboutDrills = 0;
        for (const ReadinessFinding &finding : findings) {
            if (finding.section != Section::Drills) {
                continue;
            }
            ++aboutDrills;
            window.planView()->showSection(Section::Plan);
            QVERIFY2(window.planView()->showRecord(finding.section, finding.table, finding.recordId),
                qPrintable(finding.text));
            const qint64 expected = finding.table == QLatin1String("drill")
                ? finding.recordId
                : stored(window, QStringLiteral("SELECT drill_id FROM drill_action WHERE id = ?"), {finding.recordId})
                      .toLongLong();
            QCOMPARE(page->currentDrill(), expected);
            QVERIFY(page->isVisible());
        }
        QCOMPARE(aboutDrills, 2); // the crash drill without a result, the storage action overdue

        // A rehearsal run of the drill is listed, not edited, and can be landed on too.
        const qint64 run = window.document()->addRecord(QStringLiteral("run"),
            {{QStringLiteral("upgrade_id"), 1}, {QStringLiteral("drill_id"), 1},
                {QStringLiteral("kind"), QStringLiteral("rehearsal")},
                {QStringLiteral("started_at"), QStringLiteral("2026-08-20T01:30:00Z")}},
            QStringLiteral("Start rehearsal"));
        QVERIFY(page->selectRecord(QStringLiteral("run"), run));
        QCOMPARE(page->currentDrill(), 1);
        QCOMPARE(tabs->currentIndex(), 2);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Rehearsal runs (1)"));
        QTableView *runs = page->runView();
        QVERIFY(runs->isVisible());
        QCOMPARE(runs->model()->index(0, DrillRunModel::StatusColumn).data().toString(), QStringLiteral("Running"));
        QCOMPARE(runs->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!(runs->model()->flags(runs->model()->index(0, DrillRunModel::StatusColumn)) & Qt::ItemIsEditable));
    }

    void readOnlyPlanShowsDrillsWithoutEditing()
    {
        const QString path = examplePlan();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(window.openPlan(path, PlanFile::Access::ReadOnly));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DrillsPage *page = showPage(window);
        QCOMPARE(page->currentDrill(), 2);
        QVERIFY(!child<QComboBox>(page, "scenarioCombo")->isEnabled());
        QVERIFY(!child<QComboBox>(page, "resultCombo")->isEnabled());
        QVERIFY(child<QLineEdit>(page, "drillDateEdit")->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(page, "findingsEdit")->isReadOnly());
        QVERIFY(!page->drillEditor()->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
        QVERIFY(!page->actionEditor()->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
    }
};

QTEST_MAIN(TestDrillsPage)
#include "tst_drillspage.moc"
