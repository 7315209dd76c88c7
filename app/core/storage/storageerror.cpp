// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storageerror.h"

#include "storage/logging.h"
#include "storage/outputfile.h"

#include <cerrno>
#include <sqlite3.h>

namespace fallback {

namespace {

/// Which rule a SQLITE_CONSTRAINT broke: from the extended code where the
/// driver passes it on, else from the engine's English message.
QString brokenRule(int code, const QString &engineText)
{
    const auto says = [&](const char *words) { return engineText.contains(QLatin1String(words)); };
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY || says("FOREIGN KEY")) {
        return StorageError::tr("a record it refers to does not exist");
    }
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY || says("UNIQUE")) {
        return StorageError::tr("a record with the same key already exists");
    }
    if (code == SQLITE_CONSTRAINT_NOTNULL || says("NOT NULL")) {
        return StorageError::tr("a required value is missing");
    }
    if (code == SQLITE_CONSTRAINT_CHECK || says("CHECK")) {
        return StorageError::tr("a value is outside what is allowed");
    }
    return StorageError::tr("the change breaks a rule of the plan");
}

/// The cause of an error that a PostgreSQL server gave, from its SQLSTATE.
QString serverCause(const QString &state, const QString &engineText)
{
    qCInfo(lcStorage) << "server error" << state << engineText;
    const auto is = [&state](const char *code) { return state == QLatin1String(code); };
    const QStringView stateClass = QStringView(state).left(2);
    if (is("23503")) {
        return StorageError::tr("a record it refers to does not exist");
    }
    if (is("23505")) {
        return StorageError::tr("a record with the same key already exists");
    }
    if (is("23502")) {
        return StorageError::tr("a required value is missing");
    }
    if (is("23514")) {
        return StorageError::tr("a value is outside what is allowed");
    }
    if (is("42501")) {
        return StorageError::tr("your database role may read this plan but not change it");
    }
    if (is("25006")) {
        return StorageError::tr("the server accepts no changes at the moment (it is a standby)");
    }
    if (is("53100")) {
        return StorageError::tr("the server has no space left on its disk");
    }
    if (is("40001") || is("40P01")) {
        return StorageError::tr("another change got in the way; try again");
    }
    if (stateClass == QLatin1String("08") || stateClass == QLatin1String("57")) {
        return StorageError::tr("the connection to the team database was lost");
    }
    if (stateClass == QLatin1String("23")) {
        return StorageError::tr("the change breaks a rule of the plan");
    }
    return StorageError::tr("the database could not carry out the change");
}

} // namespace

QString StorageError::cause(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // PostgreSQL names its errors by a five-character SQLSTATE; SQLite by a
    // number, which even extended stays below 10000.
    if (native.size() == 5) {
        return serverCause(native, error.databaseText());
    }
    bool known = false;
    const int code = native.toInt(&known);
    return cause(known ? code : SQLITE_ERROR, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString StorageError::cause(int code, const QString &engineText)
{
    qCInfo(lcStorage) << "engine error" << code << engineText;
    switch (code & 0xff) {
    case SQLITE_FULL:
        return OutputFile::cause(ENOSPC);
    case SQLITE_IOERR:
        return OutputFile::cause(EIO);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return OutputFile::cause(EACCES);
    case SQLITE_READONLY:
        return tr("the plan file or its folder is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the plan file is damaged");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program is using the plan file");
    case SQLITE_CANTOPEN:
        return tr("the file cannot be opened");
    case SQLITE_NOMEM:
        return tr("there is not enough memory");
    case SQLITE_TOOBIG:
        return tr("a value is too large");
    case SQLITE_MISMATCH:
        return tr("a value has the wrong type");
    case SQLITE_CONSTRAINT:
        return brokenRule(code, engineText);
    default:
        return tr("the database could not carry out the change");
    }
}

} // namespace fallback
