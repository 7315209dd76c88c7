// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordsnapshot.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace fallback {

/// New records of one table that share their columns, each row a list of
/// values in column order: how thousands of records travel (an import, a
/// copied checklist) without a map of column names per record.
struct RecordBatch
{
    QString table;
    QStringList columns; ///< names of the table's columns; "id" among them
    QList<QVariantList> rows; ///< values in the order of \c columns

    /// The record ids of the rows, in their order; 0s when the batch has no id column.
    QList<qint64> ids() const;

    /// Every record of \a table in \a db, in id order, with the values of
    /// \a columns; \a failure gets the cause when it cannot be read.
    static RecordBatch read(const QSqlDatabase &db, const QString &table, const QStringList &columns, QString *failure);

    /// Groups \a rows (in their order) into batches of the same table and
    /// columns.
    static QList<RecordBatch> fromRows(const QList<RecordSnapshot::Row> &rows);
};

} // namespace fallback
