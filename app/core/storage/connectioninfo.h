// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace fallback {

/// Where a team database is: a PostgreSQL connection URI
/// ("postgresql://editor@db.example.com/plans?sslmode=verify-full") or a
/// conninfo string ("host=db1,db2 dbname=plans target_session_attrs=read-write"),
/// read by libpq itself, so that every setting libpq knows works: several hosts
/// for failover, TLS, a service file, ~/.pgpass for the password.
class ConnectionInfo final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ConnectionInfo)
public:
    /// True when \a text names a database rather than a file: a URI, or
    /// "keyword=value" words. A file's path never is one (a path with "=" in
    /// it names a plan when such a file exists).
    static bool looksLikeConnection(const QString &text);

    /// \a text read by libpq; nothing with a translated reason in \a error.
    static std::optional<ConnectionInfo> parse(const QString &text, QString *error);

    /// The value of \a keyword (as libpq names it), empty when not given.
    QString value(const QString &keyword) const;

    /// The settings as "keyword='value'" words for Qt's PostgreSQL driver.
    QString driverOptions() const;
    /// The settings as a conninfo string without the password: what may be
    /// written down (an offline copy remembers its server by it).
    QString withoutPassword() const;
    /// The settings as a conninfo string with \a password in place of any
    /// given: for the session at hand, never to be written down.
    QString withPassword(const QString &password) const;

    /// "user@host/database" without the password, for titles and messages.
    QString displayName() const;

private:
    QString words(bool withPassword) const;
    /// "keyword='value'" as libpq reads it back.
    static QString word(const QString &keyword, QString value);

    QList<QPair<QString, QString>> m_settings; // keyword, value: the ones given
};

} // namespace fallback
