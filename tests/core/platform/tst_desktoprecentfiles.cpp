// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's list of recent files, as GTK's file chooser reads it: every
// list is read back by GLib's own parser (read_xbel.py), not by ours.
#include "platform/desktoprecentfiles.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace fallback;
using namespace fallback::test;

namespace {

const QString PlanType = QStringLiteral("application/x-fallback-plan");

/// Another program's entry, as GTK writes it, with a title and private groups.
QByteArray otherProgramsList()
{
    return fileBytes(testDataPath(QStringLiteral("recently-used-other-program.xbel")));
}

} // namespace

class TestDesktopRecentFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// What GLib understood of the list; an empty object when it refused it.
    static QJsonObject readWithGlib()
    {
        QProcess reader;
        reader.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(QT_TESTCASE_SOURCEDIR "/platform/read_xbel.py"), DesktopRecentFiles::listPath()});
        if (!reader.waitForFinished(30000)) {
            return {};
        }
        if (reader.exitCode() == 3) {
            qWarning("GLib (libglib2.0-0) is missing");
            return {};
        }
        if (reader.exitCode() != 0) {
            qWarning() << reader.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    }

    QString uriOf(const QString &path) const { return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded); }

private Q_SLOTS:
    void initTestCase()
    {
        // A home of its own: other tests open plans, and so write the list, at the same time.
        qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("fallback"));
    }
    void init() { QFile::remove(DesktopRecentFiles::listPath()); }

    void aPlanOpenedIsInTheDesktopsRecentList()
    {
        const QString plan = m_dir.filePath(QStringLiteral("应急预案 2026.fallback"));
        QString error;
        QVERIFY2(DesktopRecentFiles::add(plan, PlanType, &error), qPrintable(error));

        const QJsonObject list = readWithGlib();
        QCOMPARE(list.keys(), QStringList {uriOf(plan)});
        const QJsonObject entry = list.value(uriOf(plan)).toObject();
        QCOMPARE(entry.value(QLatin1String("mime")).toString(), PlanType);
        const QJsonObject app
            = entry.value(QLatin1String("apps")).toObject().value(QLatin1String("fallback")).toObject();
        QCOMPARE(app.value(QLatin1String("count")).toInt(), 1);
        // GLib fills in the file for %u: the command that opens the plan again.
        QCOMPARE(app.value(QLatin1String("exec")).toString(), QStringLiteral("fallback ") + uriOf(plan));
    }

    void openingAgainCountsAndKeepsEveryOtherEntry()
    {
        QVERIFY(writeBytes(DesktopRecentFiles::listPath(), otherProgramsList()));
        const QJsonObject before = readWithGlib();
        QCOMPARE(before.size(), 1);

        const QString plan = m_dir.filePath(QStringLiteral("plan.fallback"));
        QVERIFY(DesktopRecentFiles::add(plan, PlanType));
        const QJsonObject once = readWithGlib();
        QVERIFY(DesktopRecentFiles::add(plan, PlanType));
        QVERIFY(DesktopRecentFiles::add(plan, PlanType));
        const qint64 size = QFile(DesktopRecentFiles::listPath()).size();
        QVERIFY(DesktopRecentFiles::add(plan, PlanType));
        const QJsonObject after = readWithGlib();

        QCOMPARE(after.size(), 2);
        const QString other = before.keys().first();
        QCOMPARE(after.value(other), before.value(other)); // LibreOffice's entry as it was
        const QJsonObject entry = after.value(uriOf(plan)).toObject();
        QCOMPARE(entry.value(QLatin1String("apps"))
                     .toObject()
                     .value(QLatin1String("fallback"))
                     .toObject()
                     .value(QLatin1String("count")),
            QJsonValue(4));
        // Added once, not again at each opening, and the list does not grow.
        QCOMPARE(entry.value(QLatin1String("added")), once.value(uriOf(plan)).toObject().value(QLatin1String("added")));
        QCOMPARE(QFile(DesktopRecentFiles::listPath()).size(), size);
        QVERIFY(fileBytes(DesktopRecentFiles::listPath()).contains("<title>报告 &amp; notes</title>"));
    }

    void aDamagedListIsLeftAsItIs()
    {
        const QByteArray damaged = otherProgramsList().left(400);
        QVERIFY(writeBytes(DesktopRecentFiles::listPath(), damaged));
        QString error;
        QVERIFY(!DesktopRecentFiles::add(m_dir.filePath(QStringLiteral("plan.fallback")), PlanType, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QCOMPARE(fileBytes(DesktopRecentFiles::listPath()), damaged);
    }
};

QTEST_GUILESS_MAIN(TestDesktopRecentFiles)
#include "tst_desktoprecentfiles.moc"
