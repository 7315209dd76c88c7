// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/teamconnection.h"

#include "storage/logging.h"
#include "storage/sqlquery.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <atomic>
#include <libpq-fe.h>
#include <thread>

namespace fallback {

/// Whether the server answers, asked by a thread of its own.
struct TeamConnection::Probe
{
    enum State { Asking, Answers, Silent };
    std::atomic<int> state {Asking};
};

pg_conn *TeamConnection::libpqHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type as C++ normalises it: "pg_conn*", the struct behind libpq's PGconn.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

TeamConnection::TeamConnection(QSqlDatabase db, QString reachability, QStringList setup, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_reachability(std::move(reachability))
    , m_setup(std::move(setup))
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TeamConnection::tick);
    m_timer.start();
}

TeamConnection::~TeamConnection() = default;

int TeamConnection::secondsToNextAttempt() const
{
    return m_connected ? 0 : m_secondsLeft;
}

void TeamConnection::check()
{
    if (!m_connected) {
        return;
    }
    PGconn *handle = libpqHandle(m_db);
    if (!m_db.isOpen() || !handle || PQstatus(handle) == CONNECTION_BAD) {
        markLost(handle ? QString::fromLocal8Bit(PQerrorMessage(handle)).simplified() : QString());
        return;
    }
    QSqlQuery ping = execQuery(m_db, QStringLiteral("SELECT 1"));
    if (!ping.isActive()
        && (PQstatus(handle) == CONNECTION_BAD || ping.lastError().type() == QSqlError::ConnectionError)) {
        markLost(ping.lastError().databaseText().simplified());
    }
}

void TeamConnection::tick()
{
    if (m_connected) {
        PGconn *handle = libpqHandle(m_db);
        if (!handle || PQstatus(handle) == CONNECTION_BAD) {
            // The driver read the end of the connection while it listened for changes.
            markLost(handle ? QString::fromLocal8Bit(PQerrorMessage(handle)).simplified() : QString());
        } else if (++m_ticks % RoundTripEvery == 0 && !PQisBusy(handle)) {
            check();
        }
        return;
    }
    if (m_probe) {
        const int state = m_probe->state.load();
        if (state == Probe::Asking) {
            return;
        }
        m_probe.reset();
        if (state == Probe::Answers) {
            reconnect();
        }
        if (!m_connected) {
            m_secondsLeft = m_waitSeconds;
            m_waitSeconds = qMin(m_waitSeconds * 2, LongestWaitSeconds);
        }
        return;
    }
    if (--m_secondsLeft <= 0) {
        startProbe();
    }
}

void TeamConnection::markLost(const QString &cause)
{
    m_connected = false;
    m_waitSeconds = 1;
    m_secondsLeft = 1;
    qCInfo(lcStorage) << "team connection lost:" << m_db.connectionName() << cause;
    // A closed driver no longer watches the dead socket.
    m_db.close();
    Q_EMIT lost(cause);
}

void TeamConnection::startProbe()
{
    auto probe = std::make_shared<Probe>();
    m_probe = probe;
    // PQping may wait for the connect timeout on a network that drops
    // packets; the window goes on meanwhile, and a probe whose watcher is
    // gone only ends.
    std::thread([probe, conninfo = m_reachability.toUtf8()] {
        probe->state = PQping(conninfo.constData()) == PQPING_OK ? Probe::Answers : Probe::Silent;
    }).detach();
}

void TeamConnection::reconnect()
{
    if (!m_db.open()) {
        qCInfo(lcStorage) << "team connection not yet back:" << m_db.lastError().databaseText().simplified();
        m_db.close();
        return;
    }
    for (const QString &statement : std::as_const(m_setup)) {
        if (!execStatement(m_db, statement).isActive()) {
            qCInfo(lcStorage) << "team connection back but not set up:" << m_db.lastError().text();
            m_db.close();
            return;
        }
    }
    m_connected = true;
    m_ticks = 0;
    qCInfo(lcStorage) << "team connection back";
    Q_EMIT restored();
}

} // namespace fallback
