// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team plan of the test cluster: its title names the server,
// and an edit that found the field changed in another window asks which
// value to keep.
#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "mainwindow.h"
#include "plan/sampleplan.h"
#include "planopening.h"
#include "storage/teamdatabase.h"

#include <QTemporaryDir>
#include <QTest>

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
        QString error;
        m_connection = test::teamTestConnection(&error);
        QVERIFY2(!m_connection.isEmpty(), qPrintable(error));
    }

    void cleanup() { DialogHooks::confirmHook = nullptr; }

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
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
