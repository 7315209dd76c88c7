// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The audiences of the communications plan (领导小组, 业务部门, 客户, 供应商,
/// 监管部门), in the order the plan lists them: who sends them updates (a
/// group of the organisation), how often when not as often as the warning
/// level says, and their channels in order (the first is the primary one).
class AudienceModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SenderColumn, ChannelsColumn, UpdateMinutesColumn, NoteColumn, ColumnCount };

    explicit AudienceModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant computedValue(const QVariantMap &record, int column) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    QString refusalOf(const QVariantMap &record, int column, const QVariant &value) const override;
    bool isRequired(int column) const override { return column == NameColumn; }
    bool dependsOn(const QString &table) const override;
    void clearCaches() override { m_channels.clear(); }

private:
    /// The channel labels of audience \a id in their order.
    QStringList channelsOf(qint64 id) const;
    mutable QHash<qint64, QStringList> m_channels;
};

} // namespace fallback
