// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace fallback {

/// A change that another window made to a record of the same team plan.
struct RemoteChange
{
    enum class Kind { Inserted, Changed, Removed };
    QString table;
    qint64 id = 0;
    Kind kind = Kind::Changed;
    QStringList columns; ///< the fields that changed (Changed only)

    /// Reads the text that the server's trigger sends: "table I|U|D id col,col".
    static std::optional<RemoteChange> fromNotification(const QString &payload);
};

/// The changes other windows make to a team plan, as the server announces
/// them (LISTEN/NOTIFY on the plan's channel; the triggers of each plan table
/// notify at commit). Changes of this window's own connection are left out;
/// those that arrive together are handed on together. Every ten seconds the
/// plan is also looked at as a whole, in case a change came without its
/// announcement (written with the triggers off, or while the announcements
/// were not heard): then missed() is sent.
class ChangeFeed final : public QObject
{
    Q_OBJECT
public:
    /// Listens on \a db for the plan whose channel (its schema) is \a channel.
    ChangeFeed(QSqlDatabase db, QString channel, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isListening() const { return m_listening; }
    /// Listens again on a connection that was opened anew (a new session
    /// listens to nothing); what was announced in between is not heard.
    bool listenAgain();

    /// How often the plan is looked at for changes that came unannounced.
    static constexpr int CheckIntervalMs = 10000;

Q_SIGNALS:
    void changed(const QList<fallback::RemoteChange> &changes);
    /// The plan changed and no announcement told what: read it all again.
    void missed();

private:
    void onNotification(const QString &name, int source, const QVariant &payload);
    void checkForMissed();
    /// What the plan's records are now, in a few numbers; empty when it cannot be read.
    QByteArray fingerprint() const;

    QSqlDatabase m_db;
    QString m_channel;
    bool m_listening = false;
    QList<RemoteChange> m_pending;
    QTimer m_deliver; // gathers what one commit of another window announces
    QTimer m_check;
    QByteArray m_fingerprint; ///< as of the last check; empty before the first
    bool m_heard = false; ///< an announcement came since the last check, this window's own included
};

} // namespace fallback
