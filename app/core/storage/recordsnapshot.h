// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace fallback {

/// Everything a delete takes away: the record, the records that the delete
/// cascades to, and the references that it clears, so that undo puts all of
/// it back exactly.
struct RecordSnapshot
{
    struct Row
    {
        QString table;
        QVariantMap values;
    };
    struct ClearedReference
    {
        QString table;
        QString column;
        qint64 id = 0;
        QVariant value;
    };

    QList<Row> rows; ///< parents before children
    QList<ClearedReference> clearedReferences;

    bool isEmpty() const { return rows.isEmpty(); }
};

} // namespace fallback
