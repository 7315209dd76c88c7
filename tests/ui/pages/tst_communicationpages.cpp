// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Communications and the Role cards and duty sections of the real
// main window with the keyboard and mouse: an audience's channels follow the
// audience chosen and are reordered, a shift is added and timed on the plan's
// clock, a role card's text is typed and undone, and the roster says what it
// lacks as it changes.
#include "communications/audiencechannelmodel.h"
#include "document/plandocument.h"
#include "duty/dutyshiftmodel.h"
#include "mainwindow.h"
#include "pages/communicationspage.h"
#include "pages/rolecardspage.h"
#include "plan/sampleplan.h"
#include "plan/translations.h"
#include "storage/sqlquery.h"
#include "testsupport.h"
#include "widgets/messagebar.h"
#include "widgets/recordtableeditor.h"
#include "window/planview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback;
using namespace fallback::ui;

class TestCommunicationPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A copy of the worked example of its own: the sample plan of the data
    /// folder is another test's, which may run at the same time.
    QString examplePlan()
    {
        const QString path = m_dir.filePath(QStringLiteral("example-%1.fallback").arg(++m_counter));
        return SamplePlan::create(QStringLiteral("en"), path).isEmpty() ? path : QString();
    }

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        return page->findChild<T *>(QLatin1String(name));
    }
    static QVariant stored(MainWindow &window, const QString &sql, const QVariantList &values = {})
    {
        return queryValue(window.document()->database(), sql, values);
    }
    static void undo(MainWindow &window) { window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger(); }
    template<typename T> static T *showPage(MainWindow &window, Section section)
    {
        window.planView()->showSection(section);
        return window.findChild<T *>(QStringLiteral("page%1").arg(int(section)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en")); // English plural forms
    }

    void channelsFollowTheAudienceAndTheirOrderIsTheirUse()
    {
        MainWindow window;
        QVERIFY(window.openPlan(examplePlan()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = showPage<CommunicationsPage>(window, Section::Communications);
        QVERIFY(page);
        RecordTableEditor *channels = page->channelsEditor();
        QCOMPARE(channels->model()->rowCount(), 3); // the leadership's, selected first
        QVERIFY(page->selectRecord(QStringLiteral("audience"), 3)); // the customers
        QCOMPARE(channels->model()->rowCount(), 2);
        QCOMPARE(channels->view()->model()->index(0, AudienceChannelModel::ChannelColumn).data().toString(),
            QStringLiteral("SMS"));
        // Alt+Down makes the email the primary channel; undo puts it back.
        channels->view()->setFocus();
        channels->view()->selectRow(0);
        QTest::keyClick(channels->view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(channels->view()->model()->index(0, AudienceChannelModel::ChannelColumn).data().toString(),
            QStringLiteral("Email"));
        QCOMPARE(channels->view()->model()->index(0, AudienceChannelModel::UseColumn).data().toString(),
            QStringLiteral("Primary"));
        QCOMPARE(stored(window,
                     QStringLiteral("SELECT channel FROM audience_channel WHERE audience_id = 3 "
                                    "ORDER BY position LIMIT 1"))
                     .toString(),
            QStringLiteral("email"));
        undo(window);
        QCOMPARE(channels->view()->model()->index(0, AudienceChannelModel::ChannelColumn).data().toString(),
            QStringLiteral("SMS"));
        // A readiness finding about a channel lands on it, in the plan tab.
        page->tabs()->setCurrentIndex(1);
        QVERIFY(page->selectRecord(QStringLiteral("audience_channel"), 9));
        QCOMPARE(page->tabs()->currentIndex(), 0);
        QCOMPARE(channels->selectedIds(), QList<qint64> {9});
    }

    void aShiftIsAddedOnThePlansClockAndTheRosterSaysWhatItLacks()
    {
        MainWindow window;
        QVERIFY(window.openPlan(examplePlan()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = showPage<RoleCardsPage>(window, Section::RoleCards);
        QVERIFY(page);
        page->tabs()->setCurrentIndex(1);
        auto *problems = child<QLabel>(page, "rosterProblems");
        QVERIFY(problems->text().startsWith(QLatin1String("Every group on the roster is covered")));
        RecordTableEditor *shifts = page->shiftsEditor();
        QCOMPARE(shifts->model()->rowCount(), 7);

        // The information liaison's 6-hour shift is over the limit once it is 5 hours.
        auto *limit = child<QSpinBox>(page, "dutyMaxHoursSpin");
        limit->setFocus();
        limit->selectAll();
        QTest::keyClicks(limit, QStringLiteral("5"));
        QTest::keyClick(limit, Qt::Key_Return);
        QCOMPARE(stored(window, QStringLiteral("SELECT duty_max_hours FROM plan")).toInt(), 5);
        QTRY_VERIFY(problems->text().contains(QLatin1String("Zhou Min is on duty for 6 hours")));
        undo(window);
        QTRY_COMPARE(limit->value(), 12);
        QTRY_VERIFY(problems->text().startsWith(QLatin1String("Every group on the roster is covered")));

        // A new shift after the command's last one: from 04:00, three hours, beyond the window.
        const int commandRow = 4; // Emergency command, 01:00 to 04:00
        QCOMPARE(shifts->view()->model()->index(commandRow, DutyShiftModel::GroupColumn).data().toString(),
            QStringLiteral("Emergency command"));
        shifts->view()->setFocus();
        shifts->view()->selectRow(commandRow);
        QTest::keyClick(shifts->view(), Qt::Key_Insert);
        QCOMPARE(shifts->model()->rowCount(), 8);
        QCOMPARE(stored(window, QStringLiteral("SELECT starts_at || ' ' || ends_at FROM duty_shift ORDER BY id DESC"))
                     .toString(),
            QStringLiteral("2026-09-12T20:00:00Z 2026-09-12T23:00:00Z"));
        // Nobody is on it yet: the roster says so at once.
        QTRY_VERIFY(problems->text().contains(QLatin1String("has no one on duty")));
        undo(window);
        QTRY_COMPARE(shifts->model()->rowCount(), 7);
    }

    void aRoleCardsTextIsTypedAndUndone()
    {
        MainWindow window;
        QVERIFY(window.openPlan(examplePlan()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = showPage<RoleCardsPage>(window, Section::RoleCards);
        QVERIFY(page->selectRecord(QStringLiteral("role_card"), 2));
        auto *decisions = child<QPlainTextEdit>(page, "decisionsEdit");
        QVERIFY(decisions->toPlainText().startsWith(QLatin1String("STOP the upgrade")));
        QCOMPARE(page->contactsEditor()->model()->rowCount(), 3);
        decisions->setFocus();
        decisions->moveCursor(QTextCursor::End);
        QTest::keyClicks(decisions, QStringLiteral(" Call the vendor."));
        page->cardsEditor()->view()->setFocus(); // leaving the field saves it
        QTRY_VERIFY(stored(window, QStringLiteral("SELECT decisions FROM role_card WHERE id = 2"))
                        .toString()
                        .endsWith(QLatin1String("Call the vendor.")));
        undo(window);
        QTRY_VERIFY(!decisions->toPlainText().contains(QLatin1String("vendor")));
    }

    void aPlanFromBeforeCommunicationsGetsTheBuiltInOnes()
    {
        // A plan of the first format: migrated on opening, it has no audiences and no cards.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.fallback"));
        QVERIFY(QFile::copy(fallback::test::testDataPath(QStringLiteral("plan-v0.fallback")), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = showPage<CommunicationsPage>(window, Section::Communications);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM audience")).toInt(), 0);
        page->tabs()->setCurrentIndex(1);
        auto *builtIn = child<QPushButton>(page, "builtInTemplatesButton");
        QTest::mouseClick(builtIn, Qt::LeftButton);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM audience")).toInt(), 5);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM audience_channel")).toInt(), 12);
        const int templates = stored(window, QStringLiteral("SELECT COUNT(*) FROM message_template")).toInt();
        QVERIFY(templates >= 56);
        // The customers' own wording went to the customers the plan has now.
        QCOMPARE(stored(window,
                     QStringLiteral("SELECT COUNT(*) FROM message_template t JOIN audience a "
                                    "ON a.id = t.audience_id WHERE a.name = 'Customers'"))
                     .toInt(),
            templates - 56);
        QVERIFY2(window.findChild<MessageBar *>()->text().contains(QLatin1String("5 audiences")),
            qPrintable(window.findChild<MessageBar *>()->text()));
        // Twice is once.
        QTest::mouseClick(builtIn, Qt::LeftButton);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM message_template")).toInt(), templates);
        // One step to undo.
        undo(window);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM audience")).toInt(), 0);
        QCOMPARE(stored(window, QStringLiteral("SELECT COUNT(*) FROM message_template")).toInt(), 0);

        auto *cards = showPage<RoleCardsPage>(window, Section::RoleCards);
        QTest::mouseClick(child<QPushButton>(cards, "builtInCardsButton"), Qt::LeftButton);
        QCOMPARE(cards->cardsEditor()->model()->rowCount(), 4);
        QTest::mouseClick(child<QPushButton>(cards, "builtInCardsButton"), Qt::LeftButton);
        QCOMPARE(cards->cardsEditor()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestCommunicationPages)
#include "tst_communicationpages.moc"
