// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The models behind the Drills page: the drills themselves, the follow-up
// actions of one drill and its rehearsal runs. Every model runs under
// QAbstractItemModelTester while it is edited; what reached the file is read
// back through a connection of its own, and what the drill report prints is
// read as the report reads it.
#include "content/plancontentreader.h"
#include "document/plandocument.h"
#include "drill/drillactionmodel.h"
#include "drill/drillmodel.h"
#include "drill/drillrunmodel.h"
#include "interchange/planjsonimport.h"
#include "planopening.h"
#include "storage/sqlquery.h"
#include "testsupport.h"
#include "upgrade/upgrademodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;

namespace {
constexpr auto Checking = QAbstractItemModelTester::FailureReportingMode::QtTest;
// The worked example plan: a data-loss drill of 2026-08-20 (result partial,
// three actions) and a crash drill of 2026-12-10 without a result.
constexpr qint64 DataLossDrill = 1;
constexpr qint64 CrashDrill = 2;
} // namespace

class TestDrillModels : public QObject
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

    /// The values of the first column, read as stored(), joined by commas.
    QString storedList(const QString &sql, const QVariantList &values = {}) const
    {
        auto file = test::openPlan(m_path, PlanFile::Access::ReadOnly);
        return file ? test::columnOf(file->database(), sql, values).join(QLatin1Char(',')) : QString();
    }

    QUndoStack *undo() const { return m_document->undoStack(); }

    static QList<qint64> ids(const RecordTableModel &model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result << model.idAt(row);
        }
        return result;
    }

    static QStringList column(const QAbstractItemModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values << model.index(row, column).data().toString();
        }
        return values;
    }

    /// The texts of a drill's actions in the order the drill report numbers them.
    QStringList reportedActions(qint64 drill) const
    {
        QStringList texts;
        if (const auto content = PlanContentReader(m_document->database()).drill(drill)) {
            for (const content::Action &action : content->actions) {
                texts << action.text;
            }
        }
        return texts;
    }

    qint64 addRehearsal(qint64 drill, const QString &startedAt)
    {
        return m_document->addRecord(QStringLiteral("run"),
            {{QStringLiteral("upgrade_id"), 1}, {QStringLiteral("drill_id"), drill},
                {QStringLiteral("kind"), QStringLiteral("rehearsal")}, {QStringLiteral("started_at"), startedAt},
                {QStringLiteral("status"), QStringLiteral("completed")}},
            QStringLiteral("Start rehearsal"));
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("drills-%1.fallback").arg(++counter));
        const QByteArray json = fileBytes(testDataPath(QStringLiteral("report-plan-en.json")));
        QVERIFY(!json.isEmpty());
        QCOMPARE(PlanJsonImport::createPlan(json, m_path), QString());
        m_document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    void drillsNewestFirstWithTranslatedChoices()
    {
        DrillModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QCOMPARE(model.columnCount(), int(DrillModel::ColumnCount));
        QCOMPARE(ids(model), (QList<qint64> {CrashDrill, DataLossDrill}));
        QCOMPARE(column(model, DrillModel::ScheduledOnColumn),
            (QStringList {QStringLiteral("2026-12-10"), QStringLiteral("2026-08-20")}));
        QCOMPARE(column(model, DrillModel::ScenarioColumn),
            (QStringList {QStringLiteral("System crash"), QStringLiteral("Data loss")}));
        QCOMPARE(model.index(1, DrillModel::ScenarioColumn).data(Qt::EditRole).toString(), QStringLiteral("data_loss"));

        // No result yet is shown and offered as "Not yet"; the plan keeps NULL.
        const QModelIndex noResult = model.index(0, DrillModel::ResultColumn);
        QCOMPARE(noResult.data().toString(), QStringLiteral("Not yet"));
        QVERIFY(noResult.data(Qt::EditRole).isNull());
        QCOMPARE(model.index(1, DrillModel::ResultColumn).data().toString(), QStringLiteral("Partial"));
        const QVariantList choices = noResult.data(RecordTableModel::ChoicesRole).toList();
        QCOMPARE(choices.size(), 4);
        QVERIFY(choices.first().toList().value(0).isNull());
        QCOMPARE(choices.first().toList().value(1).toString(), QStringLiteral("Not yet"));
        QCOMPARE(choices.at(3).toList(), (QVariantList {QStringLiteral("fail"), QStringLiteral("Fail")}));
        const QVariantList scenarios
            = model.index(0, DrillModel::ScenarioColumn).data(RecordTableModel::ChoicesRole).toList();
        QCOMPARE(scenarios.size(), 4);
        QCOMPARE(scenarios.at(2).toList(),
            (QVariantList {QStringLiteral("incompatibility"), QStringLiteral("Incompatibility")}));

        // The filter finds a drill by what it shows, "Not yet" included.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(RecordTableModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("not yet"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, DrillModel::ScheduledOnColumn).data().toString(), QStringLiteral("2026-12-10"));
    }

    void choicesAreStoredAsTheirCodes()
    {
        DrillModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const QModelIndex scenario = model.index(0, DrillModel::ScenarioColumn);
        const QModelIndex result = model.index(0, DrillModel::ResultColumn);
        const int steps = undo()->count();

        QVERIFY(model.setData(scenario, QStringLiteral("incompatibility")));
        QVERIFY(model.setData(result, QStringLiteral("fail")));
        QCOMPARE(
            stored(QStringLiteral("SELECT scenario || '/' || result FROM drill WHERE id = ?"), {CrashDrill}).toString(),
            QStringLiteral("incompatibility/fail"));
        QCOMPARE(scenario.data().toString(), QStringLiteral("Incompatibility"));
        QCOMPARE(result.data().toString(), QStringLiteral("Fail"));

        // Back to "Not yet", as the combo box's first entry gives it.
        QVERIFY(model.setData(result, QVariant()));
        QVERIFY(stored(QStringLiteral("SELECT result IS NULL FROM drill WHERE id = ?"), {CrashDrill}).toBool());
        QCOMPARE(result.data().toString(), QStringLiteral("Not yet"));
        QCOMPARE(undo()->count(), steps + 3);

        // A label or an unknown code is refused; the plan keeps what it had.
        QVERIFY(!model.setData(scenario, QStringLiteral("Data loss")));
        QVERIFY(!model.setData(result, QStringLiteral("maybe")));
        QCOMPARE(stored(QStringLiteral("SELECT scenario FROM drill WHERE id = ?"), {CrashDrill}).toString(),
            QStringLiteral("incompatibility"));
        QVERIFY(stored(QStringLiteral("SELECT result IS NULL FROM drill WHERE id = ?"), {CrashDrill}).toBool());
        QCOMPARE(undo()->count(), steps + 3);

        undo()->undo();
        QCOMPARE(result.data().toString(), QStringLiteral("Fail"));
        undo()->undo();
        undo()->undo();
        QCOMPARE(scenario.data().toString(), QStringLiteral("System crash"));
        QCOMPARE(result.data().toString(), QStringLiteral("Not yet"));
        QCOMPARE(stored(QStringLiteral("SELECT scenario FROM drill WHERE id = ?"), {CrashDrill}).toString(),
            QStringLiteral("crash"));
    }

    void customScenarioIsNamedByItsDescription()
    {
        DrillModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const QModelIndex scenario = model.index(0, DrillModel::ScenarioColumn);
        QVERIFY(m_document->setRecordValue(
            QStringLiteral("drill"), CrashDrill, QStringLiteral("scenario_text"), QStringLiteral("")));
        QVERIFY(model.setData(scenario, QStringLiteral("custom")));
        // Nothing says what a custom drill rehearses: the cell says so.
        QVERIFY(DrillModel::lacksDescription(model.recordAt(0)));
        QCOMPARE(scenario.data().toString(), QStringLiteral("Custom"));
        QVERIFY(scenario.data(Qt::ToolTipRole).toString().contains(QLatin1String("Describe")));
        QVERIFY(scenario.data(Qt::ForegroundRole).isValid());

        QVERIFY(model.setData(model.index(0, DrillModel::ScenarioTextColumn),
            QStringLiteral("Network cut between the data centres\nDuring the upgrade window")));
        QVERIFY(!DrillModel::lacksDescription(model.recordAt(0)));
        QCOMPARE(scenario.data().toString(), QStringLiteral("Network cut between the data centres"));
        QVERIFY(!scenario.data(Qt::ForegroundRole).isValid());
        QCOMPARE(scenario.data(Qt::EditRole).toString(), QStringLiteral("custom"));
        // A listed scenario is named by its label whatever its description says.
        QCOMPARE(model.index(1, DrillModel::ScenarioColumn).data().toString(), QStringLiteral("Data loss"));
    }

    void badDateIsRefusedAndTheOldValueKept_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("words") << QStringLiteral("next Tuesday");
        QTest::newRow("day first") << QStringLiteral("10.12.2026");
        QTest::newRow("no such day") << QStringLiteral("2026-02-30");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01");
    }

    void badDateIsRefusedAndTheOldValueKept()
    {
        QFETCH(QString, typed);
        DrillModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const int steps = undo()->count();
        QVERIFY(!model.setData(model.index(0, DrillModel::ScheduledOnColumn), typed));
        QCOMPARE(model.index(0, DrillModel::ScheduledOnColumn).data().toString(), QStringLiteral("2026-12-10"));
        QCOMPARE(stored(QStringLiteral("SELECT scheduled_on FROM drill WHERE id = ?"), {CrashDrill}).toString(),
            QStringLiteral("2026-12-10"));
        QCOMPARE(undo()->count(), steps);

        DrillActionModel actions(m_document.get());
        QAbstractItemModelTester actionTester(&actions, Checking);
        actions.setDrillId(DataLossDrill);
        QVERIFY(!actions.setData(actions.index(0, DrillActionModel::DueOnColumn), typed));
        QCOMPARE(actions.index(0, DrillActionModel::DueOnColumn).data().toString(), QStringLiteral("2026-08-31"));
        QCOMPARE(stored(QStringLiteral("SELECT due_on FROM drill_action WHERE id = 1")).toString(),
            QStringLiteral("2026-08-31"));
        QCOMPARE(undo()->count(), steps);
    }

    void dateChangeKeepsTheDrillsNewestFirst()
    {
        DrillModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        // The data-loss drill is moved to next year: it now comes first.
        QVERIFY(model.setData(model.index(1, DrillModel::ScheduledOnColumn), QStringLiteral(" 2027-03-02 ")));
        QCOMPARE(ids(model), (QList<qint64> {DataLossDrill, CrashDrill}));
        QCOMPARE(stored(QStringLiteral("SELECT scheduled_on FROM drill WHERE id = ?"), {DataLossDrill}).toString(),
            QStringLiteral("2027-03-02"));
        // An emptied date is no date, not an empty text; the drill leads as one being planned.
        QVERIFY(model.setData(model.index(1, DrillModel::ScheduledOnColumn), QString()));
        QVERIFY(stored(QStringLiteral("SELECT scheduled_on IS NULL FROM drill WHERE id = ?"), {CrashDrill}).toBool());
        QCOMPARE(ids(model), (QList<qint64> {CrashDrill, DataLossDrill}));
        undo()->undo();
        undo()->undo();
        QCOMPARE(ids(model), (QList<qint64> {CrashDrill, DataLossDrill}));
        QCOMPARE(column(model, DrillModel::ScheduledOnColumn),
            (QStringList {QStringLiteral("2026-12-10"), QStringLiteral("2026-08-20")}));

        // A new drill has no date yet and comes first, ready to be dated.
        const QModelIndex added = model.appendRecord();
        QVERIFY(added.isValid());
        QCOMPARE(added.row(), 0);
        QVERIFY(added.data(Qt::EditRole).isNull());
        QCOMPARE(model.index(0, DrillModel::ScenarioColumn).data(Qt::EditRole).toString(), QStringLiteral("crash"));
        QCOMPARE(model.index(0, DrillModel::ResultColumn).data().toString(), QStringLiteral("Not yet"));
        QCOMPARE(undo()->undoText(), QStringLiteral("Add drill"));
        undo()->undo();
        QCOMPARE(model.rowCount(), 2);
    }

    void actionsOfOneDrillInTheirOrder()
    {
        DrillActionModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QCOMPARE(model.rowCount(), 0); // no drill chosen yet
        model.setDrillId(DataLossDrill);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DrillActionModel::ColumnCount));
        QVERIFY(model.isOrderable());
        QCOMPARE(model.index(0, DrillActionModel::TextColumn).data().toString(),
            QStringLiteral("Correct the backup path in the restore runbook."));
        QCOMPARE(model.index(0, DrillActionModel::OwnerColumn).data().toString(), QStringLiteral("Liu Yang"));
        QCOMPARE(model.index(0, DrillActionModel::StatusColumn).data().toString(), QStringLiteral("Done"));
        QCOMPARE(model.index(2, DrillActionModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
        // The revision that took the action up, by its version; none yet for the last one.
        QCOMPARE(column(model, DrillActionModel::RevisionColumn),
            (QStringList {QStringLiteral("2.1"), QStringLiteral("2.1"), QString()}));
        const QVariantList revisions
            = model.index(2, DrillActionModel::RevisionColumn).data(RecordTableModel::ChoicesRole).toList();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(0).toList().value(1).toString(), QStringLiteral("(none)"));
        QCOMPARE(revisions.at(1).toList().value(1).toString(), QStringLiteral("2.0"));

        QVERIFY(model.setData(model.index(2, DrillActionModel::RevisionColumn), 2));
        QVERIFY(model.setData(model.index(2, DrillActionModel::StatusColumn), QStringLiteral("verified")));
        QCOMPARE(
            stored(QStringLiteral("SELECT revision_id || '/' || status FROM drill_action WHERE id = 3")).toString(),
            QStringLiteral("2/verified"));
        QVERIFY(!model.setData(model.index(2, DrillActionModel::StatusColumn), QStringLiteral("Verified")));
        QVERIFY(!model.setData(model.index(2, DrillActionModel::RevisionColumn), 99)); // no such revision
        QVERIFY(model.setData(model.index(2, DrillActionModel::RevisionColumn), QVariant()));
        QVERIFY(stored(QStringLiteral("SELECT revision_id IS NULL FROM drill_action WHERE id = 3")).toBool());

        // The other drill has none; what is added to it stays its own.
        DrillActionModel other(m_document.get());
        QAbstractItemModelTester otherTester(&other, Checking);
        other.setDrillId(CrashDrill);
        QCOMPARE(other.rowCount(), 0);
        const QModelIndex added = other.appendRecord();
        QVERIFY(added.isValid());
        QVERIFY(other.setData(added, QStringLiteral("Time the decision between fix and rollback")));
        QCOMPARE(other.rowCount(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(stored(QStringLiteral("SELECT drill_id || '/' || position || '/' || status FROM drill_action "
                                       "WHERE text = 'Time the decision between fix and rollback'"))
                     .toString(),
            QStringLiteral("%1/1/open").arg(CrashDrill));
        undo()->undo(); // its text
        undo()->undo(); // the action
        QCOMPARE(other.rowCount(), 0);
        QCOMPARE(model.rowCount(), 3);
    }

    void actionsReorderedAsOneUndoStep()
    {
        DrillActionModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        model.setDrillId(DataLossDrill);
        const QList<qint64> before = ids(model);
        QCOMPARE(before, (QList<qint64> {1, 2, 3}));
        const QStringList reportedBefore = reportedActions(DataLossDrill);
        const int steps = undo()->count();

        // The storage action first, as Alt+Up twice would put it.
        QVERIFY(model.moveRecords({2}, 0));
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(ids(model), (QList<qint64> {3, 1, 2}));
        QCOMPARE(storedList(QStringLiteral("SELECT id FROM drill_action WHERE drill_id = ? ORDER BY position, id"),
                     {DataLossDrill}),
            QStringLiteral("3,1,2"));
        QCOMPARE(reportedActions(DataLossDrill).first(),
            QStringLiteral("Replace the backup storage to bring restore time under 2 hours."));

        // Down by one, then back: each move is one step.
        QVERIFY(model.moveRecords({0}, 2));
        QCOMPARE(ids(model), (QList<qint64> {1, 3, 2}));
        undo()->undo();
        QCOMPARE(ids(model), (QList<qint64> {3, 1, 2}));
        undo()->undo();
        QCOMPARE(ids(model), before);
        QCOMPARE(reportedActions(DataLossDrill), reportedBefore);
        undo()->redo();
        QCOMPARE(ids(model), (QList<qint64> {3, 1, 2}));
        // Moving to where a row already is changes nothing and adds no step.
        QVERIFY(!model.moveRecords({0}, 0));
        QCOMPARE(undo()->index(), steps + 1);
    }

    void removingADrillTakesItsActionsAndUndoBringsThemBack()
    {
        const qint64 rehearsal = addRehearsal(DataLossDrill, QStringLiteral("2026-08-20T01:30:00Z"));
        QVERIFY(rehearsal != 0);
        DrillModel drills(m_document.get());
        QAbstractItemModelTester drillTester(&drills, Checking);
        DrillActionModel actions(m_document.get());
        QAbstractItemModelTester actionTester(&actions, Checking);
        actions.setDrillId(DataLossDrill);
        DrillRunModel runs(m_document.get());
        QAbstractItemModelTester runTester(&runs, Checking);
        runs.setDrillId(DataLossDrill);
        QCOMPARE(runs.rowCount(), 1);

        QVERIFY(drills.removeRecords({drills.rowOf(DataLossDrill)}));
        QCOMPARE(drills.rowCount(), 1);
        QCOMPARE(actions.rowCount(), 0);
        QCOMPARE(runs.rowCount(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM drill_action")).toInt(), 0);
        // The rehearsal run stays a run of its upgrade; it only no longer names the drill.
        QVERIFY(stored(QStringLiteral("SELECT drill_id IS NULL FROM run WHERE id = ?"), {rehearsal}).toBool());
        QVERIFY(undo()->undoText().startsWith(QLatin1String("Remove 1 drill")));

        undo()->undo();
        QCOMPARE(ids(drills), (QList<qint64> {CrashDrill, DataLossDrill}));
        QCOMPARE(ids(actions), (QList<qint64> {1, 2, 3}));
        QCOMPARE(column(actions, DrillActionModel::RevisionColumn),
            (QStringList {QStringLiteral("2.1"), QStringLiteral("2.1"), QString()}));
        QCOMPARE(runs.rowCount(), 1);
        QCOMPARE(
            stored(QStringLiteral("SELECT drill_id FROM run WHERE id = ?"), {rehearsal}).toLongLong(), DataLossDrill);
        QCOMPARE(reportedActions(DataLossDrill).size(), 3);
        undo()->redo();
        QCOMPARE(actions.rowCount(), 0);
    }

    void rehearsalRunsAreListedNotEdited()
    {
        DrillRunModel runs(m_document.get());
        QAbstractItemModelTester tester(&runs, Checking);
        runs.setDrillId(DataLossDrill);
        QCOMPARE(runs.rowCount(), 0); // the plan's one run is a live run of no drill
        const qint64 second = addRehearsal(DataLossDrill, QStringLiteral("2026-08-20T06:00:00Z"));
        const qint64 first = addRehearsal(DataLossDrill, QStringLiteral("2026-08-20T01:30:00Z"));
        addRehearsal(CrashDrill, QStringLiteral("2026-12-10T01:30:00Z"));
        QCOMPARE(ids(runs), (QList<qint64> {first, second}));
        // Shown on the plan's clock, whatever the machine's: 01:30 UTC is 07:00 in Kolkata.
        m_document->setHeader(PlanField::TimeZone, QStringLiteral("Asia/Kolkata")); // false when it already is
        QCOMPARE(m_document->header(PlanField::TimeZone).toString(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(runs.index(0, DrillRunModel::StartedColumn).data().toString(), QStringLiteral("2026-08-20 07:00"));
        m_document->setHeader(PlanField::TimeZone, QStringLiteral("UTC"));
        QCOMPARE(m_document->header(PlanField::TimeZone).toString(), QStringLiteral("UTC"));
        QCOMPARE(runs.index(0, DrillRunModel::StartedColumn).data().toString(), QStringLiteral("2026-08-20 01:30"));
        QCOMPARE(runs.index(0, DrillRunModel::EndedColumn).data().toString(), QString());
        QCOMPARE(runs.index(0, DrillRunModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
        QCOMPARE(runs.index(0, DrillRunModel::UpgradeColumn).data().toString(),
            stored(QStringLiteral("SELECT name FROM upgrade WHERE id = 1")).toString());

        const int steps = undo()->count();
        for (int column = 0; column < DrillRunModel::ColumnCount; ++column) {
            const QModelIndex cell = runs.index(0, column);
            QVERIFY(!(runs.flags(cell) & Qt::ItemIsEditable));
            QVERIFY(!runs.setData(cell, cell.data(Qt::EditRole)));
        }
        QVERIFY(!runs.isOrderable());
        QCOMPARE(undo()->count(), steps);

        // The run console's changes show up.
        QVERIFY(m_document->setRecordValue(
            QStringLiteral("run"), first, QStringLiteral("status"), QStringLiteral("rolled_back")));
        QCOMPARE(runs.index(0, DrillRunModel::StatusColumn).data().toString(), QStringLiteral("Rolled back"));
    }
};

QTEST_GUILESS_MAIN(TestDrillModels)
#include "tst_drillmodels.moc"
