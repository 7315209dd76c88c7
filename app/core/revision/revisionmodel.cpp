// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revision/revisionmodel.h"

namespace fallback {

namespace {
const QString SnapshotColumn = QStringLiteral("snapshot");

bool keepsSnapshot(const QVariantMap &record)
{
    return !record.value(SnapshotColumn).toString().isEmpty();
}
} // namespace

RevisionModel::RevisionModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("revision"),
        {
            {QStringLiteral("version"), FieldKind::Text},
            {QStringLiteral("published_on"), FieldKind::Date},
            {QStringLiteral("author"), FieldKind::Text},
            {QStringLiteral("summary"), FieldKind::LongText},
            {QStringLiteral("approver"), FieldKind::Text},
        },
        parent)
{ }

bool RevisionModel::hasSnapshot(int row) const
{
    return keepsSnapshot(recordAt(row));
}

QString RevisionModel::fieldLabel(int column) const
{
    switch (column) {
    case VersionColumn:
        return tr("Version");
    case PublishedOnColumn:
        return tr("Published on");
    case AuthorColumn:
        return tr("Author");
    case SummaryColumn:
        return tr("What changed");
    case ApproverColumn:
        return tr("Approved by");
    default:
        return {};
    }
}

QVariantMap RevisionModel::newRecordValues() const
{
    return {{QStringLiteral("version"), tr("New revision")}};
}

QString RevisionModel::addCommandText() const
{
    return tr("Add revision record");
}

QString RevisionModel::removeCommandText(int count) const
{
    return tr("Remove %n revision record(s)", nullptr, count);
}

QVariant RevisionModel::extraData(const QVariantMap &record, int column, int role) const
{
    // A revision entered by hand (or carried over from a paper plan) kept no
    // copy of the plan; say so where the version is shown.
    if (column == VersionColumn && role == Qt::ToolTipRole && !keepsSnapshot(record)) {
        return tr("No copy of the plan was kept with this revision; it cannot be compared.");
    }
    return {};
}

} // namespace fallback
