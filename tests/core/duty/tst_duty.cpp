// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "duty/dutyroster.h"
#include "duty/dutyshiftmodel.h"
#include "duty/rolecardcontactmodel.h"
#include "duty/rolecardmodel.h"
#include "interchange/planjsonimport.h"
#include "plan/readiness.h"
#include "planopening.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace fallback;

namespace {
constexpr qint64 Command = 2; // groups of the built-in template
constexpr qint64 Technical = 3;
} // namespace

class TestDuty : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    qint64 m_upgrade = 0;
    qint64 m_ann = 0, m_bo = 0, m_cai = 0;

    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_document->database(), sql, values);
    }
    qint64 addMember(const QString &name, const QString &mobile)
    {
        return m_document->addRecord(QStringLiteral("member"),
            {{QStringLiteral("name"), name}, {QStringLiteral("phone_mobile"), mobile}}, QStringLiteral("Add"));
    }
    /// A shift from \a from to \a until o'clock on 1 May 2026 (the plan's clock is UTC+8).
    qint64 addShift(qint64 group, int from, int until, qint64 member, qint64 backup = 0)
    {
        const auto at = [](int hour) {
            return QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                .addSecs(3600LL * hour)
                .toUTC()
                .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        };
        return m_document->addRecord(QStringLiteral("duty_shift"),
            {{QStringLiteral("upgrade_id"), m_upgrade}, {QStringLiteral("group_id"), group},
                {QStringLiteral("starts_at"), at(from)}, {QStringLiteral("ends_at"), at(until)},
                {QStringLiteral("member_id"), member},
                {QStringLiteral("backup_member_id"), backup == 0 ? QVariant() : QVariant(backup)}},
            QStringLiteral("Add shift"));
    }
    QStringList problems() const
    {
        QStringList texts;
        for (const DutyProblem &problem : DutyRoster(m_document->database(), m_upgrade).problems()) {
            texts << problem.text;
        }
        return texts;
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("duty-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
        QVERIFY(m_document->setHeader(PlanField::TimeZone, QStringLiteral("Asia/Shanghai")));
        m_upgrade = m_document->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Billing 4.2")}}, QStringLiteral("Add"));
        // The window: 22:00 to 04:00 on the plan's clock.
        QVERIFY(ChecklistOperations::setUpgradeWindow(m_document.get(), m_upgrade,
            QDateTime(QDate(2026, 5, 1), QTime(22, 0), QTimeZone("Asia/Shanghai")),
            QDateTime(QDate(2026, 5, 2), QTime(4, 0), QTimeZone("Asia/Shanghai")), nullptr));
        m_ann = addMember(QStringLiteral("Ann"), QStringLiteral("138 0000 0001"));
        m_bo = addMember(QStringLiteral("Bo"), QStringLiteral("138 0000 0002"));
        m_cai = addMember(QStringLiteral("Cai"), QString());
    }

    void cleanup() { m_document.reset(); }

    void aWellPlannedRosterHasNoProblems()
    {
        addShift(Command, 22, 25, m_ann, m_bo);
        addShift(Command, 25, 28, m_bo, m_ann);
        QCOMPARE(problems(), QStringList());
        const DutyRoster roster(m_document->database(), m_upgrade);
        QCOMPARE(roster.shifts().size(), 2);
        // At midnight Ann is on duty, Bo her backup; at 01:00 they change over.
        const QDateTime midnight(QDate(2026, 5, 2), QTime(0, 0), QTimeZone("Asia/Shanghai"));
        QCOMPARE(roster.onDutyAt(midnight).size(), 1);
        QCOMPARE(roster.onDutyAt(midnight).first().member, QStringLiteral("Ann"));
        QCOMPARE(roster.onDutyAt(midnight).first().backupPhone, QStringLiteral("138 0000 0002"));
        QCOMPARE(roster.onDutyAt(midnight.addSecs(3600)).first().member, QStringLiteral("Bo"));
        QVERIFY(roster.onDutyAt(midnight.addSecs(5 * 3600)).isEmpty()); // after the window
    }

    void gapsClashesAndLongStretchesAreFound()
    {
        addShift(Command, 22, 24, m_ann); // nobody from 00:00 to 01:00
        addShift(Command, 25, 28, m_bo);
        QCOMPARE(problems(),
            QStringList {
                QStringLiteral("Emergency command has nobody on duty from 2026-05-02 00:00 to 2026-05-02 01:00.")});

        // Bo backs up the technical group while he is on duty for the command: a clash,
        // as is a short shift inside a long one that is not the next in time.
        addShift(Technical, 26, 27, m_cai, m_bo);
        addShift(Technical, 22, 28, m_cai);
        const QStringList found = problems();
        QVERIFY2(found.contains(QStringLiteral("Bo is on two shifts at once: Emergency command and Technical support "
                                               "group from 2026-05-02 02:00.")),
            qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(found.contains(QStringLiteral("Cai is on two shifts at once: Technical support group and Technical "
                                               "support group from 2026-05-02 02:00.")),
            qPrintable(found.join(QLatin1Char('\n'))));

        // Twelve hours at most by default; back-to-back shifts are one stretch.
        QCOMPARE(value(QStringLiteral("SELECT duty_max_hours FROM plan")).toInt(), 12);
        QVERIFY(m_document->setHeader(PlanField::DutyMaxHours, 5));
        QVERIFY(problems().contains(
            QStringLiteral("Cai is on duty for 6 hours at a stretch from 2026-05-01 22:00; the plan allows 5.")));
        // A shift without a person is a problem of its own.
        m_document->addRecord(QStringLiteral("duty_shift"),
            {{QStringLiteral("upgrade_id"), m_upgrade}, {QStringLiteral("group_id"), Technical}},
            QStringLiteral("Add shift"));
        QVERIFY(problems().contains(
            QStringLiteral("A shift of Technical support group has no one on duty or no start and end.")));
    }

    void readinessFindsTheRosterOfAnUpgradeStillToCome()
    {
        const qint64 shift = addShift(Command, 22, 24, m_ann);
        const auto about = [this] {
            QStringList texts;
            for (const ReadinessFinding &finding : Readiness(m_document->database()).findings(QDate(2026, 4, 30))) {
                if (finding.kind == ReadinessFinding::Kind::DutyRosterProblem) {
                    texts << finding.text;
                    if (finding.section != Section::RoleCards || finding.table != QLatin1String("duty_shift")) {
                        return QStringList {QStringLiteral("wrong place")};
                    }
                }
            }
            return texts;
        };
        QCOMPARE(about(),
            QStringList {QStringLiteral("Duty roster of \"Billing 4.2\": Emergency command has nobody on duty from "
                                        "2026-05-02 00:00 to 2026-05-02 04:00.")});
        Q_UNUSED(shift)
        // Once the upgrade is done, its roster is history.
        QVERIFY(m_document->setRecordValue(
            QStringLiteral("upgrade"), m_upgrade, QStringLiteral("status"), QStringLiteral("completed")));
        QVERIFY(about().isEmpty());
    }

    void shiftsAreEditedOnThePlansClock()
    {
        DutyShiftModel model(m_document.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUpgradeId(m_upgrade);
        // The first shift starts with the window and lasts eight hours at most, the window's end first.
        QModelIndex first = model.appendRecord();
        QVERIFY(first.isValid());
        QCOMPARE(model.index(0, DutyShiftModel::StartsColumn).data().toString(), QStringLiteral("2026-05-01 22:00"));
        QCOMPARE(model.index(0, DutyShiftModel::EndsColumn).data().toString(), QStringLiteral("2026-05-02 04:00"));
        QCOMPARE(value(QStringLiteral("SELECT starts_at FROM duty_shift")).toString(),
            QStringLiteral("2026-05-01T14:00:00Z"));
        QVERIFY(model.setData(model.index(0, DutyShiftModel::EndsColumn), QStringLiteral("2026-05-02 01:00")));
        QCOMPARE(model.index(0, DutyShiftModel::HoursColumn).data().toString(), QStringLiteral("3.0"));
        QVERIFY(model.setData(model.index(0, DutyShiftModel::GroupColumn), Technical));
        // The next one follows the selected shift, in its group, as long as it.
        const QModelIndex second = model.appendRecord(0);
        QCOMPARE(model.index(second.row(), DutyShiftModel::StartsColumn).data().toString(),
            QStringLiteral("2026-05-02 01:00"));
        QCOMPARE(model.index(second.row(), DutyShiftModel::EndsColumn).data().toString(),
            QStringLiteral("2026-05-02 04:00"));
        QCOMPARE(model.index(second.row(), DutyShiftModel::GroupColumn).data().toString(),
            QStringLiteral("Technical support group"));
        // Bad times and a backup who is the person on duty are refused with the reason; nothing changes.
        const QModelIndex ends = model.index(0, DutyShiftModel::EndsColumn);
        QVERIFY(!model.setData(ends, QStringLiteral("yesterday")));
        QVERIFY(!model.setData(ends, QStringLiteral("2026-05-01 21:00")));
        QVERIFY(ends.data(RecordTableModel::RefusalRole).toString().contains(QLatin1String("ends after it starts")));
        QCOMPARE(ends.data().toString(), QStringLiteral("2026-05-02 01:00"));
        QVERIFY(model.setData(model.index(0, DutyShiftModel::MemberColumn), m_ann));
        QVERIFY(!model.setData(model.index(0, DutyShiftModel::BackupColumn), m_ann));
        QVERIFY(model.index(0, DutyShiftModel::BackupColumn)
                    .data(RecordTableModel::RefusalRole)
                    .toString()
                    .contains(QLatin1String("someone other")));
        // A time with its own offset is taken as it says.
        QVERIFY(model.setData(model.index(1, DutyShiftModel::EndsColumn), QStringLiteral("2026-05-01T21:30:00Z")));
        QCOMPARE(model.index(1, DutyShiftModel::EndsColumn).data().toString(), QStringLiteral("2026-05-02 05:30"));
        // Every edit is one undo step.
        m_document->undoStack()->undo();
        QCOMPARE(model.index(1, DutyShiftModel::EndsColumn).data().toString(), QStringLiteral("2026-05-02 04:00"));
    }

    void roleCardsShowWhoHoldsThemAndWhomTheyCall()
    {
        RoleCardModel cards(m_document.get());
        QAbstractItemModelTester tester(&cards, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(cards.rowCount(), 4); // the built-in key posts
        QCOMPARE(cards.index(1, RoleCardModel::NameColumn).data().toString(), QStringLiteral("Emergency commander"));
        QCOMPARE(
            cards.index(1, RoleCardModel::HoldersColumn).data().toString(), QStringLiteral("Nobody in that role yet"));
        // Ann becomes the command's lead: she holds the card, with her mobile.
        const qint64 membership = m_document->addRecord(QStringLiteral("group_member"),
            {{QStringLiteral("group_id"), Command}, {QStringLiteral("member_id"), m_ann},
                {QStringLiteral("role"), QStringLiteral("lead")}},
            QStringLiteral("Join"));
        QVERIFY(membership != 0);
        QCOMPARE(cards.index(1, RoleCardModel::HoldersColumn).data().toString(), QStringLiteral("Ann (138 0000 0001)"));

        RoleCardContactModel contacts(m_document.get());
        QAbstractItemModelTester contactTester(&contacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        contacts.setRoleCardId(cards.idAt(1));
        QCOMPARE(contacts.rowCount(), 0);
        QVERIFY(m_document->setRecordValue(QStringLiteral("member"), m_cai, QStringLiteral("backup_member_id"), m_bo));
        const QModelIndex added = contacts.appendRecord();
        QVERIFY(added.isValid());
        QVERIFY(contacts.setData(contacts.index(0, RoleCardContactModel::ContactColumn), m_cai));
        QVERIFY(contacts.setData(
            contacts.index(0, RoleCardContactModel::ReasonColumn), QStringLiteral("Before a rollback")));
        QCOMPARE(contacts.index(0, RoleCardContactModel::BackupColumn).data().toString(),
            QStringLiteral("Bo (138 0000 0002)"));
        // Nobody is no answer: the line is removed instead.
        QVERIFY(!contacts.setData(contacts.index(0, RoleCardContactModel::ContactColumn), QVariant()));
        QCOMPARE(contacts.index(0, RoleCardContactModel::ContactColumn).data().toString(), QStringLiteral("Cai"));
        // Removing a person takes them off the cards; undo brings them back.
        QVERIFY(m_document->removeRecord(QStringLiteral("member"), m_cai, QStringLiteral("Remove")));
        QCOMPARE(contacts.rowCount(), 0);
        m_document->undoStack()->undo();
        QCOMPARE(contacts.rowCount(), 1);
    }

    void aRemovedGroupLeavesItsShifts()
    {
        const qint64 shift = addShift(Technical, 22, 28, m_ann);
        QVERIFY(m_document->removeRecord(QStringLiteral("org_group"), Technical, QStringLiteral("Remove")));
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM duty_shift WHERE id = ? AND group_id IS NULL"), {shift}).toInt(),
            1);
        // Still on the roster, still covering the window, waiting for a group.
        QCOMPARE(problems(), QStringList());
        QCOMPARE(DutyRoster(m_document->database(), m_upgrade).shifts().size(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(
            value(QStringLiteral("SELECT group_id FROM duty_shift WHERE id = ?"), {shift}).toLongLong(), Technical);
    }
};

QTEST_GUILESS_MAIN(TestDuty)
#include "tst_duty.moc"
