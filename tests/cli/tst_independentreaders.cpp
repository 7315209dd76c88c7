// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The files Fallback writes for other programs, read by programs that are not
// Fallback: python3-vobject for vCard, python3-icalendar for iCalendar. What
// they understand is compared, field by field, with the plan's own JSON export.
#include "clirunner.h"
#include "testsupport.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fallback::test;

namespace {

/// The system's Python, where Debian installs python3-vobject and python3-icalendar.
const QString SystemPython = QStringLiteral("/usr/bin/python3");
/// The reader's exit code when its library is not installed.
constexpr int ReaderMissing = 3;

QString readerScript(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/readers/") + QLatin1String(name);
}

/// The rows of \a table in a plan's JSON export.
QJsonArray rowsOf(const QJsonObject &plan, const char *table)
{
    return plan.value(QLatin1String("tables")).toObject().value(QLatin1String(table)).toArray();
}

QHash<qint64, QJsonObject> byId(const QJsonArray &rows)
{
    QHash<qint64, QJsonObject> result;
    for (const QJsonValue &row : rows) {
        result.insert(row.toObject().value(QLatin1String("id")).toInteger(), row.toObject());
    }
    return result;
}

/// A text column of the plan as the reader gives it: a missing property is an empty text.
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestIndependentReaders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// The sample plan of \a language, and its JSON export.
    QJsonObject samplePlan(const QString &language, QString *path)
    {
        *path = m_dir.filePath(QStringLiteral("sample-%1.fallback").arg(language));
        if (!QFileInfo::exists(*path)) {
            const Result created = runFallback(
                {QStringLiteral("new"), *path, QStringLiteral("--template"), language, QStringLiteral("--sample")});
            if (created.exitCode != 0) {
                qWarning() << created.err;
                return {};
            }
        }
        return QJsonDocument::fromJson(runFallback({QStringLiteral("export-json"), *path}).out).object();
    }

    /// What the reader \a script prints for \a file, as JSON; skips the test
    /// when the reader's library is missing (build.sh test installs it).
    QJsonDocument read(const char *script, const QString &file)
    {
        QProcess reader;
        reader.start(SystemPython, {readerScript(script), file});
        if (!reader.waitForFinished(60000)) {
            qWarning() << "cannot run" << SystemPython << reader.errorString();
            return {};
        }
        if (reader.exitCode() == ReaderMissing) {
            return QJsonDocument(
                QJsonObject {{QStringLiteral("missing"), QString::fromUtf8(reader.readAllStandardError())}});
        }
        if (reader.exitCode() != 0) {
            qWarning() << script << "could not read" << file << reader.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(reader.readAllStandardOutput());
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void vCardsReadAsThePlanHoldsThem_data() { addLanguages(); }

    void vCardsReadAsThePlanHoldsThem()
    {
        QFETCH(QString, language);
        QString plan;
        const QJsonObject json = samplePlan(language, &plan);
        QVERIFY(!json.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("contacts-%1.vcf").arg(language));
        const Result exported = runFallback({QStringLiteral("export-contacts"), plan, QStringLiteral("-o"), file});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonDocument parsed = read("read_vcard.py", file);
        if (parsed.isObject() && parsed.object().contains(QLatin1String("missing"))) {
            QSKIP(qPrintable(parsed.object().value(QLatin1String("missing")).toString()));
        }
        QVERIFY2(parsed.isArray(), "python3-vobject did not read the file");
        const QJsonArray cards = parsed.array();

        const QHash<qint64, QJsonObject> members = byId(rowsOf(json, "member"));
        const QHash<qint64, QJsonObject> groups = byId(rowsOf(json, "org_group"));
        QHash<qint64, QSet<QString>> groupsOf;
        for (const QJsonValue &link : rowsOf(json, "group_member")) {
            const QJsonObject membership = link.toObject();
            groupsOf[membership.value(QLatin1String("member_id")).toInteger()].insert(
                text(groups.value(membership.value(QLatin1String("group_id")).toInteger()), "name"));
        }
        QHash<QString, QJsonObject> memberByUri;
        for (const QJsonObject &member : members) {
            memberByUri.insert(QLatin1String("urn:uuid:") + text(member, "uid"), member);
        }

        QCOMPARE(cards.size(), members.size());
        QSet<QString> seen;
        int backups = 0;
        int withNameParts = 0;
        for (const QJsonValue &value : cards) {
            const QJsonObject card = value.toObject();
            const QString uid = text(card, "uid");
            QVERIFY2(memberByUri.contains(uid), qPrintable(uid));
            QVERIFY2(!seen.contains(uid), qPrintable(uid));
            seen.insert(uid);
            const QJsonObject member = memberByUri.value(uid);
            const QString who = text(member, "name");
            QCOMPARE(text(card, "version"), QStringLiteral("4.0"));
            QCOMPARE(text(card, "fn"), who);
            if (!text(member, "family_name").isEmpty() || !text(member, "given_name").isEmpty()) {
                QCOMPARE(text(card, "family"), text(member, "family_name"));
                QCOMPARE(text(card, "given"), text(member, "given_name"));
                ++withNameParts;
            } else {
                QVERIFY2(card.value(QLatin1String("family")).isNull(), qPrintable(who));
            }
            QCOMPARE(text(card, "org"), text(member, "department"));
            QCOMPARE(text(card, "title"), text(member, "job_title"));
            QCOMPARE(text(card, "cell"), text(member, "phone_mobile"));
            QCOMPARE(text(card, "work"), text(member, "phone_office"));
            QCOMPARE(text(card, "email"), text(member, "email"));
            QCOMPARE(text(card, "note"), text(member, "note"));
            QCOMPARE(text(card, "verified"), text(member, "verified_on"));
            QStringList categories;
            for (const QJsonValue &category : card.value(QLatin1String("categories")).toArray()) {
                categories << category.toString();
            }
            QCOMPARE(QSet<QString>(categories.cbegin(), categories.cend()),
                groupsOf.value(member.value(QLatin1String("id")).toInteger()));
            const QJsonValue backupId = member.value(QLatin1String("backup_member_id"));
            if (backupId.isNull()) {
                QVERIFY2(card.value(QLatin1String("backup")).isNull(), qPrintable(who));
            } else {
                QCOMPARE(text(card, "backup"),
                    QLatin1String("urn:uuid:") + text(members.value(backupId.toInteger()), "uid"));
                ++backups;
            }
        }
        // The sample has backups and name parts; the comparison saw them.
        QVERIFY(backups > 10);
        QCOMPARE(withNameParts, members.size());
    }

    void calendarEventsReadAsThePlanHoldsThem_data() { addLanguages(); }

    void calendarEventsReadAsThePlanHoldsThem()
    {
        QFETCH(QString, language);
        QString plan;
        const QJsonObject json = samplePlan(language, &plan);
        QVERIFY(!json.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("calendar-%1.ics").arg(language));
        const Result exported = runFallback({QStringLiteral("export-ics"), plan, QStringLiteral("-o"), file});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonDocument parsed = read("read_icalendar.py", file);
        if (parsed.isObject() && parsed.object().contains(QLatin1String("missing"))) {
            QSKIP(qPrintable(parsed.object().value(QLatin1String("missing")).toString()));
        }
        QVERIFY2(parsed.isObject(), "python3-icalendar did not read the file");
        const QJsonObject calendar = parsed.object();
        QCOMPARE(text(calendar, "name"), text(rowsOf(json, "plan").at(0).toObject(), "title"));

        QHash<QString, QJsonObject> events;
        for (const QJsonValue &value : calendar.value(QLatin1String("events")).toArray()) {
            const QJsonObject event = value.toObject();
            QVERIFY2(!events.contains(text(event, "uid")), qPrintable(text(event, "uid")));
            events.insert(text(event, "uid"), event);
        }
        int expected = 0;
        for (const QJsonValue &value : rowsOf(json, "upgrade")) {
            const QJsonObject upgrade = value.toObject();
            if (upgrade.value(QLatin1String("window_start")).isNull()) {
                continue;
            }
            ++expected;
            const QJsonObject event = events.value(text(upgrade, "uid"));
            QVERIFY2(!event.isEmpty(), qPrintable(text(upgrade, "name")));
            QVERIFY(!event.value(QLatin1String("allDay")).toBool());
            QCOMPARE(text(event, "start"), text(upgrade, "window_start"));
            QCOMPARE(text(event, "end"), text(upgrade, "window_end"));
            QVERIFY2(text(event, "summary").contains(text(upgrade, "name")), qPrintable(text(event, "summary")));
            QVERIFY(text(event, "description").contains(text(upgrade, "version_to")));
        }
        for (const QJsonValue &value : rowsOf(json, "drill")) {
            const QJsonObject drill = value.toObject();
            if (drill.value(QLatin1String("scheduled_on")).isNull()) {
                continue;
            }
            ++expected;
            const QJsonObject event = events.value(text(drill, "uid"));
            QVERIFY2(!event.isEmpty(), qPrintable(text(drill, "scheduled_on")));
            QVERIFY(event.value(QLatin1String("allDay")).toBool());
            const QDate day = QDate::fromString(text(drill, "scheduled_on"), Qt::ISODate);
            QCOMPARE(text(event, "start"), day.toString(Qt::ISODate));
            QCOMPARE(text(event, "end"), day.addDays(1).toString(Qt::ISODate)); // DTEND is exclusive
        }
        // The duty roster: a timed event per shift, with who is on duty and the backup.
        QHash<qint64, QString> names;
        for (const QJsonValue &value : rowsOf(json, "member")) {
            names.insert(value.toObject().value(QLatin1String("id")).toInteger(), text(value.toObject(), "name"));
        }
        int shifts = 0;
        for (const QJsonValue &value : rowsOf(json, "duty_shift")) {
            const QJsonObject shift = value.toObject();
            ++expected;
            ++shifts;
            const QJsonObject event = events.value(text(shift, "uid"));
            QVERIFY2(!event.isEmpty(), qPrintable(text(shift, "starts_at")));
            QVERIFY(!event.value(QLatin1String("allDay")).toBool());
            QCOMPARE(text(event, "start"), text(shift, "starts_at"));
            QCOMPARE(text(event, "end"), text(shift, "ends_at"));
            const QString onDuty = names.value(shift.value(QLatin1String("member_id")).toInteger());
            QVERIFY2(text(event, "summary").contains(onDuty), qPrintable(text(event, "summary")));
            QVERIFY(text(event, "description")
                        .contains(names.value(shift.value(QLatin1String("backup_member_id")).toInteger())));
        }
        QCOMPARE(shifts, 7);
        QVERIFY(expected >= 2);
        QCOMPARE(events.size(), expected);
    }
};

QTEST_GUILESS_MAIN(TestIndependentReaders)
#include "tst_independentreaders.moc"
