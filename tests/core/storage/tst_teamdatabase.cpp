// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A team database on the test cluster: plans uploaded and copied back as they
// are, several writers adding records at once, what each role may do, and a
// client older than the database.
#include "document/plandocument.h"
#include "interchange/planjsonexport.h"
#include "models/membermodel.h"
#include "plan/sampleplan.h"
#include "planopening.h"
#include "run/runeventmodel.h"
#include "run/runitemmodel.h"
#include "run/runsession.h"
#include "storage/connectioninfo.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/teamdatabase.h"
#include "storage/teampresence.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace fallback;

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_connection;
    QString m_samplePath;

    std::unique_ptr<TeamDatabase> connectAs(const QString &user = {}) const
    {
        QString error;
        auto team = TeamDatabase::connect(
            user.isEmpty() ? m_connection : m_connection + QStringLiteral(" user=") + user, &error);
        if (!team) {
            qWarning() << error;
        }
        return team;
    }

    /// A login role of the test's own in \a group.
    QString addUser(const char *group) const
    {
        const QString name = QStringLiteral("user_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        auto admin = connectAs();
        QSqlQuery create(admin->database());
        if (!create.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, QLatin1String(group)))) {
            qWarning() << create.lastError().text();
        }
        return name;
    }

    QString uploadSample(const QString &name) const
    {
        QString error;
        auto file = PlanFile::open(m_samplePath, PlanFile::Access::ReadOnly, &error);
        auto team = connectAs();
        if (!file || !team || !team->upload(*file, name, &error)) {
            qWarning() << error;
            return {};
        }
        return name;
    }

    void setTeamInfo(const QString &assignment) const
    {
        auto admin = connectAs();
        QVERIFY(execQuery(admin->database(), QStringLiteral("UPDATE fallback.team_info SET ") + assignment).isActive());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The whole test is about the server: without it, it fails.
        QString error;
        m_connection = test::teamTestConnection(&error);
        QVERIFY2(!m_connection.isEmpty(), qPrintable(error));
        m_samplePath = m_dir.filePath(QStringLiteral("sample.fallback"));
        QCOMPARE(SamplePlan::create(QStringLiteral("zh_CN"), m_samplePath), QString());
    }

    void settingUpAgainChangesNothing()
    {
        auto team = connectAs();
        QVERIFY(team && team->isInitialised());
        QCOMPARE(team->schemaVersion(), schema::CurrentVersion);
        QCOMPARE(team->oldestWriterVersion(), schema::CurrentVersion);
        QVERIFY(!uploadSample(QStringLiteral("kept")).isEmpty());
        QString error;
        QVERIFY2(team->initialise(&error), qPrintable(error));
        QVERIFY(team->plan(QStringLiteral("kept")).has_value());
    }

    void anUploadedPlanExportsAsItsFileDoes()
    {
        const QString name = uploadSample(QStringLiteral("出口一致 export"));
        QVERIFY(!name.isEmpty());
        auto file = PlanFile::open(m_samplePath, PlanFile::Access::ReadOnly, nullptr);
        const QByteArray fromFile = PlanJsonExport::toJson(file->database());

        QString error;
        auto team = connectAs();
        auto plan = team->openPlan(name, PlanFile::Access::ReadOnly, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->isTeamPlan());
        QVERIFY(plan->path().isEmpty());
        QVERIFY(plan->location().contains(name));
        QCOMPARE(PlanJsonExport::toJson(plan->database()), fromFile);

        // The offline copy is an ordinary plan file that exports the same again.
        const QString copy = m_dir.filePath(QStringLiteral("offline.fallback"));
        QVERIFY2(plan->saveCopy(copy, &error), qPrintable(error));
        auto offline = PlanFile::open(copy, PlanFile::Access::ReadOnly, &error);
        QVERIFY2(offline, qPrintable(error));
        QCOMPARE(PlanJsonExport::toJson(offline->database()), fromFile);
    }

    void aNameIsTakenOnce()
    {
        QVERIFY(!uploadSample(QStringLiteral("twice")).isEmpty());
        QString error;
        auto file = PlanFile::open(m_samplePath, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(!connectAs()->upload(*file, QStringLiteral("twice"), &error));
        QVERIFY2(error.contains(QStringLiteral("already has a plan named \"twice\"")), qPrintable(error));
        QVERIFY(!connectAs()->upload(*file, QStringLiteral("  "), &error));
        QCOMPARE(error, QStringLiteral("A team plan needs a name."));
    }

    void anUnknownPlanIsRefusedWithTheKnownOnes()
    {
        QVERIFY(!uploadSample(QStringLiteral("known")).isEmpty());
        QString error;
        QVERIFY(!connectAs()->openPlan(QStringLiteral("unknown"), PlanFile::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("no plan named \"unknown\"")) && error.contains(QStringLiteral("known")),
            qPrintable(error));
    }

    void twoWindowsAddingRecordsAtOnceNeverCollide()
    {
        const QString name = uploadSample(QStringLiteral("two writers"));
        QVERIFY(!name.isEmpty());
        QString error;
        auto first = std::make_unique<PlanDocument>(connectAs()->openPlan(name, PlanFile::Access::ReadWrite, &error));
        auto second = std::make_unique<PlanDocument>(connectAs()->openPlan(name, PlanFile::Access::ReadWrite, &error));
        QVERIFY(!first->isReadOnly() && !second->isReadOnly());
        const int before = queryValue(first->database(), QStringLiteral("SELECT count(*) FROM member")).toInt();
        // Both take their ids before either writes, as two coordinators do
        // who add people at the same moment; each numbers a batch from its id.
        const qint64 firstId = first->nextId(QStringLiteral("member"));
        const qint64 secondId = second->nextId(QStringLiteral("member"));
        const auto people = [](qint64 id, const QString &who) {
            return QList<RecordSnapshot::Row> {
                {QStringLiteral("member"),
                    {{QStringLiteral("id"), id}, {QStringLiteral("name"), QString(who + QLatin1Char('1'))}}},
                {QStringLiteral("member"),
                    {{QStringLiteral("id"), id + 1}, {QStringLiteral("name"), QString(who + QLatin1Char('2'))}}}};
        };
        QVERIFY(first->addRecords(people(firstId, QStringLiteral("A")), QStringLiteral("Add")));
        QVERIFY(second->addRecords(people(secondId, QStringLiteral("B")), QStringLiteral("Add")));
        QCOMPARE(queryValue(first->database(), QStringLiteral("SELECT count(*) FROM member")).toInt(), before + 4);
        // A record added without an id gets one of its own too.
        QVERIFY(first->addRecord(
                    QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("C")}}, QStringLiteral("Add"))
            > 0);
        QCOMPARE(queryValue(second->database(), QStringLiteral("SELECT count(*) FROM member")).toInt(), before + 5);
    }

    /// Two windows on one team plan, each having read the contacts, as the Contacts page does.
    std::pair<std::unique_ptr<PlanDocument>, std::unique_ptr<PlanDocument>> twoWindows(const QString &name)
    {
        QString error;
        auto first = std::make_unique<PlanDocument>(connectAs()->openPlan(name, PlanFile::Access::ReadWrite, &error));
        auto second = std::make_unique<PlanDocument>(connectAs()->openPlan(name, PlanFile::Access::ReadWrite, &error));
        first->store().records(QStringLiteral("member"));
        second->store().records(QStringLiteral("member"));
        return {std::move(first), std::move(second)};
    }

    QString storedName(PlanDocument &document, qint64 id)
    {
        return queryValue(document.database(), QStringLiteral("SELECT name FROM member WHERE id = ?"), {id}).toString();
    }

    void twoWritersOnOneFieldLoseNothing()
    {
        const QString name = uploadSample(QStringLiteral("one field"));
        QVERIFY(!name.isEmpty());
        auto [first, second] = twoWindows(name);
        const qint64 id = first->store().ids(QStringLiteral("member")).first();
        QSignalSpy failures(second.get(), &PlanDocument::writeFailed);

        QVERIFY(first->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Ann")));
        // The second window still shows the old name; its edit would overwrite Ann unseen.
        QVERIFY(!second->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Bo")));
        QCOMPARE(storedName(*first, id), QStringLiteral("Ann"));
        QCOMPARE(failures.size(), 1);
        const QString message = failures.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("postgres changed this field in the meantime, to \"Ann\"")),
            qPrintable(message));
        const std::optional<EditConflict> conflict = second->store().lastConflict();
        QVERIFY(conflict);
        QCOMPARE(conflict->mine.value.toString(), QStringLiteral("Bo"));
        QCOMPARE(conflict->theirValue.toString(), QStringLiteral("Ann"));
        QCOMPARE(second->undoStack()->count(), 0); // nothing to undo: nothing was changed

        // Once the second window has read the record again (as the live view does), its edit is its choice.
        second->store().records(QStringLiteral("member"));
        QVERIFY(second->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Bo")));
        QCOMPARE(storedName(*first, id), QStringLiteral("Bo"));
    }

    void twoWritersOnTwoFieldsOfOneRecordBothCount()
    {
        const QString name = uploadSample(QStringLiteral("two fields"));
        QVERIFY(!name.isEmpty());
        auto [first, second] = twoWindows(name);
        const qint64 id = first->store().ids(QStringLiteral("member")).first();
        QVERIFY(first->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Ann")));
        QVERIFY(second->setRecordValue(
            QStringLiteral("member"), id, QStringLiteral("phone_mobile"), QStringLiteral("139 0000 0001")));
        const QVariantMap stored = first->store().record(QStringLiteral("member"), id);
        QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Ann"));
        QCOMPARE(stored.value(QStringLiteral("phone_mobile")).toString(), QStringLiteral("139 0000 0001"));
    }

    void aDeleteAndItsUndoAreNoConflictWithOneself()
    {
        const QString name = uploadSample(QStringLiteral("side effects"));
        QVERIFY(!name.isEmpty());
        auto [first, second] = twoWindows(name);
        QSqlQuery pair = execQuery(first->database(),
            QStringLiteral("SELECT id, backup_member_id FROM member WHERE backup_member_id IS NOT NULL ORDER BY id"));
        QVERIFY(pair.next());
        const qint64 person = pair.value(0).toLongLong();
        const qint64 backup = pair.value(1).toLongLong();
        const qint64 other = queryValue(
            first->database(), QStringLiteral("SELECT min(id) FROM member WHERE id NOT IN (?, ?)"), {person, backup})
                                 .toLongLong();
        // Deleting the backup clears the reference on the server; the window
        // then names another backup, and is not told it changed the field itself.
        QVERIFY(first->removeRecord(QStringLiteral("member"), backup, QStringLiteral("Remove")));
        QVERIFY(first->setRecordValue(QStringLiteral("member"), person, QStringLiteral("backup_member_id"), other));
        first->undoStack()->undo();
        first->undoStack()->undo(); // the backup and the reference to it come back
        QCOMPARE(
            queryValue(first->database(), QStringLiteral("SELECT backup_member_id FROM member WHERE id = ?"), {person})
                .toLongLong(),
            backup);
        QVERIFY(first->setRecordValue(QStringLiteral("member"), person, QStringLiteral("backup_member_id"), other));
    }

    void undoOfAFieldSomeoneElseChangedSinceIsRefused()
    {
        const QString name = uploadSample(QStringLiteral("undo"));
        QVERIFY(!name.isEmpty());
        auto [first, second] = twoWindows(name);
        const qint64 id = first->store().ids(QStringLiteral("member")).first();
        QVERIFY(first->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Ann")));
        second->store().records(QStringLiteral("member"));
        QVERIFY(second->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Bo")));

        QSignalSpy failures(first.get(), &PlanDocument::writeFailed);
        first->undoStack()->undo();
        QCOMPARE(storedName(*first, id), QStringLiteral("Bo")); // Bo's name stays
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().first().toString().contains(QStringLiteral("in the meantime")));

        // Undo of one's own edit that nobody touched since works as always.
        QVERIFY(second->undoStack()->canUndo());
        second->undoStack()->undo();
        QCOMPARE(storedName(*first, id), QStringLiteral("Ann"));
    }

    void whatOneWindowChangesTheOtherShows()
    {
        const QString name = uploadSample(QStringLiteral("live"));
        QVERIFY(!name.isEmpty());
        auto [first, second] = twoWindows(name);
        MemberModel shown(second.get());
        const qint64 id = shown.idAt(0);
        QSignalSpy elsewhere(second.get(), &PlanDocument::changedElsewhere);
        QSignalSpy ownElsewhere(first.get(), &PlanDocument::changedElsewhere);

        QVERIFY(first->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Ann")));
        QVERIFY(elsewhere.wait(1000));
        QCOMPARE(shown.index(shown.rowOf(id), MemberModel::NameColumn).data().toString(), QStringLiteral("Ann"));

        QSignalSpy header(second.get(), &PlanDocument::headerChanged);
        QVERIFY(first->setHeader(PlanField::Title, QStringLiteral("Shared plan")));
        QVERIFY(header.wait(1000));
        QCOMPARE(header.first().first().value<PlanField>(), PlanField::Title);
        QCOMPARE(second->header(PlanField::Title).toString(), QStringLiteral("Shared plan"));

        const int rows = shown.rowCount();
        const qint64 added = first->addRecord(
            QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("Newcomer")}}, QStringLiteral("Add"));
        QVERIFY(added > 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown.rowCount(), rows + 1, 1000);
        QVERIFY(first->removeRecord(QStringLiteral("member"), added, QStringLiteral("Remove")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.rowCount(), rows, 1000);

        // A window is not told of its own changes: it showed them as it made them.
        QTest::qWait(100);
        QCOMPARE(ownElsewhere.size(), 0);
        // What the second window now shows is what its edits are based on: no conflict.
        QVERIFY(second->setRecordValue(QStringLiteral("member"), id, QStringLiteral("name"), QStringLiteral("Bo")));
    }

    void eachWindowSeesWhoElseHasThePlanOpen()
    {
        const QString name = uploadSample(QStringLiteral("presence"));
        QVERIFY(!name.isEmpty());
        const QString ann = addUser(TeamDatabase::EditorsRole);
        const QString bo = addUser(TeamDatabase::ViewersRole);
        QString error;
        auto first = connectAs(ann)->openPlan(name, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(TeamPresence::others(*first).isEmpty());
        {
            auto second = connectAs(bo)->openPlan(name, PlanFile::Access::ReadWrite, &error);
            QVERIFY2(second, qPrintable(error));
            auto elsewhere = connectAs(bo)->openPlan(QStringLiteral("kept"), PlanFile::Access::ReadWrite, &error);
            QVERIFY2(elsewhere, qPrintable(error));
            const QList<TeamPresence::Session> others = TeamPresence::others(*first);
            QCOMPARE(others.size(), 1); // another plan open elsewhere does not count
            QCOMPARE(others.first().role, bo);
            QCOMPARE(TeamPresence::others(*second).first().role, ann);
        }
        // A closed window is gone from the list at once: nothing is left behind.
        QTRY_VERIFY_WITH_TIMEOUT(TeamPresence::others(*first).isEmpty(), 2000);
    }

    void twoConsolesOnOneRunSeeEachOthersTicksAndDecisions()
    {
        const QString name = uploadSample(QStringLiteral("console"));
        QVERIFY(!name.isEmpty());
        auto [first, second] = twoWindows(name);
        const qint64 upgrade = first->store().ids(QStringLiteral("upgrade")).first();
        QString refusal;
        auto ann = RunSession::start(
            first.get(), upgrade, QStringLiteral("rehearsal"), 0, QStringLiteral("Ann"), {}, &refusal);
        QVERIFY2(ann, qPrintable(refusal));
        // The console of another workstation opens the same run.
        QCOMPARE(RunSession::unfinishedRunOf(second.get(), upgrade), ann->runId());
        RunSession bo(second.get(), ann->runId(), QStringLiteral("Bo"));
        RunItemModel annItems(first.get(), ann->runId());
        RunItemModel boItems(second.get(), ann->runId());
        RunEventModel annLog(first.get(), ann->runId());
        RunEventModel boLog(second.get(), ann->runId());
        QVERIFY(annItems.rowCount() >= 2);
        const qint64 annTicks = annItems.idAt(0);
        const qint64 boTicks = annItems.idAt(1);
        const auto status = [](const RunItemModel &items, qint64 id) {
            return items.index(items.rowOf(id), RunItemModel::StatusColumn)
                .data(RunItemModel::ItemStatusRole)
                .toString();
        };

        QVERIFY(ann->tick(annTicks));
        QTRY_COMPARE_WITH_TIMEOUT(status(boItems, annTicks), QStringLiteral("done"), 1000);
        QVERIFY(bo.tick(boTicks));
        QTRY_COMPARE_WITH_TIMEOUT(status(annItems, boTicks), QStringLiteral("done"), 1000);
        QVERIFY(ann->stop(QStringLiteral("Error rate above 5%")));
        QTRY_COMPARE_WITH_TIMEOUT(bo.status(), ann->status(), 1000);
        // Both logs hold every entry of both operators, in the same order.
        QTRY_COMPARE_WITH_TIMEOUT(boLog.rowCount(), annLog.rowCount(), 1000);
        for (int row = 0; row < annLog.rowCount(); ++row) {
            QCOMPARE(boLog.index(row, RunEventModel::TextColumn).data(),
                annLog.index(row, RunEventModel::TextColumn).data());
        }
        QVERIFY(annLog.rowCount() >= 4); // started, two ticks, the stop
    }

    void aViewerMayReadButNotWrite()
    {
        const QString name = uploadSample(QStringLiteral("for viewers"));
        QVERIFY(!name.isEmpty());
        QString error;
        auto viewer = connectAs(addUser(TeamDatabase::ViewersRole));
        QVERIFY(viewer);
        auto plan = viewer->openPlan(name, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->isReadOnly());
        QCOMPARE(plan->readOnlyReason(), PlanFile::ReadOnlyReason::NoWritePrivilege);
        QVERIFY(plan->readOnlyMessage().contains(QStringLiteral("role")));
        PlanDocument document(std::move(plan));
        QVERIFY(!document.header(PlanField::Title).toString().isEmpty());
        QVERIFY(!document.setHeader(PlanField::Title, QStringLiteral("Changed by a viewer")));
        // Even a write that goes past the window's check is refused by the server, in words.
        QString cause;
        RecordStore store(document.database());
        QVERIFY(!store.update(QStringLiteral("plan"), 1, QStringLiteral("title"), QStringLiteral("x"), &cause));
        QVERIFY2(cause.contains(QStringLiteral("may read this plan but not change it")), qPrintable(cause));
    }

    void anEditorMayWrite()
    {
        const QString name = uploadSample(QStringLiteral("for editors"));
        QVERIFY(!name.isEmpty());
        QString error;
        auto editor = connectAs(addUser(TeamDatabase::EditorsRole));
        QVERIFY(editor);
        auto plan = editor->openPlan(name, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(!plan->isReadOnly());
        PlanDocument document(std::move(plan));
        QVERIFY(document.setHeader(PlanField::Title, QStringLiteral("Edited by an editor")));
        QVERIFY(document.addRecord(
                    QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("New")}}, QStringLiteral("Add"))
            > 0);
        auto again = connectAs()->openPlan(name, PlanFile::Access::ReadOnly, &error);
        QCOMPARE(queryValue(again->database(), QStringLiteral("SELECT title FROM plan")).toString(),
            QStringLiteral("Edited by an editor"));
    }

    void anOlderClientOnlyReads()
    {
        const QString name = uploadSample(QStringLiteral("newer"));
        QVERIFY(!name.isEmpty());
        // A newer Fallback has changed the plans in a way this one may not write.
        setTeamInfo(QStringLiteral("oldest_writer = %1").arg(schema::CurrentVersion + 1));
        QString error;
        auto plan = connectAs()->openPlan(name, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->readOnlyReason(), PlanFile::ReadOnlyReason::NewerFormat);
        QVERIFY(plan->readOnlyMessage().contains(QStringLiteral("newer version")));
        // Nor does it set the database up again over the newer one's schema.
        setTeamInfo(QStringLiteral("schema_version = %1").arg(schema::CurrentVersion + 1));
        QVERIFY(!connectAs()->initialise(&error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        setTeamInfo(QStringLiteral("schema_version = %1, oldest_writer = %1").arg(schema::CurrentVersion));
    }

    void badConnectionsAreSaidPlainly()
    {
        QString error;
        QVERIFY(!TeamDatabase::connect(QStringLiteral("colour=blue"), &error));
        QVERIFY2(error.contains(QStringLiteral("is not a PostgreSQL connection")), qPrintable(error));
        QVERIFY(!TeamDatabase::connect(QStringLiteral("host=/nonexistent-folder dbname=plans user=me"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot connect to the team database me@local server/plans")),
            qPrintable(error));
        QVERIFY(!ConnectionInfo::parse(QStringLiteral("host=db password='a;b'"), &error));
        QVERIFY2(error.contains(QStringLiteral("semicolon")), qPrintable(error));
        // Files are files, even with "=" in their names when they exist.
        QVERIFY(ConnectionInfo::looksLikeConnection(QStringLiteral("postgresql://db/plans")));
        QVERIFY(ConnectionInfo::looksLikeConnection(QStringLiteral("host=db dbname=plans")));
        QVERIFY(!ConnectionInfo::looksLikeConnection(m_samplePath));
        QCOMPARE(ConnectionInfo::parse(QStringLiteral("postgresql://ann:secret@db.example.com:5433/plans"), nullptr)
                     ->displayName(),
            QStringLiteral("ann@db.example.com/plans"));
    }
};

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
