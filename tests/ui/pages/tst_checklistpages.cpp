// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Checklists and Upgrades sections of the real main window.
#include "document/plandocument.h"
#include "mainwindow.h"
#include "pages/checklistspage.h"
#include "pages/upgradespage.h"
#include "plan/translations.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistitemmodel.h"
#include "upgrade/checklistoperations.h"
#include "upgrade/upgrademodel.h"
#include "widgets/messagebar.h"
#include "widgets/recordtableeditor.h"
#include "window/planview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fallback;
using namespace fallback::ui;

class TestChecklistPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_questions;

    QString newPlanPath() { return m_dir.filePath(QStringLiteral("pages-%1.fallback").arg(++m_counter)); }

    static QVariant stored(MainWindow &window, const QString &sql, const QVariantList &values = {})
    {
        return queryValue(window.document()->database(), sql, values);
    }

    static void undo(MainWindow &window) { window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger(); }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    /// Opens the cell editor of \a index, types \a text and confirms it.
    static void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text)
    {
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits what Return confirmed in a queued call
    }

    template<typename Page> static Page *showPage(MainWindow &window, Section section)
    {
        window.planView()->showSection(section);
        return window.findChild<Page *>(QStringLiteral("page%1").arg(int(section)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        UpgradesPage::replaceChecklistHook = [this](const QString &text) {
            m_questions << text;
            return true;
        };
    }

    void init() { m_questions.clear(); }

    void templateItemsAddEditFilterDuplicateUndo()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = showPage<ChecklistsPage>(window, Section::Checklists);
        QVERIFY(page && page->isVisible());
        QTableView *templates = page->templateEditor()->view();
        QTableView *items = page->itemEditor()->view();
        QCOMPARE(templates->model()->rowCount(), 1);
        QCOMPARE(page->currentTemplate(), 1); // the first template is shown at once
        QCOMPARE(items->model()->rowCount(), 24);
        QCOMPARE(items->model()->index(0, ChecklistItemModel::PhaseColumn).data().toString(), QStringLiteral("Before"));
        QCOMPARE(
            items->model()->index(23, ChecklistItemModel::PhaseColumn).data().toString(), QStringLiteral("Recovery"));

        // Add an item: it goes last and its text is edited at once.
        QTest::mouseClick(page->itemEditor()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(items->model()->rowCount(), 25);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Call the vendor's hotline"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits what Return confirmed in a queued call
        QCOMPARE(stored(window, QStringLiteral("SELECT text FROM checklist_template_item ORDER BY id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("Call the vendor's hotline"));
        QCOMPARE(items->model()->index(24, ChecklistItemModel::TextColumn).data().toString(),
            QStringLiteral("Call the vendor's hotline"));

        // Responsible: the plan's groups are offered.
        typeIntoCell(items, items->model()->index(24, ChecklistItemModel::ResponsibleColumn), QStringLiteral("Tech"));
        // (Return accepted the typed text; the completion list only offers.)
        QCOMPARE(
            items->model()->index(24, ChecklistItemModel::ResponsibleColumn).data().toString(), QStringLiteral("Tech"));

        // Filter: one keystroke at a time.
        QLineEdit *filter = page->itemEditor()->filterEdit();
        QTest::keyClicks(filter, QStringLiteral("hotline"));
        QCOMPARE(items->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(items->model()->rowCount(), 25);

        // Duplicate: the copy becomes the current template, with every item.
        auto *duplicate = page->findChild<QPushButton *>(QStringLiteral("duplicateButton"));
        QVERIFY(duplicate && duplicate->isVisible() && duplicate->isEnabled());
        QTest::mouseClick(duplicate, Qt::LeftButton);
        QCOMPARE(templates->model()->rowCount(), 2);
        QCOMPARE(templates->currentIndex().data().toString(), QStringLiteral("Copy of Standard upgrade checklist"));
        QCOMPARE(items->model()->rowCount(), 25);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM checklist_template_item")).toInt(), 50);
        QVERIFY(window.planView()->messageBar()->text().contains(QLatin1String("25")));

        // Undo takes the copy and all its items in one step.
        undo(window);
        QCOMPARE(templates->model()->rowCount(), 1);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM checklist_template_item")).toInt(), 25);
        QCOMPARE(page->currentTemplate(), 1);
        QCOMPARE(items->model()->rowCount(), 25);
        undo(window); // responsible
        undo(window); // text
        QCOMPARE(items->model()->index(24, ChecklistItemModel::TextColumn).data().toString(), QString());
        undo(window); // the item
        QCOMPARE(items->model()->rowCount(), 24);
    }

    void aNewItemJoinsThePhaseOfTheSelectedItem()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = showPage<ChecklistsPage>(window, Section::Checklists);
        QTableView *items = page->itemEditor()->view();
        int during = -1;
        for (int row = 0; row < items->model()->rowCount() && during < 0; ++row) {
            if (items->model()->index(row, ChecklistItemModel::PhaseColumn).data().toString()
                == QLatin1String("During")) {
                during = row;
            }
        }
        QVERIFY(during > 0);
        const QRect cell = items->visualRect(items->model()->index(during, ChecklistItemModel::TextColumn));
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseClick(page->itemEditor()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        const QModelIndex added = items->currentIndex();
        QCOMPARE(added.siblingAtColumn(ChecklistItemModel::PhaseColumn).data().toString(), QStringLiteral("During"));
        QCOMPARE(stored(window, QStringLiteral("SELECT phase FROM checklist_template_item ORDER BY id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("during"));
        // After the last item of that phase, before the first of the next.
        QCOMPARE(items->model()->index(added.row() + 1, ChecklistItemModel::PhaseColumn).data().toString(),
            QStringLiteral("After"));
    }

    void offsetCellsRefuseWhatIsNotATime()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = showPage<ChecklistsPage>(window, Section::Checklists);
        QTableView *items = page->itemEditor()->view();
        const QModelIndex offset = items->model()->index(0, ChecklistItemModel::OffsetColumn);
        QCOMPARE(offset.data().toString(), QStringLiteral("\u221214 d"));

        // The editor shows the offset as the table does.
        items->setCurrentIndex(offset);
        items->edit(offset);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("\u221214 d"));
        QTest::keyClick(editor, Qt::Key_Escape);

        typeIntoCell(items, offset, QStringLiteral("after lunch"));
        QCOMPARE(offset.data(Qt::EditRole).toLongLong(), -20160);
        QCOMPARE(
            stored(window, QStringLiteral("SELECT offset_minutes FROM checklist_template_item WHERE id = 1")).toInt(),
            -20160);
        // Said beneath the table, where it stays for a while.
        QLabel *refusal = page->itemEditor()->refusalLabel();
        QVERIFY(refusal->isVisible());
        QVERIFY(refusal->text().contains(QLatin1String("after lunch")));
        QVERIFY(refusal->text().contains(QLatin1String("old value is kept")));

        typeIntoCell(items, offset, QStringLiteral("-1:30"));
        QCOMPARE(offset.data().toString(), QStringLiteral("\u22121 h 30 min"));
        QCOMPARE(
            stored(window, QStringLiteral("SELECT offset_minutes FROM checklist_template_item WHERE id = 1")).toInt(),
            -90);
        const QModelIndex duration = items->model()->index(0, ChecklistItemModel::DurationColumn);
        typeIntoCell(items, duration, QStringLiteral("-5"));
        QCOMPARE(duration.data(Qt::EditRole).toLongLong(), 480);
        undo(window);
        QCOMPARE(offset.data(Qt::EditRole).toLongLong(), -20160);
    }

    void windowIsEnteredOnThePlansClock()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The plan's zone, on the header page: an unknown one is refused and said.
        window.planView()->showSection(Section::Plan);
        auto *zone = window.findChild<QLineEdit *>(QStringLiteral("timeZoneEdit"));
        QVERIFY(zone && zone->isVisible());
        QCOMPARE(zone->text(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        replaceText(zone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(
            stored(window, QStringLiteral("SELECT time_zone FROM plan")).toString(), QStringLiteral("Asia/Kolkata"));
        replaceText(zone, QStringLiteral("Mars/Olympus_Mons"));
        QCOMPARE(
            stored(window, QStringLiteral("SELECT time_zone FROM plan")).toString(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(zone->text(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(window.planView()->messageBar()->text().contains(QLatin1String("Mars/Olympus_Mons")));

        // A window typed as 22:00 on the plan's clock is 16:30 UTC, whatever this machine's zone.
        auto *page = showPage<UpgradesPage>(window, Section::Upgrades);
        QTest::mouseClick(page->upgradeEditor()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        auto *start = page->findChild<QDateTimeEdit *>(QStringLiteral("windowStartEdit"));
        start->setDate(QDate(2026, 6, 20));
        start->setTime(QTime(22, 0));
        Q_EMIT start->editingFinished();
        QCOMPARE(stored(window, QStringLiteral("SELECT window_start FROM upgrade")).toString(),
            QStringLiteral("2026-06-20T16:30:00Z"));
        // The upgrades table shows it on the same clock, and so does the edit after another zone is chosen.
        QCOMPARE(page->upgradeEditor()->view()->model()->index(0, UpgradeModel::WindowStartColumn).data().toString(),
            QStringLiteral("2026-06-20 22:00"));
        window.document()->setHeader(PlanField::TimeZone, QStringLiteral("UTC"));
        page->upgradeEditor()->view()->selectRow(0);
        QCOMPARE(page->upgradeEditor()->view()->model()->index(0, UpgradeModel::WindowStartColumn).data().toString(),
            QStringLiteral("2026-06-20 16:30"));
    }

    void aSameDayWindowIsTypedWithoutADetour()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.document()->setHeader(PlanField::TimeZone, QStringLiteral("UTC"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qint64 upgrade = window.document()->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Billing 4.2")}}, QStringLiteral("Add"));
        QVERIFY(ChecklistOperations::instantiateChecklist(window.document(), upgrade, 1));
        auto *page = showPage<UpgradesPage>(window, Section::Upgrades);
        QVERIFY(page->selectRecord(QStringLiteral("upgrade"), upgrade));
        auto *start = page->findChild<QDateTimeEdit *>(QStringLiteral("windowStartEdit"));
        auto *end = page->findChild<QDateTimeEdit *>(QStringLiteral("windowEndEdit"));
        auto *length = page->findChild<QLineEdit *>(QStringLiteral("windowDurationEdit"));
        QCOMPARE(start->text(), QStringLiteral("Not set"));

        // Entering an unset time offers one to type over (nothing is stored yet).
        start->setFocus();
        QTRY_VERIFY(start->hasFocus());
        QVERIFY(start->text() != QStringLiteral("Not set"));
        QVERIFY(stored(window, QStringLiteral("SELECT window_start FROM upgrade")).isNull());
        // Only passed through: nothing is set.
        Q_EMIT start->editingFinished();
        QVERIFY(stored(window, QStringLiteral("SELECT window_start FROM upgrade")).isNull());
        QCOMPARE(start->text(), QStringLiteral("Not set"));
        // Entered again and confirmed with Return: the time offered is taken.
        start->clearFocus();
        start->setFocus();
        QTRY_VERIFY(start->text() != QStringLiteral("Not set"));
        QTest::keyClick(start, Qt::Key_Return);
        QVERIFY(!stored(window, QStringLiteral("SELECT window_start FROM upgrade")).isNull());

        // A start: the end follows at the checklist's planned length (the last "during" item ends at 2 h 35 min).
        start->setDateTime(QDateTime(QDate(2026, 6, 20), QTime(9, 0), QTimeZone::utc()));
        Q_EMIT start->editingFinished();
        QCOMPARE(stored(window, QStringLiteral("SELECT window_start || ' ' || window_end FROM upgrade")).toString(),
            QStringLiteral("2026-06-20T09:00:00Z 2026-06-20T11:35:00Z"));
        QCOMPARE(end->text(), QStringLiteral("2026-06-20 11:35"));
        QCOMPARE(length->text(), QStringLiteral("2 h 35 min"));

        // The length typed: the end moves, the same day.
        length->setFocus();
        length->selectAll();
        QTest::keyClicks(length, QStringLiteral("4 h"));
        QTest::keyClick(length, Qt::Key_Return);
        QCOMPARE(stored(window, QStringLiteral("SELECT window_end FROM upgrade")).toString(),
            QStringLiteral("2026-06-20T13:00:00Z"));
        // What is not a length is refused, said beside the window, and the end stays.
        length->selectAll();
        QTest::keyClicks(length, QStringLiteral("soon"));
        QTest::keyClick(length, Qt::Key_Return);
        auto *problem = page->findChild<QLabel *>(QStringLiteral("windowProblemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("soon")), qPrintable(problem->text()));
        QCOMPARE(stored(window, QStringLiteral("SELECT window_end FROM upgrade")).toString(),
            QStringLiteral("2026-06-20T13:00:00Z"));
        QCOMPARE(length->text(), QStringLiteral("4 h"));

        // A later start keeps the length.
        start->setDateTime(QDateTime(QDate(2026, 6, 20), QTime(14, 0), QTimeZone::utc()));
        Q_EMIT start->editingFinished();
        QCOMPARE(stored(window, QStringLiteral("SELECT window_start || ' ' || window_end FROM upgrade")).toString(),
            QStringLiteral("2026-06-20T14:00:00Z 2026-06-20T18:00:00Z"));
    }

    void upgradeFormChecklistAndUndo()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = showPage<UpgradesPage>(window, Section::Upgrades);
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->currentUpgrade(), 0);
        QTest::mouseClick(page->upgradeEditor()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the cell editor the table opened
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM upgrade")).toInt(), 1);
        const qint64 upgrade = stored(window, QStringLiteral("SELECT id FROM upgrade")).toLongLong();
        QCOMPARE(page->currentUpgrade(), upgrade);

        // Name and versions through the form.
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("upgradeNameEdit"));
        QVERIFY(name && name->isVisible() && name->isEnabled());
        QCOMPARE(name->text(), QStringLiteral("New upgrade"));
        replaceText(name, QStringLiteral("Core banking 5.2"));
        QCOMPARE(
            stored(window, QStringLiteral("SELECT name FROM upgrade")).toString(), QStringLiteral("Core banking 5.2"));
        QCOMPARE(
            page->upgradeEditor()->view()->model()->index(0, 0).data().toString(), QStringLiteral("Core banking 5.2"));
        replaceText(page->findChild<QLineEdit *>(QStringLiteral("versionFromEdit")), QStringLiteral("5.1.4"));
        QCOMPARE(
            stored(window, QStringLiteral("SELECT version_from FROM upgrade")).toString(), QStringLiteral("5.1.4"));

        // The window, typed on the plan's clock (a new plan's is this machine's), stored as UTC.
        auto *start = page->findChild<QDateTimeEdit *>(QStringLiteral("windowStartEdit"));
        auto *end = page->findChild<QDateTimeEdit *>(QStringLiteral("windowEndEdit"));
        QCOMPARE(start->text(), QStringLiteral("Not set"));
        const QDateTime from(QDate(2026, 6, 20), QTime(22, 0));
        start->setDate(from.date());
        start->setTime(from.time());
        Q_EMIT start->editingFinished();
        end->setDate(from.addSecs(4 * 3600).date());
        end->setTime(from.addSecs(4 * 3600).time());
        Q_EMIT end->editingFinished();
        QCOMPARE(stored(window, QStringLiteral("SELECT window_start FROM upgrade")).toString(),
            from.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
        QVERIFY(
            page->findChild<QLineEdit *>(QStringLiteral("windowDurationEdit"))->text().contains(QLatin1String("4 h")));

        // An end before the start is refused where it was typed; the plan keeps the window.
        end->setTime(from.addSecs(-3600).time());
        end->setDate(from.addSecs(-3600).date());
        Q_EMIT end->editingFinished();
        auto *problem = page->findChild<QLabel *>(QStringLiteral("windowProblemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("cannot end")));
        QCOMPARE(QDateTime(end->date(), end->time()), from.addSecs(4 * 3600));
        QVERIFY(!end->styleSheet().isEmpty());
        QCOMPARE(stored(window, QStringLiteral("SELECT window_end FROM upgrade")).toString(),
            from.addSecs(4 * 3600).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
        QVERIFY(window.planView()->messageBar()->text().contains(QLatin1String("cannot end")));

        // A system ticked with the keyboard.
        auto *systems = page->findChild<QListView *>(QStringLiteral("systemList"));
        QCOMPARE(systems->model()->rowCount(), 3);
        systems->setFocus();
        systems->setCurrentIndex(systems->model()->index(1, 0));
        QTest::keyClick(systems, Qt::Key_Space);
        QCOMPARE(stored(window, QStringLiteral("SELECT system_id FROM upgrade_system")).toLongLong(),
            systems->model()->index(1, 0).data(Qt::UserRole).toLongLong());
        undo(window);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM upgrade_system")).toInt(), 0);
        QCOMPARE(systems->model()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(systems->model()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Undo of the window shows the old window in the form.
        undo(window); // system
        undo(window); // end
        // Back to the end the start gave it: an hour later, as the upgrade has no checklist yet.
        QCOMPARE(QDateTime(end->date(), end->time()), from.addSecs(3600));
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(QDateTime(end->date(), end->time()), from.addSecs(4 * 3600));

        // The checklist from the template.
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("upgradeTabs"));
        tabs->setCurrentIndex(1);
        auto *templateCombo = page->findChild<QComboBox *>(QStringLiteral("templateCombo"));
        auto *create = page->findChild<QPushButton *>(QStringLiteral("createChecklistButton"));
        QVERIFY(!create->isEnabled()); // no template chosen
        templateCombo->setFocus();
        QTest::keyClick(templateCombo, Qt::Key_Down);
        QCOMPARE(templateCombo->currentText(), QStringLiteral("Standard upgrade checklist"));
        QCOMPARE(stored(window, QStringLiteral("SELECT template_id FROM upgrade")).toLongLong(), 1);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(m_questions.isEmpty()); // nothing to replace yet
        QTableView *items = page->itemEditor()->view();
        QCOMPARE(items->model()->rowCount(), 24);
        QCOMPARE(
            stored(window, QStringLiteral("SELECT COUNT(*) FROM upgrade_item WHERE upgrade_id = ?"), {upgrade}).toInt(),
            24);

        // The upgrade's own checklist is edited without touching the template.
        typeIntoCell(items, items->model()->index(0, ChecklistItemModel::TextColumn), QStringLiteral("Only for 5.2"));
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM checklist_template_item WHERE text = ?"),
                     {QStringLiteral("Only for 5.2")})
                     .toInt(),
            0);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM upgrade_item WHERE text = ?"),
                     {QStringLiteral("Only for 5.2")})
                     .toInt(),
            1);

        // Creating it again asks first, then replaces it in one undo step.
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(QLatin1String("24 item")));
        QCOMPARE(items->model()->rowCount(), 24);
        QVERIFY(items->model()->index(0, ChecklistItemModel::TextColumn).data().toString()
            != QLatin1String("Only for 5.2"));
        undo(window);
        QCOMPARE(
            items->model()->index(0, ChecklistItemModel::TextColumn).data().toString(), QStringLiteral("Only for 5.2"));
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM upgrade_item")).toInt(), 24);
        undo(window); // the text
        undo(window); // the first checklist
        QCOMPARE(items->model()->rowCount(), 0);
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Checklist (0)"));

        // Undo back to the name: the form follows.
        undo(window); // template choice
        QCOMPARE(templateCombo->currentIndex(), 0);
        undo(window); // window end
        undo(window); // window start
        QCOMPARE(start->text(), QStringLiteral("Not set"));
        undo(window); // version
        undo(window); // name
        QCOMPARE(name->text(), QStringLiteral("New upgrade"));
        undo(window); // the upgrade
        QCOMPARE(page->currentUpgrade(), 0);
        QVERIFY(!name->isVisible());
    }

    void pagesShowTheRecordsAReaderPointsAt()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        PlanDocument *document = window.document();
        const qint64 upgrade = document->addRecord(
            QStringLiteral("upgrade"), {{QStringLiteral("name"), QStringLiteral("First")}}, QStringLiteral("Add"));
        const qint64 second = document->addRecord(
            QStringLiteral("upgrade"), {{QStringLiteral("name"), QStringLiteral("Second")}}, QStringLiteral("Add"));
        const qint64 item = document->addRecord(QStringLiteral("upgrade_item"),
            {{QStringLiteral("upgrade_id"), second}, {QStringLiteral("text"), QStringLiteral("Ping")}},
            QStringLiteral("Add"));
        auto *upgrades = showPage<UpgradesPage>(window, Section::Upgrades);
        QCOMPARE(upgrades->currentUpgrade(), upgrade);
        QVERIFY(upgrades->selectRecord(QStringLiteral("upgrade_item"), item));
        QCOMPARE(upgrades->currentUpgrade(), second);
        QCOMPARE(upgrades->findChild<QTabWidget *>(QStringLiteral("upgradeTabs"))->currentIndex(), 1);
        QCOMPARE(upgrades->itemEditor()->view()->currentIndex().data().toString(), QStringLiteral("Ping"));
        QVERIFY(upgrades->selectRecord(QStringLiteral("upgrade"), upgrade));
        QCOMPARE(upgrades->currentUpgrade(), upgrade);
        QVERIFY(!upgrades->selectRecord(QStringLiteral("upgrade"), 999));

        auto *checklists = showPage<ChecklistsPage>(window, Section::Checklists);
        QVERIFY(checklists->selectRecord(QStringLiteral("checklist_template_item"), 20));
        QCOMPARE(
            checklists->itemEditor()->view()->currentIndex().data(RecordTableModel::RecordIdRole).toLongLong(), 20);
        QVERIFY(checklists->selectRecord(QStringLiteral("checklist_template"), 1));
        QVERIFY(!checklists->selectRecord(QStringLiteral("risk"), 1));
        // Found by name, as the readiness panel finds it.
        QVERIFY(checklists->metaObject()->indexOfMethod("selectRecord(QString,qint64)") >= 0);
        QVERIFY(upgrades->metaObject()->indexOfMethod("selectRecord(QString,qint64)") >= 0);
    }

    void pagesFollowTheInterfaceLanguage()
    {
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        auto *checklists = showPage<ChecklistsPage>(window, Section::Checklists);
        auto *upgrades = showPage<UpgradesPage>(window, Section::Upgrades);
        Translations::install(QStringLiteral("zh_CN"));
        QTRY_COMPARE(checklists->itemEditor()->findChild<QPushButton *>(QStringLiteral("addButton"))->text(),
            QStringLiteral("添加(&A)"));
        QCOMPARE(checklists->itemEditor()->view()->model()->index(0, ChecklistItemModel::PhaseColumn).data().toString(),
            Vocabulary::label(Vocabulary::Kind::Phase, QStringLiteral("before")));
        QVERIFY(Vocabulary::label(Vocabulary::Kind::Phase, QStringLiteral("before")) != QLatin1String("Before"));
        QCOMPARE(upgrades->findChild<QComboBox *>(QStringLiteral("statusCombo"))->itemText(0),
            Vocabulary::label(Vocabulary::Kind::UpgradeStatus, QStringLiteral("planned")));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(
            upgrades->findChild<QComboBox *>(QStringLiteral("statusCombo"))->itemText(0), QStringLiteral("Planned"));
    }

    void tenThousandItemsOpenAndFilter()
    {
        // Figures for notes, not assertions: this is a debug build on a shared machine.
        MainWindow window;
        QVERIFY(window.createPlan(newPlanPath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PlanDocument *document = window.document();
        const QStringList phases = Vocabulary::values(Vocabulary::Kind::Phase);
        QList<RecordSnapshot::Row> rows;
        qint64 id = document->nextId(QStringLiteral("checklist_template_item"));
        for (int i = 0; i < 10000; ++i) {
            rows.append({QStringLiteral("checklist_template_item"),
                {{QStringLiteral("id"), id++}, {QStringLiteral("template_id"), 1},
                    {QStringLiteral("phase"), phases.at(i % 4)}, {QStringLiteral("position"), 100 + i / 4},
                    {QStringLiteral("text"), QStringLiteral("Generated check %1").arg(i)},
                    {QStringLiteral("responsible"), QStringLiteral("Group %1").arg(i % 7)},
                    {QStringLiteral("offset_minutes"), i - 5000}, {QStringLiteral("duration_minutes"), i % 90}}});
        }
        QVERIFY(document->addRecords(rows, QStringLiteral("Add many")));
        QElapsedTimer timer;
        timer.start();
        auto *page = showPage<ChecklistsPage>(window, Section::Checklists);
        QApplication::processEvents(); // the first paint
        const qint64 openMs = timer.elapsed();
        QTableView *items = page->itemEditor()->view();
        QCOMPARE(items->model()->rowCount(), 10024);
        QLineEdit *filter = page->itemEditor()->filterEdit();
        QList<qint64> keystrokes;
        for (const QChar c : QStringLiteral("check 42")) {
            timer.restart();
            QTest::keyClick(filter, c.toLatin1());
            keystrokes << timer.elapsed();
        }
        QCOMPARE(items->model()->rowCount(), 111); // 42, 420-429 and 4200-4299

        // The upgrade's checklist made from the big template, undone and redone.
        const qint64 upgrade = document->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Big")}, {QStringLiteral("template_id"), 1}},
            QStringLiteral("Add"));
        auto *upgrades = showPage<UpgradesPage>(window, Section::Upgrades);
        QCOMPARE(upgrades->currentUpgrade(), upgrade);
        timer.restart();
        QTest::mouseClick(upgrades->findChild<QPushButton *>(QStringLiteral("createChecklistButton")), Qt::LeftButton);
        const qint64 createMs = timer.restart();
        QCOMPARE(upgrades->itemEditor()->view()->model()->rowCount(), 10024);
        undo(window);
        const qint64 undoMs = timer.restart();
        QCOMPARE(upgrades->itemEditor()->view()->model()->rowCount(), 0);
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        const qint64 redoMs = timer.restart();
        QCOMPARE(upgrades->itemEditor()->view()->model()->rowCount(), 10024);
        qInfo("checklist of 10,024 items: made in %lld ms, undone in %lld ms, redone in %lld ms", createMs, undoMs,
            redoMs);
        qInfo("10,024 items: section opened in %lld ms; filter keystrokes %s ms", openMs,
            qPrintable(QStringList {[&] {
                QStringList texts;
                for (qint64 ms : keystrokes) {
                    texts << QString::number(ms);
                }
                return texts;
            }()}
                           .join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestChecklistPages)
#include "tst_checklistpages.moc"
