// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

struct pg_conn;

namespace fallback {

/// Watches the connection of a team plan: notices within a second or two when
/// it is lost (the server restarted or stopped, the session terminated, the
/// network gone), and connects again by itself, waiting longer after each
/// failed attempt (1, 2, 4 ... 30 s). Whether the server answers is asked off
/// the window's thread, so that an unreachable server never freezes it.
class TeamConnection final : public QObject
{
    Q_OBJECT
public:
    /// \a db: the plan's open connection; \a reachability: its connection
    /// string for asking whether the server answers (no password needed);
    /// \a setup: the statements that make a new session the plan's (its search path).
    TeamConnection(QSqlDatabase db, QString reachability, QStringList setup, QObject *parent = nullptr);
    ~TeamConnection() override;

    bool isConnected() const { return m_connected; }
    /// Seconds until the next attempt to connect again; 0 while connected.
    int secondsToNextAttempt() const;
    /// Looks at the connection at once; for when a statement has just failed.
    void check();

    /// libpq's connection behind \a db; nullptr when \a db is not on PostgreSQL.
    static pg_conn *libpqHandle(const QSqlDatabase &db);

    /// How often the connection is looked at, and every how many looks the
    /// server is asked for an answer (which also notices a silent network).
    static constexpr int CheckIntervalMs = 1000;
    static constexpr int RoundTripEvery = 10;
    static constexpr int LongestWaitSeconds = 30;

Q_SIGNALS:
    /// The connection is gone; \a cause says why, as the server or libpq said it.
    void lost(const QString &cause);
    /// The plan's connection is back, as a new session: what was announced
    /// in between has not been heard.
    void restored();

private:
    struct Probe;
    void tick();
    void markLost(const QString &cause);
    void startProbe();
    void reconnect();

    QSqlDatabase m_db;
    QString m_reachability;
    QStringList m_setup;
    QTimer m_timer;
    int m_ticks = 0;
    bool m_connected = true;
    int m_waitSeconds = 1; ///< before the next attempt
    int m_secondsLeft = 0;
    std::shared_ptr<Probe> m_probe; ///< the question to the server under way, if any
};

} // namespace fallback
