// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace fallback {

/// Begins a transaction on construction and rolls it back on destruction
/// unless commit() succeeded, so that an early return never leaves half a change.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// True when the transaction could be started.
    bool isActive() const { return m_active; }
    /// Commits; on failure the transaction is rolled back and false returned.
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace fallback
