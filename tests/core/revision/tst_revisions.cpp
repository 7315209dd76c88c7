// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Revision records (DOMAIN.md section 10): publishing a revision with a copy
// of the plan and the actions it addressed, undoing it, suggesting the next
// version, and comparing two copies of the plan section by section. What
// reached the file is read back through a connection of its own.
#include "document/plandocument.h"
#include "interchange/planjsonexport.h"
#include "interchange/planjsonimport.h"
#include "planopening.h"
#include "revision/revisioncomparison.h"
#include "revision/revisionmodel.h"
#include "revision/revisionpublisher.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;

namespace {
using Kind = RecordDifference::Kind;

const SectionDifferences *sectionIn(const QList<SectionDifferences> &sections, Section section)
{
    for (const SectionDifferences &differences : sections) {
        if (differences.section == section) {
            return &differences;
        }
    }
    return nullptr;
}

QList<Section> sectionsOf(const QList<SectionDifferences> &sections)
{
    QList<Section> result;
    for (const SectionDifferences &differences : sections) {
        result << differences.section;
    }
    return result;
}
} // namespace

class TestRevisions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;

    /// Reads the plan through a connection of its own, as another program would.
    QVariant stored(const QString &sql, const QVariantList &values = {}) const
    {
        auto file = test::openPlan(m_path, PlanFile::Access::ReadOnly);
        return file ? queryValue(file->database(), sql, values) : QVariant();
    }

    QJsonObject storedSnapshotTables(qint64 revision) const
    {
        const QByteArray json
            = stored(QStringLiteral("SELECT snapshot FROM revision WHERE id = ?"), {revision}).toString().toUtf8();
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("tables")).toObject();
    }

    RevisionDraft draft(const QString &version, QList<RecordKey> actions = {}) const
    {
        RevisionDraft result;
        result.version = version;
        result.publishedOn = QDate(2026, 11, 20);
        result.author = QStringLiteral("Sun Li");
        result.summary = QStringLiteral("Revision %1").arg(version);
        result.approver = QStringLiteral("Zhao Guoqiang");
        result.addressedActions = std::move(actions);
        return result;
    }

    qint64 publish(const QString &version, QList<RecordKey> actions = {})
    {
        QString error;
        const qint64 id = RevisionPublisher(m_document.get()).publish(draft(version, std::move(actions)), &error);
        if (id == 0) {
            qWarning() << "publish refused:" << error;
        }
        return id;
    }

    int revisionCount() const { return stored(QStringLiteral("SELECT COUNT(*) FROM revision")).toInt(); }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("revisions-%1.fallback").arg(++counter));
        const QByteArray json = fileBytes(testDataPath(QStringLiteral("report-plan-en.json")));
        QVERIFY(!json.isEmpty());
        QCOMPARE(PlanJsonImport::createPlan(json, m_path), QString());
        m_document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    // --- Publishing ----------------------------------------------------------

    void publishStoresTheRecordAndACopyOfThePlanWithoutRevisions()
    {
        const qint64 id = publish(QStringLiteral("2.2"));
        QVERIFY(id > 0);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Publish revision 2.2"));
        QCOMPARE(stored(QStringLiteral("SELECT version || '|' || published_on || '|' || author || '|' || summary "
                                       "|| '|' || approver FROM revision WHERE id = ?"),
                     {id})
                     .toString(),
            QStringLiteral("2.2|2026-11-20|Sun Li|Revision 2.2|Zhao Guoqiang"));

        // The copy is the plan's own export without identifiers, every table but the revisions.
        const QJsonObject copy = storedSnapshotTables(id);
        QVERIFY(!copy.contains(QStringLiteral("revision")));
        QJsonObject now
            = QJsonDocument::fromJson(PlanJsonExport::toJson(m_document->database(), PlanJsonExport::Identities::Leave))
                  .object()
                  .value(QStringLiteral("tables"))
                  .toObject();
        now.remove(QStringLiteral("revision"));
        QCOMPARE(copy, now);

        // A second revision's copy does not hold the first one's copy either.
        const qint64 second = publish(QStringLiteral("2.3"));
        QVERIFY(second > 0);
        const QString secondCopy
            = stored(QStringLiteral("SELECT snapshot FROM revision WHERE id = ?"), {second}).toString();
        QVERIFY(!secondCopy.contains(QLatin1String("Revision 2.2")));
        QVERIFY(!secondCopy.contains(QLatin1String("\"snapshot\"")));
        QCOMPARE(QJsonDocument::fromJson(secondCopy.toUtf8()).object().value(QStringLiteral("format")).toString(),
            QStringLiteral("fallback-plan"));
    }

    void openActionsAreThoseNotYetAddressed()
    {
        const QList<OpenAction> actions = RevisionPublisher(m_document.get()).openActions();
        // Done, verified and already linked actions are left out; reviews come first.
        QList<RecordKey> keys;
        for (const OpenAction &action : actions) {
            keys << action.key;
        }
        const QList<RecordKey> expected = {{QStringLiteral("review_action"), 3}, {QStringLiteral("review_action"), 4},
            {QStringLiteral("drill_action"), 3}};
        QCOMPARE(keys, expected);
        QVERIFY(actions.at(0).source.startsWith(QLatin1String("Review: Post-incident review")));
        QVERIFY(actions.at(2).source.startsWith(QLatin1String("Drill of 2026-08-20: During a rehearsal")));
        QCOMPARE(actions.at(1).status, QStringLiteral("open"));
        QCOMPARE(actions.at(2).owner, stored(QStringLiteral("SELECT owner FROM drill_action WHERE id = 3")).toString());
    }

    void publishLinksActionsAndUndoRemovesRevisionAndLinks()
    {
        const QList<RecordKey> addressed = {{QStringLiteral("review_action"), 4}, {QStringLiteral("drill_action"), 3}};
        const qint64 id = publish(QStringLiteral("2.2"), addressed);
        QVERIFY(id > 0);
        QCOMPARE(m_document->undoStack()->count(), 1); // record and links are one step
        QCOMPARE(stored(QStringLiteral("SELECT revision_id FROM review_action WHERE id = 4")).toLongLong(), id);
        QCOMPARE(stored(QStringLiteral("SELECT revision_id FROM drill_action WHERE id = 3")).toLongLong(), id);
        QVERIFY(stored(QStringLiteral("SELECT revision_id FROM review_action WHERE id = 3")).isNull());
        // The copy shows the plan as published: with the links.
        const QJsonObject copy = storedSnapshotTables(id);
        const auto linkOf = [&copy](const QString &table, qint64 action) {
            for (const QJsonValue &row : copy.value(table).toArray()) {
                if (row.toObject().value(QStringLiteral("id")).toInteger() == action) {
                    return row.toObject().value(QStringLiteral("revision_id"));
                }
            }
            return QJsonValue(QJsonValue::Undefined);
        };
        QCOMPARE(linkOf(QStringLiteral("review_action"), 4).toInteger(), id);
        QCOMPARE(linkOf(QStringLiteral("drill_action"), 3).toInteger(), id);
        QVERIFY(linkOf(QStringLiteral("review_action"), 3).isNull());
        QCOMPARE(RevisionPublisher(m_document.get()).openActions().size(), 1);

        m_document->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM revision WHERE id = ?"), {id}).toInt(), 0);
        QVERIFY(stored(QStringLiteral("SELECT revision_id FROM review_action WHERE id = 4")).isNull());
        QVERIFY(stored(QStringLiteral("SELECT revision_id FROM drill_action WHERE id = 3")).isNull());
        // Links that were there before publishing stay.
        QCOMPARE(stored(QStringLiteral("SELECT revision_id FROM review_action WHERE id = 5")).toInt(), 2);
        QCOMPARE(RevisionPublisher(m_document.get()).openActions().size(), 3);

        m_document->undoStack()->redo();
        QCOMPARE(stored(QStringLiteral("SELECT version FROM revision WHERE id = ?"), {id}).toString(),
            QStringLiteral("2.2"));
        QCOMPARE(stored(QStringLiteral("SELECT revision_id FROM review_action WHERE id = 4")).toLongLong(), id);
        QCOMPARE(stored(QStringLiteral("SELECT revision_id FROM drill_action WHERE id = 3")).toLongLong(), id);
    }

    void refusedDraftsChangeNothing_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("action");
        QTest::addColumn<qint64>("actionId");
        QTest::addColumn<QString>("message");
        const QDate date(2026, 11, 20);
        const QString none;
        QTest::newRow("no version") << "  " << date << none << qint64(0) << "Give the revision a version, such as 2.2.";
        QTest::newRow("version taken") << "2.1" << date << none << qint64(0)
                                       << "Version 2.1 has already been published; give this revision another "
                                          "version.";
        QTest::newRow("no date") << "2.2" << QDate() << none << qint64(0)
                                 << "Give the date on which the revision is published.";
        QTest::newRow("action already linked")
            << "2.2" << date << "review_action" << qint64(5)
            << "An action to link is no longer in the plan or already belongs to a revision.";
        QTest::newRow("no such action") << "2.2" << date << "drill_action" << qint64(99)
                                        << "An action to link is no longer in the plan or already belongs to a "
                                           "revision.";
        QTest::newRow("not an action") << "2.2" << date << "risk" << qint64(1)
                                       << "An action to link is no longer in the plan or already belongs to a "
                                          "revision.";
    }

    void refusedDraftsChangeNothing()
    {
        QFETCH(QString, version);
        QFETCH(QDate, date);
        QFETCH(QString, action);
        QFETCH(qint64, actionId);
        QFETCH(QString, message);
        const QByteArray before = fileBytes(m_path);
        RevisionDraft refused = draft(version);
        refused.publishedOn = date;
        if (!action.isEmpty()) {
            refused.addressedActions = {{action, actionId}};
        }
        QString error;
        QCOMPARE(RevisionPublisher(m_document.get()).publish(refused, &error), qint64(0));
        QCOMPARE(error, message);
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(revisionCount(), 2);
        QCOMPARE(fileBytes(m_path), before);
    }

    void readOnlyPlanIsNotRevised()
    {
        m_document.reset();
        auto readOnly = test::openDocument(m_path, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(readOnly);
        QString error;
        QCOMPARE(RevisionPublisher(readOnly.get()).publish(draft(QStringLiteral("2.2")), &error), qint64(0));
        QVERIFY(!error.isEmpty());
        readOnly.reset();
        QCOMPARE(revisionCount(), 2);
    }

    // --- Suggestions ---------------------------------------------------------

    void nextVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("next");
        QTest::newRow("minor") << "1.0"
                               << "1.1";
        QTest::newRow("prefixed") << "V2"
                                  << "V3";
        QTest::newRow("none") << ""
                              << "1.0";
        QTest::newRow("carry") << "1.9"
                               << "1.10";
        QTest::newRow("all nines") << "99"
                                   << "100";
        QTest::newRow("leading zeros") << "v007"
                                       << "v008";
        QTest::newRow("suffix") << "2.3-draft"
                                << "2.4-draft";
        QTest::newRow("Chinese") << "第2版"
                                 << "第3版";
        QTest::newRow("no number") << "draft"
                                   << "1.0";
        QTest::newRow("spaces") << " 3.1 "
                                << "3.2";
    }

    void nextVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, next);
        QCOMPARE(RevisionPublisher::nextVersion(version), next);
    }

    void suggestionFollowsTheLatestRevision()
    {
        RevisionDraft suggested = RevisionPublisher(m_document.get()).suggestedDraft();
        QCOMPARE(suggested.version, QStringLiteral("2.2"));
        QCOMPARE(suggested.publishedOn, QDate::currentDate());
        QCOMPARE(suggested.author, QStringLiteral("Sun Li"));
        QCOMPARE(suggested.approver, QStringLiteral("Zhao Guoqiang"));
        QVERIFY(suggested.summary.isEmpty());
        QVERIFY(suggested.addressedActions.isEmpty());
        QVERIFY(publish(QStringLiteral("3.0")) > 0);
        QCOMPARE(RevisionPublisher(m_document.get()).suggestedDraft().version, QStringLiteral("3.1"));
    }

    // --- Comparison ----------------------------------------------------------

    void identicalCopiesHaveNoDifferences()
    {
        const QByteArray copy = RevisionPublisher::planSnapshot(m_document->database());
        QString error = QStringLiteral("unset");
        QVERIFY(RevisionComparison::compare(copy, copy, &error).isEmpty());
        QCOMPARE(error, QString());
        const qint64 id = publish(QStringLiteral("2.2"));
        QVERIFY(
            RevisionComparison::compareRevisions(m_document->database(), id, RevisionComparison::CurrentPlan, &error)
                .isEmpty());
        QCOMPARE(error, QString());
    }

    void comparisonFindsWhatChangedPerSection()
    {
        const qint64 first = publish(QStringLiteral("2.2"));
        QVERIFY(first > 0);
        const QString removedRisk = stored(QStringLiteral("SELECT description FROM risk WHERE id = 2")).toString();
        const QString oldBody = stored(QStringLiteral("SELECT body FROM measure WHERE id = 1")).toString();
        QVERIFY(m_document->addRecord(QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("Wu Fang")}},
                    QStringLiteral("Add contact"))
            > 0);
        QVERIFY(m_document->removeRecord(QStringLiteral("risk"), 2, QStringLiteral("Remove risk")));
        QVERIFY(m_document->setRecordValue(
            QStringLiteral("measure"), 1, QStringLiteral("body"), QStringLiteral("Back up to two sites.")));
        QVERIFY(
            m_document->setRecordValue(QStringLiteral("risk"), 3, QStringLiteral("status"), QStringLiteral("closed")));
        const qint64 second = publish(QStringLiteral("2.3"));
        QVERIFY(second > 0);

        QString error;
        const QList<SectionDifferences> sections
            = RevisionComparison::compareRevisions(m_document->database(), first, second, &error);
        QCOMPARE(error, QString());
        QCOMPARE(sectionsOf(sections), (QList<Section> {Section::Contacts, Section::Risks, Section::Measures}));

        const SectionDifferences *contacts = sectionIn(sections, Section::Contacts);
        QCOMPARE(contacts->records.size(), 1);
        QCOMPARE(contacts->records.first().kind, Kind::Added);
        QCOMPARE(contacts->records.first().label, QStringLiteral("Wu Fang"));
        QCOMPARE(contacts->records.first().type, QStringLiteral("Contact"));

        const SectionDifferences *risks = sectionIn(sections, Section::Risks);
        QCOMPARE(risks->count(Kind::Removed), 1);
        QCOMPARE(risks->records.first().kind, Kind::Removed);
        QCOMPARE(risks->records.first().id, 2);
        QCOMPARE(risks->records.first().label, removedRisk);
        // A value from a list is shown as the reader knows it.
        QCOMPARE(risks->count(Kind::Changed), 1);
        const RecordDifference &closed = risks->records.at(1);
        QCOMPARE(closed.id, 3);
        QCOMPARE(closed.fields.size(), 1);
        QCOMPARE(closed.fields.first().label, QStringLiteral("Status"));
        QCOMPARE(closed.fields.first().oldValue, QStringLiteral("Open"));
        QCOMPARE(closed.fields.first().newValue, QStringLiteral("Closed"));

        const SectionDifferences *measures = sectionIn(sections, Section::Measures);
        QCOMPARE(measures->records.size(), 1);
        const RecordDifference &changed = measures->records.first();
        QCOMPARE(changed.kind, Kind::Changed);
        QCOMPARE(changed.label, QStringLiteral("Data backup"));
        QCOMPARE(changed.fields.size(), 1);
        QCOMPARE(changed.fields.first().column, QStringLiteral("body"));
        QCOMPARE(changed.fields.first().oldValue, oldBody);
        QCOMPARE(changed.fields.first().newValue, QStringLiteral("Back up to two sites."));

        // The other way round, what was added is removed; the plan now is the second revision.
        const QList<SectionDifferences> back
            = RevisionComparison::compareRevisions(m_document->database(), second, first, &error);
        QCOMPARE(sectionIn(back, Section::Contacts)->records.first().kind, Kind::Removed);
        QCOMPARE(sectionIn(back, Section::Risks)->count(Kind::Added), 1);
        QVERIFY(RevisionComparison::compareRevisions(
            m_document->database(), second, RevisionComparison::CurrentPlan, &error)
                    .isEmpty());
    }

    void referencesAreShownByName()
    {
        const qint64 first = publish(QStringLiteral("2.2"));
        const QString oldGroup = stored(QStringLiteral("SELECT g.name FROM risk r JOIN org_group g "
                                                       "ON g.id = r.owner_group_id WHERE r.id = 1"))
                                     .toString();
        const qint64 newGroupId
            = stored(QStringLiteral("SELECT id FROM org_group WHERE name <> ? ORDER BY id LIMIT 1"), {oldGroup})
                  .toLongLong();
        const QString newGroup
            = stored(QStringLiteral("SELECT name FROM org_group WHERE id = ?"), {newGroupId}).toString();
        QVERIFY(!oldGroup.isEmpty());
        QVERIFY(m_document->setRecordValue(QStringLiteral("risk"), 1, QStringLiteral("owner_group_id"), newGroupId));
        QString error;
        const auto sections = RevisionComparison::compareRevisions(
            m_document->database(), first, RevisionComparison::CurrentPlan, &error);
        const FieldDifference field = sectionIn(sections, Section::Risks)->records.first().fields.first();
        QCOMPARE(field.label, QStringLiteral("Owner group"));
        QCOMPARE(field.oldValue, oldGroup);
        QCOMPARE(field.newValue, newGroup);
    }

    void renumberingIsNoMoveButAReorderIs()
    {
        const qint64 first = publish(QStringLiteral("2.2"));
        // A new measure at the top renumbers all others: only the new one is reported.
        QList<RecordChange> renumber;
        for (qint64 id = 1; id <= 11; ++id) {
            renumber.append({{QStringLiteral("measure"), id}, QStringLiteral("position"), id + 1});
        }
        QVERIFY(m_document->setRecordValues(renumber, QStringLiteral("Renumber")));
        QVERIFY(m_document->addRecord(QStringLiteral("measure"),
                    {{QStringLiteral("title"), QStringLiteral("Call the vendor")}, {QStringLiteral("position"), 1}},
                    QStringLiteral("Add measure"))
            > 0);
        QString error;
        auto sections = RevisionComparison::compareRevisions(
            m_document->database(), first, RevisionComparison::CurrentPlan, &error);
        QCOMPARE(sectionsOf(sections), QList<Section> {Section::Measures});
        QCOMPARE(sections.first().records.size(), 1);
        QCOMPARE(sections.first().records.first().kind, Kind::Added);
        QCOMPARE(sections.first().records.first().label, QStringLiteral("Call the vendor"));

        // "Emergency fund" (5th) goes to the end: that one record moved, from place 5 to 11 of the old ones.
        QVERIFY(m_document->setRecordValue(QStringLiteral("measure"), 5, QStringLiteral("position"), 100));
        sections = RevisionComparison::compareRevisions(
            m_document->database(), first, RevisionComparison::CurrentPlan, &error);
        const SectionDifferences &measures = sections.first();
        QCOMPARE(measures.count(Kind::Moved), 1);
        QCOMPARE(measures.records.size(), 2);
        const RecordDifference &moved = measures.records.at(1);
        QCOMPARE(moved.kind, Kind::Moved);
        QCOMPARE(moved.label, QStringLiteral("Emergency fund"));
        QCOMPARE(moved.fields.size(), 1);
        QCOMPARE(moved.fields.first().label, QStringLiteral("Place"));
        QCOMPARE(moved.fields.first().oldValue, QStringLiteral("5"));
        QCOMPARE(moved.fields.first().newValue, QStringLiteral("12"));
    }

    void linkingAnActionShowsTheRevisionByVersion()
    {
        const qint64 first = publish(QStringLiteral("2.2"));
        const qint64 second = publish(QStringLiteral("2.3"), {{QStringLiteral("review_action"), 3}});
        QString error;
        const auto sections = RevisionComparison::compareRevisions(m_document->database(), first, second, &error);
        QCOMPARE(sectionsOf(sections), QList<Section> {Section::Reviews});
        const RecordDifference &action = sections.first().records.first();
        QCOMPARE(action.type, QStringLiteral("Review action"));
        QCOMPARE(action.fields.first().label, QStringLiteral("Addressed by revision"));
        QCOMPARE(action.fields.first().oldValue, QString());
        QCOMPARE(action.fields.first().newValue, QStringLiteral("2.3"));
    }

    void damagedCopiesGiveAMessage_data()
    {
        QTest::addColumn<QVariant>("snapshot");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QVariant(QStringLiteral("{\"format\": \"fallback-plan\", \"tab"))
                                   << "The copy of the plan kept with revision 2.0 is damaged";
        QTest::newRow("not a plan") << QVariant(QStringLiteral("[1, 2, 3]"))
                                    << "The copy of the plan kept with revision 2.0 is damaged (it is not a copy "
                                       "of a Fallback plan); it cannot be compared.";
        QTest::newRow("section not a list")
            << QVariant(QStringLiteral("{\"format\": \"fallback-plan\", \"tables\": {\"risk\": 5}}"))
            << "is damaged (its section \"risk\" is not a list of records)";
        QTest::newRow("record not an object")
            << QVariant(QStringLiteral("{\"format\": \"fallback-plan\", \"tables\": {\"risk\": [7]}}"))
            << "is damaged (a record of its section \"risk\" is not an object)";
        QTest::newRow("none kept") << QVariant()
                                   << "Revision 2.0 was recorded without a copy of the plan, so there is nothing "
                                      "to compare it with.";
    }

    void damagedCopiesGiveAMessage()
    {
        QFETCH(QVariant, snapshot);
        QFETCH(QString, message);
        execQuery(m_document->database(), QStringLiteral("UPDATE revision SET snapshot = ? WHERE id = 1"), {snapshot});
        QString error;
        QVERIFY(RevisionComparison::compareRevisions(m_document->database(), 1, RevisionComparison::CurrentPlan, &error)
                    .isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(RevisionComparison::compareRevisions(m_document->database(), RevisionComparison::CurrentPlan, 1, &error)
                    .isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(RevisionComparison::compareRevisions(m_document->database(), 99, 1, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("The revision to compare is no longer in the plan."));
    }

    void unreadableBytesGiveAMessage()
    {
        const QByteArray copy = RevisionPublisher::planSnapshot(m_document->database());
        QString error;
        QVERIFY(RevisionComparison::compare(copy, QByteArray("\x89PNG\r\n\x1a\n"), &error).isEmpty());
        QVERIFY2(error.startsWith(QLatin1String("A copy of the plan cannot be read: ")), qPrintable(error));
        QVERIFY(RevisionComparison::compare(QByteArray(), copy, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // --- The interchange file ------------------------------------------------

    void revisionsWithCopiesRoundTripThroughJson()
    {
        // Enough contacts that the copy is a big text.
        QSqlDatabase db = m_document->database();
        QVERIFY(db.transaction());
        for (int i = 0; i < 2000; ++i) {
            execQuery(db, QStringLiteral("INSERT INTO member (name, note) VALUES (?, ?)"),
                {QStringLiteral("Contact %1 \"quoted\" 张").arg(i), QStringLiteral("line one\nline two\\")});
        }
        QVERIFY(db.commit());
        const qint64 id = publish(QStringLiteral("2.2"), {{QStringLiteral("drill_action"), 3}});
        QVERIFY(id > 0);
        const QString copy = stored(QStringLiteral("SELECT snapshot FROM revision WHERE id = ?"), {id}).toString();
        QVERIFY(copy.size() > 300000);

        const QByteArray json = PlanJsonExport::toJson(m_document->database());
        const QString imported = m_dir.filePath(QStringLiteral("imported-%1.fallback").arg(id));
        QCOMPARE(PlanJsonImport::createPlan(json, imported), QString());
        auto file = PlanFile::open(imported, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(file);
        QCOMPARE(
            queryValue(file->database(), QStringLiteral("SELECT snapshot FROM revision WHERE id = ?"), {id}).toString(),
            copy);
        QCOMPARE(PlanJsonExport::toJson(file->database()), json);
    }

    // --- The model -----------------------------------------------------------

    void modelListsRevisionsAndFollowsUndo()
    {
        RevisionModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(RevisionModel::ColumnCount));
        QCOMPARE(
            model.headerData(RevisionModel::SummaryColumn, Qt::Horizontal).toString(), QStringLiteral("What changed"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.hasSnapshot(0));
        QVERIFY(!model.index(0, RevisionModel::VersionColumn).data(Qt::ToolTipRole).toString().isEmpty());

        const qint64 id = publish(QStringLiteral("2.2"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idAt(2), id);
        QCOMPARE(model.index(2, RevisionModel::VersionColumn).data().toString(), QStringLiteral("2.2"));
        QCOMPARE(model.index(2, RevisionModel::PublishedOnColumn).data().toString(), QStringLiteral("2026-11-20"));
        QVERIFY(model.hasSnapshot(2));
        QVERIFY(!model.index(2, RevisionModel::VersionColumn).data(Qt::ToolTipRole).isValid());

        // A typo in the summary is corrected as any other edit.
        QVERIFY(model.setData(model.index(2, RevisionModel::SummaryColumn), QStringLiteral("Checks added")));
        QCOMPARE(stored(QStringLiteral("SELECT summary FROM revision WHERE id = ?"), {id}).toString(),
            QStringLiteral("Checks added"));
        QVERIFY(!model.setData(model.index(2, RevisionModel::PublishedOnColumn), QStringLiteral("someday")));

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestRevisions)
#include "tst_revisions.moc"
