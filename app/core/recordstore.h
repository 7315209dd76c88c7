// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace fallback {

/// Reads and writes single records of the plan's tables, each write in its
/// own durable transaction. Table and column names come from our schema,
/// never from user text; every value is a bound parameter.
class RecordStore final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::RecordStore)
public:
    explicit RecordStore(QSqlDatabase db);

    /// Column names of \a table in schema order.
    QStringList columns(const QString &table) const;
    QVariant value(const QString &table, qint64 id, const QString &column) const;
    QVariantMap record(const QString &table, qint64 id) const;
    /// Ids of \a table ordered by \a orderBy (a column of that table), then id.
    QList<qint64> ids(const QString &table, const QString &orderBy = {}) const;

    bool update(const QString &table, qint64 id, const QString &column, const QVariant &value, QString *error);
    /// Inserts a record; \a values may carry an "id" to restore a removed record.
    qint64 insert(const QString &table, const QVariantMap &values, QString *error);
    /// Deletes a record and returns what the delete took with it.
    RecordSnapshot remove(const QString &table, qint64 id, QString *error);
    /// Puts back what remove() took.
    bool restore(const RecordSnapshot &snapshot, QString *error);

private:
    struct ForeignKey
    {
        QString table;
        QString column;
        bool cascades = false;
    };
    QList<ForeignKey> referencesTo(const QString &table) const;
    void collect(const QString &table, const QString &whereColumn, const QVariant &key, RecordSnapshot &snapshot,
        int depth) const;
    bool insertRow(const QString &table, const QVariantMap &values, qint64 *id, QString *error);
    QString failure(const QString &detail) const;

    QSqlDatabase m_db;
    mutable QHash<QString, QStringList> m_columns;
    mutable QHash<QString, QList<ForeignKey>> m_references;
};

} // namespace fallback
