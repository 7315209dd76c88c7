// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/audiencechannelmodel.h"
#include "communications/audiencemodel.h"
#include "communications/messagecomposer.h"
#include "communications/messagelength.h"
#include "communications/messagetemplatemodel.h"
#include "communications/updatecadence.h"
#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "plan/readiness.h"
#include "planopening.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace fallback;

namespace {
constexpr qint64 StandardTemplate = 1;
constexpr qint64 SevereLevel = 2; // Level II, updates every 30 minutes in the built-in template
constexpr qint64 ModerateLevel = 3; // Level III, every 60 minutes
constexpr qint64 Leadership = 1; // the built-in audiences
constexpr qint64 Customers = 3; // updates every 60 minutes whatever the level
const QString Actor = QStringLiteral("Li Lei");
} // namespace

class TestCommunications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<RunSession> m_session;
    QDateTime m_now;

    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return queryValue(m_document->database(), sql, values);
    }
    void advanceMinutes(int minutes) { m_now = m_now.addSecs(60LL * minutes); }
    MessageComposer composer() const { return MessageComposer(m_document->database(), QTimeZone::utc()); }
    UpdateCadence cadence() const { return UpdateCadence(m_document->database(), m_session->runId()); }
    UpdateDue dueOf(qint64 audience) const
    {
        for (const UpdateDue &due : cadence().dueAt(m_now)) {
            if (due.audienceId == audience) {
                return due;
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("comms-%1.fallback").arg(++counter));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("en"), path).isEmpty());
        m_document = test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
        const qint64 upgrade = m_document->addRecord(QStringLiteral("upgrade"),
            {{QStringLiteral("name"), QStringLiteral("Billing 4.2")},
                {QStringLiteral("version_from"), QStringLiteral("4.1")},
                {QStringLiteral("version_to"), QStringLiteral("4.2")},
                {QStringLiteral("impact"), QStringLiteral("No invoicing for two hours")},
                {QStringLiteral("rollback_plan"), QStringLiteral("Restore the 4.1 binaries\nthen the database")}},
            QStringLiteral("Add"));
        QVERIFY(upgrade != 0);
        ChecklistOperations::instantiateChecklist(m_document.get(), upgrade, StandardTemplate);
        m_now = QDateTime(QDate(2026, 5, 1), QTime(22, 0, 0), QTimeZone::utc());
        m_session
            = RunSession::start(m_document.get(), upgrade, QStringLiteral("live"), 0, Actor, [this] { return m_now; });
        QVERIFY(m_session);
        // The emergency command (group 2) sends to the leadership; its lead is the contact.
        const qint64 member = m_document->addRecord(QStringLiteral("member"),
            {{QStringLiteral("name"), QStringLiteral("Wang Lei")},
                {QStringLiteral("phone_mobile"), QStringLiteral("+86 138 0000 0001")}},
            QStringLiteral("Add"));
        QVERIFY(m_document->addRecord(QStringLiteral("group_member"),
                    {{QStringLiteral("group_id"), 2}, {QStringLiteral("member_id"), member},
                        {QStringLiteral("role"), QStringLiteral("lead")}},
                    QStringLiteral("Add"))
            != 0);
    }

    void cleanup()
    {
        m_session.reset();
        m_document.reset();
    }

    void theBuiltInPlanHasACommunicationsPlanAndTemplatesInBothLanguages()
    {
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audience")).toInt(), 5);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audience a WHERE (SELECT COUNT(*) FROM audience_channel c "
                                      "WHERE c.audience_id = a.id) >= 2"))
                     .toInt(),
            5);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (const QString &occasion : Vocabulary::values(Vocabulary::Kind::MessageOccasion)) {
                for (const QString &channel : Vocabulary::values(Vocabulary::Kind::MessageChannel)) {
                    QVERIFY2(composer().templateFor(occasion, Leadership, channel, language) != 0,
                        qPrintable(language + QLatin1Char(' ') + occasion + QLatin1Char(' ') + channel));
                }
            }
        }
        // Every placeholder of every built-in template is one the composer fills.
        QSqlQuery bodies
            = execQuery(m_document->database(), QStringLiteral("SELECT body || subject FROM message_template"));
        while (bodies.next()) {
            QCOMPARE(MessageComposer::unknownPlaceholder(bodies.value(0).toString()), QString());
        }
        QCOMPARE(
            value(QStringLiteral("SELECT update_minutes FROM warning_level WHERE id = ?"), {SevereLevel}).toInt(), 30);
    }

    void theMomentChoosesTheOccasion()
    {
        MessageComposer messages = composer();
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("start"));
        QVERIFY(m_session->declareLevel(ModerateLevel, QStringLiteral("Replication lag")));
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("start"));
        advanceMinutes(2);
        QVERIFY(m_session->logUpdate(Leadership, QStringLiteral("phone"), QStringLiteral("Started")));
        advanceMinutes(1);
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("update"));
        // The customers have not heard anything yet: their first message starts the response.
        QCOMPARE(messages.occasionFor(m_session->runId(), Customers), QStringLiteral("start"));
        QVERIFY(m_session->declareLevel(SevereLevel, QStringLiteral("Worse")));
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("level"));
        advanceMinutes(1);
        QVERIFY(m_session->stop(QStringLiteral("Writes refused")));
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("stop"));
        QCOMPARE(messages.occasionFor(m_session->runId(), Customers), QStringLiteral("stop"));
        advanceMinutes(1);
        QVERIFY(m_session->startRollback(QStringLiteral("Cannot finish in the window")));
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("rollback"));
        advanceMinutes(30);
        QVERIFY(m_session->serviceRestored(QStringLiteral("Back on 4.1")));
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("restored"));
        advanceMinutes(30);
        QVERIFY(m_session->endEmergency(QStringLiteral("Stable")));
        QVERIFY(m_session->logUpdate(Leadership, QStringLiteral("phone"), QStringLiteral("It is over")));
        // Whatever is said after the end is about the end.
        QCOMPARE(messages.occasionFor(m_session->runId(), Leadership), QStringLiteral("ended"));
    }

    void aMessageIsFilledFromTheRun()
    {
        QVERIFY(m_session->declareLevel(SevereLevel, QStringLiteral("Payment errors above 5%")));
        const ComposedMessage message
            = composer().compose(m_session->runId(), Leadership, QStringLiteral("im"), QStringLiteral("en"), m_now);
        QCOMPARE(message.problem, QString());
        QCOMPARE(message.occasion, QStringLiteral("start"));
        QVERIFY2(message.text.startsWith(QLatin1String("EMERGENCY RESPONSE STARTED: Billing 4.2\nTime: 22:00\n")),
            qPrintable(message.text));
        QVERIFY2(message.text.contains(QStringLiteral("Warning level: Level II \u2013 Severe (orange)")),
            qPrintable(message.text));
        QVERIFY(message.text.contains(QLatin1String("What happened: Payment errors above 5%")));
        QVERIFY(message.text.contains(QLatin1String("Impact: No invoicing for two hours")));
        QVERIFY(message.text.contains(QLatin1String("Next update: 22:30"))); // level II: every 30 minutes
        QVERIFY(message.text.contains(QLatin1String("Contact: Wang Lei +86 138 0000 0001 (Emergency command)")));
        QVERIFY(!message.text.contains(QLatin1Char('{')));

        // An email has its subject; the phone bridge reads the phone script.
        const ComposedMessage email
            = composer().compose(m_session->runId(), Leadership, QStringLiteral("email"), QStringLiteral("en"), m_now);
        QCOMPARE(
            email.subject, QStringLiteral("Emergency response started: Billing 4.2 (Level II \u2013 Severe (orange))"));
        const ComposedMessage bridge = composer().compose(
            m_session->runId(), Leadership, QStringLiteral("phone_bridge"), QStringLiteral("en"), m_now);
        QVERIFY2(bridge.text.startsWith(QLatin1String("This is Emergency command")), qPrintable(bridge.text));

        // In Chinese, the words the composer adds are Chinese too.
        QVERIFY(m_session->declareLevel(0, QStringLiteral("Lifted")));
        const ComposedMessage chinese = composer().compose(m_session->runId(), Leadership, QStringLiteral("sms"),
            QStringLiteral("zh_CN"), m_now, QStringLiteral("update"));
        QVERIFY2(chinese.text.contains(QStringLiteral("当前未发布预警")), qPrintable(chinese.text));
        QVERIFY2(chinese.text.contains(QStringLiteral("下次通报视情况而定")), qPrintable(chinese.text));

        // The customers have a template of their own, without internal detail.
        const ComposedMessage customers = composer().compose(
            m_session->runId(), Customers, QStringLiteral("sms"), QStringLiteral("en"), m_now, QStringLiteral("start"));
        QVERIFY2(customers.text.contains(QLatin1String("We apologise")), qPrintable(customers.text));
        QVERIFY(!customers.text.contains(QLatin1String("Payment errors")));
    }

    void aMissingTemplateIsSaidAndTheRegularUpdateStandsIn()
    {
        execQuery(m_document->database(), QStringLiteral("DELETE FROM message_template WHERE occasion = 'stop'"));
        QVERIFY(m_session->stop(QStringLiteral("Writes refused")));
        const ComposedMessage stand
            = composer().compose(m_session->runId(), Leadership, QStringLiteral("sms"), QStringLiteral("en"), m_now);
        QCOMPARE(stand.occasion, QStringLiteral("update"));
        QVERIFY(!stand.text.isEmpty());
        execQuery(m_document->database(), QStringLiteral("DELETE FROM message_template WHERE channel = 'sms'"));
        const ComposedMessage none
            = composer().compose(m_session->runId(), Leadership, QStringLiteral("sms"), QStringLiteral("en"), m_now);
        QVERIFY(none.text.isEmpty());
        QVERIFY2(
            none.problem.contains(QLatin1String("no message template for SMS in English")), qPrintable(none.problem));
    }

    void placeholdersAreFilledAndOnlyThey()
    {
        QCOMPARE(MessageComposer::fill(QStringLiteral("{a} and {b}, {a}; {unknown} {}"),
                     {{QStringLiteral("a"), QStringLiteral("{b}")}, {QStringLiteral("b"), QStringLiteral("2")}}),
            QStringLiteral("{b} and 2, {b}; {unknown} {}"));
        QCOMPARE(MessageComposer::unknownPlaceholder(QStringLiteral("{upgrade} at {tme}")), QStringLiteral("tme"));
        QCOMPARE(MessageComposer::unknownPlaceholder(QStringLiteral("{upgrade} costs {100} yuan")), QString());
    }

    void smsLengthIsCountedAsPhonesCountIt()
    {
        const QString chinese70(70, QChar(0x4E2D));
        MessageLength length = MessageLength::of(chinese70, QStringLiteral("sms"));
        QCOMPARE(length.parts, 1);
        QVERIFY(!length.tooLong);
        length = MessageLength::of(chinese70 + QChar(0x6587), QStringLiteral("sms"));
        QCOMPARE(length.characters, 71);
        QCOMPARE(length.parts, 2); // 67 a part once split
        QCOMPARE(length.perPart, 67);
        QVERIFY(length.tooLong);
        QVERIFY(length.summary.contains(QLatin1String("2 SMS parts")));
        QCOMPARE(MessageLength::of(QString(160, QLatin1Char('a')), QStringLiteral("sms")).parts, 1);
        QCOMPARE(MessageLength::of(QString(161, QLatin1Char('a')), QStringLiteral("sms")).parts, 2);
        // A euro sign takes two places of the GSM alphabet; one Chinese character makes it all UCS-2.
        QCOMPARE(MessageLength::of(QString(159, QLatin1Char('a')) + QChar(0x20AC), QStringLiteral("sms")).parts, 2);
        QCOMPARE(MessageLength::of(QString(69, QLatin1Char('a')) + QChar(0x4E2D), QStringLiteral("sms")).parts, 1);
        QCOMPARE(MessageLength::of(QString(70, QLatin1Char('a')) + QChar(0x4E2D), QStringLiteral("sms")).parts, 2);
        QVERIFY(MessageLength::of(QString(3000, QChar(0x4E2D)), QStringLiteral("im")).tooLong);
        QVERIFY(!MessageLength::of(QString(600, QChar(0x4E2D)), QStringLiteral("im")).tooLong);
        QVERIFY(MessageLength::of(QString(400, QChar(0x4E2D)), QStringLiteral("phone")).tooLong);
        QVERIFY(MessageLength::of(QString(40, QChar(0x4E2D)), QStringLiteral("phone"))
                    .summary.contains(QLatin1String("10 second")));
    }

    void anUpdateSentIsLoggedAndUndone()
    {
        QVERIFY(!m_session->logUpdate(Leadership, QStringLiteral("pigeon"), QStringLiteral("x")));
        QVERIFY(m_session->refusal().contains(QLatin1String("pigeon")));
        QVERIFY(!m_session->logUpdate(99, QStringLiteral("sms"), QStringLiteral("x")));
        QVERIFY(!m_session->logUpdate(Leadership, QStringLiteral("sms"), QStringLiteral("  ")));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event WHERE kind = 'update'")).toInt(), 0);

        QVERIFY(m_session->declareLevel(SevereLevel, QStringLiteral("Errors")));
        const int steps = m_document->undoStack()->count();
        QVERIFY(m_session->logUpdate(Leadership, QStringLiteral("phone_bridge"), QStringLiteral(" Billing is down ")));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(value(QStringLiteral("SELECT text || '|' || actor || '|' || channel || '|' || message || '|' || "
                                      "warning_level_id FROM run_event WHERE kind = 'update'"))
                     .toString(),
            QStringLiteral("Update sent to Emergency leadership group via Phone bridge|Li Lei|phone_bridge|Billing is "
                           "down|2"));
        m_document->undoStack()->undo();
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM run_event WHERE kind = 'update'")).toInt(), 0);
    }

    void eachAudienceIsDueItsNextUpdate()
    {
        // No emergency, no countdown.
        QCOMPARE(dueOf(Leadership).due, QDateTime());
        QVERIFY(m_session->declareLevel(ModerateLevel, QStringLiteral("Lag")));
        const QDateTime declared = m_now;
        QCOMPARE(dueOf(Leadership).minutes, 60);
        QCOMPARE(dueOf(Leadership).due, declared.addSecs(3600));
        advanceMinutes(10);
        QVERIFY(m_session->logUpdate(Leadership, QStringLiteral("phone"), QStringLiteral("Started")));
        QCOMPARE(dueOf(Leadership).lastSent, m_now);
        QCOMPARE(dueOf(Leadership).due, m_now.addSecs(3600));
        // A graver level shortens the interval at once; the customers keep their own.
        advanceMinutes(5);
        QVERIFY(m_session->declareLevel(SevereLevel, QStringLiteral("Worse")));
        QCOMPARE(dueOf(Leadership).due, declared.addSecs(600 + 1800));
        QCOMPARE(dueOf(Customers).minutes, 60);
        QCOMPARE(dueOf(Customers).due, declared.addSecs(3600));
        advanceMinutes(26);
        QVERIFY(dueOf(Leadership).isOverdue(m_now));
        QVERIFY(!dueOf(Customers).isOverdue(m_now));
        // After the end of the emergency nothing is due.
        QVERIFY(m_session->serviceRestored(QStringLiteral("Back")));
        QVERIFY(m_session->endEmergency(QStringLiteral("Stable")));
        QCOMPARE(dueOf(Leadership).due, QDateTime());
    }

    void theGapsOfTheEmergencyAreListed()
    {
        QVERIFY(m_session->declareLevel(SevereLevel, QStringLiteral("Errors"))); // leadership every 30 minutes
        const QDateTime declared = m_now;
        advanceMinutes(20);
        QVERIFY(m_session->logUpdate(Leadership, QStringLiteral("phone"), QStringLiteral("1")));
        advanceMinutes(45); // 15 minutes late
        QVERIFY(m_session->logUpdate(Leadership, QStringLiteral("phone"), QStringLiteral("2")));
        advanceMinutes(20);
        QVERIFY(m_session->endEmergency(QStringLiteral("Over")));
        advanceMinutes(60);
        const QList<UpdateGap> gaps = cadence().gaps(m_now);
        QList<UpdateGap> leadership;
        for (const UpdateGap &gap : gaps) {
            if (gap.audienceId == Leadership) {
                leadership << gap;
            }
        }
        QCOMPARE(leadership.size(), 1);
        QCOMPARE(leadership.first().since, declared.addSecs(20 * 60));
        QCOMPARE(leadership.first().due, declared.addSecs(50 * 60));
        QCOMPARE(leadership.first().until, declared.addSecs(65 * 60));
        QCOMPARE(leadership.first().lateMinutes, 15);
        // The customers (every 60 minutes) heard nothing in 85 minutes of emergency.
        bool customersMissed = false;
        for (const UpdateGap &gap : gaps) {
            if (gap.audienceId == Customers) {
                customersMissed = !gap.until.isValid() && gap.lateMinutes == 25;
            }
        }
        QVERIFY(customersMissed);
        QCOMPARE(cadence().updates().size(), 2);
    }

    void readinessFindsAudiencesWithoutBackupAndChannelsWithoutNumbers()
    {
        const auto findings = [this] {
            QStringList texts;
            for (const ReadinessFinding &finding : Readiness(m_document->database()).findings(QDate(2026, 5, 1))) {
                if (finding.section == Section::Communications) {
                    texts << QStringLiteral("%1 %2: %3").arg(finding.table).arg(finding.recordId).arg(finding.text);
                }
            }
            return texts;
        };
        // The built-in plan names the channels but not their numbers.
        QStringList found = findings();
        QCOMPARE(found.size(), 11); // every channel but in person
        QVERIFY(found.contains(QStringLiteral(
            "audience_channel 1: The Phone channel to \"Emergency leadership group\" has no number or address.")));
        // A customer channel taken away leaves them without a backup.
        execQuery(m_document->database(), QStringLiteral("UPDATE audience_channel SET address = 'x'"));
        QVERIFY(m_document->removeRecord(QStringLiteral("audience_channel"),
            value(QStringLiteral("SELECT MAX(id) FROM audience_channel WHERE audience_id = ?"), {Customers})
                .toLongLong(),
            QStringLiteral("Remove")));
        found = findings();
        QCOMPARE(found,
            QStringList {
                QStringLiteral("audience 3: Audience \"Customers\" has no backup channel for when SMS is down.")});
    }

    void theCommunicationsPlanIsEditedInModels()
    {
        AudienceModel audiences(m_document.get());
        QAbstractItemModelTester tester(&audiences, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(audiences.rowCount(), 5);
        QCOMPARE(
            audiences.index(0, AudienceModel::SenderColumn).data().toString(), QStringLiteral("Emergency command"));
        QCOMPARE(audiences.index(0, AudienceModel::ChannelsColumn).data().toString(),
            QStringLiteral("Phone, then SMS, In person"));
        // Zero minutes is refused with the reason; empty follows the level.
        QVERIFY(!audiences.setData(audiences.index(0, AudienceModel::UpdateMinutesColumn), 0));
        QVERIFY(audiences.index(0, AudienceModel::UpdateMinutesColumn)
                    .data(RecordTableModel::RefusalRole)
                    .toString()
                    .contains(QLatin1String("at least 1")));
        QVERIFY(audiences.setData(audiences.index(0, AudienceModel::UpdateMinutesColumn), 15));
        QVERIFY(audiences.setData(audiences.index(0, AudienceModel::UpdateMinutesColumn), QString()));
        QVERIFY(value(QStringLiteral("SELECT update_minutes FROM audience WHERE id = 1")).isNull());

        AudienceChannelModel channels(m_document.get());
        QAbstractItemModelTester channelTester(&channels, QAbstractItemModelTester::FailureReportingMode::QtTest);
        channels.setAudienceId(Leadership);
        QCOMPARE(channels.rowCount(), 3);
        QCOMPARE(channels.index(0, AudienceChannelModel::UseColumn).data().toString(), QStringLiteral("Primary"));
        QCOMPARE(channels.index(2, AudienceChannelModel::UseColumn).data().toString(), QStringLiteral("Backup 2"));
        // Moving the in-person channel first makes it the primary one, here and in the audience list.
        QVERIFY(channels.moveRecords({2}, 0));
        QCOMPARE(channels.index(0, AudienceChannelModel::ChannelColumn).data().toString(), QStringLiteral("In person"));
        QCOMPARE(channels.index(0, AudienceChannelModel::UseColumn).data().toString(), QStringLiteral("Primary"));
        QCOMPARE(channels.index(1, AudienceChannelModel::UseColumn).data().toString(), QStringLiteral("Backup 1"));
        QCOMPARE(audiences.index(0, AudienceModel::ChannelsColumn).data().toString(),
            QStringLiteral("In person, then Phone, SMS"));
        m_document->undoStack()->undo();
        QCOMPARE(audiences.index(0, AudienceModel::ChannelsColumn).data().toString(),
            QStringLiteral("Phone, then SMS, In person"));

        MessageTemplateModel templates(m_document.get());
        QAbstractItemModelTester templateTester(&templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(templates.index(0, MessageTemplateModel::AudienceColumn).data().toString(),
            QStringLiteral("Every audience"));
        const QModelIndex body = templates.index(0, MessageTemplateModel::BodyColumn);
        const QString before = body.data(Qt::EditRole).toString();
        QVERIFY(!templates.setData(body, QStringLiteral("{upgrade} at {tmie}")));
        QVERIFY(body.data(RecordTableModel::RefusalRole).toString().contains(QLatin1String("{tmie}")));
        QCOMPARE(body.data(Qt::EditRole).toString(), before);
        // A new template copies the occasion, audience, channel and language of the selected one.
        const QModelIndex added = templates.appendRecord(templates.rowCount() - 1);
        QVERIFY(added.isValid());
        const QVariantMap last = templates.recordAt(templates.rowCount() - 2);
        const QVariantMap copy = templates.recordAt(added.row());
        for (const char *column : {"occasion", "audience_id", "channel", "language"}) {
            QCOMPARE(copy.value(QLatin1String(column)), last.value(QLatin1String(column)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommunications)
#include "tst_communications.moc"
