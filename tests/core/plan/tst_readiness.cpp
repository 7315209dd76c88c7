// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each readiness finding appears for a plan with the problem and disappears
// when the problem is fixed through the document, as the window fixes it.
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "plan/readiness.h"
#include "planopening.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;
using Kind = ReadinessFinding::Kind;

namespace {
const QDate Today(2025, 9, 1);
// Not null: the columns are NOT NULL, and a null QString binds as NULL.
const QString Empty = QStringLiteral("");

QString day(int daysFromToday)
{
    return Today.addDays(daysFromToday).toString(Qt::ISODate);
}
} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

    QList<ReadinessFinding> findings() const { return Readiness(m_document->database()).findings(Today); }

    /// The findings of \a kind about one record.
    QList<ReadinessFinding> about(Kind kind, const QString &table, qint64 id) const
    {
        QList<ReadinessFinding> result;
        for (const ReadinessFinding &finding : findings()) {
            if (finding.kind == kind && finding.table == table && finding.recordId == id) {
                result << finding;
            }
        }
        return result;
    }

    qint64 add(const QString &table, const QVariantMap &values)
    {
        const qint64 id = m_document->addRecord(table, values, QStringLiteral("add"));
        if (id <= 0) {
            qWarning() << "could not add" << table << values;
        }
        return id;
    }

    qint64 addMember(const QString &name, const QVariant &verifiedOn = day(-1))
    {
        return add(
            QStringLiteral("member"), {{QStringLiteral("name"), name}, {QStringLiteral("verified_on"), verifiedOn}});
    }

    bool set(const QString &table, qint64 id, const QString &column, const QVariant &value)
    {
        return m_document->setRecordValue(table, id, column, value);
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("readiness-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    void planWithoutTitle()
    {
        QVERIFY(about(Kind::PlanWithoutTitle, QStringLiteral("plan"), 1).isEmpty());
        QVERIFY(m_document->setHeader(PlanField::Title, QStringLiteral(" \u3000 ")));
        const QList<ReadinessFinding> found = about(Kind::PlanWithoutTitle, QStringLiteral("plan"), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Plan);
        QCOMPARE(findings().first().kind, Kind::PlanWithoutTitle); // the first thing to fix
        QVERIFY(m_document->setHeader(PlanField::Title, QStringLiteral("Upgrade emergency plan")));
        QVERIFY(about(Kind::PlanWithoutTitle, QStringLiteral("plan"), 1).isEmpty());
    }

    void contactNotVerified()
    {
        const qint64 id = addMember(QStringLiteral("张伟"), QVariant());
        QList<ReadinessFinding> found = about(Kind::ContactNotVerified, QStringLiteral("member"), id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Contacts);
        QCOMPARE(found.first().text, QStringLiteral("Contact 张伟 was never verified."));

        QVERIFY(set(QStringLiteral("member"), id, QStringLiteral("verified_on"), QStringLiteral("2025-01-03")));
        found = about(Kind::ContactNotVerified, QStringLiteral("member"), id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text,
            QStringLiteral("Contact 张伟 was last verified on 2025-01-03 (more than 180 days ago)."));

        // 180 days ago is still recent enough; 181 is not.
        QVERIFY(set(QStringLiteral("member"), id, QStringLiteral("verified_on"), day(-180)));
        QVERIFY(about(Kind::ContactNotVerified, QStringLiteral("member"), id).isEmpty());
        QVERIFY(set(QStringLiteral("member"), id, QStringLiteral("verified_on"), day(-181)));
        QCOMPARE(about(Kind::ContactNotVerified, QStringLiteral("member"), id).size(), 1);

        QVERIFY(set(QStringLiteral("member"), id, QStringLiteral("verified_on"), QStringLiteral("last spring")));
        found = about(Kind::ContactNotVerified, QStringLiteral("member"), id);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().text.contains(QLatin1String("not a date")), qPrintable(found.first().text));

        QVERIFY(set(QStringLiteral("member"), id, QStringLiteral("verified_on"), day(-10)));
        QVERIFY(about(Kind::ContactNotVerified, QStringLiteral("member"), id).isEmpty());
    }

    void groupWithoutLeadOrBackup()
    {
        const qint64 group
            = queryValue(m_document->database(), QStringLiteral("SELECT min(id) FROM org_group")).toLongLong();
        QVERIFY(group > 0);
        QCOMPARE(about(Kind::GroupWithoutLead, QStringLiteral("org_group"), group).size(), 1);
        QCOMPARE(
            about(Kind::GroupWithoutLead, QStringLiteral("org_group"), group).first().section, Section::Organisation);

        const qint64 lead = addMember(QStringLiteral("Li Na"));
        const qint64 other = addMember(QStringLiteral("Wang Fang"));
        QVERIFY(add(QStringLiteral("group_member"),
                    {{QStringLiteral("group_id"), group}, {QStringLiteral("member_id"), other},
                        {QStringLiteral("role"), QStringLiteral("member")}})
            > 0);
        QCOMPARE(about(Kind::GroupWithoutLead, QStringLiteral("org_group"), group).size(), 1);
        // No lead: no lead without a backup either.
        QVERIFY(about(Kind::LeadWithoutBackup, QStringLiteral("member"), lead).isEmpty());

        QVERIFY(add(QStringLiteral("group_member"),
                    {{QStringLiteral("group_id"), group}, {QStringLiteral("member_id"), lead},
                        {QStringLiteral("role"), QStringLiteral("lead")}})
            > 0);
        QVERIFY(about(Kind::GroupWithoutLead, QStringLiteral("org_group"), group).isEmpty());
        QList<ReadinessFinding> found = about(Kind::LeadWithoutBackup, QStringLiteral("member"), lead);
        QCOMPARE(found.size(), 1);
        // The backup is set on the lead's contact record, so that is where it leads.
        QCOMPARE(found.first().section, Section::Contacts);
        QVERIFY2(found.first().text.contains(QLatin1String("Li Na")), qPrintable(found.first().text));

        // Being one's own backup is no backup.
        QVERIFY(set(QStringLiteral("member"), lead, QStringLiteral("backup_member_id"), lead));
        QCOMPARE(about(Kind::LeadWithoutBackup, QStringLiteral("member"), lead).size(), 1);
        QVERIFY(set(QStringLiteral("member"), lead, QStringLiteral("backup_member_id"), other));
        QVERIFY(about(Kind::LeadWithoutBackup, QStringLiteral("member"), lead).isEmpty());

        // Undo brings the finding back: the list follows the plan both ways.
        m_document->undoStack()->undo();
        QCOMPARE(about(Kind::LeadWithoutBackup, QStringLiteral("member"), lead).size(), 1);
    }

    void riskWithoutContingency()
    {
        const qint64 critical = add(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("Database does not start")},
                {QStringLiteral("likelihood"), 5}, {QStringLiteral("impact"), 4},
                {QStringLiteral("contingency"), Empty}});
        const qint64 high = add(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("Slow reports")}, {QStringLiteral("likelihood"), 3},
                {QStringLiteral("impact"), 4}, {QStringLiteral("contingency"), Empty}});
        const qint64 medium = add(QStringLiteral("risk"),
            {{QStringLiteral("description"), QStringLiteral("Icons look odd")}, {QStringLiteral("likelihood"), 2},
                {QStringLiteral("impact"), 3}, {QStringLiteral("contingency"), Empty}});

        QList<ReadinessFinding> found = about(Kind::RiskWithoutContingency, QStringLiteral("risk"), critical);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Risks);
        QCOMPARE(found.first().text,
            QStringLiteral("Critical risk \"Database does not start\" (score 20) has no contingency."));
        found = about(Kind::RiskWithoutContingency, QStringLiteral("risk"), high);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().text.startsWith(QLatin1String("High risk")));
        QVERIFY(about(Kind::RiskWithoutContingency, QStringLiteral("risk"), medium).isEmpty());

        // Blanks, the ideographic space included, are no contingency.
        QVERIFY(set(QStringLiteral("risk"), critical, QStringLiteral("contingency"), QStringLiteral(" \n\u3000 ")));
        QCOMPARE(about(Kind::RiskWithoutContingency, QStringLiteral("risk"), critical).size(), 1);
        QVERIFY(set(QStringLiteral("risk"), critical, QStringLiteral("contingency"), QStringLiteral("Restore backup")));
        QVERIFY(about(Kind::RiskWithoutContingency, QStringLiteral("risk"), critical).isEmpty());

        QVERIFY(set(QStringLiteral("risk"), high, QStringLiteral("status"), QStringLiteral("closed")));
        QVERIFY(about(Kind::RiskWithoutContingency, QStringLiteral("risk"), high).isEmpty());
        QVERIFY(set(QStringLiteral("risk"), high, QStringLiteral("status"), QStringLiteral("accepted")));
        QCOMPARE(about(Kind::RiskWithoutContingency, QStringLiteral("risk"), high).size(), 1);
        // The plan's own bands decide what is high: 12 is medium once high starts at 13.
        QVERIFY(set(QStringLiteral("plan"), 1, QStringLiteral("band_high_from"), 13));
        QVERIFY(about(Kind::RiskWithoutContingency, QStringLiteral("risk"), high).isEmpty());
    }

    void resourceNotReady()
    {
        const qint64 id = add(QStringLiteral("resource"),
            {{QStringLiteral("name"), QStringLiteral("Spare database server")}, {QStringLiteral("ready"), 0}});
        QList<ReadinessFinding> found = about(Kind::ResourceNotReady, QStringLiteral("resource"), id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Measures);
        QCOMPARE(found.first().text, QStringLiteral("Resource \"Spare database server\" is not ready."));
        QVERIFY(set(QStringLiteral("resource"), id, QStringLiteral("ready"), 1));
        QVERIFY(about(Kind::ResourceNotReady, QStringLiteral("resource"), id).isEmpty());
    }

    void checklistItemsWithoutOwnerAreCountedPerTemplate()
    {
        const qint64 templ
            = add(QStringLiteral("checklist_template"), {{QStringLiteral("name"), QStringLiteral("Night upgrade")}});
        auto item = [&](const QString &phase, int position, const QString &responsible) {
            return add(QStringLiteral("checklist_template_item"),
                {{QStringLiteral("template_id"), templ}, {QStringLiteral("phase"), phase},
                    {QStringLiteral("position"), position}, {QStringLiteral("text"), QStringLiteral("Step")},
                    {QStringLiteral("responsible"), responsible}});
        };
        const qint64 after = item(QStringLiteral("after"), 0, Empty);
        const qint64 owned = item(QStringLiteral("before"), 0, QStringLiteral("DBA"));
        const qint64 duringLate = item(QStringLiteral("during"), 2, QStringLiteral("  "));
        const qint64 duringEarly = item(QStringLiteral("during"), 1, Empty);
        QVERIFY(owned > 0);

        QList<ReadinessFinding> found;
        for (const ReadinessFinding &finding : findings()) {
            if (finding.kind == Kind::TemplateItemsWithoutOwner
                && finding.text.contains(QLatin1String("Night upgrade"))) {
                found << finding;
            }
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Checklists);
        QCOMPARE(found.first().table, QStringLiteral("checklist_template_item"));
        // The first item in checklist order: during comes before after, position 1 before 2.
        QCOMPARE(found.first().recordId, duringEarly);
        QVERIFY2(found.first().text.contains(QLatin1String("3 item")), qPrintable(found.first().text));

        QVERIFY(set(QStringLiteral("checklist_template_item"), duringEarly, QStringLiteral("responsible"),
            QStringLiteral("Operations")));
        found = about(Kind::TemplateItemsWithoutOwner, QStringLiteral("checklist_template_item"), duringLate);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().text.contains(QLatin1String("2 item")), qPrintable(found.first().text));
        QVERIFY(set(QStringLiteral("checklist_template_item"), duringLate, QStringLiteral("responsible"),
            QStringLiteral("Operations")));
        QVERIFY(set(QStringLiteral("checklist_template_item"), after, QStringLiteral("responsible"),
            QStringLiteral("Service desk")));
        for (const ReadinessFinding &finding : findings()) {
            QVERIFY(!finding.text.contains(QLatin1String("Night upgrade")));
        }
    }

    void upgradeItemsWithoutOwner()
    {
        const qint64 upgrade = add(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("ERP 5.2")},
                {QStringLiteral("status"), QStringLiteral("planned")}});
        const qint64 item = add(QStringLiteral("upgrade_item"),
            {{QStringLiteral("upgrade_id"), upgrade}, {QStringLiteral("text"), QStringLiteral("Stop services")}});
        QList<ReadinessFinding> found = about(Kind::UpgradeItemsWithoutOwner, QStringLiteral("upgrade_item"), item);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Upgrades);
        QVERIFY2(found.first().text.contains(QLatin1String("ERP 5.2")), qPrintable(found.first().text));

        // A finished upgrade is history, not something to prepare.
        QVERIFY(set(QStringLiteral("upgrade"), upgrade, QStringLiteral("status"), QStringLiteral("completed")));
        QVERIFY(about(Kind::UpgradeItemsWithoutOwner, QStringLiteral("upgrade_item"), item).isEmpty());
        QVERIFY(set(QStringLiteral("upgrade"), upgrade, QStringLiteral("status"), QStringLiteral("in_progress")));
        QCOMPARE(about(Kind::UpgradeItemsWithoutOwner, QStringLiteral("upgrade_item"), item).size(), 1);
        QVERIFY(set(QStringLiteral("upgrade_item"), item, QStringLiteral("responsible"), QStringLiteral("Ops")));
        QVERIFY(about(Kind::UpgradeItemsWithoutOwner, QStringLiteral("upgrade_item"), item).isEmpty());
    }

    void overdueReviewAction()
    {
        const qint64 review
            = add(QStringLiteral("review"), {{QStringLiteral("title"), QStringLiteral("March outage")}});
        const qint64 action = add(QStringLiteral("review_action"),
            {{QStringLiteral("review_id"), review}, {QStringLiteral("text"), QStringLiteral("Add a disk alarm")},
                {QStringLiteral("due_on"), day(-1)}, {QStringLiteral("status"), QStringLiteral("in_progress")}});
        QList<ReadinessFinding> found = about(Kind::ReviewActionOverdue, QStringLiteral("review_action"), action);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Reviews);
        QCOMPARE(found.first().text,
            QStringLiteral("Action \"Add a disk alarm\" of review \"March outage\" was due on %1.").arg(day(-1)));

        QVERIFY(set(QStringLiteral("review_action"), action, QStringLiteral("due_on"), day(0)));
        QVERIFY(about(Kind::ReviewActionOverdue, QStringLiteral("review_action"), action).isEmpty());
        QVERIFY(set(QStringLiteral("review_action"), action, QStringLiteral("due_on"), day(-30)));
        QCOMPARE(about(Kind::ReviewActionOverdue, QStringLiteral("review_action"), action).size(), 1);
        QVERIFY(set(QStringLiteral("review_action"), action, QStringLiteral("status"), QStringLiteral("done")));
        QVERIFY(about(Kind::ReviewActionOverdue, QStringLiteral("review_action"), action).isEmpty());
    }

    void overdueDrillActionAndDrillWithoutResult()
    {
        const qint64 drill = add(QStringLiteral("drill"),
            {{QStringLiteral("scheduled_on"), day(-3)}, {QStringLiteral("scenario"), QStringLiteral("data_loss")}});
        const qint64 future = add(QStringLiteral("drill"), {{QStringLiteral("scheduled_on"), day(3)}});
        const qint64 action = add(QStringLiteral("drill_action"),
            {{QStringLiteral("drill_id"), drill}, {QStringLiteral("text"), QStringLiteral("Document restore time")},
                {QStringLiteral("due_on"), day(-2)}});

        QList<ReadinessFinding> found = about(Kind::DrillWithoutResult, QStringLiteral("drill"), drill);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Drills);
        QVERIFY2(found.first().text.contains(day(-3)), qPrintable(found.first().text));
        QVERIFY(about(Kind::DrillWithoutResult, QStringLiteral("drill"), future).isEmpty());
        found = about(Kind::DrillActionOverdue, QStringLiteral("drill_action"), action);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().section, Section::Drills);
        QVERIFY2(found.first().text.contains(QLatin1String("Document restore time")), qPrintable(found.first().text));

        QVERIFY(set(QStringLiteral("drill"), drill, QStringLiteral("result"), QStringLiteral("partial")));
        QVERIFY(about(Kind::DrillWithoutResult, QStringLiteral("drill"), drill).isEmpty());
        QVERIFY(set(QStringLiteral("drill_action"), action, QStringLiteral("status"), QStringLiteral("verified")));
        QVERIFY(about(Kind::DrillActionOverdue, QStringLiteral("drill_action"), action).isEmpty());
    }

    void findingsFollowTheSectionOrder()
    {
        addMember(QStringLiteral("Zhao Lei"), QVariant());
        const QList<ReadinessFinding> all = findings();
        QVERIFY(!all.isEmpty());
        for (qsizetype i = 1; i < all.size(); ++i) {
            QVERIFY(
                SectionNames::all().indexOf(all.at(i - 1).section) <= SectionNames::all().indexOf(all.at(i).section));
        }
        for (const ReadinessFinding &finding : all) {
            QVERIFY(!finding.text.isEmpty());
            QVERIFY(finding.recordId > 0);
        }
    }

    /// 5,000 contacts, 2,000 risks, 10,000 checklist items: a handful of
    /// statements, and the items come back as one line.
    void largePlan()
    {
        QSqlDatabase db = m_document->database();
        {
            Transaction transaction(db);
            QSqlQuery member(db);
            QVERIFY(member.prepare(QStringLiteral("INSERT INTO member (name, verified_on) VALUES (?, ?)")));
            for (int i = 0; i < 5000; ++i) {
                member.addBindValue(QStringLiteral("Contact %1").arg(i));
                member.addBindValue(i % 2 ? QVariant(day(-10)) : QVariant(day(-400)));
                QVERIFY(member.exec());
            }
            QSqlQuery risk(db);
            QVERIFY(risk.prepare(
                QStringLiteral("INSERT INTO risk (description, likelihood, impact, contingency) VALUES (?, ?, ?, ?)")));
            for (int i = 0; i < 2000; ++i) {
                risk.addBindValue(QStringLiteral("Risk %1").arg(i));
                risk.addBindValue(i % 5 + 1);
                risk.addBindValue(5);
                risk.addBindValue(i % 3 ? Empty : QStringLiteral("Roll back"));
                QVERIFY(risk.exec());
            }
            QVERIFY(execQuery(db, QStringLiteral("INSERT INTO checklist_template (id, name) VALUES (900, 'Large')"))
                        .isActive());
            QSqlQuery item(db);
            QVERIFY(item.prepare(QStringLiteral("INSERT INTO checklist_template_item (template_id, position, text, "
                                                "responsible) VALUES (900, ?, ?, ?)")));
            for (int i = 0; i < 10000; ++i) {
                item.addBindValue(i);
                item.addBindValue(QStringLiteral("Step %1").arg(i));
                item.addBindValue(i % 4 ? QStringLiteral("Ops") : Empty);
                QVERIFY(item.exec());
            }
            QVERIFY(transaction.commit());
        }
        QList<ReadinessFinding> all;
        QBENCHMARK_ONCE
        {
            all = findings();
        }
        qsizetype contacts = 0;
        qsizetype risks = 0;
        qsizetype large = 0;
        for (const ReadinessFinding &finding : std::as_const(all)) {
            contacts += finding.kind == Kind::ContactNotVerified ? 1 : 0;
            risks += finding.kind == Kind::RiskWithoutContingency && finding.text.contains(QLatin1String("\"Risk "))
                ? 1
                : 0;
            if (finding.kind == Kind::TemplateItemsWithoutOwner && finding.text.contains(QLatin1String("Large"))) {
                ++large;
                QVERIFY2(finding.text.contains(QLatin1String("2500")), qPrintable(finding.text));
            }
        }
        QCOMPARE(contacts, 2500);
        // Likelihood 2..5 with impact 5 reaches the default high band (10); a third have a contingency.
        qsizetype expectedRisks = 0;
        for (int i = 0; i < 2000; ++i) {
            expectedRisks += (i % 5 + 1) * 5 >= 10 && i % 3 ? 1 : 0;
        }
        QCOMPARE(risks, expectedRisks);
        QCOMPARE(large, 1);
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
