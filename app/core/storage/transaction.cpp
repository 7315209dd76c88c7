// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/logging.h"

#include <QSqlError>

namespace fallback {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        qCInfo(lcStorage) << "cannot begin transaction:" << m_db.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (m_db.commit()) {
        return true;
    }
    qCInfo(lcStorage) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace fallback
