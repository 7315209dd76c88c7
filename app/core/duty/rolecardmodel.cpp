// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duty/rolecardmodel.h"

#include "document/plandocument.h"
#include "storage/sqlquery.h"

namespace fallback {

RoleCardModel::RoleCardModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("role_card"),
        {
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("group_id"), FieldKind::Reference, std::nullopt, QStringLiteral("org_group"),
                QStringLiteral("name")},
            {QStringLiteral("holder_role"), FieldKind::Choice, Vocabulary::Kind::MemberRole},
            {QStringLiteral("holders"), FieldKind::Computed},
        },
        parent)
{ }

QStringList RoleCardModel::textColumns()
{
    return {QStringLiteral("duties"), QStringLiteral("steps_before"), QStringLiteral("steps_during"),
        QStringLiteral("steps_after"), QStringLiteral("steps_recovery"), QStringLiteral("decisions")};
}

QString RoleCardModel::fieldLabel(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Post");
    case GroupColumn:
        return tr("Group");
    case HeldByColumn:
        return tr("Held by its");
    case HoldersColumn:
        return tr("Held now by");
    default:
        return {};
    }
}

QVariantMap RoleCardModel::newRecordValues() const
{
    return {{QStringLiteral("name"), tr("New role card")}, {QStringLiteral("holder_role"), QStringLiteral("lead")}};
}

QString RoleCardModel::addCommandText() const
{
    return tr("Add role card");
}

QString RoleCardModel::removeCommandText(int count) const
{
    return tr("Remove %n role card(s)", nullptr, count);
}

QVariant RoleCardModel::computedValue(const QVariantMap &record, int column) const
{
    if (column != HoldersColumn) {
        return {};
    }
    const QVariant group = record.value(QStringLiteral("group_id"));
    if (group.isNull()) {
        return tr("Nobody: choose the group");
    }
    QStringList names;
    QSqlQuery query = execQuery(document()->database(),
        QStringLiteral("SELECT m.name, CASE WHEN m.phone_mobile <> '' THEN m.phone_mobile ELSE m.phone_office END "
                       "FROM group_member gm JOIN member m ON m.id = gm.member_id "
                       "WHERE gm.group_id = ? AND gm.role = ? ORDER BY gm.escalation_order, gm.id"),
        {group, record.value(QStringLiteral("holder_role"))});
    while (query.next()) {
        const QString phone = query.value(1).toString();
        names << (phone.isEmpty() ? query.value(0).toString() : tr("%1 (%2)").arg(query.value(0).toString(), phone));
    }
    return names.isEmpty() ? tr("Nobody in that role yet") : names.join(tr(", ", "list separator"));
}

bool RoleCardModel::dependsOn(const QString &table) const
{
    return table == QLatin1String("group_member") || table == QLatin1String("member")
        || RecordTableModel::dependsOn(table);
}

} // namespace fallback
