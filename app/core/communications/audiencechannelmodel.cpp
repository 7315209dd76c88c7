// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/audiencechannelmodel.h"

namespace fallback {

namespace {
const QString AudienceColumn = QStringLiteral("audience_id");
}

AudienceChannelModel::AudienceChannelModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("audience_channel"),
        {
            {QStringLiteral("use"), FieldKind::Computed},
            {QStringLiteral("channel"), FieldKind::Choice, Vocabulary::Kind::Channel},
            {QStringLiteral("address"), FieldKind::Text},
            {QStringLiteral("note"), FieldKind::Text},
        },
        AudienceColumn, qint64(0), parent)
{ }

void AudienceChannelModel::setAudienceId(qint64 id)
{
    setScope(AudienceColumn, id);
}

QString AudienceChannelModel::fieldLabel(int column) const
{
    switch (column) {
    case UseColumn:
        return tr("Use");
    case ChannelColumn:
        return tr("Channel");
    case AddressColumn:
        return tr("Number or address");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QString AudienceChannelModel::addCommandText() const
{
    return tr("Add channel");
}

QString AudienceChannelModel::removeCommandText(int count) const
{
    return tr("Remove %n channel(s)", nullptr, count);
}

QVariant AudienceChannelModel::computedValue(const QVariantMap &record, int column) const
{
    if (column != UseColumn) {
        return {};
    }
    const int row = rowOf(record.value(QStringLiteral("id")).toLongLong());
    return row <= 0 ? tr("Primary") : tr("Backup %1").arg(row);
}

QVariant AudienceChannelModel::extraData(const QVariantMap &record, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == AddressColumn
        && record.value(QStringLiteral("address")).toString().trimmed().isEmpty()
        && record.value(QStringLiteral("channel")).toString() != QLatin1String("in_person")) {
        return tr("Give the number, group or address this audience is reached at over this channel.");
    }
    if (role == Qt::ToolTipRole && column == UseColumn) {
        return tr("The first channel is used first; the others, in their order, when it is down. Move a channel "
                  "with Alt+Up and Alt+Down.");
    }
    return {};
}

} // namespace fallback
