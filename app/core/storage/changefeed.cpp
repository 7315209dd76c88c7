// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changefeed.h"

#include "storage/logging.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QVariant>

namespace fallback {

std::optional<RemoteChange> RemoteChange::fromNotification(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() < 3) {
        return std::nullopt;
    }
    RemoteChange change;
    change.table = parts.at(0);
    bool numeric = false;
    change.id = parts.at(2).toLongLong(&numeric);
    const QString kind = parts.at(1);
    if (!numeric || (kind != QLatin1String("I") && kind != QLatin1String("U") && kind != QLatin1String("D"))) {
        return std::nullopt;
    }
    change.kind = kind == QLatin1String("I") ? Kind::Inserted
        : kind == QLatin1String("D")         ? Kind::Removed
                                             : Kind::Changed;
    if (change.kind == Kind::Changed && parts.size() > 3) {
        change.columns = parts.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return change;
}

ChangeFeed::ChangeFeed(QSqlDatabase db, QString channel, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_channel(std::move(channel))
{
    m_deliver.setSingleShot(true);
    m_deliver.setInterval(10);
    connect(&m_deliver, &QTimer::timeout, this, [this] {
        const QList<RemoteChange> changes = std::exchange(m_pending, {});
        if (!changes.isEmpty()) {
            Q_EMIT changed(changes);
        }
    });
    m_check.setInterval(CheckIntervalMs);
    connect(&m_check, &QTimer::timeout, this, &ChangeFeed::checkForMissed);
    m_check.start();
    QSqlDriver *driver = m_db.driver();
    if (driver && driver->hasFeature(QSqlDriver::EventNotifications)) {
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, int(source), payload);
            });
        m_listening = driver->subscribeToNotification(m_channel);
    }
    if (!m_listening) {
        qCWarning(lcStorage) << "cannot listen for changes of" << m_channel;
    }
}

bool ChangeFeed::listenAgain()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        return false;
    }
    m_listening = driver->subscribedToNotifications().contains(m_channel) || driver->subscribeToNotification(m_channel);
    m_fingerprint.clear(); // what changed meanwhile is read again anyway
    if (!m_listening) {
        qCWarning(lcStorage) << "cannot listen again for changes of" << m_channel;
    }
    return m_listening;
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_db.isOpen()) {
        m_db.driver()->unsubscribeFromNotification(m_channel);
    }
}

QByteArray ChangeFeed::fingerprint() const
{
    // Every change of a record gives it a new xmin (the transaction that
    // wrote it), triggers or not; an insert or a delete changes the count and
    // the sum of the ids.
    QStringList parts;
    for (const QString &table : schema::tableNames()) {
        parts << QStringLiteral("SELECT count(*), coalesce(sum(id), 0), coalesce(sum(xmin::text::bigint), 0) FROM %1")
                     .arg(quotedIdentifier(table));
    }
    QSqlQuery query = execQuery(m_db, parts.join(QLatin1String(" UNION ALL ")));
    if (!query.isActive()) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);
    while (query.next()) {
        for (int column = 0; column < 3; ++column) {
            hash.addData(QByteArray(query.value(column).toString().toLatin1() + ' '));
        }
    }
    return hash.result();
}

void ChangeFeed::checkForMissed()
{
    if (!m_listening || !m_db.isOpen()) {
        return;
    }
    const QByteArray now = fingerprint();
    if (now.isEmpty()) {
        return;
    }
    const bool unannounced = !m_fingerprint.isEmpty() && now != m_fingerprint && !m_heard;
    m_fingerprint = now;
    m_heard = false;
    if (unannounced) {
        qCInfo(lcStorage) << "changes of" << m_channel << "came unannounced; reading the plan again";
        Q_EMIT missed();
    }
}

void ChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name == m_channel) {
        m_heard = true;
    }
    if (name != m_channel || source == QSqlDriver::SelfSource) {
        return; // this window's own change, which it has already shown
    }
    if (const auto change = RemoteChange::fromNotification(payload.toString())) {
        m_pending.append(*change);
        if (!m_deliver.isActive()) {
            m_deliver.start();
        }
    }
}

} // namespace fallback
