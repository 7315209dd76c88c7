// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team plan of the test cluster: its title names the server,
// and an edit that found the field changed in another window asks which
// value to keep.
#include "dialogs/bringbackdialog.h"
#include "dialogs/dialoghooks.h"
#include "dialogs/openteamplandialog.h"
#include "document/plandocument.h"
#include "mainwindow.h"
#include "plan/sampleplan.h"
#include "planopening.h"
#include "storage/teamdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace fallback;
using fallback::ui::DialogHooks;
using fallback::ui::MainWindow;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_connection;
    int m_plans = 0;

    /// A new team plan from the sample, and a window on it.
    QString uploadSample()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample-%1.fallback").arg(++m_plans));
        if (!SamplePlan::create(QStringLiteral("en"), path).isEmpty()) {
            return {};
        }
        QString error;
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly, &error);
        auto team = TeamDatabase::connect(m_connection, &error);
        const QString name = QStringLiteral("window %1").arg(m_plans);
        return file && team && team->upload(*file, name, &error) ? name : QString();
    }

    std::unique_ptr<PlanDocument> otherWindow(const QString &name)
    {
        QString error;
        auto team = TeamDatabase::connect(m_connection, &error);
        auto file = team ? team->openPlan(name, PlanFile::Access::ReadWrite, &error) : nullptr;
        return file ? std::make_unique<PlanDocument>(std::move(file)) : nullptr;
    }

    QString storedTitle(const QString &name)
    {
        auto reader = otherWindow(name);
        return reader ? reader->store().record(QStringLiteral("plan"), 1).value(QStringLiteral("title")).toString()
                      : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (the recent connections) and the desktop's recent files of its own.
        qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_connection = test::teamTestConnection(&error);
        QVERIFY2(!m_connection.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        DialogHooks::confirmHook = nullptr;
        DialogHooks::saveFileNameHook = nullptr;
        DialogHooks::dialogHook = nullptr;
        DialogHooks::warningHook = nullptr;
    }

    void theWindowOpensATeamPlanAndNamesTheServer()
    {
        const QString name = uploadSample();
        QVERIFY(!name.isEmpty());
        MainWindow window;
        QVERIFY(window.openTeamPlan(m_connection, name));
        QVERIFY(window.document()->file().isTeamPlan());
        QVERIFY2(window.windowTitle().contains(QStringLiteral(" on postgres@")), qPrintable(window.windowTitle()));
        QVERIFY(!window.document()->isReadOnly());
        // An unknown plan leaves the window as it was, with a message.
        QString warned;
        DialogHooks::warningHook = [&warned](const QString &, const QString &text) { warned = text; };
        QVERIFY(!window.openTeamPlan(m_connection, QStringLiteral("no such plan")));
        DialogHooks::warningHook = nullptr;
        QVERIFY(warned.contains(QStringLiteral("no plan named")));
        QVERIFY(window.document()->file().isTeamPlan());
    }

    void aConflictAsksWhichValueToKeep_data()
    {
        QTest::addColumn<bool>("useMine");
        QTest::newRow("keep theirs") << false;
        QTest::newRow("put mine in their place") << true;
    }

    void aConflictAsksWhichValueToKeep()
    {
        QFETCH(bool, useMine);
        const QString name = uploadSample();
        QVERIFY(!name.isEmpty());
        MainWindow window;
        QVERIFY(window.openTeamPlan(m_connection, name));
        PlanDocument *mine = window.document();
        QVERIFY(!mine->header(PlanField::Title).toString().isEmpty()); // what the window shows

        auto theirs = otherWindow(name);
        QVERIFY(theirs);
        QVERIFY(theirs->setHeader(PlanField::Title, QStringLiteral("Their title")));
        // Before the window has heard of it, the user changes the same field.
        QString asked;
        DialogHooks::confirmHook = [&asked, useMine](const QString &, const QString &text) {
            asked = text;
            return useMine;
        };
        QVERIFY(!mine->setHeader(PlanField::Title, QStringLiteral("My title")));
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 2000);
        QVERIFY2(asked.contains(QStringLiteral("\"Their title\"")) && asked.contains(QStringLiteral("\"My title\""))
                && asked.contains(QStringLiteral("postgres")),
            qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(
            storedTitle(name), useMine ? QStringLiteral("My title") : QStringLiteral("Their title"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(mine->header(PlanField::Title).toString(), storedTitle(name), 2000);
    }

    void theOpenTeamPlanDialogListsThePlansAndSaysHowTheyTravel()
    {
        const QString name = uploadSample();
        QVERIFY(!name.isEmpty());
        fallback::ui::OpenTeamPlanDialog dialog;
        dialog.connectionEdit()->setEditText(QStringLiteral("host=/nonexistent-folder dbname=plans"));
        QVERIFY(!dialog.connectToServer());
        QVERIFY2(dialog.securityLabel()->text().contains(QLatin1String("Cannot connect")),
            qPrintable(dialog.securityLabel()->text()));
        QVERIFY(!dialog.openButton()->isEnabled());

        // The test cluster trusts local users: the password typed is used and never written down.
        dialog.connectionEdit()->setEditText(m_connection);
        dialog.passwordEdit()->setText(QStringLiteral("typed-secret"));
        QVERIFY(dialog.connectToServer());
        QVERIFY2(dialog.securityLabel()->text().contains(QLatin1String("on this computer")),
            qPrintable(dialog.securityLabel()->text()));
        QVERIFY(!dialog.planList()->findItems(name, Qt::MatchExactly).isEmpty());
        QVERIFY(fallback::ui::OpenTeamPlanDialog::recentConnections().contains(m_connection));
        QVERIFY(!fallback::ui::OpenTeamPlanDialog::recentConnections()
                     .join(QLatin1Char(' '))
                     .contains(QLatin1String("typed-secret")));

        // File > Open Team Plan opens the plan chosen there.
        MainWindow window;
        DialogHooks::dialogHook = [&name, this](QDialog *shown) {
            auto *open = qobject_cast<fallback::ui::OpenTeamPlanDialog *>(shown);
            if (!open) {
                return int(QDialog::Rejected);
            }
            open->connectionEdit()->setEditText(m_connection);
            if (!open->connectToServer()) {
                return int(QDialog::Rejected);
            }
            open->planList()->setCurrentItem(open->planList()->findItems(name, Qt::MatchExactly).value(0));
            return open->openButton()->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        window.findChild<QAction *>(QStringLiteral("actionOpenTeamPlan"))->trigger();
        QVERIFY(window.document());
        QCOMPARE(window.document()->file().teamPlanName(), name);
    }

    void anOfflineCopyGoesOutAndComesBackThroughTheWindow()
    {
        const QString name = uploadSample();
        QVERIFY(!name.isEmpty());
        MainWindow teamWindow;
        QVERIFY(teamWindow.openTeamPlan(m_connection, name));
        auto *take = teamWindow.findChild<QAction *>(QStringLiteral("actionTakeOfflineCopy"));
        QVERIFY(take && take->isEnabled());
        QVERIFY(!teamWindow.findChild<QAction *>(QStringLiteral("actionBringBack"))->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("offline-%1.fallback").arg(m_plans));
        QString suggested;
        DialogHooks::saveFileNameHook = [&](const QString &, const QString &start) {
            suggested = start;
            return path;
        };
        DialogHooks::confirmHook = [](const QString &, const QString &) { return false; };
        take->trigger();
        QVERIFY2(suggested.contains(name), qPrintable(suggested));
        QVERIFY(QFile::exists(path));

        // Offline, and on the server meanwhile, the same field changes.
        MainWindow offlineWindow;
        QVERIFY(offlineWindow.openPlan(path));
        QVERIFY2(offlineWindow.windowTitle().contains(QStringLiteral("offline copy of ") + name),
            qPrintable(offlineWindow.windowTitle()));
        auto *bringBack = offlineWindow.findChild<QAction *>(QStringLiteral("actionBringBack"));
        QVERIFY(bringBack && bringBack->isEnabled());
        QVERIFY(offlineWindow.document()->setHeader(PlanField::Title, QStringLiteral("Offline title")));
        QVERIFY(offlineWindow.document()->setHeader(PlanField::Purpose, QStringLiteral("Offline scope")));
        auto theirs = otherWindow(name);
        QVERIFY(theirs && theirs->setHeader(PlanField::Title, QStringLiteral("Server title")));

        // The dialog lists the conflict with both values; the user takes the offline one.
        QString listed;
        DialogHooks::dialogHook = [&listed](QDialog *dialog) {
            auto *bringBackDialog = qobject_cast<fallback::ui::BringBackDialog *>(dialog);
            if (!bringBackDialog || bringBackDialog->conflictList()->topLevelItemCount() != 1) {
                return int(QDialog::Rejected);
            }
            QTreeWidgetItem *row = bringBackDialog->conflictList()->topLevelItem(0);
            for (int column = 0; column < row->columnCount(); ++column) {
                listed += row->text(column) + QLatin1Char('|');
            }
            row->setCheckState(0, Qt::Checked);
            return int(QDialog::Accepted);
        };
        QString warned;
        DialogHooks::warningHook = [&warned](const QString &, const QString &text) { warned = text; };
        bool offeredTeamPlan = false;
        DialogHooks::confirmHook = [&offeredTeamPlan](const QString &, const QString &) {
            offeredTeamPlan = true;
            return false;
        };
        bringBack->trigger();
        QVERIFY2(warned.isEmpty(), qPrintable(warned));
        QVERIFY2(listed.contains(QStringLiteral("Offline title")) && listed.contains(QStringLiteral("Server title")),
            qPrintable(listed));
        QVERIFY(offeredTeamPlan);
        QCOMPARE(storedTitle(name), QStringLiteral("Offline title"));
        // The team window hears of it as of any other window's edit.
        QTRY_COMPARE_WITH_TIMEOUT(
            teamWindow.document()->header(PlanField::Purpose).toString(), QStringLiteral("Offline scope"), 2000);
        // Once back, the copy says so and is not offered again.
        QVERIFY(!bringBack->isEnabled());
        QVERIFY2(offlineWindow.windowTitle().contains(QStringLiteral("brought back")),
            qPrintable(offlineWindow.windowTitle()));
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
