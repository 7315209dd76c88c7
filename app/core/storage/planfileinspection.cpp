// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planfileinspection.h"

#include "storage/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace fallback {

namespace {
constexpr qint64 SqliteHeaderSize = 100;
constexpr char SqliteMagic[] = "SQLite format 3";

quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

PlanFileInspection PlanFileInspection::inspect(const QString &path)
{
    PlanFileInspection result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.verdict = Verdict::Missing;
        return result;
    }
    if (!info.isFile()) {
        result.verdict = Verdict::NotAFile;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.verdict = Verdict::Unreadable;
        return result;
    }
    const qint64 size = file.size();
    if (size == 0) {
        result.verdict = Verdict::Empty;
        return result;
    }
    const QByteArray header = file.read(SqliteHeaderSize);
    if (header.size() < SqliteHeaderSize || !header.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic))) {
        result.verdict = Verdict::NotSqlite;
        return result;
    }
    result.hasJournal
        = QFileInfo::exists(path + QLatin1String("-journal")) || QFileInfo::exists(path + QLatin1String("-wal"));

    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        result.verdict = Verdict::NotSqlite;
        return result;
    }
    // The in-header page count is only valid when the change counter matches
    // the "version valid for" field (SQLite file format, section 1.3.7).
    const quint32 pageCount = readBigEndian32(header, 28);
    const bool pageCountValid = readBigEndian32(header, 24) == readBigEndian32(header, 92);
    if (!result.hasJournal) {
        if (size % pageSize != 0 || (pageCountValid && size < qint64(pageCount) * pageSize)) {
            result.verdict = Verdict::Truncated;
            return result;
        }
    }
    const auto applicationId = static_cast<qint32>(readBigEndian32(header, 68));
    if (applicationId != schema::ApplicationId) {
        result.verdict = Verdict::ForeignSqlite;
        return result;
    }
    result.schemaVersion = static_cast<qint32>(readBigEndian32(header, 60));
    result.verdict = Verdict::Plan;
    return result;
}

} // namespace fallback
