// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's upgrade windows and drills as an iCalendar file, read back the
// way a calendar program reads it: lines unfolded, text unescaped.
#include "interchange/contentline.h"
#include "interchange/icalendarexport.h"
#include "storage/planfile.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace fallback;
using namespace fallback::test;

namespace {

/// One component (VCALENDAR or VEVENT) of a parsed calendar: its properties
/// by name with parameters ("DTSTART;VALUE=DATE"), values as written.
struct Component
{
    QList<QPair<QString, QString>> properties;

    QString value(const QString &name) const
    {
        for (const auto &property : properties) {
            if (property.first == name) {
                return property.second;
            }
        }
        return {};
    }
    bool has(const QString &name) const
    {
        for (const auto &property : properties) {
            if (property.first == name) {
                return true;
            }
        }
        return false;
    }
};

struct ParsedCalendar
{
    Component calendar;
    QList<Component> events;

    const Component *eventWith(const QString &name, const QString &value) const
    {
        for (const Component &event : events) {
            if (event.value(name) == value) {
                return &event;
            }
        }
        return nullptr;
    }
};

/// The logical lines of \a text: CRLF followed by one space or tab continues
/// the line (RFC 5545, 3.1). Unfolding works on octets, so a fold inside a
/// UTF-8 sequence would still come out right here; the test of the physical
/// lines proves that there is none.
QStringList unfolded(const QByteArray &text)
{
    QByteArray joined = text;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

ParsedCalendar parsed(const QByteArray &text)
{
    ParsedCalendar result;
    Component *current = nullptr;
    for (const QString &line : unfolded(text)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1);
        if (name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) {
            result.events.append(Component());
            current = &result.events.last();
        } else if (name == QLatin1String("END") && value == QLatin1String("VEVENT")) {
            current = nullptr;
        } else if (name != QLatin1String("BEGIN") && name != QLatin1String("END")) {
            (current ? current : &result.calendar)->properties.append({name, value});
        }
    }
    return result;
}

/// A TEXT value as a calendar program shows it.
QString unescaped(const QString &value)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            text += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : next;
        } else {
            text += value.at(i);
        }
    }
    return text;
}

QList<QByteArray> physicalLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // after the final line end
    return lines;
}

/// Text columns are NOT NULL; a null QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QDateTime Stamp(QDate(2026, 5, 1), QTime(8, 30), QTimeZone::utc());

} // namespace

class TestICalendarExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_plans = 0;
    std::unique_ptr<PlanFile> m_plan;

    QSqlDatabase db() const { return m_plan->database(); }

    qint64 addUpgrade(const QString &name, const QVariant &start, const QVariant &end,
        const QString &status = QStringLiteral("planned"))
    {
        QSqlQuery query = execQuery(db(),
            QStringLiteral("INSERT INTO upgrade (name, window_start, window_end, status, version_from, version_to, "
                           "impact, notify) VALUES (?, ?, ?, ?, '12.4', '15.2', 'Orders stop for 3 hours', "
                           "'All warehouses')"),
            {name, start, end, status});
        return query.lastInsertId().toLongLong();
    }

    qint64 addDrill(const QVariant &date, const QString &scenario = QStringLiteral("data_loss"),
        const QString &text = QString(), const QString &participants = QStringLiteral("Sun Li, Wang Jianguo"))
    {
        QSqlQuery query = execQuery(db(),
            QStringLiteral(
                "INSERT INTO drill (scheduled_on, scenario, scenario_text, participants) VALUES (?, ?, ?, ?)"),
            {date, scenario, notNull(text), notNull(participants)});
        return query.lastInsertId().toLongLong();
    }

    ParsedCalendar exported() const { return parsed(ICalendarExport::toICalendar(db(), Stamp).text); }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_plan = PlanFile::create(m_dir.filePath(QStringLiteral("plan-%1.fallback").arg(++m_plans)), &error);
        QVERIFY2(m_plan, qPrintable(error));
        QVERIFY(execQuery(db(), QStringLiteral("UPDATE plan SET title = ?, organisation = ?"),
            {QStringLiteral("Upgrade plan"), QStringLiteral("North Logistics")})
                    .isActive());
    }

    void cleanup() { m_plan.reset(); }

    void calendarIsPublishedWithCrlfLineEnds()
    {
        addUpgrade(QStringLiteral("Core database"), QStringLiteral("2026-10-17T14:00:00Z"),
            QStringLiteral("2026-10-17T20:00:00Z"));
        addDrill(QStringLiteral("2026-08-20"));
        const QByteArray text = ICalendarExport::toICalendar(db(), Stamp).text;
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &line : physicalLines(text)) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(!line.chopped(1).contains('\r'), line.constData());
        }
        const ParsedCalendar calendar = parsed(text);
        QCOMPARE(calendar.calendar.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
        QVERIFY(calendar.calendar.value(QStringLiteral("PRODID")).startsWith(QLatin1String("-//Fallback//")));
        QCOMPARE(calendar.calendar.value(QStringLiteral("CALSCALE")), QStringLiteral("GREGORIAN"));
        QCOMPARE(calendar.calendar.value(QStringLiteral("METHOD")), QStringLiteral("PUBLISH"));
        QCOMPARE(calendar.calendar.value(QStringLiteral("X-WR-CALNAME")), QStringLiteral("Upgrade plan"));
        QCOMPARE(calendar.events.size(), 2);
        for (const Component &event : calendar.events) {
            QCOMPARE(event.value(QStringLiteral("DTSTAMP")), QStringLiteral("20260501T083000Z"));
        }
    }

    void upgradeWindowIsInUtc()
    {
        addUpgrade(QStringLiteral("Core database"), QStringLiteral("2026-10-17T14:00:00Z"),
            QStringLiteral("2026-10-17T20:00:00Z"));
        // A time stored with an offset (an import from elsewhere) is the same moment in UTC.
        addUpgrade(QStringLiteral("Warehouse app"), QStringLiteral("2026-11-01T22:30:00+08:00"),
            QStringLiteral("2026-11-02T01:00:00+08:00"));
        const ParsedCalendar calendar = exported();
        const Component *core = calendar.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Upgrade: Core database"));
        QVERIFY(core);
        QCOMPARE(core->value(QStringLiteral("DTSTART")), QStringLiteral("20261017T140000Z"));
        QCOMPARE(core->value(QStringLiteral("DTEND")), QStringLiteral("20261017T200000Z"));
        QCOMPARE(core->value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        const QString description = unescaped(core->value(QStringLiteral("DESCRIPTION")));
        QVERIFY2(description.contains(QStringLiteral("Version: 12.4 → 15.2")), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("Status: Planned")));
        QVERIFY(description.contains(QStringLiteral("Impact: Orders stop for 3 hours")));
        QVERIFY(description.contains(QStringLiteral("Notify: All warehouses")));
        const Component *app = calendar.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Upgrade: Warehouse app"));
        QVERIFY(app);
        QCOMPARE(app->value(QStringLiteral("DTSTART")), QStringLiteral("20261101T143000Z"));
        QCOMPARE(app->value(QStringLiteral("DTEND")), QStringLiteral("20261101T170000Z"));
    }

    void drillIsAnAllDayEvent()
    {
        addDrill(QStringLiteral("2026-12-31"), QStringLiteral("crash"), QStringLiteral("Order server fails"));
        addDrill(QStringLiteral("2026-08-20"), QStringLiteral("custom"),
            QStringLiteral("Network partition\nbetween both data centres"), QString());
        const ParsedCalendar calendar = exported();
        QCOMPARE(calendar.events.size(), 2);
        const Component *crash = calendar.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Drill: System crash"));
        QVERIFY(crash);
        QCOMPARE(crash->value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20261231"));
        QCOMPARE(crash->value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20270101"));
        QVERIFY(!crash->has(QStringLiteral("DTSTART")));
        QCOMPARE(unescaped(crash->value(QStringLiteral("DESCRIPTION"))),
            QStringLiteral("Scenario: System crash\nOrder server fails\nParticipants: Sun Li, Wang Jianguo"));
        // A custom scenario is named by its own first line.
        const Component *custom
            = calendar.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Drill: Network partition"));
        QVERIFY(custom);
        QCOMPARE(custom->value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20260820"));
        QCOMPARE(custom->value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20260821"));
    }

    void longChineseTextIsFoldedAt75OctetsBetweenCharacters()
    {
        const QString name
            = QStringLiteral("核心订单数据库升级（12 → 15）：全部十四个仓库的订单录入、拣货和发运功能暂停使用，"
                             "承运商货物追踪仅可查询，约一千二百名仓储用户及客户服务中心受影响，请各部门提前做好业务安"
                             "排并通知相关客户😀");
        QVERIFY(name.toUtf8().size() > 3 * 75);
        addUpgrade(name, QStringLiteral("2026-10-17T14:00:00Z"), QStringLiteral("2026-10-17T20:00:00Z"));
        const QByteArray text = ICalendarExport::toICalendar(db(), Stamp).text;
        int folds = 0;
        for (const QByteArray &line : physicalLines(text)) {
            const QByteArray content = line.chopped(1); // without its CR
            QVERIFY2(content.size() <= 75, content.constData());
            // Each physical line is valid UTF-8 on its own: no character was cut in two.
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(content);
            QVERIFY2(!decoder.hasError(), content.constData());
            QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
            folds += content.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(folds >= 3);
        const ParsedCalendar calendar = exported();
        QCOMPARE(calendar.events.size(), 1);
        QCOMPARE(
            unescaped(calendar.events.first().value(QStringLiteral("SUMMARY"))), QStringLiteral("Upgrade: ") + name);
    }

    void textValuesAreEscaped()
    {
        const QString name = QStringLiteral("Billing; phase 1, part\\2\r\nnight\rshift");
        addUpgrade(name, QStringLiteral("2026-10-17T14:00:00Z"), QStringLiteral("2026-10-17T20:00:00Z"));
        addDrill(QStringLiteral("2026-08-20"), QStringLiteral("crash"), QString(), QStringLiteral("Li; Wang, Chen"));
        const QByteArray text = ICalendarExport::toICalendar(db(), Stamp).text;
        QVERIFY2(
            text.contains("SUMMARY:Upgrade: Billing\\; phase 1\\, part\\\\2\\nnight\\nshift\r\n"), text.constData());
        const ParsedCalendar calendar = exported();
        QVERIFY(calendar.eventWith(
            QStringLiteral("SUMMARY"), QStringLiteral("Upgrade: Billing\\; phase 1\\, part\\\\2\\nnight\\nshift")));
        const Component *drill = calendar.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Drill: System crash"));
        QVERIFY(drill);
        QVERIFY(unescaped(drill->value(QStringLiteral("DESCRIPTION")))
                    .endsWith(QStringLiteral("Participants: Li; Wang, Chen")));
    }

    void controlCharactersAreDropped()
    {
        QCOMPARE(ContentLine::escapedText(QStringLiteral("a\tb\x01"
                                                         "c\x7F"
                                                         "d")),
            QStringLiteral("a\tbcd"));
    }

    void uidsAreStableAcrossExportsAndDistinctPerRecord()
    {
        addUpgrade(QStringLiteral("A"), QStringLiteral("2026-10-17T14:00:00Z"), QStringLiteral("2026-10-17T20:00:00Z"));
        addUpgrade(QStringLiteral("B"), QStringLiteral("2026-10-18T14:00:00Z"), QStringLiteral("2026-10-18T20:00:00Z"));
        addDrill(QStringLiteral("2026-08-20"));
        const QByteArray first = ICalendarExport::toICalendar(db(), Stamp).text;
        const QByteArray later = ICalendarExport::toICalendar(db(), Stamp.addDays(3)).text;
        QCOMPARE(ICalendarExport::toICalendar(db(), Stamp).text, first); // byte-identical for the same stamp

        QStringList firstUids;
        for (const Component &event : parsed(first).events) {
            firstUids << event.value(QStringLiteral("UID"));
        }
        QStringList laterUids;
        for (const Component &event : parsed(later).events) {
            laterUids << event.value(QStringLiteral("UID"));
            QCOMPARE(event.value(QStringLiteral("DTSTAMP")), QStringLiteral("20260504T083000Z"));
        }
        QCOMPARE(firstUids.size(), 3);
        QCOMPARE(laterUids, firstUids);
        QCOMPARE(QSet<QString>(firstUids.cbegin(), firstUids.cend()).size(), 3);
        // Each UID is the record's own identifier, a UUID the plan keeps.
        QStringList stored;
        for (const char *table : {"upgrade", "drill"}) {
            QSqlQuery uids = execQuery(db(), QStringLiteral("SELECT uid FROM %1").arg(QLatin1String(table)));
            while (uids.next()) {
                stored << uids.value(0).toString();
                QVERIFY2(!QUuid(stored.constLast()).isNull(), qPrintable(stored.constLast()));
            }
        }
        QCOMPARE(QSet<QString>(firstUids.cbegin(), firstUids.cend()), QSet<QString>(stored.cbegin(), stored.cend()));

        // Editing an event, or renaming the plan, keeps its UID, so that a re-import updates it.
        QVERIFY(execQuery(db(),
            QStringLiteral("UPDATE upgrade SET name = 'A2', window_start = '2026-10-20T14:00:00Z', "
                           "window_end = '2026-10-20T16:00:00Z' WHERE name = 'A'"))
                    .isActive());
        QVERIFY(execQuery(db(), QStringLiteral("UPDATE plan SET title = 'Renamed plan', organisation = 'South'"))
                    .isActive());
        QStringList editedUids;
        for (const Component &event : exported().events) {
            editedUids << event.value(QStringLiteral("UID"));
        }
        QCOMPARE(
            QSet<QString>(editedUids.cbegin(), editedUids.cend()), QSet<QString>(firstUids.cbegin(), firstUids.cend()));

        // Another plan with the same title, organisation and records has events of its own.
        init();
        addUpgrade(QStringLiteral("A"), QStringLiteral("2026-10-17T14:00:00Z"), QStringLiteral("2026-10-17T20:00:00Z"));
        addUpgrade(QStringLiteral("B"), QStringLiteral("2026-10-18T14:00:00Z"), QStringLiteral("2026-10-18T20:00:00Z"));
        addDrill(QStringLiteral("2026-08-20"));
        for (const Component &event : exported().events) {
            QVERIFY2(!firstUids.contains(event.value(QStringLiteral("UID"))),
                qPrintable(event.value(QStringLiteral("UID"))));
        }
    }

    void itemsWithoutDatesAreLeftOutAndCounted()
    {
        addUpgrade(QStringLiteral("Scheduled"), QStringLiteral("2026-10-17T14:00:00Z"),
            QStringLiteral("2026-10-17T20:00:00Z"));
        addUpgrade(QStringLiteral("Unscheduled"), QVariant(), QVariant());
        addUpgrade(QStringLiteral("Only an end"), QVariant(), QStringLiteral("2026-10-17T20:00:00Z"));
        addUpgrade(QStringLiteral("Only a start"), QStringLiteral("2026-10-19T14:00:00Z"), QVariant());
        addDrill(QVariant());
        addDrill(QStringLiteral("next spring"));
        addDrill(QStringLiteral("2026-08-20"));
        const ICalendarExport::Calendar calendar = ICalendarExport::toICalendar(db(), Stamp);
        QCOMPARE(calendar.upgrades, 2);
        QCOMPARE(calendar.upgradesWithoutWindow, 2);
        QCOMPARE(calendar.drills, 1);
        QCOMPARE(calendar.drillsWithoutDate, 2);
        const ParsedCalendar events = parsed(calendar.text);
        QCOMPARE(events.events.size(), 3);
        QVERIFY(!events.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Upgrade: Unscheduled")));
        const Component *startOnly
            = events.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Upgrade: Only a start"));
        QVERIFY(startOnly);
        QCOMPARE(startOnly->value(QStringLiteral("DTSTART")), QStringLiteral("20261019T140000Z"));
        QVERIFY(!startOnly->has(QStringLiteral("DTEND")));

        const QString summary = ICalendarExport::summary(calendar, QStringLiteral("plan.ics"));
        QVERIFY2(summary.startsWith(QStringLiteral("Wrote 2 upgrade")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral(" 1 drill")));
        QVERIFY(summary.contains(QStringLiteral("plan.ics")));
        QVERIFY(summary.contains(QStringLiteral("2 upgrade")));
        QVERIFY(summary.contains(QStringLiteral("without a window left out")));
        QVERIFY(summary.contains(QStringLiteral("without a date left out")));
    }

    void cancelledUpgradeIsCancelled()
    {
        addUpgrade(QStringLiteral("Called off"), QStringLiteral("2026-10-17T14:00:00Z"),
            QStringLiteral("2026-10-17T20:00:00Z"), QStringLiteral("cancelled"));
        addUpgrade(QStringLiteral("Done"), QStringLiteral("2026-09-17T14:00:00Z"),
            QStringLiteral("2026-09-17T20:00:00Z"), QStringLiteral("completed"));
        const ParsedCalendar calendar = exported();
        const Component *cancelled
            = calendar.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Upgrade: Called off"));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->value(QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
        const Component *done = calendar.eventWith(QStringLiteral("SUMMARY"), QStringLiteral("Upgrade: Done"));
        QVERIFY(done);
        QCOMPARE(done->value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
    }

    void emptyPlanIsAnEmptyCalendar()
    {
        const ICalendarExport::Calendar calendar = ICalendarExport::toICalendar(db(), Stamp);
        QCOMPARE(calendar.upgrades + calendar.drills + calendar.upgradesWithoutWindow + calendar.drillsWithoutDate, 0);
        QVERIFY(parsed(calendar.text).events.isEmpty());
        QVERIFY(calendar.text.endsWith("END:VCALENDAR\r\n"));
    }

    void exportWritesTheFileOrNothing()
    {
        addDrill(QStringLiteral("2026-08-20"));
        const QString path = m_dir.filePath(QStringLiteral("calendar.ics"));
        ICalendarExport::Calendar written;
        QCOMPARE(ICalendarExport::exportToFile(db(), path, &written), QString());
        QCOMPARE(written.drills, 1);
        QCOMPARE(fileBytes(path), written.text);
        QCOMPARE(parsed(fileBytes(path)).events.size(), 1);

        const QString unwritable = m_dir.filePath(QStringLiteral("no/such/folder/calendar.ics"));
        const QString error = ICalendarExport::exportToFile(db(), unwritable, &written);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(unwritable));
    }
};

QTEST_GUILESS_MAIN(TestICalendarExport)
#include "tst_icalendarexport.moc"
