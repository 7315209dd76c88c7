// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The channels of one audience in the order they are tried: the first is
/// the primary channel, the others are the backups for when it is down (备用
/// 通信: a phone bridge, SMS, a satellite phone, radio, in person), each with
/// the number or address it is reached at.
class AudienceChannelModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { UseColumn, ChannelColumn, AddressColumn, NoteColumn, ColumnCount };

    explicit AudienceChannelModel(PlanDocument *document, QObject *parent = nullptr);

    /// Shows the channels of audience \a id; 0 shows none.
    void setAudienceId(qint64 id);
    qint64 audienceId() const { return scopeValue().toLongLong(); }

protected:
    QString fieldLabel(int column) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
};

} // namespace fallback
