// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duty/rolecardcontactmodel.h"

#include "document/plandocument.h"
#include "storage/sqlquery.h"

namespace fallback {

namespace {
const QString RoleCardColumn = QStringLiteral("role_card_id");
}

RoleCardContactModel::RoleCardContactModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("role_card_contact"),
        {
            {QStringLiteral("member_id"), FieldKind::Reference, std::nullopt, QStringLiteral("member"),
                QStringLiteral("name")},
            {QStringLiteral("reason"), FieldKind::Text},
            {QStringLiteral("phones"), FieldKind::Computed},
            {QStringLiteral("backup"), FieldKind::Computed},
        },
        RoleCardColumn, qint64(0), parent)
{ }

void RoleCardContactModel::setRoleCardId(qint64 id)
{
    setScope(RoleCardColumn, id);
}

QString RoleCardContactModel::fieldLabel(int column) const
{
    switch (column) {
    case ContactColumn:
        return tr("Call");
    case ReasonColumn:
        return tr("When");
    case PhoneColumn:
        return tr("Phones");
    case BackupColumn:
        return tr("Backup");
    default:
        return {};
    }
}

QString RoleCardContactModel::addCommandText() const
{
    return tr("Add whom to call");
}

QString RoleCardContactModel::removeCommandText(int count) const
{
    return tr("Remove %n contact(s) from the card", nullptr, count);
}

QVariantMap RoleCardContactModel::newRecordValues() const
{
    // The column may not be empty: the first contact of the roster until another is chosen.
    return {{QStringLiteral("member_id"),
        queryValue(document()->database(), QStringLiteral("SELECT id FROM member ORDER BY name, id LIMIT 1"))}};
}

QVariant RoleCardContactModel::computedValue(const QVariantMap &record, int column) const
{
    const QVariant member = record.value(QStringLiteral("member_id"));
    if (column == PhoneColumn) {
        QSqlQuery query = execQuery(document()->database(),
            QStringLiteral("SELECT phone_mobile, phone_office FROM member WHERE id = ?"), {member});
        if (!query.next()) {
            return {};
        }
        QStringList phones {query.value(0).toString(), query.value(1).toString()};
        phones.removeAll(QString());
        return phones.join(QStringLiteral(" / "));
    }
    if (column == BackupColumn) {
        QSqlQuery query = execQuery(document()->database(),
            QStringLiteral("SELECT b.name, b.phone_mobile FROM member m JOIN member b ON b.id = m.backup_member_id "
                           "WHERE m.id = ?"),
            {member});
        if (!query.next()) {
            return tr("None");
        }
        return query.value(1).toString().isEmpty()
            ? query.value(0).toString()
            : tr("%1 (%2)").arg(query.value(0).toString(), query.value(1).toString());
    }
    return {};
}

QString RoleCardContactModel::refusalOf(const QVariantMap &record, int column, const QVariant &value) const
{
    if (column == ContactColumn && value.isNull()) {
        return tr("Choose whom to call; to take the line off the card, remove it.");
    }
    return RecordTableModel::refusalOf(record, column, value);
}

bool RoleCardContactModel::dependsOn(const QString &table) const
{
    return table == QLatin1String("member") || RecordTableModel::dependsOn(table);
}

} // namespace fallback
