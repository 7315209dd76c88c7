// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every command that writes, on a disk that is really full or read-only, to
// /dev/full, into a FIFO, and with its standard output on a full device: the
// user is told the real cause in one line, the exit status says it failed, and
// what was there before (an export, a plan) is still there, byte for byte.
#include "clirunner.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace fallback::test;

class TestOutputFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plan;

    /// Every writing command, with OUT where its output file goes.
    static QList<QStringList> writers(const QString &plan, const QString &out)
    {
        const QString report = QStringLiteral("report");
        return {
            {QStringLiteral("export-json"), plan, QStringLiteral("-o"), out},
            {QStringLiteral("export-ics"), plan, QStringLiteral("-o"), out},
            {QStringLiteral("export-contacts"), plan, QStringLiteral("-o"), out, QStringLiteral("--format"),
                QStringLiteral("csv")},
            {QStringLiteral("export-contacts"), plan, QStringLiteral("-o"), out, QStringLiteral("--format"),
                QStringLiteral("vcf")},
            {report, plan, QStringLiteral("--kind"), QStringLiteral("plan"), QStringLiteral("--format"),
                QStringLiteral("pdf"), QStringLiteral("-o"), out},
            {report, plan, QStringLiteral("--kind"), QStringLiteral("review"), QStringLiteral("--format"),
                QStringLiteral("html"), QStringLiteral("-o"), out},
            {report, plan, QStringLiteral("--kind"), QStringLiteral("roster"), QStringLiteral("--format"),
                QStringLiteral("odt"), QStringLiteral("-o"), out},
            {report, plan, QStringLiteral("--kind"), QStringLiteral("checklist"), QStringLiteral("--format"),
                QStringLiteral("docx"), QStringLiteral("-o"), out},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plan = m_dir.filePath(QStringLiteral("sample.fallback"));
        const Result created = runFallback({QStringLiteral("new"), m_plan, QStringLiteral("--sample"),
            QStringLiteral("--template"), QStringLiteral("en")});
        QCOMPARE(created.exitCode, 0);
    }

    void onAFullDiskEveryWriterFailsAndKeepsTheOldFile()
    {
        ScratchDisk disk(m_dir.filePath(QStringLiteral("full")), 256);
        if (!disk.isMounted()) {
            QSKIP("mounting a tmpfs needs root");
        }
        const QString out = disk.filePath(QStringLiteral("output"));
        const QByteArray old("what was here before\n");
        QVERIFY(writeBytes(out, old));
        disk.fill();
        const QByteArray plan = fileBytes(m_plan);
        for (const QStringList &arguments : writers(m_plan, out)) {
            const Result result = runFallback(arguments);
            const QByteArray command = arguments.join(QLatin1Char(' ')).toUtf8();
            QVERIFY2(result.exitCode == 1, command.constData());
            QVERIFY2(isOneLine(result.err), QByteArray(command + ": " + result.err).constData());
            QVERIFY2(result.err.contains("there is no space left on the disk"), result.err.constData());
            QVERIFY2(!result.out.contains("Wrote"), result.out.constData());
            QCOMPARE(fileBytes(out), old);
            QCOMPARE(
                entriesOf(QFileInfo(out).path()), (QStringList {QStringLiteral("filler"), QStringLiteral("output")}));
        }
        QCOMPARE(fileBytes(m_plan), plan);
    }

    void onAFullDiskNoPlanIsMadeHalfWay()
    {
        const QString json = m_dir.filePath(QStringLiteral("sample.json"));
        QCOMPARE(runFallback({QStringLiteral("export-json"), m_plan, QStringLiteral("-o"), json}).exitCode, 0);
        ScratchDisk disk(m_dir.filePath(QStringLiteral("fullnew")), 256);
        if (!disk.isMounted()) {
            QSKIP("mounting a tmpfs needs root");
        }
        disk.fill();
        const QList<QStringList> commands = {
            {QStringLiteral("new"), disk.filePath(QStringLiteral("new.fallback"))},
            {QStringLiteral("new"), disk.filePath(QStringLiteral("new.fallback")), QStringLiteral("--sample")},
            {QStringLiteral("import-json"), json, disk.filePath(QStringLiteral("imported.fallback"))},
        };
        for (const QStringList &arguments : commands) {
            const Result result = runFallback(arguments);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(isOneLine(result.err), result.err.constData());
            QVERIFY2(result.err.contains("could not be created: there is no space left on the disk"),
                result.err.constData());
            QCOMPARE(entriesOf(QFileInfo(disk.filePath(QStringLiteral("filler"))).path()),
                QStringList {QStringLiteral("filler")});
        }
    }

    void onAFullDiskAPlanIsLeftAsItWas()
    {
        ScratchDisk disk(m_dir.filePath(QStringLiteral("fullplan")), 1024);
        if (!disk.isMounted()) {
            QSKIP("mounting a tmpfs needs root");
        }
        const QString plan = disk.filePath(QStringLiteral("plan.fallback"));
        QVERIFY(QFile::copy(m_plan, plan));
        const QByteArray before = fileBytes(plan);
        const QString contacts = testDataPath(QStringLiteral("contacts/comma-utf8.csv"));
        const QStringList import = {QStringLiteral("import-contacts"), plan, contacts};

        // Room for the lock file beside the plan, none for the change itself.
        disk.fill(4);
        Result result = runFallback(import);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY2(result.err.contains("could not be saved: there is no space left on the disk"), result.err.constData());
        QCOMPARE(fileBytes(plan), before);

        // No room even for the lock: the plan may only be read, and the user is told why.
        disk.fill();
        result = runFallback(import);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), result.err.constData());
        QVERIFY2(result.err.contains("lock file"), result.err.constData());
        QVERIFY2(result.err.contains("there is no space left on the disk"), result.err.constData());
        QVERIFY2(!result.err.contains("another"), result.err.constData());
        QCOMPARE(fileBytes(plan), before);
        QCOMPARE(entriesOf(QFileInfo(plan).path()),
            (QStringList {QStringLiteral("filler"), QStringLiteral("plan.fallback")}));
        QCOMPARE(runFallback({QStringLiteral("check"), plan}).exitCode, 0);
    }

    void onAReadOnlyDiskEveryWriterSaysSo()
    {
        ScratchDisk disk(m_dir.filePath(QStringLiteral("readonly")), 256);
        if (!disk.isMounted()) {
            QSKIP("mounting a tmpfs needs root");
        }
        const QString out = disk.filePath(QStringLiteral("output"));
        QVERIFY(writeBytes(out, "old"));
        QVERIFY(disk.makeReadOnly());
        for (const QStringList &arguments : writers(m_plan, out)) {
            const Result result = runFallback(arguments);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(isOneLine(result.err), result.err.constData());
            QVERIFY2(result.err.contains("read-only"), result.err.constData());
            QCOMPARE(fileBytes(out), QByteArray("old"));
        }
    }

    void aDeviceStaysADevice()
    {
        for (const QStringList &arguments : writers(m_plan, QStringLiteral("/dev/full"))) {
            const Result result = runFallback(arguments);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("there is no space left on the disk"), result.err.constData());
            struct stat status;
            QVERIFY(::stat("/dev/full", &status) == 0 && S_ISCHR(status.st_mode));
        }
    }

    void aFifoGetsTheWholeExport()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QByteArray received;
        std::thread reader([&] {
            QFile file(fifo);
            if (file.open(QIODevice::ReadOnly)) {
                received = file.readAll();
            }
        });
        const Result written = runFallback({QStringLiteral("export-json"), m_plan, QStringLiteral("-o"), fifo});
        reader.join();
        QCOMPARE(written.exitCode, 0);
        const Result toStdout = runFallback({QStringLiteral("export-json"), m_plan});
        QVERIFY(received.size() > 100000);
        QVERIFY(received == toStdout.out);
        struct stat status;
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &status) == 0 && S_ISFIFO(status.st_mode));
    }

    void aFailedStandardOutputIsAnError()
    {
        // The JSON export itself, and the lines other commands print.
        const QList<QStringList> commands = {
            {QStringLiteral("export-json"), m_plan},
            {QStringLiteral("check"), m_plan},
            {QStringLiteral("--version")},
        };
        RunOptions toFullDevice;
        toFullDevice.standardOutputFile = QStringLiteral("/dev/full");
        for (const QStringList &arguments : commands) {
            const Result result = runFallback(arguments, toFullDevice);
            QVERIFY2(result.exitCode == 1, arguments.join(QLatin1Char(' ')).toUtf8().constData());
            QVERIFY2(isOneLine(result.err), result.err.constData());
            QVERIFY2(result.err.contains("Cannot write to standard output: there is no space left on the disk"),
                result.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestOutputFaults)
#include "tst_outputfaults.moc"
