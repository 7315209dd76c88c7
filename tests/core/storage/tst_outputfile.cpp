// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OutputFile, the writer of every report and export, against real files:
// a disk that fills up, a read-only disk, /dev/full, a FIFO, links, folders.
#include "storage/outputfile.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace fallback;
using namespace fallback::test;

namespace {

QByteArray sampleBytes(int size)
{
    QByteArray bytes;
    bytes.reserve(size);
    for (int i = 0; i < size; ++i) {
        bytes.append(char('a' + i % 26));
    }
    return bytes;
}

mode_t modeOf(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode : 0;
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void replacesAFileAndKeepsItsPermissions()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(writeBytes(path, "old"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        const QByteArray contents = sampleBytes(300000);
        QCOMPARE(OutputFile::write(path, contents), QString());
        QCOMPARE(fileBytes(path), contents);
        QCOMPARE(modeOf(path) & 07777, mode_t(0640));
        QCOMPARE(entriesOf(m_dir.path()), QStringList {QStringLiteral("report.html")});
    }

    void aNewFileFollowsTheUmask()
    {
        const mode_t mask = ::umask(027);
        const QString path = m_dir.filePath(QStringLiteral("new.ics"));
        const QString error = OutputFile::write(path, "BEGIN:VCALENDAR\r\n");
        ::umask(mask);
        QCOMPARE(error, QString());
        QCOMPARE(modeOf(path) & 07777, mode_t(0640));
    }

    void aLinkStaysALinkAndItsTargetIsReplaced()
    {
        const QString target = m_dir.filePath(QStringLiteral("target.json"));
        const QString link = m_dir.filePath(QStringLiteral("link.json"));
        QVERIFY(writeBytes(target, "old"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(OutputFile::write(link, "new"), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(fileBytes(target), QByteArray("new"));
    }

    void aFolderOrAMissingFolderIsRefusedWithItsCause()
    {
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(OutputFile::write(folder, "x").contains(QLatin1String("it is a folder")));
        QVERIFY(QFileInfo(folder).isDir());
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
        QVERIFY(OutputFile::write(missing, "x").contains(QLatin1String("the folder does not exist")));
    }

    void aFullDiskLeavesTheOldFileAsItWas()
    {
        ScratchDisk disk(m_dir.filePath(QStringLiteral("full")), 128);
        if (!disk.isMounted()) {
            QSKIP("mounting a tmpfs needs root");
        }
        const QString path = disk.filePath(QStringLiteral("plan.pdf"));
        const QByteArray old = sampleBytes(10000);
        QVERIFY(writeBytes(path, old));
        disk.fill();
        const QString error = OutputFile::write(path, sampleBytes(200000));
        QVERIFY2(error.contains(QLatin1String("there is no space left on the disk")), qPrintable(error));
        QVERIFY(error.contains(path));
        QCOMPARE(fileBytes(path), old);
        QCOMPARE(
            entriesOf(QFileInfo(path).path()), (QStringList {QStringLiteral("filler"), QStringLiteral("plan.pdf")}));
    }

    void aReadOnlyDiskIsSaidSo()
    {
        ScratchDisk disk(m_dir.filePath(QStringLiteral("readonly")), 128);
        if (!disk.isMounted()) {
            QSKIP("mounting a tmpfs needs root");
        }
        const QString path = disk.filePath(QStringLiteral("contacts.vcf"));
        QVERIFY(writeBytes(path, "old"));
        QVERIFY(disk.makeReadOnly());
        const QString error = OutputFile::write(path, "new");
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QCOMPARE(fileBytes(path), QByteArray("old"));
    }

    void aDeviceIsWrittenInPlaceAndStaysADevice()
    {
        const QString error = OutputFile::write(QStringLiteral("/dev/full"), "x");
        QVERIFY2(error.contains(QLatin1String("there is no space left on the disk")), qPrintable(error));
        QVERIFY(S_ISCHR(modeOf(QStringLiteral("/dev/full"))));
        QCOMPARE(OutputFile::write(QStringLiteral("/dev/null"), sampleBytes(100000)), QString());
        QVERIFY(S_ISCHR(modeOf(QStringLiteral("/dev/null"))));
    }

    void aFifoGivesItsReaderEverything()
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
        const QByteArray contents = sampleBytes(1 << 20);
        const QString error = OutputFile::write(fifo, contents);
        reader.join();
        QCOMPARE(error, QString());
        QCOMPARE(received.size(), contents.size());
        QVERIFY(received == contents);
        QVERIFY(S_ISFIFO(modeOf(fifo)));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
