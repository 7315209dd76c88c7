// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace fallback::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The names in \a dir, hidden ones included: proves that no sidecar files remain.
inline QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

inline QString testDataPath(const QString &name)
{
    return QStringLiteral(FALLBACK_TEST_DATA_DIR) + QLatin1Char('/') + name;
}

} // namespace fallback::test

namespace fallback::test {

/// A small tmpfs of its own, mounted for a test and unmounted with this object:
/// a disk that really fills up or is really read-only. Mounting needs root (as
/// CI runs); elsewhere isMounted() is false and the test says it skipped.
class ScratchDisk final
{
public:
    explicit ScratchDisk(const QString &mountPoint, int kilobytes)
        : m_mountPoint(mountPoint)
    {
        QDir().mkpath(mountPoint);
        m_mounted = run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=%1k,mode=0777").arg(kilobytes), QStringLiteral("tmpfs"), mountPoint});
    }
    ~ScratchDisk()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint});
        }
    }
    Q_DISABLE_COPY_MOVE(ScratchDisk)

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_mountPoint + QLatin1Char('/') + name; }

    /// Fills what space is left with a file of its own, but for \a spareKilobytes.
    void fill(int spareKilobytes = 0) const
    {
        const QString spare = filePath(QStringLiteral("spare"));
        if (spareKilobytes > 0) {
            writeBytes(spare, QByteArray(spareKilobytes * 1024, 's'));
        }
        {
            // Unbuffered, so that nothing is left to be written when the spare room is freed.
            QFile filler(filePath(QStringLiteral("filler")));
            if (filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
                const QByteArray block(4096, 'f');
                while (filler.write(block) == block.size()) { }
            }
        }
        QFile::remove(spare);
    }

    /// Makes the whole disk read-only, files and all.
    bool makeReadOnly() const { return run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mountPoint}); }

private:
    static bool run(const QStringList &arguments)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), arguments);
        return mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }

    QString m_mountPoint;
    bool m_mounted = false;
};

} // namespace fallback::test
