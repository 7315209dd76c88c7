// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the run console as an operator would: keyboard, event line,
// decisions answered through DialogHooks, under the offscreen platform.
#include "communications/updateschedulemodel.h"
#include "console/composeupdatedialog.h"
#include "console/runconsole.h"
#include "console/startrundialog.h"
#include "dialogs/dialoghooks.h"
#include "dialogs/exportreportdialog.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "interchange/planjsonimport.h"
#include "mainwindow.h"
#include "pages/runspage.h"
#include "pages/upgradespage.h"
#include "plan/sampleplan.h"
#include "plan/translations.h"
#include "run/runitemmodel.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"
#include "window/planview.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::ui;

namespace {
constexpr qint64 StandardTemplate = 1;
constexpr qint64 SevereLevel = 2; // orange in the built-in template
const QString Operator = QStringLiteral("Zhao Lei");
} // namespace

class TestRunConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<PlanDocument> m_document;
    qint64 m_upgrade = 0;
    QDateTime m_now;
    /// Answers of the text hook, taken in order; an unset one cancels.
    QList<std::optional<QString>> m_answers;
    QStringList m_asked;

    QString newPlanPath() { return m_dir.filePath(QStringLiteral("console-%1.fallback").arg(++m_counter)); }
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_document->database(), sql, values);
    }
    QString itemStatus(qint64 id) const
    {
        return m_document->store().value(QStringLiteral("run_item"), id, QStringLiteral("status")).toString();
    }
    qint64 itemAt(int row) const
    {
        return value(QStringLiteral("SELECT id FROM run_item ORDER BY CASE phase WHEN 'before' THEN 0 WHEN 'during' "
                                    "THEN 1 WHEN 'after' THEN 2 ELSE 3 END, position, id LIMIT 1 OFFSET ?"),
            {row})
            .toLongLong();
    }

    /// A plan with an upgrade (its window 22:00 to 00:00 UTC), its checklist,
    /// a small roster, and a running run.
    qint64 prepare()
    {
        const QString path = newPlanPath();
        if (!PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty()) {
            return 0;
        }
        m_document = PlanDocument::open(path, PlanFile::Access::ReadWrite, nullptr);
        // The console shows the plan's clock; this plan's is UTC on every machine.
        m_document->setHeader(PlanField::TimeZone, QStringLiteral("UTC"));
        m_upgrade = m_document->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Billing 4.2")}}, QStringLiteral("Add"));
        ChecklistOperations::instantiateChecklist(m_document.get(), m_upgrade, StandardTemplate);
        ChecklistOperations::setUpgradeWindow(m_document.get(), m_upgrade,
            QDateTime(QDate(2026, 5, 1), QTime(22, 0), QTimeZone::utc()),
            QDateTime(QDate(2026, 5, 2), QTime(0, 0), QTimeZone::utc()), nullptr);
        const qint64 wang = m_document->addRecord(QStringLiteral("member"),
            {{QStringLiteral("name"), QStringLiteral("Wang Fang")},
                {QStringLiteral("phone_mobile"), QStringLiteral("13911112222")}},
            QStringLiteral("Add"));
        const qint64 zhang = m_document->addRecord(QStringLiteral("member"),
            {{QStringLiteral("name"), QStringLiteral("Zhang Wei")},
                {QStringLiteral("phone_mobile"), QStringLiteral("13733334444")},
                {QStringLiteral("backup_member_id"), wang}},
            QStringLiteral("Add"));
        for (const qint64 member : {zhang, wang}) {
            m_document->addRecord(QStringLiteral("group_member"),
                {{QStringLiteral("group_id"), 3}, {QStringLiteral("member_id"), member},
                    {QStringLiteral("escalation_order"), member == zhang ? 1 : 2}},
                QStringLiteral("Join"));
        }
        m_now = QDateTime(QDate(2026, 5, 1), QTime(22, 30, 0), QTimeZone::utc());
        auto session = RunSession::start(
            m_document.get(), m_upgrade, QStringLiteral("live"), 0, Operator, [this] { return m_now; });
        return session ? session->runId() : 0;
    }

    std::unique_ptr<RunConsole> openConsole(qint64 runId)
    {
        auto console = std::make_unique<RunConsole>(m_document.get(), runId);
        console->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        console->setClock([this] { return m_now; });
        console->setOperatorName(Operator);
        console->show();
        console->activateWindow();
        return console;
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        DialogHooks::textHook = [this](const QString &title, const QString &, const QString &) {
            m_asked << title;
            return m_answers.isEmpty() ? std::nullopt : m_answers.takeFirst();
        };
        DialogHooks::warningHook = [](const QString &, const QString &text) { qWarning("%s", qPrintable(text)); };
    }

    void init()
    {
        m_answers.clear();
        m_asked.clear();
    }

    void cleanup() { m_document.reset(); }

    void tickingWithTheKeyboard()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        auto *view = child<QTableView>(console.get(), "checklistView");
        QVERIFY(view);
        QCOMPARE(QApplication::focusWidget(), view);
        // The first open item is the current one.
        QCOMPARE(console->itemModel()->idAt(view->currentIndex().row()), itemAt(0));

        m_now = m_now.addSecs(65);
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("done"));
        QCOMPARE(
            m_document->store().value(QStringLiteral("run_item"), itemAt(0), QStringLiteral("ticked_by")).toString(),
            Operator);
        QCOMPARE(
            m_document->store().value(QStringLiteral("run_item"), itemAt(0), QStringLiteral("ticked_at")).toString(),
            QStringLiteral("2026-05-01T22:31:05Z"));
        // The next open item became current: Enter ticks it.
        QCOMPARE(console->itemModel()->idAt(view->currentIndex().row()), itemAt(1));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(itemStatus(itemAt(1)), QStringLiteral("done"));
        QVERIFY(child<QLabel>(console.get(), "checklistCaption")->text().contains(QStringLiteral("2 of 24 done")));

        // Ctrl+Z takes the last tick back: the log keeps the tick and says it was taken back, by whom and when.
        const int eventsBefore = value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt();
        m_now = m_now.addSecs(30);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(itemStatus(itemAt(1)), QStringLiteral("open"));
        QVERIFY(m_document->store().value(QStringLiteral("run_item"), itemAt(1), QStringLiteral("ticked_at")).isNull());
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("done"));
        QVERIFY(child<QLabel>(console.get(), "messageLabel")->text().startsWith(QStringLiteral("Taken back")));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt(), eventsBefore + 1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event WHERE text LIKE 'Done: %'")).toInt(), 2);
        const QString takenBack = value(QStringLiteral("SELECT text || '|' || actor || '|' || at || '|' || run_item_id "
                                                       "FROM run_event ORDER BY id DESC LIMIT 1"))
                                      .toString();
        QVERIFY2(takenBack.startsWith(QStringLiteral("Taken back: Done: ")), qPrintable(takenBack));
        QVERIFY2(takenBack.endsWith(QStringLiteral("|Zhao Lei|2026-05-01T22:31:35Z|%1").arg(itemAt(1))),
            qPrintable(takenBack));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("open"));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        // What was done before the console opened (the start of the run) stays.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run")).toInt(), 1);
        QVERIFY(child<QLabel>(console.get(), "messageLabel")->text().contains(QStringLiteral("Nothing")));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt(), eventsBefore + 2);
        // Done again: a tick of its own.
        view->setCurrentIndex(console->itemModel()->index(0, RunItemModel::TextColumn));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("done"));

        // F asks why the item failed; S asks why it is skipped.
        view->setCurrentIndex(console->itemModel()->index(1, RunItemModel::TextColumn));
        m_answers = {QStringLiteral("Backup job timed out")};
        QTest::keyClick(view, Qt::Key_F);
        QCOMPARE(itemStatus(itemAt(1)), QStringLiteral("failed"));
        QCOMPARE(m_document->store().value(QStringLiteral("run_item"), itemAt(1), QStringLiteral("note")).toString(),
            QStringLiteral("Backup job timed out"));
        QCOMPARE(console->itemModel()->idAt(view->currentIndex().row()), itemAt(2));

        // No reason: asked again, nothing changed; Cancel: nothing at all.
        const int events = value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt();
        m_asked.clear();
        m_answers = {QStringLiteral("  "), std::nullopt};
        QTest::keyClick(view, Qt::Key_S);
        QCOMPARE(m_asked, (QStringList {QStringLiteral("Skip item"), QStringLiteral("Skip item")}));
        QCOMPARE(itemStatus(itemAt(2)), QStringLiteral("open"));
        m_answers = {std::nullopt};
        QTest::keyClick(view, Qt::Key_S);
        QCOMPARE(itemStatus(itemAt(2)), QStringLiteral("open"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt(), events);
        m_answers = {QStringLiteral("Not part of this release")};
        QTest::keyClick(view, Qt::Key_S);
        QCOMPARE(itemStatus(itemAt(2)), QStringLiteral("skipped"));

        // Space on a done item does not untick it; Backspace reopens it, logged.
        view->setCurrentIndex(console->itemModel()->index(0, RunItemModel::TextColumn));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("done"));
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("open"));
        QVERIFY(value(QStringLiteral("SELECT text FROM run_event ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .startsWith(QStringLiteral("Reopened")));

        // F11 toggles full screen.
        QTest::keyClick(view, Qt::Key_F11);
        QVERIFY(console->isFullScreen());
        QTest::keyClick(view, Qt::Key_F11);
        QVERIFY(!console->isFullScreen());
    }

    void nobodyAtTheConsoleRecordsNothing()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        RunConsole console(m_document.get(), run);
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        console.session()->setActor(QString()); // as on a computer without a user name
        m_answers = {QStringLiteral("   ")};
        console.askOperator();
        console.show();
        auto *button = child<QPushButton>(&console, "operatorButton");
        QVERIFY(button->text().contains(QStringLiteral("nobody")));
        QTest::keyClick(child<QTableView>(&console, "checklistView"), Qt::Key_Space);
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("open"));
        QVERIFY(child<QLabel>(&console, "messageLabel")->text().contains(QStringLiteral("who")));
        // Saying who one is, through the button.
        m_answers = {QStringLiteral("Sun Li")};
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), QStringLiteral("Operator: Sun Li"));
        QTest::keyClick(child<QTableView>(&console, "checklistView"), Qt::Key_Space);
        QCOMPARE(itemStatus(itemAt(0)), QStringLiteral("done"));
        QCOMPARE(RunConsole::rememberedOperatorName(), QStringLiteral("Sun Li"));
    }

    void loggingAnEventWithEnter()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        auto *line = child<QLineEdit>(console.get(), "eventLine");
        auto *events = child<QTableView>(console.get(), "eventView");
        QVERIFY(line && events);

        QTest::keyClick(child<QTableView>(console.get(), "checklistView"), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), line);
        m_now = m_now.addSecs(30);
        QTest::keyClicks(line, QStringLiteral("DBA reports replication lag of 40 s"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(value(QStringLiteral("SELECT text || '|' || actor || '|' || at || '|' || kind FROM run_event ORDER BY "
                                      "id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("DBA reports replication lag of 40 s|Zhao Lei|2026-05-01T22:30:30Z|note"));
        QVERIFY(line->text().isEmpty());
        const int last = events->model()->rowCount() - 1;
        QCOMPARE(
            events->model()->index(last, 2).data().toString(), QStringLiteral("DBA reports replication lag of 40 s"));

        // An empty line logs nothing and says so.
        const int count = events->model()->rowCount();
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(events->model()->rowCount(), count);
        QVERIFY(!child<QLabel>(console.get(), "messageLabel")->text().isEmpty());
        // Escape goes back to the checklist.
        QTest::keyClick(line, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), child<QTableView>(console.get(), "checklistView"));
    }

    void stopDecisionWithAReason()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        auto *stop = child<QToolButton>(console.get(), "stopButton");
        QVERIFY(stop && stop->isEnabled());
        QVERIFY(stop->toolTip().contains(QStringLiteral("Ctrl+Shift+S")));

        // Cancelled: no decision.
        m_answers = {std::nullopt};
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(m_asked.value(0), QStringLiteral("STOP the upgrade"));
        QCOMPARE(value(QStringLiteral("SELECT status FROM run")).toString(), QStringLiteral("running"));

        // By the shortcut, with a reason.
        m_now = m_now.addSecs(120);
        m_answers = {QStringLiteral("Payment errors above 5%")};
        QTest::keyClick(
            child<QTableView>(console.get(), "checklistView"), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(value(QStringLiteral("SELECT status FROM run")).toString(), QStringLiteral("stopped"));
        QCOMPARE(
            value(QStringLiteral("SELECT decision || '|' || reason || '|' || actor FROM run_event ORDER BY id DESC "
                                 "LIMIT 1"))
                .toString(),
            QStringLiteral("stop|Payment errors above 5%|Zhao Lei"));
        QCOMPARE(child<QLabel>(console.get(), "statusLabel")->text(), QStringLiteral("Stopped"));
        QVERIFY(child<QLabel>(console.get(), "milestoneTime_stopped")->text().startsWith(QStringLiteral("22:32:00")));
        QVERIFY(!stop->isEnabled()); // stopped once
        // The timeline shows the decision last.
        auto *events = child<QTableView>(console.get(), "eventView");
        QVERIFY(events->model()
                    ->index(events->model()->rowCount() - 1, 2)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("STOP")));
    }

    void anEmptyReasonIsAskedForAgain()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        const int events = value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt();
        // OK with nothing typed, then with blanks: asked again each time, and nothing recorded meanwhile.
        m_answers = {QString(), QStringLiteral("  \u3000"), QStringLiteral("Database replica lagging")};
        QTest::mouseClick(child<QToolButton>(console.get(), "stopButton"), Qt::LeftButton);
        QCOMPARE(m_asked,
            (QStringList {QStringLiteral("STOP the upgrade"), QStringLiteral("STOP the upgrade"),
                QStringLiteral("STOP the upgrade")}));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt(), events + 1);
        QCOMPARE(value(QStringLiteral("SELECT reason FROM run_event ORDER BY id DESC LIMIT 1")).toString(),
            QStringLiteral("Database replica lagging"));

        // Cancelled after an empty answer: nothing at all.
        m_asked.clear();
        m_answers = {QString(), std::nullopt};
        QTest::keyClick(child<QTableView>(console.get(), "checklistView"), Qt::Key_F);
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event")).toInt(), events + 1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_item WHERE status = 'failed'")).toInt(), 0);
    }

    void theUpgradeFollowsItsRunAndTheLevelEndsWithTheEmergency()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        const auto upgradeStatus = [this] {
            return value(QStringLiteral("SELECT status FROM upgrade WHERE id = ?"), {m_upgrade}).toString();
        };
        QCOMPARE(upgradeStatus(), QStringLiteral("in_progress"));
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        auto *severe = child<QMenu>(console.get(), "levelMenu")
                           ->findChild<QAction *>(QStringLiteral("declareLevel%1").arg(SevereLevel));
        m_answers = {QStringLiteral("Error rate rising"), QStringLiteral("Payment errors"),
            QStringLiteral("Errors persist after the fix"), QStringLiteral("Old version serves again")};
        severe->trigger();
        QTest::mouseClick(child<QToolButton>(console.get(), "stopButton"), Qt::LeftButton);
        QCOMPARE(upgradeStatus(), QStringLiteral("stopped"));
        console->findChild<QAction *>(QStringLiteral("rollbackAction"))->trigger();
        QCOMPARE(upgradeStatus(), QStringLiteral("rolled_back"));
        auto *level = child<QLabel>(console.get(), "levelLabel");
        QCOMPARE(level->text(), QStringLiteral("Level II \u2013 Severe (orange)"));
        console->findChild<QAction *>(QStringLiteral("endAction"))->trigger();
        QVERIFY(!value(QStringLiteral("SELECT ended_at FROM run")).isNull());
        QCOMPARE(upgradeStatus(), QStringLiteral("rolled_back")); // what the run came to
        // The emergency is over: the level is history, no longer an orange warning.
        QCOMPARE(level->text(), QStringLiteral("Emergency over (was Level II \u2013 Severe (orange))"));
        QVERIFY(level->grab().toImage().pixelColor(3, 3).name() != QStringLiteral("#ed7d31"));
        // The Upgrades page shows it as the file does.
        QCOMPARE(Vocabulary::label(Vocabulary::Kind::UpgradeStatus, upgradeStatus()), QStringLiteral("Rolled back"));
    }

    void levelShownInItsColour()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        auto *level = child<QLabel>(console.get(), "levelLabel");
        QCOMPARE(level->text(), QStringLiteral("No warning level"));

        auto *menu = child<QMenu>(console.get(), "levelMenu");
        QVERIFY(menu);
        auto *severe = menu->findChild<QAction *>(QStringLiteral("declareLevel%1").arg(SevereLevel));
        QVERIFY(severe);
        m_answers = {QStringLiteral("Error rate rising")};
        severe->trigger();
        QCOMPARE(value(QStringLiteral("SELECT warning_level_id FROM run")).toLongLong(), SevereLevel);
        QCOMPARE(level->text(), QStringLiteral("Level II \u2013 Severe (orange)"));
        const auto shownColour = [level] {
            const QImage image = level->grab().toImage();
            return image.pixelColor(3, 3).name();
        };
        QCOMPARE(shownColour(), QStringLiteral("#ed7d31"));
        // The plan's colour is the one shown, also when it changes.
        m_document->setRecordValue(
            QStringLiteral("warning_level"), SevereLevel, QStringLiteral("colour"), QStringLiteral("#7030a0"));
        QCOMPARE(shownColour(), QStringLiteral("#7030a0"));
        // Undo of the declaration: no level again.
        m_document->undoStack()->undo(); // the colour
        m_document->undoStack()->undo(); // the level
        QCOMPARE(level->text(), QStringLiteral("No warning level"));
    }

    void rosterSearch()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        auto *search = child<QLineEdit>(console.get(), "rosterSearch");
        auto *roster = child<QTreeView>(console.get(), "rosterView");
        QVERIFY(search && roster);
        QCOMPARE(roster->model()->rowCount(), 1);
        QTest::keyClicks(search, QStringLiteral("13733"));
        // Only Zhang Wei, under the groups above him.
        QAbstractItemModel *model = roster->model();
        QModelIndex group = model->index(0, 0);
        while (model->rowCount(group) == 1 && model->hasChildren(model->index(0, 0, group))) {
            group = model->index(0, 0, group);
        }
        QCOMPARE(model->rowCount(group), 1);
        const QModelIndex member = model->index(0, 0, group);
        QCOMPARE(member.data().toString(), QStringLiteral("Zhang Wei"));
        QCOMPARE(member.siblingAtColumn(4).data().toString(), QStringLiteral("Wang Fang (13911112222)"));
        QVERIFY(roster->isExpanded(group));
        // The backup's name finds the member whose backup they are, and themselves.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("wang fang"));
        QCOMPARE(model->rowCount(group), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody"));
        QCOMPARE(model->rowCount(), 0);
    }

    void milestonesRecordedAndEdited()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        auto *now = child<QPushButton>(console.get(), "milestoneNow_detected");
        auto *edit = child<QPushButton>(console.get(), "milestoneEdit_detected");
        auto *time = child<QLabel>(console.get(), "milestoneTime_detected");
        QVERIFY(now && edit && time);
        QCOMPARE(time->text(), QStringLiteral("\u2014"));
        QTest::mouseClick(now, Qt::LeftButton);
        const QString recorded = m_now.toUTC().toString(QStringLiteral("HH:mm:ss"));
        QCOMPARE(time->text(), recorded);
        QVERIFY(!now->isEnabled());

        const QString earlier = m_now.addSecs(-600).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        m_answers = {earlier};
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY2(time->text().contains(QStringLiteral("corrected")), qPrintable(time->text()));
        QVERIFY2(
            time->toolTip().contains(QStringLiteral("first recorded %1").arg(recorded)), qPrintable(time->toolTip()));
        QVERIFY(time->toolTip().contains(Operator));
        QCOMPARE(value(QStringLiteral("SELECT original_at FROM run_milestone WHERE kind = 'detected'")).toString(),
            RunSession::storedTime(m_now).toString());

        // A time that is no time: said, nothing changed.
        const QString before = time->text();
        m_answers = {QStringLiteral("half past ten")};
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(time->text(), before);
        QVERIFY(child<QLabel>(console.get(), "messageLabel")->text().contains(QStringLiteral("not a time")));
    }

    void theChecklistIsReadableOnALaptop_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTest::addRow("laptop 1366x768 %s", qPrintable(language)) << QSize(1366, 768) << language;
            QTest::addRow("default 1280x860 %s", qPrintable(language)) << QSize(1280, 860) << language;
            QTest::addRow("desktop 1920x1080 %s", qPrintable(language)) << QSize(1920, 1080) << language;
        }
    }

    void theChecklistIsReadableOnALaptop()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        Translations::install(language);
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        console->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(console.get()));
        QCoreApplication::processEvents();
        auto *view = child<QTableView>(console.get(), "checklistView");
        QWidget *viewport = view->viewport();
        if (const QString folder = qEnvironmentVariable("FALLBACK_SCREENSHOT_DIR"); !folder.isEmpty()) {
            console->grab().save(QStringLiteral("%1/console-%2x%3-%4.png")
                                     .arg(folder)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(language));
        }
        // The item's text takes the room: wider than everything else of the row together.
        const int textWidth = view->columnWidth(RunItemModel::TextColumn);
        QVERIFY2(textWidth * 2 >= viewport->width(),
            qPrintable(QStringLiteral("%1 of %2").arg(textWidth).arg(viewport->width())));
        // The status is always in view, whole.
        const QRect status = view->visualRect(view->model()->index(0, RunItemModel::StatusColumn));
        QVERIFY(status.left() >= 0 && status.right() <= viewport->width());
        // At least ten items fit without scrolling.
        int visible = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QRect cell = view->visualRect(view->model()->index(row, RunItemModel::TextColumn));
            visible += cell.top() >= 0 && cell.bottom() <= viewport->height() ? 1 : 0;
        }
        QVERIFY2(visible >= 10, qPrintable(QStringLiteral("%1 items visible").arg(visible)));
    }

    void aLongRecordedRunFitsALaptop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void aLongRecordedRunFitsALaptop()
    {
        // The sample's live run: a long upgrade name, ended and rolled back,
        // no operator yet, a failed step with a reason of several sentences.
        QFETCH(QString, language);
        Translations::install(language);
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const QString path = m_dir.filePath(QStringLiteral("sample-%1.fallback").arg(language));
        QFile::remove(path);
        QCOMPARE(SamplePlan::create(language, path), QString());
        QString error;
        auto document = PlanDocument::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error));
        const qint64 run
            = queryValue(document->database(), QStringLiteral("SELECT min(id) FROM run WHERE kind = 'live'"))
                  .toLongLong();
        auto console = std::make_unique<RunConsole>(document.get(), run);
        console->setAttribute(Qt::WA_DeleteOnClose, false);
        console->show();
        console->resize(1366, 768);
        QVERIFY(QTest::qWaitForWindowExposed(console.get()));
        QCoreApplication::processEvents();
        QVERIFY2(console->minimumSizeHint().width() <= 1366,
            qPrintable(QString::number(console->minimumSizeHint().width())));
        QCOMPARE(console->width(), 1366);
        // No row is taller than a few lines: the failed step's reason is cut, its tooltip whole.
        auto *view = child<QTableView>(console.get(), "checklistView");
        const int line = view->fontMetrics().lineSpacing();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QVERIFY2(view->rowHeight(row) <= line * 4,
                qPrintable(QStringLiteral("row %1 is %2 px high").arg(row).arg(view->rowHeight(row))));
        }
        const QModelIndex failed = [view] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex note = view->model()->index(row, RunItemModel::NoteColumn);
                if (note.data().toString().size() > 40) {
                    return note;
                }
            }
            return QModelIndex();
        }();
        QVERIFY2(failed.isValid(), "the sample has a failed step with a long reason");
        QVERIFY(!view->isColumnHidden(RunItemModel::NoteColumn));
        view->scrollTo(failed);
        const QRect cell = view->visualRect(failed);
        QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), failed.data().toString());
        QToolTip::hideText();
        // The key times' buttons are whole, never cut off by the narrow panel.
        auto *milestones = child<QScrollArea>(console.get(), "milestoneScroll");
        for (QPushButton *button : milestones->findChildren<QPushButton *>()) {
            const QRect shown(button->mapTo(milestones->viewport(), QPoint(0, 0)), button->size());
            QVERIFY2(shown.right() < milestones->viewport()->width(),
                qPrintable(QStringLiteral("%1 ends at %2 of %3 px")
                               .arg(button->objectName())
                               .arg(shown.right())
                               .arg(milestones->viewport()->width())));
        }
        // The header says who operates and how the run ended, in full.
        QVERIFY(child<QLabel>(console.get(), "statusLabel")->isVisible());
        QVERIFY(child<QPushButton>(console.get(), "operatorButton")->isVisible());
        console->close();
    }

    void longTextNeverWidensTheConsoleOrItsDialogs()
    {
        // Names of 2,100 characters in the sample: the upgrade, its items,
        // the groups, the warning levels, the drill and the review.
        const QString path = m_dir.filePath(QStringLiteral("long-names.fallback"));
        QFile::remove(path);
        QCOMPARE(SamplePlan::create(QStringLiteral("en"), path), QString());
        QString error;
        auto document = PlanDocument::open(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error));
        const QString longText = QStringLiteral("Very long name ").repeated(140);
        for (const auto &[table, column] :
            QList<std::pair<QString, QString>> {{QStringLiteral("upgrade"), QStringLiteral("name")},
                {QStringLiteral("upgrade_item"), QStringLiteral("text")},
                {QStringLiteral("run_item"), QStringLiteral("text")},
                {QStringLiteral("org_group"), QStringLiteral("name")},
                {QStringLiteral("member"), QStringLiteral("name")},
                {QStringLiteral("warning_level"), QStringLiteral("name")},
                {QStringLiteral("drill"), QStringLiteral("scenario_text")},
                {QStringLiteral("review"), QStringLiteral("title")}}) {
            QSqlQuery ids = execQuery(document->database(), QStringLiteral("SELECT id FROM %1").arg(table));
            while (ids.next()) {
                QVERIFY2(
                    document->setRecordValue(table, ids.value(0).toLongLong(), column, longText), qPrintable(table));
            }
        }
        const auto fits = [](QWidget *window, int width, const QString &what) {
            QCoreApplication::processEvents();
            // The innermost widgets that ask for more, named in the message.
            QStringList culprits;
            const QList<QWidget *> widgets = window->findChildren<QWidget *>();
            const auto tooWide = [width](QWidget *w) { return w->isVisible() && w->minimumSizeHint().width() > width; };
            for (QWidget *widget : widgets) {
                if (tooWide(widget) && std::none_of(widgets.cbegin(), widgets.cend(), [&](QWidget *child) {
                        return child->parentWidget() == widget && tooWide(child);
                    })) {
                    culprits << QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ')
                            + widget->objectName();
                }
            }
            QVERIFY2(window->width() <= width && window->minimumSizeHint().width() <= width,
                qPrintable(QStringLiteral("%1 is %2 px wide, at least %3 (%4)")
                               .arg(what)
                               .arg(window->width())
                               .arg(window->minimumSizeHint().width())
                               .arg(culprits.join(QStringLiteral(", ")))));
        };
        const qint64 run
            = queryValue(document->database(), QStringLiteral("SELECT min(id) FROM run WHERE kind = 'live'"))
                  .toLongLong();
        RunConsole console(document.get(), run);
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        console.setOperatorName(longText);
        console.resize(1280, 860);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        fits(&console, 1280, QStringLiteral("the console"));
        console.close();

        const qint64 upgrade
            = queryValue(document->database(), QStringLiteral("SELECT min(id) FROM upgrade")).toLongLong();
        StartRunDialog start(document.get(), upgrade);
        start.show();
        fits(&start, 1280, QStringLiteral("the Start Run dialog"));
        ExportReportDialog exportDialog(document.get());
        exportDialog.show();
        auto *kind = exportDialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        for (int row = 0; row < kind->count(); ++row) {
            kind->setCurrentIndex(row); // each kind lists its records by name
            fits(&exportDialog, 1280, QStringLiteral("the Export Report dialog (%1)").arg(kind->currentText()));
        }
    }

    void everyControlOfTheConsoleHasAnAccessibleName()
    {
        // A screen reader names every control the focus can land on.
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowExposed(console.get()));
        QStringList nameless;
        for (QWidget *widget : console->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                || qobject_cast<QComboBox *>(widget->parentWidget())) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                nameless << QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
            }
        }
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
    }

    void clockAgainstThePlannedWindow()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        m_now = m_now.addSecs(15 * 60);
        console->updateClock();
        QCOMPARE(
            child<QLabel>(console.get(), "clockLabel")->text(), m_now.toUTC().toString(QStringLiteral("HH:mm:ss")));
        QVERIFY(child<QLabel>(console.get(), "elapsedLabel")->text().contains(QStringLiteral("0:15:00 of 2:00:00")));
        QVERIFY(child<QLabel>(console.get(), "windowLabel")->text().contains(QStringLiteral("1:15:00 left")));
        m_now = m_now.addSecs(2 * 3600);
        console->updateClock();
        QVERIFY(child<QLabel>(console.get(), "windowLabel")->text().contains(QStringLiteral("0:45:00 over")));
    }

    void startRunFromTheUpgradesPageAndOpenFromRuns()
    {
        QVERIFY(prepare() != 0);
        // End the prepared run: the upgrade may run again.
        RunSession(m_document.get(), RunSession::unfinishedRuns(m_document.get()).value(0), Operator)
            .endEmergency(QStringLiteral("done"));
        PlanView view(m_document.get());
        view.show();
        view.showSection(Section::Upgrades);
        auto *page = view.findChild<UpgradesPage *>();
        QVERIFY(page);
        auto *start = page->findChild<QPushButton *>(QStringLiteral("startRunButton"));
        QVERIFY(start && start->isEnabled());
        StartRunDialog::hook = [](qint64) {
            return std::optional<StartRunDialog::Choice>({QStringLiteral("rehearsal"), 0, QStringLiteral("Sun Li")});
        };
        QTest::mouseClick(start, Qt::LeftButton);
        StartRunDialog::hook = nullptr;
        QCOMPARE(view.runConsoles().size(), 1);
        RunConsole *console = view.runConsoles().constFirst();
        QCOMPARE(console->session()->kind(), QStringLiteral("rehearsal"));
        QCOMPARE(console->operatorName(), QStringLiteral("Sun Li"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run")).toInt(), 2);

        // Start again: the run in progress is the one shown, no second run.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run")).toInt(), 2);
        QCOMPARE(view.runConsoles().size(), 1);

        // The Runs section lists both and opens the console of the selected one.
        view.showSection(Section::Runs);
        auto *runs = view.findChild<RunsPage *>();
        QVERIFY(runs);
        QCOMPARE(runs->view()->model()->rowCount(), 2);
        QVERIFY(runs->selectRecord(QStringLiteral("run"), 1));
        m_answers = {QStringLiteral("Qian Hao")};
        QTest::mouseClick(runs->findChild<QPushButton *>(QStringLiteral("openConsoleButton")), Qt::LeftButton);
        QCOMPARE(view.runConsoles().size(), 2);
        QCOMPARE(view.runConsoles().constLast()->runId(), 1);
        QCOMPARE(view.runConsoles().constLast()->operatorName(), QStringLiteral("Qian Hao"));
        QTest::mouseClick(runs->findChild<QPushButton *>(QStringLiteral("openConsoleButton")), Qt::LeftButton);
        QCOMPARE(view.runConsoles().size(), 2); // shown again, not opened twice
    }

    void composingAnUpdateCopiesItAndLogsItAsSent()
    {
        const qint64 run = prepare();
        QVERIFY(run != 0);
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        QVERIFY(console->session()->declareLevel(SevereLevel, QStringLiteral("Invoices fail")));
        // Level II: updates every 30 minutes; 31 later three audiences are overdue (customers and
        // the regulator hear every 60 minutes whatever the level).
        m_now = m_now.addSecs(31 * 60);
        console->updateClock();
        auto *tabs = child<QTabWidget>(console.get(), "sideTabs");
        QCOMPARE(tabs->tabText(0), QStringLiteral("Status updates: 3 overdue"));
        QCOMPARE(console->scheduleModel()->overdueCount(), 3);

        QTest::keyClick(console.get(), Qt::Key_U, Qt::ControlModifier);
        auto *dialog = console->findChild<ComposeUpdateDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The leadership comes first; its primary channel is the phone, whose script is read aloud.
        QCOMPARE(dialog->audienceId(), 1);
        QCOMPARE(dialog->channel(), QStringLiteral("phone"));
        QCOMPARE(dialog->occasion(), QStringLiteral("start"));
        QVERIFY2(dialog->message().contains(QLatin1String("Billing 4.2")), qPrintable(dialog->message()));
        QVERIFY(child<QLabel>(dialog, "lengthLabel")->text().contains(QLatin1String("read aloud")));
        // SMS: the length is counted in SMS parts.
        auto *channels = child<QComboBox>(dialog, "channelCombo");
        channels->setCurrentIndex(channels->findData(QStringLiteral("sms")));
        QCOMPARE(dialog->channel(), QStringLiteral("sms"));
        QVERIFY(child<QLabel>(dialog, "lengthLabel")->text().contains(QLatin1String("SMS")));
        // Email has a subject, which goes first.
        auto *audiences = child<QComboBox>(dialog, "audienceCombo");
        audiences->setCurrentIndex(audiences->findData(5)); // the regulator: email first
        QCOMPARE(dialog->channel(), QStringLiteral("email"));
        QVERIFY(child<QLineEdit>(dialog, "subjectEdit")->isVisible());
        QVERIFY(dialog->message().startsWith(QLatin1String("Emergency response started: Billing 4.2")));
        // Typed words survive a change of channel; Refill from Template replaces them.
        dialog->messageEdit()->setPlainText(QStringLiteral("My own words"));
        channels = child<QComboBox>(dialog, "channelCombo");
        channels->setCurrentIndex(channels->findData(QStringLiteral("phone")));
        QCOMPARE(dialog->messageEdit()->toPlainText(), QStringLiteral("My own words"));
        auto *refill = child<QPushButton>(dialog, "refillButton");
        QVERIFY(refill->isVisible());
        QTest::mouseClick(refill, Qt::LeftButton);
        QVERIFY(dialog->messageEdit()->toPlainText().startsWith(QLatin1String("This is Information liaison group")));
        QVERIFY(!refill->isVisible());
        channels->setCurrentIndex(channels->findData(QStringLiteral("email")));
        // An emptied message is not logged.
        dialog->messageEdit()->clear();
        QVERIFY(!child<QPushButton>(dialog, "logButton")->isEnabled());
        dialog->messageEdit()->setPlainText(QStringLiteral("Billing is down since 22:30; next update 23:30."));
        QTest::mouseClick(child<QPushButton>(dialog, "logButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(QGuiApplication::clipboard()->text(),
            child<QLineEdit>(dialog, "subjectEdit")->text()
                + QStringLiteral("\n\nBilling is down since 22:30; next "
                                 "update 23:30."));
        QCOMPARE(
            value(QStringLiteral("SELECT audience_id || '|' || channel || '|' || actor || '|' || at FROM run_event "
                                 "WHERE kind = 'update'"))
                .toString(),
            QStringLiteral("5|email|Zhao Lei|2026-05-01T23:01:00Z"));
        QVERIFY(child<QLabel>(console.get(), "messageLabel")->text().contains(QLatin1String("Regulator")));
        // The regulator's next update is an hour from now.
        QCOMPARE(console->scheduleModel()->index(4, UpdateScheduleModel::LastColumn).data().toString(),
            QStringLiteral("23:01"));
        QCOMPARE(console->scheduleModel()->index(4, UpdateScheduleModel::NextColumn).data().toString(),
            QStringLiteral("In 1:00:00"));
    }

    void aWholeRunInChineseSendsItsUpdates()
    {
        // The coordinator's language: ticks, a level, STOP, rollback, service
        // restored and the end, each told to the leadership by phone in Chinese.
        Translations::install(QStringLiteral("zh_CN"));
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const qint64 run = prepare();
        QVERIFY(run != 0);
        m_document->setHeader(PlanField::Organisation, QStringLiteral("云帆商贸"));
        auto console = openConsole(run);
        QVERIFY(QTest::qWaitForWindowActive(console.get()));
        RunSession *session = console->session();
        const auto sendToLeadership = [&](const QString &occasion) {
            console->activateWindow();
            if (!QTest::qWaitForWindowActive(console.get())) {
                return QStringLiteral("console not active");
            }
            QTest::keyClick(console.get(), Qt::Key_U, Qt::ControlModifier);
            auto *dialog = console->findChild<ComposeUpdateDialog *>();
            if (!dialog || !dialog->isVisible()) {
                return QString();
            }
            auto *audiences = child<QComboBox>(dialog, "audienceCombo");
            audiences->setCurrentIndex(audiences->findData(1));
            auto *channels = child<QComboBox>(dialog, "channelCombo");
            channels->setCurrentIndex(channels->findData(QStringLiteral("sms")));
            if (dialog->occasion() != occasion || dialog->language() != QLatin1String("zh_CN")) {
                return QStringLiteral("%1 in %2").arg(dialog->occasion(), dialog->language());
            }
            const QString message = dialog->message();
            const QPointer<ComposeUpdateDialog> guard(dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "logButton"), Qt::LeftButton);
            // Logged, it closes and goes: the next Ctrl+U opens a fresh one.
            return QTest::qWaitFor([&guard] { return guard.isNull(); }) ? message : QStringLiteral("still open");
        };
        // The plan is Chinese: messages are written in Chinese by default.
        execQuery(m_document->database(), QStringLiteral("UPDATE plan SET language = 'zh_CN'"));
        QTest::keyClick(child<QTableView>(console.get(), "checklistView"), Qt::Key_Space);
        m_now = m_now.addSecs(600);
        QVERIFY(session->declareLevel(SevereLevel, QStringLiteral("支付失败率超过5%")));
        QString sent = sendToLeadership(QStringLiteral("start"));
        QVERIFY2(sent.startsWith(QStringLiteral("【云帆商贸升级应急】22:40启动")), qPrintable(sent));
        QVERIFY(sent.contains(QStringLiteral("支付失败率超过5%")));
        m_now = m_now.addSecs(300);
        QVERIFY(session->stop(QStringLiteral("主库拒绝写入")));
        sent = sendToLeadership(QStringLiteral("stop"));
        QVERIFY2(sent.contains(QStringLiteral("升级已停止：主库拒绝写入")),
            qPrintable(sent.isEmpty() ? QStringLiteral("(none)") : sent));
        m_now = m_now.addSecs(300);
        QVERIFY(session->startRollback(QStringLiteral("无法在窗口期内完成")));
        QVERIFY(sendToLeadership(QStringLiteral("rollback")).contains(QStringLiteral("开始回退")));
        m_now = m_now.addSecs(1800);
        QVERIFY(session->serviceRestored(QStringLiteral("订单恢复正常")));
        QVERIFY(sendToLeadership(QStringLiteral("restored")).contains(QStringLiteral("业务已恢复")));
        m_now = m_now.addSecs(1800);
        QVERIFY(session->endEmergency(QStringLiteral("稳定运行一小时")));
        QVERIFY(sendToLeadership(QStringLiteral("ended")).contains(QStringLiteral("应急响应结束")));
        // Five updates in the log, worded in Chinese, and no gap: the leadership heard every half hour.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event WHERE kind = 'update' AND text = "
                                      "'已向Emergency leadership group发送通报（短信）'"))
                     .toInt(),
            5);
        console->updateClock();
        QCOMPARE(child<QTabWidget>(console.get(), "sideTabs")->tabText(0), QStringLiteral("信息通报"));
        if (const QString folder = qEnvironmentVariable("FALLBACK_SCREENSHOT_DIR"); !folder.isEmpty()) {
            console->grab().save(folder + QStringLiteral("/console-updates-zh_CN.png"));
        }
    }
};

QTEST_MAIN(TestRunConsole)
#include "tst_runconsole.moc"
