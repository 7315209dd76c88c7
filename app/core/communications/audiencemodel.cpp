// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/audiencemodel.h"

#include "document/plandocument.h"
#include "storage/sqlquery.h"

namespace fallback {

AudienceModel::AudienceModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("audience"),
        {
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("sender_group_id"), FieldKind::Reference, std::nullopt, QStringLiteral("org_group"),
                QStringLiteral("name")},
            {QStringLiteral("channels"), FieldKind::Computed},
            {QStringLiteral("update_minutes"), FieldKind::Integer},
            {QStringLiteral("note"), FieldKind::LongText},
        },
        parent)
{ }

QString AudienceModel::fieldLabel(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Audience");
    case SenderColumn:
        return tr("Sent by");
    case ChannelsColumn:
        return tr("Channels");
    case UpdateMinutesColumn:
        return tr("Updates every (min)");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QVariantMap AudienceModel::newRecordValues() const
{
    return {{QStringLiteral("name"), tr("New audience")}};
}

QString AudienceModel::addCommandText() const
{
    return tr("Add audience");
}

QString AudienceModel::removeCommandText(int count) const
{
    return tr("Remove %n audience(s)", nullptr, count);
}

QStringList AudienceModel::channelsOf(qint64 id) const
{
    if (m_channels.isEmpty()) {
        QSqlQuery query = execQuery(document()->database(),
            QStringLiteral("SELECT audience_id, channel FROM audience_channel ORDER BY audience_id, position, id"));
        while (query.next()) {
            m_channels[query.value(0).toLongLong()].append(
                Vocabulary::label(Vocabulary::Kind::Channel, query.value(1).toString()));
        }
        m_channels.insert(0, {}); // read once even when no audience has a channel
    }
    return m_channels.value(id);
}

QVariant AudienceModel::computedValue(const QVariantMap &record, int column) const
{
    if (column != ChannelsColumn) {
        return {};
    }
    const QStringList channels = channelsOf(record.value(QStringLiteral("id")).toLongLong());
    if (channels.isEmpty()) {
        return tr("None");
    }
    if (channels.size() == 1) {
        return tr("%1, no backup").arg(channels.first());
    }
    return tr("%1, then %2", "primary channel, then the backup channels")
        .arg(channels.first(), channels.mid(1).join(tr(", ", "list separator")));
}

QVariant AudienceModel::extraData(const QVariantMap &record, int column, int role) const
{
    if (column == UpdateMinutesColumn && record.value(QStringLiteral("update_minutes")).isNull()) {
        if (role == Qt::DisplayRole) {
            return tr("By warning level");
        }
        if (role == Qt::ForegroundRole) {
            return QStringLiteral("#808080");
        }
    }
    if (role == Qt::ToolTipRole && column == UpdateMinutesColumn) {
        return tr("Leave empty to send updates as often as the declared warning level says.");
    }
    if (role == Qt::ToolTipRole && column == ChannelsColumn
        && channelsOf(record.value(QStringLiteral("id")).toLongLong()).size() < 2) {
        return tr("Give this audience a backup channel for when the primary one is down.");
    }
    return {};
}

QString AudienceModel::refusalOf(const QVariantMap &record, int column, const QVariant &value) const
{
    if (column == UpdateMinutesColumn && !value.isNull() && value.toLongLong() < 1) {
        return tr("Give the minutes between two updates (at least 1), or leave it empty to follow the warning "
                  "level.");
    }
    return RecordTableModel::refusalOf(record, column, value);
}

bool AudienceModel::dependsOn(const QString &table) const
{
    return table == QLatin1String("audience_channel") || RecordTableModel::dependsOn(table);
}

} // namespace fallback
