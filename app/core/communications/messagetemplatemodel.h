// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace fallback {

/// The formatted texts of the plan (格式化文本): one status message per
/// occasion (the response started, a level change, a regular update, STOP,
/// rollback, service restored, the end of the emergency), for one audience
/// or for every audience, per channel and language, with placeholders such as
/// {upgrade} and {next_update} that MessageComposer fills from a run.
class MessageTemplateModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        OccasionColumn,
        AudienceColumn,
        ChannelColumn,
        LanguageColumn,
        SubjectColumn,
        BodyColumn,
        ColumnCount
    };

    explicit MessageTemplateModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValuesBeside(int selectedRow) const override;
    QVariantMap newRecordValues() const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    QString refusalOf(const QVariantMap &record, int column, const QVariant &value) const override;
};

} // namespace fallback
