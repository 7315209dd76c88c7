// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Search across the plan (Ctrl+K) finds every kind of record by the text it
// shows, ranks what the coordinator typed the start of first, and follows
// the plan as it is edited.
#include "document/plandocument.h"
#include "plan/plansearch.h"
#include "plan/plansearchmodel.h"
#include "plan/sampleplan.h"
#include "planopening.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;

Q_DECLARE_METATYPE(fallback::Section)

namespace {
bool holds(const QList<SearchHit> &hits, const QString &table, qint64 id)
{
    return std::any_of(
        hits.cbegin(), hits.cend(), [&](const SearchHit &hit) { return hit.table == table && hit.id == id; });
}
} // namespace

class TestPlanSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

    void openSample(const QString &language)
    {
        m_document.reset();
        const QString path = m_dir.filePath(QStringLiteral("sample-%1.fallback").arg(language));
        QFile::remove(path);
        QCOMPARE(SamplePlan::create(language, path), QString());
        QString error;
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, &error);
        QVERIFY2(m_document, qPrintable(error));
    }

    /// The first record of \a table with a text in \a column, as (id, text).
    std::pair<qint64, QString> firstRecord(const QString &table, const QString &column) const
    {
        QSqlQuery query = execQuery(m_document->database(),
            QStringLiteral("SELECT id, %1 FROM %2 WHERE length(%1) > 1 ORDER BY id LIMIT 1").arg(column, table));
        return query.next() ? std::pair(query.value(0).toLongLong(), query.value(1).toString())
                            : std::pair(qint64(0), QString());
    }

private Q_SLOTS:
    void init() { openSample(QStringLiteral("en")); }

    void everyKindOfRecordIsFoundInItsSection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<Section>("section");
        const struct
        {
            const char *table;
            const char *column;
            Section section;
        } kinds[] = {
            {"reference", "title", Section::Plan},
            {"scope_system", "name", Section::Scope},
            {"org_group", "name", Section::Organisation},
            {"member", "name", Section::Contacts},
            {"warning_level", "criteria", Section::WarningLevels},
            {"risk", "description", Section::Risks},
            {"measure", "title", Section::Measures},
            {"resource", "name", Section::Measures},
            {"audience", "name", Section::Communications},
            {"message_template", "body", Section::Communications},
            {"role_card", "duties", Section::RoleCards},
            {"checklist_template", "name", Section::Checklists},
            {"checklist_template_item", "text", Section::Checklists},
            {"upgrade", "name", Section::Upgrades},
            {"upgrade_item", "text", Section::Upgrades},
            {"review", "title", Section::Reviews},
            {"review_action", "text", Section::Reviews},
            {"drill", "findings", Section::Drills},
            {"drill_action", "text", Section::Drills},
            {"revision", "summary", Section::Revisions},
        };
        for (const char *language : {"en", "zh_CN"}) {
            for (const auto &kind : kinds) {
                QTest::addRow("%s %s", language, kind.table)
                    << QString::fromLatin1(language) << QString::fromLatin1(kind.table)
                    << QString::fromLatin1(kind.column) << kind.section;
            }
        }
    }

    void everyKindOfRecordIsFoundInItsSection()
    {
        QFETCH(QString, language);
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(Section, section);
        openSample(language);
        const auto [id, text] = firstRecord(table, column);
        QVERIFY2(id != 0, "the sample has such a record");
        PlanSearch search(m_document.get());
        search.reload();
        // A few words from the middle of the text, in capitals, as someone
        // remembers them: not necessarily the start, nor the case.
        const QString words = text.simplified().mid(text.size() / 3, 12).trimmed().toUpper();
        const QList<SearchHit> hits = search.find(words, 1000);
        QVERIFY2(
            holds(hits, table, id), qPrintable(QStringLiteral("\"%1\" did not find %2 %3").arg(words, table).arg(id)));
        for (const SearchHit &hit : hits) {
            if (hit.table == table && hit.id == id) {
                QCOMPARE(hit.section, section);
                QVERIFY(!hit.title.isEmpty());
            }
        }
    }

    void aRunIsFoundByItsUpgrade()
    {
        const auto [runId, upgrade] = [this] {
            QSqlQuery query = execQuery(m_document->database(),
                QStringLiteral("SELECT run.id, upgrade.name FROM run JOIN upgrade ON upgrade.id = run.upgrade_id "
                               "ORDER BY run.id LIMIT 1"));
            query.next();
            return std::pair(query.value(0).toLongLong(), query.value(1).toString());
        }();
        PlanSearch search(m_document.get());
        search.reload();
        const QList<SearchHit> hits = search.find(upgrade, 1000);
        QVERIFY(holds(hits, QStringLiteral("run"), runId));
    }

    void aContactIsFoundByPhoneOrAddressAndNamedWithTheirJob()
    {
        const qint64 id = m_document->addRecord(QStringLiteral("member"),
            {{QStringLiteral("name"), QStringLiteral("Zhou Xin")}, {QStringLiteral("job_title"), QStringLiteral("DBA")},
                {QStringLiteral("department"), QStringLiteral("Platform")},
                {QStringLiteral("phone_mobile"), QStringLiteral("+86 139 0101 7788")},
                {QStringLiteral("email"), QStringLiteral("zhou.xin@example.com")}},
            QStringLiteral("add"));
        QVERIFY(id > 0);
        PlanSearch search(m_document.get());
        search.reload();
        for (const QString &typed : {QStringLiteral("7788"), QStringLiteral("zhou.xin@"), QStringLiteral("xin zhou"),
                 QStringLiteral("ＺＨＯＵ")}) {
            const QList<SearchHit> hits = search.find(typed);
            QVERIFY2(holds(hits, QStringLiteral("member"), id), qPrintable(typed));
        }
        const QList<SearchHit> hits = search.find(QStringLiteral("7788"));
        QCOMPARE(hits.constFirst().title, QStringLiteral("Zhou Xin"));
        QCOMPARE(hits.constFirst().detail, QStringLiteral("DBA \u00b7 Platform"));
        QVERIFY(search.find(QStringLiteral("zhou nobody")).isEmpty()); // every word must be there
    }

    void aTitleThatStartsWithTheTextComesFirst()
    {
        // Someone typing the start of a name looks for that record.
        const qint64 later = m_document->addRecord(QStringLiteral("member"),
            {{QStringLiteral("name"), QStringLiteral("Anna Quokka")},
                {QStringLiteral("note"), QStringLiteral("quokka")}},
            QStringLiteral("add"));
        const qint64 inTitle = m_document->addRecord(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("The quokka service slows down")}}, QStringLiteral("add"));
        const qint64 first = m_document->addRecord(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("Quokka migration fails")}}, QStringLiteral("add"));
        const qint64 onlyInText = m_document->addRecord(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("Slow disks")},
                {QStringLiteral("cause"), QStringLiteral("The quokka cluster")}},
            QStringLiteral("add"));
        PlanSearch search(m_document.get());
        search.reload();
        int total = 0;
        const QList<SearchHit> hits = search.find(QStringLiteral("quokka"), 50, &total);
        QCOMPARE(total, 4);
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits.at(0).id, first);
        // Then titles that hold it, in section order: the contact before the risk.
        QCOMPARE(hits.at(1).id, later);
        QCOMPARE(hits.at(2).id, inTitle);
        QCOMPARE(hits.at(3).id, onlyInText);
        // The limit cuts the list, not the count.
        QCOMPARE(search.find(QStringLiteral("quokka"), 2, &total).size(), 2);
        QCOMPARE(total, 4);
    }

    void chineseTextIsFoundByAnyPartOfIt()
    {
        openSample(QStringLiteral("zh_CN"));
        PlanSearch search(m_document.get());
        search.reload();
        const QList<SearchHit> hits = search.find(QStringLiteral("数据库"), 1000);
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &hit : hits) {
            QVERIFY(!hit.title.isEmpty());
        }
        QVERIFY(std::any_of(
            hits.cbegin(), hits.cend(), [](const SearchHit &hit) { return hit.section == Section::Risks; }));
        QVERIFY(std::any_of(
            hits.cbegin(), hits.cend(), [](const SearchHit &hit) { return hit.section == Section::Upgrades; }));
    }

    void theModelFollowsTheEditsOfThePlan()
    {
        PlanSearchModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QStringLiteral("wombat"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);

        const qint64 id = m_document->addRecord(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("Wombat cache is cold after the restart")}},
            QStringLiteral("add"));
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex hit = model.index(0);
        QCOMPARE(hit.data().toString(), QStringLiteral("Wombat cache is cold after the restart"));
        QCOMPARE(hit.data(PlanSearchModel::TableRole).toString(), QStringLiteral("risk"));
        QCOMPARE(hit.data(PlanSearchModel::IdRole).toLongLong(), id);
        QCOMPARE(Section(hit.data(PlanSearchModel::SectionRole).toInt()), Section::Risks);

        QVERIFY(m_document->setRecordValue(
            QStringLiteral("risk"), id, QStringLiteral("description"), QStringLiteral("Cold cache after the restart")));
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        m_document->undoStack()->undo();
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_document->removeRecord(QStringLiteral("risk"), id, QStringLiteral("remove")));
        model.setQuery(QStringLiteral("wombat"));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanSearch)
#include "tst_plansearch.moc"
