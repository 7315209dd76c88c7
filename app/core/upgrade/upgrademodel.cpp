// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgrade/upgrademodel.h"

#include "document/plandocument.h"

#include <QTimeZone>

namespace fallback {

UpgradeModel::UpgradeModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("upgrade"),
        {
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("status"), FieldKind::Choice, Vocabulary::Kind::UpgradeStatus},
            {QStringLiteral("window_start"), FieldKind::Computed},
            {QStringLiteral("window_end"), FieldKind::Computed},
            {QStringLiteral("version_from"), FieldKind::Text},
            {QStringLiteral("version_to"), FieldKind::Text},
            {QStringLiteral("template_id"), FieldKind::Reference, std::nullopt, QStringLiteral("checklist_template"),
                QStringLiteral("name")},
            {QStringLiteral("impact"), FieldKind::LongText},
            {QStringLiteral("notify"), FieldKind::LongText},
            {QStringLiteral("rollback_plan"), FieldKind::LongText},
            {QStringLiteral("go_criteria"), FieldKind::LongText},
        },
        parent)
{ }

QDateTime UpgradeModel::windowTime(const QVariant &stored)
{
    if (stored.isNull()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(stored.toString(), Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) {
        time.setTimeZone(QTimeZone::utc()); // the schema keeps UTC; a bare time is read as such
    }
    return time;
}

QVariant UpgradeModel::storedWindowTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString UpgradeModel::windowText(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString UpgradeModel::fieldLabel(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Upgrade");
    case StatusColumn:
        return tr("Status");
    case WindowStartColumn:
        return tr("Window start");
    case WindowEndColumn:
        return tr("Window end");
    case VersionFromColumn:
        return tr("From version");
    case VersionToColumn:
        return tr("To version");
    case TemplateColumn:
        return tr("Checklist template");
    case ImpactColumn:
        return tr("Impact");
    case NotifyColumn:
        return tr("Notify");
    case RollbackPlanColumn:
        return tr("Rollback plan");
    case GoCriteriaColumn:
        return tr("Go/no-go criteria");
    default:
        return {};
    }
}

QVariantMap UpgradeModel::newRecordValues() const
{
    return {{QStringLiteral("name"), tr("New upgrade")}};
}

QString UpgradeModel::addCommandText() const
{
    return tr("Add upgrade");
}

QString UpgradeModel::removeCommandText(int count) const
{
    return tr("Remove %n upgrade(s)", nullptr, count);
}

QVariant UpgradeModel::computedValue(const QVariantMap &record, int column) const
{
    if (column == WindowStartColumn || column == WindowEndColumn) {
        return windowText(windowTime(record.value(fields().at(column).column)), document()->timeZone());
    }
    return {};
}

} // namespace fallback
