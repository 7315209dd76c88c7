// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/connectioninfo.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace fallback {

bool ConnectionInfo::looksLikeConnection(const QString &text)
{
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        return true;
    }
    static const QRegularExpression keywordValue(QStringLiteral("^\\s*[a-z_]+\\s*="));
    return keywordValue.match(text).hasMatch() && !QFileInfo::exists(text);
}

std::optional<ConnectionInfo> ConnectionInfo::parse(const QString &text, QString *error)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &message);
    if (!options) {
        if (error) {
            const QString detail = message ? QString::fromUtf8(message).trimmed() : tr("out of memory");
            *error = tr("\"%1\" is not a PostgreSQL connection: %2").arg(text, detail);
        }
        PQfreemem(message);
        return std::nullopt;
    }
    ConnectionInfo info;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val) {
            continue;
        }
        const QString value = QString::fromUtf8(option->val);
        // Qt's driver reads its options split at semicolons.
        if (value.contains(QLatin1Char(';'))) {
            if (error) {
                *error = tr("The connection setting \"%1\" contains a semicolon, which Qt's PostgreSQL driver "
                            "cannot pass on; put it in a libpq service file instead.")
                             .arg(QString::fromUtf8(option->keyword));
            }
            PQconninfoFree(options);
            return std::nullopt;
        }
        info.m_settings.append({QString::fromUtf8(option->keyword), value});
    }
    PQconninfoFree(options);
    return info;
}

QString ConnectionInfo::value(const QString &keyword) const
{
    for (const auto &[key, value] : m_settings) {
        if (key == keyword) {
            return value;
        }
    }
    return {};
}

QString ConnectionInfo::driverOptions() const
{
    return words(true);
}

QString ConnectionInfo::withoutPassword() const
{
    return words(false);
}

QString ConnectionInfo::withPassword(const QString &password) const
{
    return words(false) + QLatin1Char(' ') + word(QStringLiteral("password"), password);
}

QString ConnectionInfo::word(const QString &keyword, QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return keyword + QLatin1String("='") + value + QLatin1Char('\'');
}

QString ConnectionInfo::words(bool withPassword) const
{
    QStringList words;
    for (const auto &[key, value] : m_settings) {
        if (withPassword || key != QLatin1String("password")) {
            words << word(key, value);
        }
    }
    return words.join(QLatin1Char(' '));
}

QString ConnectionInfo::displayName() const
{
    QString host = value(QStringLiteral("host"));
    if (host.isEmpty()) {
        host = value(QStringLiteral("hostaddr"));
    }
    if (host.isEmpty() || host.startsWith(QLatin1Char('/'))) {
        host = tr("local server");
    }
    QString name = value(QStringLiteral("service"));
    if (name.isEmpty()) {
        const QString user = value(QStringLiteral("user"));
        const QString database = value(QStringLiteral("dbname"));
        name = (user.isEmpty() ? QString() : user + QLatin1Char('@')) + host
            + (database.isEmpty() ? QString() : QLatin1Char('/') + database);
    }
    return name;
}

} // namespace fallback
