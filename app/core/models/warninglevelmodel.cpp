// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/warninglevelmodel.h"

#include "models/hexcolour.h"

namespace fallback {

WarningLevelModel::WarningLevelModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, QStringLiteral("warning_level"),
        {
            {QStringLiteral("rank"), FieldKind::Integer, std::nullopt, {}, {}, 1, 9},
            {QStringLiteral("name"), FieldKind::Text},
            {QStringLiteral("colour"), FieldKind::Colour},
            {QStringLiteral("criteria"), FieldKind::LongText},
            {QStringLiteral("activated_by"), FieldKind::Text},
            {QStringLiteral("response_minutes"), FieldKind::Integer},
            {QStringLiteral("update_minutes"), FieldKind::Integer},
            {QStringLiteral("notified"), FieldKind::LongText},
        },
        parent)
{ }

QString WarningLevelModel::fieldLabel(int column) const
{
    switch (column) {
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Level");
    case ColourColumn:
        return tr("Colour");
    case CriteriaColumn:
        return tr("Criteria");
    case ActivatedByColumn:
        return tr("Response activated by");
    case ResponseColumn:
        return tr("Response within (minutes)");
    case UpdateMinutesColumn:
        return tr("Updates every (minutes)");
    case NotifiedColumn:
        return tr("Who is notified");
    default:
        return {};
    }
}

QVariantMap WarningLevelModel::newRecordValues() const
{
    return nextRank();
}

QString WarningLevelModel::addCommandText() const
{
    return tr("Add warning level");
}

QString WarningLevelModel::removeCommandText(int count) const
{
    return tr("Remove %n warning level(s)", nullptr, count);
}

QVariantMap WarningLevelModel::nextRank() const
{
    // Ranks are unique; a new level takes the first free one.
    QList<int> used;
    for (int row = 0; row < rowCount(); ++row) {
        used << recordAt(row).value(QStringLiteral("rank")).toInt();
    }
    int rank = 1;
    while (used.contains(rank)) {
        ++rank;
    }
    return {{QStringLiteral("rank"), rank}, {QStringLiteral("name"), tr("New level")}};
}

QVariant WarningLevelModel::extraData(const QVariantMap &record, int column, int role) const
{
    if (column == UpdateMinutesColumn && role == Qt::ToolTipRole) {
        return tr("While this level is declared, every audience of the communications plan is due a status update "
                  "this often, unless the audience has its own interval. Empty: no regular updates.");
    }
    // The level's name is shown in its colour, as everywhere else.
    if (column != NameColumn || (role != Qt::BackgroundRole && role != Qt::ForegroundRole)) {
        return {};
    }
    const QString colour = record.value(QStringLiteral("colour")).toString().toLower();
    if (!HexColour::isValid(colour)) {
        return {};
    }
    return role == Qt::BackgroundRole ? colour : HexColour::textOn(colour);
}

QString WarningLevelModel::refusalOf(const QVariantMap &record, int column, const QVariant &value) const
{
    if (column == UpdateMinutesColumn && !value.isNull() && value.toLongLong() < 1) {
        return tr("Give the minutes between two status updates (at least 1), or leave it empty for none.");
    }
    return RecordTableModel::refusalOf(record, column, value);
}

bool WarningLevelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Every level has its own rank; taking another level's rank is refused
    // here rather than by the database, so the editor says so and keeps the old one.
    if (role == Qt::EditRole && index.column() == RankColumn) {
        bool ok = false;
        const int rank = value.toString().trimmed().toInt(&ok);
        for (int row = 0; ok && row < rowCount(); ++row) {
            if (row != index.row() && recordAt(row).value(QStringLiteral("rank")).toInt() == rank) {
                return false;
            }
        }
    }
    return RecordTableModel::setData(index, value, role);
}

} // namespace fallback
