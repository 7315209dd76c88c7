// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgrade/checklistoperations.h"

#include "document/plandocument.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistitemmodel.h"
#include "upgrade/upgrademodel.h"

#include <QUndoStack>

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
const QString TemplateTable = QStringLiteral("checklist_template");
const QString TemplateItemTable = QStringLiteral("checklist_template_item");
const QString UpgradeItemTable = QStringLiteral("upgrade_item");
/// The fields an item keeps when it is copied to another checklist.
const QStringList ItemFields = {QStringLiteral("phase"), QStringLiteral("position"), QStringLiteral("text"),
    QStringLiteral("responsible"), QStringLiteral("offset_minutes"), QStringLiteral("duration_minutes")};

/// The items of a template, in checklist order.
QList<QVariantMap> templateItems(const PlanDocument *document, qint64 templateId)
{
    QList<QVariantMap> items = document->store().records(
        TemplateItemTable, QStringLiteral("template_id"), templateId, QStringLiteral("position"));
    ChecklistItemModel::sortInChecklistOrder(items);
    return items;
}

/// Copies of \a items for another owner, with ids from \a nextId on.
QList<RecordSnapshot::Row> copiedItems(
    const QList<QVariantMap> &items, const QString &table, const QString &ownerColumn, qint64 ownerId, qint64 nextId)
{
    QList<RecordSnapshot::Row> rows;
    rows.reserve(items.size());
    for (const QVariantMap &item : items) {
        QVariantMap values {{IdColumn, nextId++}, {ownerColumn, ownerId}};
        for (const QString &field : ItemFields) {
            values.insert(field, item.value(field));
        }
        rows.append({table, values});
    }
    return rows;
}

int countOf(const PlanDocument *document, const QString &table, const QString &ownerColumn, qint64 ownerId)
{
    return queryValue(document->database(),
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
            .arg(quotedIdentifier(table), quotedIdentifier(ownerColumn)),
        {ownerId})
        .toInt();
}
} // namespace

qint64 ChecklistOperations::duplicateTemplate(PlanDocument *document, qint64 templateId)
{
    const QVariantMap original = document->store().record(TemplateTable, templateId);
    if (original.isEmpty() || document->isReadOnly()) {
        return 0;
    }
    const qint64 copyId = document->nextId(TemplateTable);
    QList<RecordSnapshot::Row> rows {{TemplateTable,
        {{IdColumn, copyId},
            {QStringLiteral("name"), tr("Copy of %1").arg(original.value(QStringLiteral("name")).toString())},
            {QStringLiteral("description"), original.value(QStringLiteral("description"))}}}};
    rows += copiedItems(templateItems(document, templateId), TemplateItemTable, QStringLiteral("template_id"), copyId,
        document->nextId(TemplateItemTable));
    return document->addRecords(rows, tr("Duplicate checklist template")) ? copyId : 0;
}

int ChecklistOperations::templateItemCount(const PlanDocument *document, qint64 templateId)
{
    return countOf(document, TemplateItemTable, QStringLiteral("template_id"), templateId);
}

int ChecklistOperations::upgradeItemCount(const PlanDocument *document, qint64 upgradeId)
{
    return countOf(document, UpgradeItemTable, QStringLiteral("upgrade_id"), upgradeId);
}

bool ChecklistOperations::instantiateChecklist(PlanDocument *document, qint64 upgradeId, qint64 templateId)
{
    if (document->isReadOnly() || document->store().record(QStringLiteral("upgrade"), upgradeId).isEmpty()) {
        return false;
    }
    const QList<QVariantMap> items = templateItems(document, templateId);
    if (items.isEmpty()) {
        return false;
    }
    QList<RecordKey> existing;
    QSqlQuery query = execQuery(
        document->database(), QStringLiteral("SELECT id FROM upgrade_item WHERE upgrade_id = ?"), {upgradeId});
    while (query.next()) {
        existing.append({UpgradeItemTable, query.value(0).toLongLong()});
    }
    // Ids past every existing item, also past those about to be removed, so
    // that undo puts the old items back under their own ids.
    const QList<RecordSnapshot::Row> rows = copiedItems(
        items, UpgradeItemTable, QStringLiteral("upgrade_id"), upgradeId, document->nextId(UpgradeItemTable));
    if (existing.isEmpty()) {
        return document->addRecords(rows, tr("Create checklist from template"));
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Replace checklist from template"));
    const bool removed = document->removeRecords(existing, tr("Remove the upgrade's checklist"));
    const bool added = removed && document->addRecords(rows, tr("Create checklist from template"));
    stack->endMacro();
    if (removed && !added) {
        stack->undo(); // put the old checklist back; the failure was reported
    }
    return added;
}

QString ChecklistOperations::windowProblem(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    if (start.isValid() && end.isValid() && end < start) {
        return tr("The window cannot end (%1) before it starts (%2).")
            .arg(UpgradeModel::windowText(end, zone), UpgradeModel::windowText(start, zone));
    }
    return {};
}

qint64 ChecklistOperations::plannedWindowMinutes(const PlanDocument *document, qint64 upgradeId)
{
    qint64 minutes = 0;
    for (const QVariantMap &item :
        document->store().records(QStringLiteral("upgrade_item"), QStringLiteral("upgrade_id"), upgradeId)) {
        if (item.value(QStringLiteral("phase")).toString() == QLatin1String("during")) {
            const qint64 end = item.value(QStringLiteral("offset_minutes")).toLongLong()
                + item.value(QStringLiteral("duration_minutes")).toLongLong();
            minutes = std::max(minutes, end);
        }
    }
    return minutes;
}

bool ChecklistOperations::setUpgradeWindow(
    PlanDocument *document, qint64 upgradeId, const QDateTime &start, const QDateTime &end, QString *refusal)
{
    if (const QString problem = windowProblem(start, end, document->timeZone()); !problem.isEmpty()) {
        if (refusal) {
            *refusal = problem;
        }
        return false;
    }
    const QString table = QStringLiteral("upgrade");
    return document->setRecordValues(
        {{{table, upgradeId}, QStringLiteral("window_start"), UpgradeModel::storedWindowTime(start)},
            {{table, upgradeId}, QStringLiteral("window_end"), UpgradeModel::storedWindowTime(end)}},
        tr("Change upgrade window"));
}

} // namespace fallback
