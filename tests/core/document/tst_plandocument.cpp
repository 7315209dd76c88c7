// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "planopening.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;

class TestPlanDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    /// Reads a value through a connection of its own, as another process would.
    QVariant storedValue(const QString &sql, const QVariantList &values = {})
    {
        auto file = test::openPlan(m_path, PlanFile::Access::ReadOnly);
        return file ? queryValue(file->database(), sql, values) : QVariant();
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("doc-%1.fallback").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), m_path).isEmpty());
    }

    void headerEditIsSavedAndUndone()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(document);
        const QString original = document->header(PlanField::Title).toString();
        QSignalSpy saved(document.get(), &PlanDocument::saved);
        QVERIFY(document->setHeader(PlanField::Title, QStringLiteral("Core database upgrade plan")));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(storedValue(QStringLiteral("SELECT title FROM plan")).toString(),
            QStringLiteral("Core database upgrade plan"));
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(!document->setHeader(PlanField::Title, QStringLiteral("Core database upgrade plan")));
        QCOMPARE(document->undoStack()->count(), 1);

        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT title FROM plan")).toString(), original);
        document->undoStack()->redo();
        QCOMPARE(storedValue(QStringLiteral("SELECT title FROM plan")).toString(),
            QStringLiteral("Core database upgrade plan"));
    }

    void dateFieldStoresNullWhenCleared()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(document->setHeader(PlanField::EffectiveDate, QStringLiteral("2026-12-01")));
        QVERIFY(document->setHeader(PlanField::EffectiveDate, QVariant()));
        QVERIFY(storedValue(QStringLiteral("SELECT effective_date FROM plan")).isNull());
        // Setting a date and clearing it again at once is one edit; undo leaves it unset.
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QVERIFY(storedValue(QStringLiteral("SELECT effective_date FROM plan")).isNull());

        QVERIFY(document->setHeader(PlanField::EffectiveDate, QStringLiteral("2026-12-01")));
        QVERIFY(document->setHeader(PlanField::Version, QStringLiteral("1.1")));
        QVERIFY(document->setHeader(PlanField::EffectiveDate, QVariant()));
        QVERIFY(storedValue(QStringLiteral("SELECT effective_date FROM plan")).isNull());
        document->undoStack()->undo();
        QCOMPARE(
            storedValue(QStringLiteral("SELECT effective_date FROM plan")).toString(), QStringLiteral("2026-12-01"));
    }

    void addAndRemoveRecordsWithUndo()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        const int before = storedValue(QStringLiteral("SELECT COUNT(*) FROM reference")).toInt();
        const qint64 id = document->addRecord(QStringLiteral("reference"),
            {{QStringLiteral("title"), QStringLiteral("GB/T 20988")}}, QStringLiteral("Add reference"));
        QVERIFY(id > 0);
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM reference")).toInt(), before + 1);
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM reference")).toInt(), before);
        document->undoStack()->redo();
        QCOMPARE(storedValue(QStringLiteral("SELECT title FROM reference WHERE id = ?"), {id}).toString(),
            QStringLiteral("GB/T 20988"));

        QVERIFY(document->removeRecord(QStringLiteral("reference"), id, QStringLiteral("Remove")));
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM reference WHERE id = ?"), {id}).toInt(), 0);
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT title FROM reference WHERE id = ?"), {id}).toString(),
            QStringLiteral("GB/T 20988"));
    }

    void undoOfDeleteRestoresWhatTheDeleteCascadedTo()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        const QSqlDatabase db = document->database();
        // An upgrade that covers system 1, and a risk owned by group 2.
        QVERIFY(execQuery(db, QStringLiteral("INSERT INTO upgrade (id, name) VALUES (7, 'DB 12 to 15')")).isActive());
        QVERIFY(execQuery(db, QStringLiteral("INSERT INTO upgrade_system (upgrade_id, system_id) VALUES (7, 1)"))
                    .isActive());
        const int risksOwnedBefore
            = storedValue(QStringLiteral("SELECT COUNT(*) FROM risk WHERE owner_group_id = 3")).toInt();
        QVERIFY(risksOwnedBefore > 0);

        QVERIFY(document->removeRecord(QStringLiteral("scope_system"), 1, QStringLiteral("Remove system")));
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM upgrade_system")).toInt(), 0);
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM upgrade_system WHERE system_id = 1")).toInt(), 1);

        QVERIFY(document->removeRecord(QStringLiteral("org_group"), 3, QStringLiteral("Remove group")));
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM risk WHERE owner_group_id = 3")).toInt(), 0);
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM risk WHERE owner_group_id = 3")).toInt(),
            risksOwnedBefore);
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM warning_level_group WHERE group_id = 3")).toInt() > 0,
            true);
    }

    void deleteTellsViewsOfEveryRecordItTookAlong()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        const QSqlDatabase db = document->database();
        // A sub-group of group 3, so the delete cascades two levels down.
        QVERIFY(
            execQuery(db, QStringLiteral("INSERT INTO org_group (id, parent_id, name) VALUES (50, 3, 'DBA on call')"))
                .isActive());
        QSignalSpy removed(document.get(), &PlanDocument::recordRemoved);
        QVERIFY(document->removeRecord(QStringLiteral("org_group"), 3, QStringLiteral("Remove group")));
        QStringList tables;
        QList<qint64> groups;
        for (const QList<QVariant> &signal : std::as_const(removed)) {
            tables << signal.at(0).toString();
            if (signal.at(0).toString() == QLatin1String("org_group")) {
                groups << signal.at(1).toLongLong();
            }
        }
        QVERIFY(tables.contains(QStringLiteral("warning_level_group")));
        // Children are announced before their parent.
        QCOMPARE(groups, (QList<qint64> {50, 3}));
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT parent_id FROM org_group WHERE id = 50")).toInt(), 3);
    }

    void batchEditsAreOneTransactionAndOneUndoStep()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        const qint64 group = document->nextId(QStringLiteral("org_group"));
        const qint64 member = document->nextId(QStringLiteral("member"));
        const QList<RecordSnapshot::Row> rows {
            {QStringLiteral("org_group"),
                {{QStringLiteral("id"), group}, {QStringLiteral("name"), QStringLiteral("Network")}}},
            {QStringLiteral("member"),
                {{QStringLiteral("id"), member}, {QStringLiteral("name"), QStringLiteral("Li Na")}}},
            {QStringLiteral("group_member"),
                {{QStringLiteral("id"), document->nextId(QStringLiteral("group_member"))},
                    {QStringLiteral("group_id"), group}, {QStringLiteral("member_id"), member},
                    {QStringLiteral("role"), QStringLiteral("lead")}}},
        };
        const int stepsBefore = document->undoStack()->count();
        QVERIFY(document->addRecords(rows, QStringLiteral("Import contacts")));
        QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
        QCOMPARE(storedValue(QStringLiteral("SELECT role FROM group_member WHERE member_id = ?"), {member}).toString(),
            QStringLiteral("lead"));
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM member WHERE id = ?"), {member}).toInt(), 0);
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM org_group WHERE id = ?"), {group}).toInt(), 0);
        document->undoStack()->redo();
        QCOMPARE(storedValue(QStringLiteral("SELECT name FROM member WHERE id = ?"), {member}).toString(),
            QStringLiteral("Li Na"));

        // Several fields in one step; a failing one (an id that does not exist) changes nothing.
        QVERIFY(document->setRecordValues(
            {{{QStringLiteral("member"), member}, QStringLiteral("name"), QStringLiteral("Li Na (DBA)")},
                {{QStringLiteral("org_group"), group}, QStringLiteral("name"), QStringLiteral("Networks")}},
            QStringLiteral("Rename")));
        QCOMPARE(storedValue(QStringLiteral("SELECT name FROM org_group WHERE id = ?"), {group}).toString(),
            QStringLiteral("Networks"));
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT name FROM member WHERE id = ?"), {member}).toString(),
            QStringLiteral("Li Na"));

        // Several records removed in one step, undone in one step.
        QVERIFY(document->removeRecords(
            {{QStringLiteral("member"), member}, {QStringLiteral("org_group"), group}}, QStringLiteral("Remove")));
        QCOMPARE(
            storedValue(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE member_id = ?"), {member}).toInt(), 0);
        document->undoStack()->undo();
        QCOMPARE(
            storedValue(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE member_id = ?"), {member}).toInt(), 1);
    }

    void largeBatchesStoreEveryRecordExactlyAndUndoInOneStep()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        const qint64 first = document->nextId(QStringLiteral("member"));
        // 150 records: statements of many records, then the rest one at a time.
        RecordBatch members {QStringLiteral("member"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("verified_on")}, {}};
        for (int i = 0; i < 150; ++i) {
            members.rows.append({first + i, QStringLiteral("成员 %1").arg(i), QStringLiteral("m%1@example.com").arg(i),
                i % 2 ? QVariant(QMetaType::fromType<QString>()) // a NULL as read from the database
                      : QVariant(QStringLiteral("2026-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')))});
        }
        QVERIFY(document->addRecords(QList<RecordBatch> {members}, QStringLiteral("Import")));
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM member WHERE id >= ?"), {first}).toInt(), 150);
        for (const int i : {0, 63, 64, 127, 128, 149}) {
            QCOMPARE(storedValue(QStringLiteral("SELECT name FROM member WHERE id = ?"), {first + i}).toString(),
                QStringLiteral("成员 %1").arg(i));
            QCOMPARE(storedValue(QStringLiteral("SELECT verified_on IS NULL FROM member WHERE id = ?"), {first + i})
                         .toBool(),
                i % 2 == 1);
        }
        document->undoStack()->undo();
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM member WHERE id >= ?"), {first}).toInt(), 0);
        document->undoStack()->redo();
        QCOMPARE(storedValue(QStringLiteral("SELECT email FROM member WHERE id = ?"), {first + 149}).toString(),
            QStringLiteral("m149@example.com"));
    }

    void badBatchChangesNothingAndSaysWhy()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QString message;
        connect(document.get(), &PlanDocument::writeFailed, this, [&message](const QString &m) { message = m; });
        const qint64 first = document->nextId(QStringLiteral("member"));
        const int stepsBefore = document->undoStack()->count();
        // A good batch followed by one naming a field the table does not have:
        // the good one is not stored either.
        const QList<RecordBatch> batches {
            {QStringLiteral("member"), {QStringLiteral("id"), QStringLiteral("name")}, {{first, QStringLiteral("A")}}},
            {QStringLiteral("member"), {QStringLiteral("id"), QStringLiteral("shoe_size")}, {{first + 1, 42}}},
        };
        QVERIFY(!document->addRecords(batches, QStringLiteral("Import")));
        QVERIFY2(message.contains(QLatin1String("shoe_size")), qPrintable(message));
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM member WHERE id >= ?"), {first}).toInt(), 0);
        QCOMPARE(document->undoStack()->count(), stepsBefore);

        // A record with fewer values than the batch has fields.
        message.clear();
        QVERIFY(!document->addRecords(
            QList<RecordBatch> {{QStringLiteral("member"), {QStringLiteral("id"), QStringLiteral("name")}, {{first}}}},
            QStringLiteral("Import")));
        QVERIFY(!message.isEmpty());
        QCOMPARE(storedValue(QStringLiteral("SELECT COUNT(*) FROM member WHERE id >= ?"), {first}).toInt(), 0);
    }

    void refusedChangesSayWhyInWordsNotEngineText()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QString message;
        connect(document.get(), &PlanDocument::writeFailed, this, [&message](const QString &m) { message = m; });
        const qint64 id = document->addRecord(
            QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("A")}}, QStringLiteral("Add"));
        QVERIFY(id > 0);
        const int stepsBefore = document->undoStack()->count();

        // A backup person who is not in the plan.
        QVERIFY(!document->setRecordValue(QStringLiteral("member"), id, QStringLiteral("backup_member_id"), 987654));
        QVERIFY2(message.contains(QLatin1String("a record it refers to does not exist")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("FOREIGN KEY")), qPrintable(message));

        // A warning level's rank outside 1 to 9.
        message.clear();
        const qint64 level = document->addRecord(QStringLiteral("warning_level"),
            {{QStringLiteral("rank"), 8}, {QStringLiteral("name"), QStringLiteral("Low")}}, QStringLiteral("Add"));
        QVERIFY(level > 0);
        QVERIFY(!document->setRecordValue(QStringLiteral("warning_level"), level, QStringLiteral("rank"), 42));
        QVERIFY2(message.contains(QLatin1String("a value is outside what is allowed")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("CHECK")), qPrintable(message));
        QVERIFY(storedValue(QStringLiteral("SELECT backup_member_id FROM member WHERE id = ?"), {id}).isNull());
        QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
    }

    void readOnlyDocumentRefusesEdits()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadOnly, nullptr);
        QVERIFY(document && document->isReadOnly());
        const QByteArray before = fileBytes(m_path);
        QSignalSpy failed(document.get(), &PlanDocument::writeFailed);
        QVERIFY(!document->setHeader(PlanField::Title, QStringLiteral("changed")));
        QCOMPARE(document->addRecord(QStringLiteral("reference"), {}, QStringLiteral("Add")), 0);
        QVERIFY(!document->removeRecord(QStringLiteral("reference"), 1, QStringLiteral("Remove")));
        QCOMPARE(failed.count(), 3);
        QCOMPARE(document->undoStack()->count(), 0);
        document.reset();
        QCOMPARE(fileBytes(m_path), before);
    }

    void failedWriteLeavesNoUndoStep()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QSignalSpy failed(document.get(), &PlanDocument::writeFailed);
        // The schema refuses a system type outside its list.
        QVERIFY(!document->setRecordValue(
            QStringLiteral("scope_system"), 1, QStringLiteral("type"), QStringLiteral("toaster")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(
            storedValue(QStringLiteral("SELECT type FROM scope_system WHERE id = 1")).toString(), QStringLiteral("os"));
    }

    void consecutiveEditsOfOneFieldMergeIntoOneUndoStep()
    {
        auto document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        const QString original = document->header(PlanField::Purpose).toString();
        document->setHeader(PlanField::Purpose, QStringLiteral("Draft"));
        document->setHeader(PlanField::Purpose, QStringLiteral("Draft two"));
        QCOMPARE(document->undoStack()->count(), 1);
        document->setHeader(PlanField::Version, QStringLiteral("2.0"));
        QCOMPARE(document->undoStack()->count(), 2);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->header(PlanField::Purpose).toString(), original);
    }
};

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
