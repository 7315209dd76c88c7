// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace fallback {

/// Names one record of the plan: its table and its id.
struct RecordKey
{
    QString table;
    qint64 id = 0;

    friend bool operator==(const RecordKey &a, const RecordKey &b) { return a.id == b.id && a.table == b.table; }
};

inline size_t qHash(const RecordKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.table, key.id);
}

/// A new value for one field of one record.
struct RecordChange
{
    RecordKey key;
    QString column;
    QVariant value;
};

} // namespace fallback
