// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An offline copy taken from a team plan on the test cluster, worked on while
// the team plan changes too, and brought back: what each side did arrives,
// what both sides changed is listed and never overwritten unasked, and a
// copy comes back once.
#include "interchange/planjsonexport.h"
#include "plan/sampleplan.h"
#include "planopening.h"
#include "storage/offlinecopy.h"
#include "storage/offlinemerge.h"
#include "storage/recordstore.h"
#include "storage/sqlquery.h"
#include "storage/teamdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace fallback;

namespace {

/// A team plan and an offline copy of it, both open.
struct Sides
{
    std::unique_ptr<PlanFile> team;
    std::unique_ptr<PlanFile> copy;
    QString copyPath;

    RecordStore server() const { return RecordStore(team->database()); }
    RecordStore offline() const { return RecordStore(copy->database()); }
    OfflineMerge merge() const { return OfflineMerge(copy->database(), team->database()); }
};

const MergeConflict *findConflict(const MergeOutcome &outcome, MergeConflict::Kind kind, const QString &table)
{
    for (const MergeConflict &conflict : outcome.conflicts) {
        if (conflict.kind == kind && conflict.table == table) {
            return &conflict;
        }
    }
    return nullptr;
}

} // namespace

class TestOfflineMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_connection;
    QString m_samplePath;

    /// Uploads the sample plan under a name of its own and takes an offline copy of it.
    Sides takeCopy(const QString &connection = {}) const
    {
        Sides sides;
        const QString name = QStringLiteral("offline %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QString error;
        auto file = PlanFile::open(m_samplePath, PlanFile::Access::ReadOnly, &error);
        auto uploader = TeamDatabase::connect(m_connection, &error);
        if (!file || !uploader || !uploader->upload(*file, name, &error)) {
            qWarning() << error;
            return sides;
        }
        auto team = TeamDatabase::connect(connection.isEmpty() ? m_connection : connection, &error);
        sides.team = team ? team->openPlan(name, PlanFile::Access::ReadWrite, &error) : nullptr;
        sides.copyPath = m_dir.filePath(name + QStringLiteral(".fallback"));
        if (!sides.team || !sides.team->saveCopy(sides.copyPath, &error)) {
            qWarning() << error;
            return sides;
        }
        sides.copy = PlanFile::open(sides.copyPath, PlanFile::Access::ReadWrite, &error);
        return sides;
    }

    static QVariant serverValue(const Sides &sides, const QString &table, qint64 id, const QString &column)
    {
        return sides.server().value(table, id, column);
    }

    static bool set(
        const QSqlDatabase &db, const QString &table, qint64 id, const QString &column, const QVariant &value)
    {
        RecordStore store(db);
        QString error;
        const bool done = store.update(table, id, column, value, &error);
        if (!done) {
            qWarning() << error;
        }
        return done;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_connection = test::teamTestConnection(&error);
        QVERIFY2(!m_connection.isEmpty(), qPrintable(error));
        m_samplePath = m_dir.filePath(QStringLiteral("sample.fallback"));
        QCOMPARE(SamplePlan::create(QStringLiteral("zh_CN"), m_samplePath), QString());
        auto team = TeamDatabase::connect(m_connection, &error);
        QVERIFY2(team && team->initialise(&error), qPrintable(error));
    }

    void aCopyRemembersWhereItCameFromButNoPassword()
    {
        // The test cluster trusts its local users: a password given is not needed, and must not be kept.
        const Sides sides = takeCopy(m_connection + QStringLiteral(" password=secret-word"));
        QVERIFY(sides.copy);
        const std::optional<OfflineOrigin> origin = OfflineCopy::origin(sides.copy->database());
        QVERIFY(origin.has_value());
        QCOMPARE(origin->planName, sides.team->teamPlanName());
        QCOMPARE(origin->server, sides.team->teamServer());
        QVERIFY(!origin->connection.contains(QLatin1String("secret-word")));
        QVERIFY(origin->connection.contains(QLatin1String("dbname")));
        QVERIFY(!origin->broughtBackAt.isValid());
        QVERIFY(qAbs(origin->takenAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(!OfflineCopy::origin(sides.team->database()).has_value());

        // Still an ordinary plan: it exports as the team plan does.
        QCOMPARE(PlanJsonExport::toJson(sides.copy->database()), PlanJsonExport::toJson(sides.team->database()));
        // A copy untouched on both sides brings nothing back.
        QString error;
        const std::optional<MergeOutcome> outcome = sides.merge().preview(&error);
        QVERIFY2(outcome.has_value(), qPrintable(error));
        QVERIFY(outcome->isEmpty());
        QVERIFY(outcome->conflicts.isEmpty());
    }

    void whatWasDoneOfflineArrives()
    {
        const Sides sides = takeCopy();
        QVERIFY(sides.copy);
        RecordStore offline = sides.offline();
        QString error;
        // A new contact, in an existing group, and a field changed, and a risk removed.
        const qint64 contact = offline.insert(QStringLiteral("member"),
            {{QStringLiteral("name"), QStringLiteral("离线新人 Offline")},
                {QStringLiteral("phone_mobile"), QStringLiteral("139 0000 0000")}},
            &error);
        QVERIFY2(contact > 0, qPrintable(error));
        const qint64 group = offline.ids(QStringLiteral("org_group")).first();
        QVERIFY(offline.insert(QStringLiteral("group_member"),
                    {{QStringLiteral("group_id"), group}, {QStringLiteral("member_id"), contact}}, &error)
            > 0);
        const qint64 changed = offline.ids(QStringLiteral("member")).first();
        QVERIFY(set(sides.copy->database(), QStringLiteral("member"), changed, QStringLiteral("email"),
            QStringLiteral("off@line")));
        const qint64 risk = offline.ids(QStringLiteral("risk")).last();
        QVERIFY(!offline.remove(QStringLiteral("risk"), risk, &error).rows.isEmpty() || error.isEmpty());
        // Meanwhile on the server a record of its own arrives: its id is the copy's next one.
        RecordStore server = sides.server();
        const qint64 serverContact
            = server.insert(QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("Server")}}, &error);
        QVERIFY2(serverContact > 0, qPrintable(error));

        const std::optional<MergeOutcome> preview = sides.merge().preview(&error);
        QVERIFY2(preview.has_value(), qPrintable(error));
        QCOMPARE(preview->addedRecords, 2);
        QCOMPARE(preview->changedFields, 1);
        QVERIFY(preview->removedRecords >= 1);
        QVERIFY(preview->conflicts.isEmpty());
        // The preview wrote nothing.
        QVERIFY(test::columnOf(sides.team->database(), QStringLiteral("SELECT id FROM member WHERE name = ?"),
            {QStringLiteral("离线新人 Offline")})
                    .isEmpty());

        const std::optional<MergeOutcome> outcome = sides.merge().apply({}, &error);
        QVERIFY2(outcome.has_value(), qPrintable(error));
        QCOMPARE(outcome->addedRecords, preview->addedRecords);
        QCOMPARE(outcome->changedFields, 1);
        const QStringList ids = test::columnOf(sides.team->database(),
            QStringLiteral("SELECT id FROM member WHERE name = ?"), {QStringLiteral("离线新人 Offline")});
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.first().toLongLong() != serverContact);
        // Its membership follows it to its id on the server.
        QCOMPARE(
            test::columnOf(sides.team->database(),
                QStringLiteral("SELECT group_id FROM group_member WHERE member_id = ?"), {ids.first().toLongLong()}),
            QStringList {QString::number(group)});
        QCOMPARE(serverValue(sides, QStringLiteral("member"), changed, QStringLiteral("email")).toString(),
            QStringLiteral("off@line"));
        QVERIFY(!serverValue(sides, QStringLiteral("member"), serverContact, QStringLiteral("name")).isNull());
        QVERIFY(serverValue(sides, QStringLiteral("risk"), risk, QStringLiteral("id")).isNull());
        // The copy knows it came back.
        QVERIFY(OfflineCopy::origin(sides.copy->database())->broughtBackAt.isValid());
    }

    void aFieldChangedOnBothSidesKeepsTheServersValueUnlessDecided()
    {
        const Sides sides = takeCopy();
        QVERIFY(sides.copy);
        const QList<qint64> contacts = sides.offline().ids(QStringLiteral("member"));
        const qint64 first = contacts.at(0);
        const qint64 second = contacts.at(1);
        const qint64 third = contacts.at(2);
        QVERIFY(set(sides.copy->database(), QStringLiteral("member"), first, QStringLiteral("phone_mobile"),
            QStringLiteral("offline 1")));
        QVERIFY(set(sides.team->database(), QStringLiteral("member"), first, QStringLiteral("phone_mobile"),
            QStringLiteral("server 1")));
        QVERIFY(set(sides.copy->database(), QStringLiteral("member"), second, QStringLiteral("phone_mobile"),
            QStringLiteral("offline 2")));
        QVERIFY(set(sides.team->database(), QStringLiteral("member"), second, QStringLiteral("phone_mobile"),
            QStringLiteral("server 2")));
        // The same change on both sides, and changes of different fields, are no conflict.
        QVERIFY(set(
            sides.copy->database(), QStringLiteral("member"), third, QStringLiteral("note"), QStringLiteral("same")));
        QVERIFY(set(
            sides.team->database(), QStringLiteral("member"), third, QStringLiteral("note"), QStringLiteral("same")));
        QVERIFY(set(
            sides.copy->database(), QStringLiteral("member"), third, QStringLiteral("email"), QStringLiteral("o@x")));
        QVERIFY(set(
            sides.team->database(), QStringLiteral("member"), third, QStringLiteral("job_title"), QStringLiteral("S")));

        QString error;
        const std::optional<MergeOutcome> preview = sides.merge().preview(&error);
        QVERIFY2(preview.has_value(), qPrintable(error));
        QCOMPARE(preview->conflicts.size(), 2);
        const MergeConflict &conflict = preview->conflicts.first();
        QCOMPARE(conflict.kind, MergeConflict::Kind::ChangedOnBoth);
        QCOMPARE(conflict.column, QStringLiteral("phone_mobile"));
        QCOMPARE(conflict.offlineValue.toString(), QStringLiteral("offline 1"));
        QCOMPARE(conflict.serverValue.toString(), QStringLiteral("server 1"));
        QVERIFY(!conflict.changedBy.isEmpty());
        QVERIFY(!conflict.label.isEmpty());
        QVERIFY(!conflict.tookOffline);

        // The user takes the offline value of the second contact only.
        OfflineMerge::Decisions decisions;
        decisions.bySide.insert(preview->conflicts.at(1).key(), OfflineMerge::Side::Offline);
        const std::optional<MergeOutcome> outcome = sides.merge().apply(decisions, &error);
        QVERIFY2(outcome.has_value(), qPrintable(error));
        QCOMPARE(outcome->conflicts.size(), 2);
        QVERIFY(outcome->conflicts.at(1).tookOffline);
        QCOMPARE(serverValue(sides, QStringLiteral("member"), first, QStringLiteral("phone_mobile")).toString(),
            QStringLiteral("server 1"));
        QCOMPARE(serverValue(sides, QStringLiteral("member"), second, QStringLiteral("phone_mobile")).toString(),
            QStringLiteral("offline 2"));
        QCOMPARE(serverValue(sides, QStringLiteral("member"), third, QStringLiteral("email")).toString(),
            QStringLiteral("o@x"));
        QCOMPARE(serverValue(sides, QStringLiteral("member"), third, QStringLiteral("job_title")).toString(),
            QStringLiteral("S"));
    }

    void aRecordRemovedOnOneSideAndChangedOnTheOtherIsKept()
    {
        const Sides sides = takeCopy();
        QVERIFY(sides.copy);
        QString error;
        const QList<qint64> risks = sides.offline().ids(QStringLiteral("risk"));
        // Removed offline, changed on the server.
        RecordStore offline = sides.offline();
        offline.remove(QStringLiteral("risk"), risks.at(0), &error);
        QVERIFY(set(
            sides.team->database(), QStringLiteral("risk"), risks.at(0), QStringLiteral("cause"), QStringLiteral("S")));
        // Changed offline, removed on the server.
        QVERIFY(set(
            sides.copy->database(), QStringLiteral("risk"), risks.at(1), QStringLiteral("cause"), QStringLiteral("O")));
        RecordStore server = sides.server();
        server.remove(QStringLiteral("risk"), risks.at(1), &error);
        // Removed offline, untouched on the server: removed.
        offline.remove(QStringLiteral("risk"), risks.at(2), &error);

        std::optional<MergeOutcome> outcome = sides.merge().preview(&error);
        QVERIFY2(outcome.has_value(), qPrintable(error));
        QCOMPARE(outcome->conflicts.size(), 2);
        QVERIFY(findConflict(*outcome, MergeConflict::Kind::RemovedOfflineChangedOnServer, QStringLiteral("risk")));
        QVERIFY(findConflict(*outcome, MergeConflict::Kind::ChangedOfflineRemovedOnServer, QStringLiteral("risk")));

        // Taking the offline side for both: the one removed offline goes, the
        // one changed offline comes back as it was changed.
        OfflineMerge::Decisions offlineWins;
        offlineWins.otherwise = OfflineMerge::Side::Offline;
        outcome = sides.merge().apply(offlineWins, &error);
        QVERIFY2(outcome.has_value(), qPrintable(error));
        QVERIFY(serverValue(sides, QStringLiteral("risk"), risks.at(0), QStringLiteral("id")).isNull());
        QCOMPARE(serverValue(sides, QStringLiteral("risk"), risks.at(1), QStringLiteral("cause")).toString(),
            QStringLiteral("O"));
        QVERIFY(serverValue(sides, QStringLiteral("risk"), risks.at(2), QStringLiteral("id")).isNull());
    }

    void aRecordRemovedOfflineKeepsWhatTheServerAddedToIt()
    {
        const Sides sides = takeCopy();
        QVERIFY(sides.copy);
        QString error;
        const qint64 run = sides.offline().ids(QStringLiteral("run")).first();
        RecordStore offline = sides.offline();
        offline.remove(QStringLiteral("run"), run, &error);
        RecordStore server = sides.server();
        QVERIFY(server.insert(QStringLiteral("run_event"),
                    {{QStringLiteral("run_id"), run}, {QStringLiteral("kind"), QStringLiteral("note")},
                        {QStringLiteral("text"), QStringLiteral("logged on the server")},
                        {QStringLiteral("at"), QStringLiteral("2026-12-07T08:00:00Z")}},
                    &error)
            > 0);
        const std::optional<MergeOutcome> outcome = sides.merge().apply({}, &error);
        QVERIFY2(outcome.has_value(), qPrintable(error));
        QVERIFY(findConflict(*outcome, MergeConflict::Kind::RemovedOfflineChangedOnServer, QStringLiteral("run")));
        QCOMPARE(serverValue(sides, QStringLiteral("run"), run, QStringLiteral("id")).toLongLong(), run);
        QVERIFY(!test::columnOf(sides.team->database(), QStringLiteral("SELECT id FROM run_event WHERE text = ?"),
            {QStringLiteral("logged on the server")})
                     .isEmpty());
    }

    void whatWasAddedOfflineToARecordRemovedOnTheServerIsListed()
    {
        const Sides sides = takeCopy();
        QVERIFY(sides.copy);
        QString error;
        const qint64 run = sides.offline().ids(QStringLiteral("run")).first();
        RecordStore offline = sides.offline();
        QVERIFY(offline.insert(QStringLiteral("run_event"),
                    {{QStringLiteral("run_id"), run}, {QStringLiteral("kind"), QStringLiteral("note")},
                        {QStringLiteral("text"), QStringLiteral("logged offline")},
                        {QStringLiteral("at"), QStringLiteral("2026-12-07T08:00:00Z")}},
                    &error)
            > 0);
        RecordStore server = sides.server();
        server.remove(QStringLiteral("run"), run, &error);
        const std::optional<MergeOutcome> outcome = sides.merge().apply({}, &error);
        QVERIFY2(outcome.has_value(), qPrintable(error));
        const MergeConflict *conflict
            = findConflict(*outcome, MergeConflict::Kind::RefersToRemoved, QStringLiteral("run_event"));
        QVERIFY(conflict);
        QVERIFY(!conflict->isDecidable());
        QCOMPARE(conflict->label, QStringLiteral("logged offline"));
        QVERIFY(test::columnOf(sides.team->database(), QStringLiteral("SELECT id FROM run_event WHERE text = ?"),
            {QStringLiteral("logged offline")})
                    .isEmpty());
    }

    void aCopyComesBackOnce()
    {
        const Sides sides = takeCopy();
        QVERIFY(sides.copy);
        QString error;
        RecordStore offline = sides.offline();
        QVERIFY(
            offline.insert(QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("Once")}}, &error) > 0);
        // A copy of the copy, made before it came back, shares its identity.
        const QString twin
            = m_dir.filePath(QStringLiteral("twin-%1.fallback").arg(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY2(sides.copy->saveCopy(twin, &error), qPrintable(error));

        QVERIFY2(sides.merge().apply({}, &error).has_value(), qPrintable(error));
        QVERIFY(!sides.merge().apply({}, &error).has_value());
        QVERIFY(error.contains(QLatin1String("brought back")));

        auto twinFile = PlanFile::open(twin, PlanFile::Access::ReadWrite, &error);
        QVERIFY(twinFile);
        error.clear();
        QVERIFY(!OfflineMerge(twinFile->database(), sides.team->database()).apply({}, &error).has_value());
        QVERIFY(error.contains(QLatin1String("brought back")));
        QCOMPARE(test::columnOf(sides.team->database(), QStringLiteral("SELECT id FROM member WHERE name = ?"),
                     {QStringLiteral("Once")})
                     .size(),
            1);
    }

    void aPlanFileThatIsNoCopyIsRefused()
    {
        const Sides sides = takeCopy();
        QVERIFY(sides.team);
        QString error;
        auto file = PlanFile::open(m_samplePath, PlanFile::Access::ReadOnly, &error);
        QVERIFY(file);
        QVERIFY(!OfflineMerge(file->database(), sides.team->database()).preview(&error).has_value());
        QVERIFY(error.contains(QLatin1String("not an offline copy")));
    }

    void aCopyOfAnotherPlanIsRefused()
    {
        const Sides one = takeCopy();
        const Sides other = takeCopy();
        QVERIFY(one.copy && other.team);
        QString error;
        QVERIFY(!OfflineMerge(one.copy->database(), other.team->database()).apply({}, &error).has_value());
        QVERIFY(error.contains(QLatin1String("not the one")));
        QVERIFY(!OfflineCopy::origin(one.copy->database())->broughtBackAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestOfflineMerge)
#include "tst_offlinemerge.moc"
