// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "models/referencemodel.h"
#include "models/scopesystemmodel.h"
#include "models/sectionoverviewmodel.h"
#include "planopening.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("plan-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    void scopeModelEditsThroughUndo()
    {
        ScopeSystemModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ScopeSystemModel::ColumnCount));
        QCOMPARE(model.headerData(ScopeSystemModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("System"));
        const QModelIndex type = model.index(0, ScopeSystemModel::TypeColumn);
        QCOMPARE(type.data(Qt::DisplayRole).toString(), QStringLiteral("Operating system"));
        QCOMPARE(type.data(Qt::EditRole).toString(), QStringLiteral("os"));
        QVERIFY(!type.data(RecordTableModel::ChoicesRole).toList().isEmpty());

        QVERIFY(model.setData(model.index(0, ScopeSystemModel::NameColumn), QStringLiteral("Linux servers")));
        QCOMPARE(model.index(0, ScopeSystemModel::NameColumn).data().toString(), QStringLiteral("Linux servers"));
        QVERIFY(!model.setData(type, QStringLiteral("toaster")));
        QCOMPARE(type.data(Qt::EditRole).toString(), QStringLiteral("os"));

        m_document->undoStack()->undo();
        QCOMPARE(model.index(0, ScopeSystemModel::NameColumn).data().toString(),
            QStringLiteral("Production operating systems"));
    }

    void appendAndRemoveRows()
    {
        ReferenceModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        const QModelIndex added = model.appendRecord();
        QVERIFY(added.isValid());
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(added.row(), before); // appended at the end
        QVERIFY(model.removeRecords({0, 1}));
        QCOMPARE(model.rowCount(), before - 1);
        m_document->undoStack()->undo(); // one step restores both rows
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(0, ReferenceModel::TitleColumn).data().toString(),
            QStringLiteral("Applicable national laws and regulations"));
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), before);
        m_document->undoStack()->redo();
        QCOMPARE(model.rowCount(), before + 1);
    }

    void bulkChangeIsReadOnceNotRowByRow()
    {
        // Three hundred records at once (an import): the model reads its
        // records again when the change is done, and shows all of them.
        ScopeSystemModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QList<RecordSnapshot::Row> rows;
        qint64 id = m_document->nextId(QStringLiteral("scope_system"));
        for (int i = 0; i < 300; ++i, ++id) {
            rows.append({QStringLiteral("scope_system"),
                {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Server %1").arg(i)},
                    {QStringLiteral("position"), 100 + i}}});
        }
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_document->addRecords(rows, QStringLiteral("Import systems")));
        QCOMPARE(model.rowCount(), before + 300);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(
            model.index(before + 299, ScopeSystemModel::NameColumn).data().toString(), QStringLiteral("Server 299"));
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), before);
        // A small change still arrives row by row, keeping the view's place.
        QVERIFY(model.appendRecord().isValid());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 2);
    }

    void overviewListingsShowTemplateContent_data()
    {
        QTest::addColumn<int>("listing");
        QTest::addColumn<int>("rows");
        using L = SectionOverviewModel::Listing;
        QTest::newRow("groups") << int(L::Groups) << 8;
        QTest::newRow("members") << int(L::Members) << 0;
        QTest::newRow("levels") << int(L::WarningLevels) << 4;
        QTest::newRow("risks") << int(L::Risks) << 8;
        QTest::newRow("measures") << int(L::Measures) << 11;
        QTest::newRow("resources") << int(L::Resources) << 6;
        QTest::newRow("checklist") << int(L::ChecklistItems) << 24;
        QTest::newRow("upgrades") << int(L::Upgrades) << 0;
        QTest::newRow("runs") << int(L::Runs) << 0;
        QTest::newRow("reviews") << int(L::Reviews) << 0;
        QTest::newRow("drills") << int(L::Drills) << 0;
        QTest::newRow("revisions") << int(L::Revisions) << 0;
    }

    void overviewListingsShowTemplateContent()
    {
        QFETCH(int, listing);
        QFETCH(int, rows);
        SectionOverviewModel model(m_document.get(), SectionOverviewModel::Listing(listing));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
    }

    void overviewTranslatesStoredValues()
    {
        SectionOverviewModel levels(m_document.get(), SectionOverviewModel::Listing::WarningLevels);
        QCOMPARE(levels.index(0, 0).data().toString(), QStringLiteral("I"));
        QCOMPARE(levels.index(0, 0).data(Qt::DecorationRole).toString().toUpper(), QStringLiteral("#C00000"));
        SectionOverviewModel checklist(m_document.get(), SectionOverviewModel::Listing::ChecklistItems);
        QCOMPARE(checklist.index(0, 1).data().toString(), QStringLiteral("Before"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
