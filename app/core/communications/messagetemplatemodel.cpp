// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communications/messagetemplatemodel.h"

#include "communications/messagecomposer.h"

namespace fallback {

MessageTemplateModel::MessageTemplateModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("message_template"),
        {
            {QStringLiteral("occasion"), FieldKind::Choice, Vocabulary::Kind::MessageOccasion},
            {QStringLiteral("audience_id"), FieldKind::Reference, std::nullopt, QStringLiteral("audience"),
                QStringLiteral("name")},
            {QStringLiteral("channel"), FieldKind::Choice, Vocabulary::Kind::MessageChannel},
            {QStringLiteral("language"), FieldKind::Choice, Vocabulary::Kind::MessageLanguage},
            {QStringLiteral("subject"), FieldKind::Text},
            {QStringLiteral("body"), FieldKind::LongText},
        },
        parent)
{ }

QString MessageTemplateModel::fieldLabel(int column) const
{
    switch (column) {
    case OccasionColumn:
        return tr("Occasion");
    case AudienceColumn:
        return tr("Audience");
    case ChannelColumn:
        return tr("Channel");
    case LanguageColumn:
        return tr("Language");
    case SubjectColumn:
        return tr("Subject (email)");
    case BodyColumn:
        return tr("Message");
    default:
        return {};
    }
}

QVariantMap MessageTemplateModel::newRecordValues() const
{
    return {{QStringLiteral("occasion"), QStringLiteral("update")}, {QStringLiteral("body"), tr("{upgrade}: ")}};
}

QVariantMap MessageTemplateModel::newRecordValuesBeside(int selectedRow) const
{
    // A new template is most often a variant of the selected one: another
    // channel or language of the same occasion and audience.
    const QVariantMap selected = recordAt(selectedRow);
    QVariantMap values = newRecordValues();
    for (const char *column : {"occasion", "audience_id", "channel", "language"}) {
        values.insert(QLatin1String(column), selected.value(QLatin1String(column)));
    }
    return values;
}

QString MessageTemplateModel::addCommandText() const
{
    return tr("Add message template");
}

QString MessageTemplateModel::removeCommandText(int count) const
{
    return tr("Remove %n message template(s)", nullptr, count);
}

QVariant MessageTemplateModel::extraData(const QVariantMap &record, int column, int role) const
{
    if (column == AudienceColumn && role == Qt::DisplayRole && record.value(QStringLiteral("audience_id")).isNull()) {
        return tr("Every audience");
    }
    if (column == BodyColumn && role == Qt::ToolTipRole) {
        QStringList lines {record.value(QStringLiteral("body")).toString(), QString(), tr("Placeholders:")};
        for (const QString &name : MessageComposer::placeholders()) {
            lines << QStringLiteral("{%1} %2").arg(name, MessageComposer::placeholderDescription(name));
        }
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QString MessageTemplateModel::refusalOf(const QVariantMap &record, int column, const QVariant &value) const
{
    if (column == BodyColumn) {
        if (const QString unknown = MessageComposer::unknownPlaceholder(value.toString()); !unknown.isEmpty()) {
            return tr("{%1} is not a placeholder; the old text is kept. Placeholders: %2")
                .arg(unknown, MessageComposer::placeholders().join(QLatin1String(", ")));
        }
    }
    return RecordTableModel::refusalOf(record, column, value);
}

} // namespace fallback
