// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "models/linkchecklistmodel.h"
#include "planopening.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistitemmodel.h"
#include "upgrade/checklistoperations.h"
#include "upgrade/checklisttemplatemodel.h"
#include "upgrade/upgrademodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace fallback;

namespace {
constexpr qint64 StandardTemplate = 1; // the built-in template's one checklist template
constexpr int StandardItems = 24;
} // namespace

class TestChecklistModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

    QUndoStack *undo() const { return m_document->undoStack(); }
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_document->database(), sql, values);
    }
    qint64 addUpgrade(const QString &name)
    {
        return m_document->addRecord(
            QStringLiteral("upgrade"), {{QStringLiteral("name"), name}}, QStringLiteral("Add"));
    }
    /// "phase:position" of every row, in model order.
    static QStringList order(const ChecklistItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariantMap record = model.recordAt(row);
            result << record.value(QStringLiteral("phase")).toString() + QLatin1Char(':')
                    + record.value(QStringLiteral("position")).toString();
        }
        return result;
    }
    static bool inChecklistOrder(const ChecklistItemModel &model)
    {
        for (int row = 1; row < model.rowCount(); ++row) {
            const QVariantMap a = model.recordAt(row - 1);
            const QVariantMap b = model.recordAt(row);
            const int rankA = ChecklistItemModel::phaseRank(a.value(QStringLiteral("phase")).toString());
            const int rankB = ChecklistItemModel::phaseRank(b.value(QStringLiteral("phase")).toString());
            if (rankA > rankB
                || (rankA == rankB
                    && a.value(QStringLiteral("position")).toLongLong()
                        > b.value(QStringLiteral("position")).toLongLong())) {
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("checklists-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    void templateModel()
    {
        ChecklistTemplateModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ChecklistTemplateModel::ColumnCount));
        QCOMPARE(model.index(0, ChecklistTemplateModel::NameColumn).data().toString(),
            QStringLiteral("Standard upgrade checklist"));
        const QModelIndex added = model.appendRecord();
        QVERIFY(added.isValid());
        QCOMPARE(added.data().toString(), QStringLiteral("New checklist template"));
        undo()->undo();
        QCOMPARE(model.rowCount(), 1);
    }

    void itemsOfOneTemplateInPhaseOrder()
    {
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no template chosen yet
        model.setOwnerId(StandardTemplate);
        QCOMPARE(model.rowCount(), StandardItems);
        QCOMPARE(model.columnCount(), int(ChecklistItemModel::ColumnCount));
        // Positions count within each phase; the rows still read phase by phase.
        QVERIFY(inChecklistOrder(model));
        QCOMPARE(order(model).first(), QStringLiteral("before:1"));
        QCOMPARE(order(model).last().section(QLatin1Char(':'), 0, 0), QStringLiteral("recovery"));
        const QModelIndex phase = model.index(0, ChecklistItemModel::PhaseColumn);
        QCOMPARE(phase.data().toString(), QStringLiteral("Before"));
        QCOMPARE(phase.data(RecordTableModel::SortRole).toInt(), 0);
        QCOMPARE(model.index(0, ChecklistItemModel::OffsetColumn).data().toString(), QStringLiteral("\u221214 d"));
        QCOMPARE(model.index(0, ChecklistItemModel::OffsetColumn).data(Qt::EditRole).toLongLong(), -20160);
        QCOMPARE(model.index(0, ChecklistItemModel::DurationColumn).data().toString(), QStringLiteral("8 h"));
        // The filter text is what the row shows.
        QVERIFY(
            model.index(0, 0).data(RecordTableModel::SearchTextRole).toString().contains(QStringLiteral("\u221214 d")));
        QVERIFY(model.index(0, ChecklistItemModel::ResponsibleColumn)
                    .data(ChecklistItemModel::SuggestionsRole)
                    .toStringList()
                    .contains(QStringLiteral("Technical support group")));

        // A sort proxy over the phase column keeps phase order, not label order.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RecordTableModel::SortRole);
        proxy.sort(ChecklistItemModel::PhaseColumn);
        QCOMPARE(proxy.index(0, ChecklistItemModel::PhaseColumn).data().toString(), QStringLiteral("Before"));
        QCOMPARE(proxy.index(StandardItems - 1, ChecklistItemModel::PhaseColumn).data().toString(),
            QStringLiteral("Recovery"));
    }

    void scopedModelFollowsInsertsRemovesAndUndo()
    {
        const qint64 other = m_document->addRecord(QStringLiteral("checklist_template"),
            {{QStringLiteral("name"), QStringLiteral("Other")}}, QStringLiteral("Add"));
        ChecklistItemModel standard(m_document.get(), ChecklistItemModel::Owner::Template);
        standard.setOwnerId(StandardTemplate);
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwnerId(other);
        QCOMPARE(model.rowCount(), 0);

        const QModelIndex first = model.appendRecord();
        QVERIFY(first.isValid());
        QVERIFY(model.setData(first, QStringLiteral("Freeze changes")));
        const QModelIndex second = model.appendRecord();
        QVERIFY(model.setData(second, QStringLiteral("Announce the start")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(standard.rowCount(), StandardItems); // the other template's items are not shown
        QCOMPARE(
            model.index(1, ChecklistItemModel::TextColumn).data().toString(), QStringLiteral("Announce the start"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM checklist_template_item WHERE template_id = ?"), {other})
                     .toInt(),
            2);

        QVERIFY(model.removeRecords({0}));
        QCOMPARE(model.rowCount(), 1);
        undo()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ChecklistItemModel::TextColumn).data().toString(), QStringLiteral("Freeze changes"));
        undo()->undo(); // the second item's text
        undo()->undo(); // the second item
        QCOMPARE(model.rowCount(), 1);
        undo()->redo();
        QCOMPARE(model.rowCount(), 2);

        // Removing the template takes its items, and undo brings them back.
        QVERIFY(m_document->removeRecord(QStringLiteral("checklist_template"), other, QStringLiteral("Remove")));
        QCOMPARE(model.rowCount(), 0);
        undo()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(standard.rowCount(), StandardItems);
    }

    void newItemGoesLastInTheLastPhase()
    {
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        model.setOwnerId(StandardTemplate);
        const QString last = order(model).last();
        const QModelIndex added = model.appendRecord();
        QCOMPARE(added.row(), StandardItems);
        QCOMPARE(order(model).last(), QStringLiteral("recovery:%1").arg(last.section(QLatin1Char(':'), 1).toInt() + 1));
    }

    void reorderIsOneUndoStep()
    {
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwnerId(StandardTemplate);
        const QList<qint64> before = {model.idAt(0), model.idAt(1), model.idAt(2), model.idAt(3)};
        const int steps = undo()->count();
        QVERIFY(model.moveRecords({2, 3}, 0));
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE((QList<qint64> {model.idAt(0), model.idAt(1), model.idAt(2), model.idAt(3)}),
            (QList<qint64> {before.at(2), before.at(3), before.at(0), before.at(1)}));
        QVERIFY(inChecklistOrder(model));
        QCOMPARE(order(model).mid(0, 4),
            (QStringList {QStringLiteral("before:1"), QStringLiteral("before:2"), QStringLiteral("before:3"),
                QStringLiteral("before:4")}));
        undo()->undo();
        QCOMPARE((QList<qint64> {model.idAt(0), model.idAt(1), model.idAt(2), model.idAt(3)}), before);
        undo()->redo();
        QCOMPARE(model.idAt(0), before.at(2));
    }

    void moveAcrossAPhaseEndChangesThePhase()
    {
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwnerId(StandardTemplate);
        int firstDuring = 0;
        while (model.recordAt(firstDuring).value(QStringLiteral("phase")).toString() != QLatin1String("during")) {
            ++firstDuring;
        }
        const qint64 moving = model.idAt(firstDuring);
        const qint64 lastBefore = model.idAt(firstDuring - 1);
        // Alt+Up on the first item of a phase: it becomes the last of the phase above.
        QVERIFY(model.moveRecords({firstDuring}, firstDuring - 1));
        QCOMPARE(model.idAt(firstDuring - 1), moving);
        QCOMPARE(model.idAt(firstDuring), lastBefore);
        QCOMPARE(model.recordAt(firstDuring).value(QStringLiteral("phase")).toString(), QStringLiteral("before"));
        QCOMPARE(model.recordAt(firstDuring - 1).value(QStringLiteral("phase")).toString(), QStringLiteral("before"));
        QVERIFY(inChecklistOrder(model));
        undo()->undo();
        QCOMPARE(model.idAt(firstDuring), moving);
        QCOMPARE(model.recordAt(firstDuring).value(QStringLiteral("phase")).toString(), QStringLiteral("during"));
        QCOMPARE(model.recordAt(firstDuring).value(QStringLiteral("position")).toInt(), 1);

        // Moved to the top, a recovery item becomes the first item before the upgrade.
        const int last = model.rowCount() - 1;
        const qint64 recovery = model.idAt(last);
        QVERIFY(model.moveRecords({last}, 0));
        QCOMPARE(model.idAt(0), recovery);
        QCOMPARE(order(model).first(), QStringLiteral("before:1"));
        QVERIFY(inChecklistOrder(model));
    }

    void phaseChangePutsTheItemLastInItsNewPhase()
    {
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwnerId(StandardTemplate);
        const qint64 id = model.idAt(0);
        const int steps = undo()->count();
        QVERIFY(model.setData(model.index(0, ChecklistItemModel::PhaseColumn), QStringLiteral("during")));
        QCOMPARE(undo()->count(), steps + 1);
        const int row = model.rowOf(id);
        QCOMPARE(model.recordAt(row).value(QStringLiteral("phase")).toString(), QStringLiteral("during"));
        QCOMPARE(model.recordAt(row + 1).value(QStringLiteral("phase")).toString(), QStringLiteral("after"));
        QVERIFY(inChecklistOrder(model));
        QVERIFY(!model.setData(model.index(0, ChecklistItemModel::PhaseColumn), QStringLiteral("someday")));
        undo()->undo();
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(order(model).first(), QStringLiteral("before:1"));
    }

    void durationsReadAndWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("signedValue");
        QTest::addColumn<qlonglong>("minutes"); // -1 with unsigned: refused
        QTest::addColumn<bool>("accepted");
        QTest::newRow("minutes") << QStringLiteral("-30") << true << -30LL << true;
        QTest::newRow("clock") << QStringLiteral("-1:15") << true << -75LL << true;
        QTest::newRow("plus clock") << QStringLiteral("+0:30") << true << 30LL << true;
        QTest::newRow("units") << QStringLiteral("1 h 15 min") << true << 75LL << true;
        QTest::newRow("shown form") << QStringLiteral("\u22122 d 3 h") << true << -(2 * 1440LL + 180) << true;
        QTest::newRow("compact") << QStringLiteral("2h30m") << true << 150LL << true;
        QTest::newRow("chinese") << QStringLiteral("1小时30分钟") << true << 90LL << true;
        QTest::newRow("word") << QStringLiteral("soon") << true << 0LL << false;
        QTest::newRow("bad clock") << QStringLiteral("1:75") << true << 0LL << false;
        QTest::newRow("unknown unit") << QStringLiteral("3 weeks") << true << 0LL << false;
        QTest::newRow("too far") << QStringLiteral("400 d") << true << 0LL << false;
        QTest::newRow("negative duration") << QStringLiteral("-5") << false << 0LL << false;
        QTest::newRow("duration") << QStringLiteral("45") << false << 45LL << true;
    }

    void durationsReadAndWritten()
    {
        QFETCH(QString, text);
        QFETCH(bool, signedValue);
        QFETCH(qlonglong, minutes);
        QFETCH(bool, accepted);
        const std::optional<qint64> parsed = ChecklistItemModel::parseMinutes(text, signedValue);
        QCOMPARE(parsed.has_value(), accepted);
        if (accepted) {
            QCOMPARE(*parsed, minutes);
            // What the table shows reads back as the same value.
            const QString shown
                = signedValue ? ChecklistItemModel::offsetText(minutes) : ChecklistItemModel::durationText(minutes);
            QCOMPARE(ChecklistItemModel::parseMinutes(shown, signedValue), std::optional<qint64>(minutes));
        }
    }

    void offsetsShownReadably()
    {
        QCOMPARE(ChecklistItemModel::offsetText(-30), QStringLiteral("\u221230 min"));
        QCOMPARE(ChecklistItemModel::offsetText(75), QStringLiteral("+1 h 15 min"));
        QCOMPARE(ChecklistItemModel::offsetText(0), QStringLiteral("0 min"));
        QCOMPARE(ChecklistItemModel::offsetText(-1440 - 1), QStringLiteral("\u22121 d 1 min"));
        QCOMPARE(ChecklistItemModel::durationText(120), QStringLiteral("2 h"));
    }

    void invalidOffsetsAndDurationsKeepTheOldValue()
    {
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        model.setOwnerId(StandardTemplate);
        const QModelIndex offset = model.index(0, ChecklistItemModel::OffsetColumn);
        const QModelIndex duration = model.index(0, ChecklistItemModel::DurationColumn);
        const int steps = undo()->count();
        QVERIFY(!model.setData(offset, QStringLiteral("next week")));
        QVERIFY(!model.setData(offset, QStringLiteral("12:99")));
        QVERIFY(!model.setData(duration, QStringLiteral("-10")));
        QVERIFY(!model.setData(duration, QStringLiteral("long")));
        QCOMPARE(undo()->count(), steps);
        QCOMPARE(offset.data(Qt::EditRole).toLongLong(), -20160);
        QCOMPARE(duration.data(Qt::EditRole).toLongLong(), 480);
        QCOMPARE(
            value(QStringLiteral("SELECT offset_minutes FROM checklist_template_item WHERE id = ?"), {model.idAt(0)})
                .toLongLong(),
            -20160);

        QVERIFY(model.setData(offset, QStringLiteral("-1:30")));
        QCOMPARE(offset.data(Qt::EditRole).toLongLong(), -90);
        QCOMPARE(offset.data().toString(), QStringLiteral("\u22121 h 30 min"));
        QVERIFY(model.setData(duration, 15));
        QCOMPARE(duration.data().toString(), QStringLiteral("15 min"));
        QVERIFY(model.setData(duration, QString())); // cleared: no planned duration
        QVERIFY(duration.data(Qt::EditRole).isNull());
        undo()->undo();
        undo()->undo();
        undo()->undo();
        QCOMPARE(offset.data(Qt::EditRole).toLongLong(), -20160);
        QCOMPARE(duration.data(Qt::EditRole).toLongLong(), 480);
    }

    void duplicateCopiesEveryItemAndUndoRemovesThem()
    {
        ChecklistTemplateModel templates(m_document.get());
        QAbstractItemModelTester tester(&templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int steps = undo()->count();
        const qint64 copy = ChecklistOperations::duplicateTemplate(m_document.get(), StandardTemplate);
        QVERIFY(copy != 0);
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(templates.rowCount(), 2);
        QCOMPARE(templates.index(templates.rowOf(copy), ChecklistTemplateModel::NameColumn).data().toString(),
            QStringLiteral("Copy of Standard upgrade checklist"));
        QCOMPARE(ChecklistOperations::templateItemCount(m_document.get(), copy), StandardItems);

        ChecklistItemModel original(m_document.get(), ChecklistItemModel::Owner::Template);
        original.setOwnerId(StandardTemplate);
        ChecklistItemModel copied(m_document.get(), ChecklistItemModel::Owner::Template);
        copied.setOwnerId(copy);
        QCOMPARE(order(copied), order(original));
        for (int row = 0; row < copied.rowCount(); ++row) {
            for (int column = 0; column < ChecklistItemModel::ColumnCount; ++column) {
                QCOMPARE(copied.index(row, column).data(Qt::EditRole), original.index(row, column).data(Qt::EditRole));
            }
        }
        // The copy is a template of its own.
        QVERIFY(copied.setData(copied.index(0, ChecklistItemModel::TextColumn), QStringLiteral("Changed in the copy")));
        QVERIFY(original.index(0, ChecklistItemModel::TextColumn).data().toString()
            != QLatin1String("Changed in the copy"));
        undo()->undo();

        undo()->undo(); // one step takes the copy and all its items
        QCOMPARE(templates.rowCount(), 1);
        QCOMPARE(copied.rowCount(), 0);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM checklist_template_item")).toInt(), StandardItems);
        undo()->redo();
        QCOMPARE(copied.rowCount(), StandardItems);
        QCOMPARE(templates.rowCount(), 2);
    }

    void instantiateCopiesTheTemplateToTheUpgrade()
    {
        const qint64 upgrade = addUpgrade(QStringLiteral("Core banking 5.2"));
        ChecklistItemModel items(m_document.get(), ChecklistItemModel::Owner::Upgrade);
        QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        items.setOwnerId(upgrade);
        QCOMPARE(items.rowCount(), 0);
        const int steps = undo()->count();
        QVERIFY(ChecklistOperations::instantiateChecklist(m_document.get(), upgrade, StandardTemplate));
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(items.rowCount(), StandardItems);
        QCOMPARE(ChecklistOperations::upgradeItemCount(m_document.get(), upgrade), StandardItems);
        ChecklistItemModel templateItems(m_document.get(), ChecklistItemModel::Owner::Template);
        templateItems.setOwnerId(StandardTemplate);
        QCOMPARE(order(items), order(templateItems));

        // The upgrade's checklist is its own: editing it leaves the template alone, and back.
        QVERIFY(items.setData(items.index(0, ChecklistItemModel::TextColumn), QStringLiteral("Only for 5.2")));
        QVERIFY(items.setData(items.index(0, ChecklistItemModel::OffsetColumn), QStringLiteral("-2 d")));
        QCOMPARE(templateItems.index(0, ChecklistItemModel::OffsetColumn).data(Qt::EditRole).toLongLong(), -20160);
        QVERIFY(
            templateItems.index(0, ChecklistItemModel::TextColumn).data().toString() != QLatin1String("Only for 5.2"));
        QVERIFY(templateItems.removeRecords({1}));
        QCOMPARE(items.rowCount(), StandardItems);
        undo()->undo();

        // Again: the old checklist is replaced, in one undo step.
        const QList<qint64> firstIds = {items.idAt(0), items.idAt(1)};
        QVERIFY(items.removeRecords({1}));
        const int before = undo()->count();
        QVERIFY(ChecklistOperations::instantiateChecklist(m_document.get(), upgrade, StandardTemplate));
        QCOMPARE(undo()->count(), before + 1);
        QCOMPARE(items.rowCount(), StandardItems);
        QVERIFY(!firstIds.contains(items.idAt(0)));
        QCOMPARE(items.index(0, ChecklistItemModel::OffsetColumn).data(Qt::EditRole).toLongLong(), -20160);
        undo()->undo();
        QCOMPARE(items.rowCount(), StandardItems - 1);
        QCOMPARE(items.idAt(0), firstIds.at(0));
        QCOMPARE(items.index(0, ChecklistItemModel::TextColumn).data().toString(), QStringLiteral("Only for 5.2"));
        undo()->redo();
        QCOMPARE(items.rowCount(), StandardItems);

        // An empty template has nothing to give.
        const qint64 empty = m_document->addRecord(QStringLiteral("checklist_template"), {}, QStringLiteral("Add"));
        QVERIFY(!ChecklistOperations::instantiateChecklist(m_document.get(), upgrade, empty));
        QCOMPARE(items.rowCount(), StandardItems);
    }

    void upgradeModelShowsTheWindowInLocalTime()
    {
        UpgradeModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = addUpgrade(QStringLiteral("Database 16"));
        QCOMPARE(model.rowCount(), 1);
        const int row = model.rowOf(id);
        QCOMPARE(model.index(row, UpgradeModel::StatusColumn).data().toString(), QStringLiteral("Planned"));
        QVERIFY(model.index(row, UpgradeModel::WindowStartColumn).data().toString().isEmpty());
        QVERIFY(!(model.flags(model.index(row, UpgradeModel::WindowStartColumn)) & Qt::ItemIsEditable));

        const QDateTime start(QDate(2026, 5, 1), QTime(22, 0), Qt::LocalTime);
        const QDateTime end = start.addSecs(4 * 3600);
        QString refusal;
        QVERIFY(ChecklistOperations::setUpgradeWindow(m_document.get(), id, start, end, &refusal));
        QCOMPARE(
            model.index(row, UpgradeModel::WindowStartColumn).data().toString(), QStringLiteral("2026-05-01 22:00"));
        QCOMPARE(model.index(row, UpgradeModel::WindowEndColumn).data().toString(), QStringLiteral("2026-05-02 02:00"));
        const QString stored = value(QStringLiteral("SELECT window_start FROM upgrade WHERE id = ?"), {id}).toString();
        QCOMPARE(stored, start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
        QCOMPARE(UpgradeModel::windowTime(stored), start);

        // An end before the start is refused and the window stays as it was.
        const int steps = undo()->count();
        QVERIFY(!ChecklistOperations::setUpgradeWindow(m_document.get(), id, start, start.addSecs(-60), &refusal));
        QVERIFY(refusal.contains(QLatin1String("2026-05-01 21:59")));
        QCOMPARE(undo()->count(), steps);
        QCOMPARE(model.index(row, UpgradeModel::WindowEndColumn).data().toString(), QStringLiteral("2026-05-02 02:00"));
        // One end alone may be set or cleared.
        QVERIFY(ChecklistOperations::setUpgradeWindow(m_document.get(), id, start, {}, &refusal));
        QVERIFY(model.index(row, UpgradeModel::WindowEndColumn).data().toString().isEmpty());
        undo()->undo();
        undo()->undo();
        QVERIFY(model.index(row, UpgradeModel::WindowStartColumn).data().toString().isEmpty());

        QVERIFY(model.setData(model.index(row, UpgradeModel::TemplateColumn), StandardTemplate));
        QCOMPARE(model.index(row, UpgradeModel::TemplateColumn).data().toString(),
            QStringLiteral("Standard upgrade checklist"));
        QVERIFY(!model.setData(model.index(row, UpgradeModel::StatusColumn), QStringLiteral("postponed")));
    }

    void systemsLinkedOneToggleAtATime()
    {
        // The upgrade's systems are ticks in the plan's scope list.
        const qint64 upgrade = addUpgrade(QStringLiteral("OS patch"));
        LinkChecklistModel systems(m_document.get(),
            {QStringLiteral("upgrade_system"), QStringLiteral("upgrade_id"), QStringLiteral("system_id"),
                QStringLiteral("scope_system"), QStringLiteral("name")});
        QAbstractItemModelTester tester(&systems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        systems.setOwner(upgrade);
        QCOMPARE(systems.rowCount(), 3);
        const int steps = undo()->count();
        QVERIFY(systems.setData(systems.index(0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(systems.setData(systems.index(2), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(undo()->count(), steps + 2);
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM upgrade_system WHERE upgrade_id = ?"), {upgrade}).toInt(), 2);
        QVERIFY(systems.setData(systems.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(systems.checkedLabels(), QStringList {systems.index(2).data().toString()});
        undo()->undo();
        QCOMPARE(systems.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        undo()->undo();
        QCOMPARE(systems.index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(
            value(QStringLiteral("SELECT system_id FROM upgrade_system WHERE upgrade_id = ?"), {upgrade}).toLongLong(),
            systems.index(0).data(Qt::UserRole).toLongLong());
    }

    void tenThousandItemsLoadAndFilterQuickly()
    {
        // One template with 10,000 items, inserted as one batch.
        const qint64 big = m_document->addRecord(QStringLiteral("checklist_template"),
            {{QStringLiteral("name"), QStringLiteral("Big")}}, QStringLiteral("Add"));
        const QStringList phases = Vocabulary::values(Vocabulary::Kind::Phase);
        QList<RecordSnapshot::Row> rows;
        qint64 id = m_document->nextId(QStringLiteral("checklist_template_item"));
        for (int i = 0; i < 10000; ++i) {
            rows.append({QStringLiteral("checklist_template_item"),
                {{QStringLiteral("id"), id++}, {QStringLiteral("template_id"), big},
                    {QStringLiteral("phase"), phases.at(i % 4)}, {QStringLiteral("position"), i / 4 + 1},
                    {QStringLiteral("text"), QStringLiteral("Check item %1 of the big list").arg(i)},
                    {QStringLiteral("responsible"), QStringLiteral("Group %1").arg(i % 7)},
                    {QStringLiteral("offset_minutes"), i - 5000}, {QStringLiteral("duration_minutes"), i % 90}}});
        }
        QVERIFY(m_document->addRecords(rows, QStringLiteral("Add many")));

        QElapsedTimer timer;
        timer.start();
        ChecklistItemModel model(m_document.get(), ChecklistItemModel::Owner::Template);
        model.setOwnerId(big);
        const qint64 loadMs = timer.elapsed();
        QCOMPARE(model.rowCount(), 10000);
        QVERIFY(inChecklistOrder(model));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        timer.restart();
        proxy.setFilterFixedString(QStringLiteral("item 99 of"));
        const qint64 filterMs = timer.elapsed();
        QCOMPARE(proxy.rowCount(), 1);
        timer.restart();
        proxy.setFilterFixedString(QStringLiteral("xyz"));
        const qint64 noMatchMs = timer.elapsed();
        QCOMPARE(proxy.rowCount(), 0);
        qInfo(
            "10,000 items: load %lld ms, filter %lld ms, filter matching nothing %lld ms", loadMs, filterMs, noMatchMs);
    }
};

QTEST_GUILESS_MAIN(TestChecklistModels)
#include "tst_checklistmodels.moc"
