// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/builtincontent.h"

#include "document/plandocument.h"
#include "interchange/planjsonimport.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fallback {

namespace {
/// The tables of the built-in template in the plan's language.
QJsonObject templateTables(const PlanDocument *document)
{
    QString language = document->store().value(QStringLiteral("plan"), 1, QStringLiteral("language")).toString();
    if (!PlanJsonImport::templateNames().contains(language)) {
        language = QStringLiteral("en");
    }
    QFile file(QStringLiteral(":/fallback/templates/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("tables")).toObject();
}

QVariantMap valuesOf(const QJsonObject &row)
{
    QVariantMap values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        // JSON numbers are doubles; the plan's columns are whole numbers.
        values.insert(it.key(), it.value().isDouble() ? QVariant(it.value().toInteger()) : it.value().toVariant());
    }
    values.remove(QStringLiteral("id"));
    return values;
}

/// The plan's group of the same name as the template's group \a templateGroup; null when none.
QVariant sameGroup(const QJsonObject &tables, const QHash<QString, qint64> &planGroups, const QJsonValue &templateGroup)
{
    for (const QJsonValue &group : tables.value(QStringLiteral("org_group")).toArray()) {
        if (group.toObject().value(QStringLiteral("id")) == templateGroup) {
            const auto found = planGroups.constFind(group.toObject().value(QStringLiteral("name")).toString());
            return found == planGroups.constEnd() ? QVariant() : QVariant(*found);
        }
    }
    return {};
}

QHash<QString, qint64> groupsByName(const PlanDocument *document)
{
    QHash<QString, qint64> groups;
    QSqlQuery query = execQuery(document->database(), QStringLiteral("SELECT id, name FROM org_group ORDER BY id"));
    while (query.next()) {
        groups.insert(query.value(1).toString(), query.value(0).toLongLong());
    }
    return groups;
}

int nextPosition(const PlanDocument *document, const QString &table)
{
    return queryValue(document->database(), QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM %1").arg(table))
        .toInt();
}
} // namespace

BuiltInContent::Outcome BuiltInContent::addCommunications(PlanDocument *document)
{
    if (document->isReadOnly()) {
        return {false, document->file().readOnlyMessage()};
    }
    const QJsonObject tables = templateTables(document);
    const QHash<QString, qint64> groups = groupsByName(document);
    const bool hasAudiences
        = queryValue(document->database(), QStringLiteral("SELECT COUNT(*) FROM audience")).toInt() > 0;
    QList<RecordSnapshot::Row> rows;
    QHash<qint64, qint64> audienceIds; // template id -> new id
    int audiences = 0;
    if (!hasAudiences) {
        qint64 id = document->nextId(QStringLiteral("audience"));
        for (const QJsonValue &value : tables.value(QStringLiteral("audience")).toArray()) {
            const QJsonObject row = value.toObject();
            QVariantMap values = valuesOf(row);
            values.insert(QStringLiteral("id"), id);
            values.insert(QStringLiteral("sender_group_id"),
                sameGroup(tables, groups, row.value(QStringLiteral("sender_group_id"))));
            audienceIds.insert(row.value(QStringLiteral("id")).toInteger(), id++);
            rows.append({QStringLiteral("audience"), values});
            ++audiences;
        }
        qint64 channelId = document->nextId(QStringLiteral("audience_channel"));
        for (const QJsonValue &value : tables.value(QStringLiteral("audience_channel")).toArray()) {
            QVariantMap values = valuesOf(value.toObject());
            values.insert(QStringLiteral("id"), channelId++);
            values.insert(QStringLiteral("audience_id"),
                audienceIds.value(value.toObject().value(QStringLiteral("audience_id")).toInteger()));
            rows.append({QStringLiteral("audience_channel"), values});
        }
    }
    // Templates the plan has already (same occasion, channel and language for every audience) are kept.
    QSet<QString> present;
    QSqlQuery existing = execQuery(document->database(),
        QStringLiteral("SELECT occasion, channel, language FROM message_template WHERE audience_id IS NULL"));
    while (existing.next()) {
        present.insert(
            QStringList {existing.value(0).toString(), existing.value(1).toString(), existing.value(2).toString()}.join(
                QLatin1Char('|')));
    }
    qint64 templateId = document->nextId(QStringLiteral("message_template"));
    int position = nextPosition(document, QStringLiteral("message_template"));
    int templates = 0;
    for (const QJsonValue &value : tables.value(QStringLiteral("message_template")).toArray()) {
        const QJsonObject row = value.toObject();
        const QJsonValue audience = row.value(QStringLiteral("audience_id"));
        const QString key = QStringList {row.value(QStringLiteral("occasion")).toString(),
            row.value(QStringLiteral("channel")).toString(), row.value(QStringLiteral("language")).toString()}
                                .join(QLatin1Char('|'));
        if (audience.isDouble() ? !audienceIds.contains(audience.toInteger()) : present.contains(key)) {
            continue; // a template of an audience the plan does not have from here, or one it has
        }
        QVariantMap values = valuesOf(row);
        values.insert(QStringLiteral("id"), templateId++);
        values.insert(QStringLiteral("position"), position++);
        values.insert(QStringLiteral("audience_id"),
            audience.isDouble() ? QVariant(audienceIds.value(audience.toInteger())) : QVariant());
        rows.append({QStringLiteral("message_template"), values});
        ++templates;
    }
    if (rows.isEmpty()) {
        return {false, tr("The plan already has every built-in message template.")};
    }
    if (!document->addRecords(rows, tr("Add built-in communications plan"))) {
        return {false, tr("The built-in communications plan could not be added.")};
    }
    const QString what = tr("%n message template(s)", nullptr, templates);
    return {true,
        audiences > 0 ? tr("Added %1 and %2 with their channels; fill in their numbers and addresses.")
                            .arg(tr("%n audience(s)", nullptr, audiences), what)
                      : tr("Added %1.").arg(what)};
}

BuiltInContent::Outcome BuiltInContent::addRoleCards(PlanDocument *document)
{
    if (document->isReadOnly()) {
        return {false, document->file().readOnlyMessage()};
    }
    const QJsonObject tables = templateTables(document);
    const QHash<QString, qint64> groups = groupsByName(document);
    QSet<QString> names;
    QSqlQuery existing = execQuery(document->database(), QStringLiteral("SELECT name FROM role_card"));
    while (existing.next()) {
        names.insert(existing.value(0).toString().trimmed());
    }
    QList<RecordSnapshot::Row> rows;
    qint64 id = document->nextId(QStringLiteral("role_card"));
    int position = nextPosition(document, QStringLiteral("role_card"));
    for (const QJsonValue &value : tables.value(QStringLiteral("role_card")).toArray()) {
        const QJsonObject row = value.toObject();
        if (names.contains(row.value(QStringLiteral("name")).toString().trimmed())) {
            continue;
        }
        QVariantMap values = valuesOf(row);
        values.insert(QStringLiteral("id"), id++);
        values.insert(QStringLiteral("position"), position++);
        values.insert(QStringLiteral("group_id"), sameGroup(tables, groups, row.value(QStringLiteral("group_id"))));
        rows.append({QStringLiteral("role_card"), values});
    }
    if (rows.isEmpty()) {
        return {false, tr("The plan already has every built-in role card.")};
    }
    if (!document->addRecords(rows, tr("Add built-in role cards"))) {
        return {false, tr("The built-in role cards could not be added.")};
    }
    return {true, tr("Added %n role card(s); check the group that holds each.", nullptr, int(rows.size()))};
}

} // namespace fallback
