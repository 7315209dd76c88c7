// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgrade/checklistitemmodel.h"

#include "document/plandocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
const QString PhaseField = QStringLiteral("phase");
const QString PositionField = QStringLiteral("position");
const QString TextField = QStringLiteral("text");
const QString OffsetField = QStringLiteral("offset_minutes");
const QString DurationField = QStringLiteral("duration_minutes");
constexpr int PhaseCount = 4;
constexpr qint64 MinutesPerHour = 60;
constexpr qint64 MinutesPerDay = 24 * MinutesPerHour;
const QChar MinusSign(0x2212);

QString phaseAtRank(int rank)
{
    static const QStringList phases = Vocabulary::values(Vocabulary::Kind::Phase);
    return phases.value(std::clamp(rank, 0, int(phases.size()) - 1));
}
} // namespace

ChecklistItemModel::ChecklistItemModel(PlanDocument *document, Owner owner, QObject *parent)
    : RecordTableModel(document, tableOf(owner),
        {
            {TextField, FieldKind::LongText},
            {PhaseField, FieldKind::Choice, Vocabulary::Kind::Phase},
            {QStringLiteral("responsible"), FieldKind::Text},
            {OffsetField, FieldKind::SignedInteger},
            {DurationField, FieldKind::Integer},
        },
        ownerColumnOf(owner), qint64(0), parent)
    , m_owner(owner)
{ }

QString ChecklistItemModel::tableOf(Owner owner)
{
    return owner == Owner::Template ? QStringLiteral("checklist_template_item") : QStringLiteral("upgrade_item");
}

QString ChecklistItemModel::ownerColumnOf(Owner owner)
{
    return owner == Owner::Template ? QStringLiteral("template_id") : QStringLiteral("upgrade_id");
}

void ChecklistItemModel::setOwnerId(qint64 id)
{
    setScope(ownerColumnOf(m_owner), id);
}

int ChecklistItemModel::phaseRank(const QString &phase)
{
    static const QStringList phases = Vocabulary::values(Vocabulary::Kind::Phase);
    const qsizetype rank = phases.indexOf(phase);
    return rank < 0 ? PhaseCount : int(rank);
}

QString ChecklistItemModel::fieldLabel(int column) const
{
    switch (column) {
    case TextColumn:
        return tr("Item");
    case PhaseColumn:
        return tr("Phase");
    case ResponsibleColumn:
        return tr("Responsible");
    case OffsetColumn:
        return tr("Offset from start");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QVariantMap ChecklistItemModel::newRecordValues() const
{
    // A new item goes last: in the last phase shown, after its last item.
    QString phase = Vocabulary::values(Vocabulary::Kind::Phase).constFirst();
    qint64 position = 1;
    if (rowCount() > 0) {
        const QVariantMap last = recordAt(rowCount() - 1);
        phase = last.value(PhaseField).toString();
        position = last.value(PositionField).toLongLong() + 1;
    }
    return {{PhaseField, phase}, {PositionField, position}};
}

QVariantMap ChecklistItemModel::newRecordValuesBeside(int selectedRow) const
{
    // In the phase of the item selected, after that phase's last item.
    const QString phase = recordAt(selectedRow).value(PhaseField).toString();
    qint64 position = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QVariantMap record = recordAt(row);
        if (record.value(PhaseField).toString() == phase) {
            position = std::max(position, record.value(PositionField).toLongLong());
        }
    }
    return {{PhaseField, phase}, {PositionField, position + 1}};
}

QString ChecklistItemModel::addCommandText() const
{
    return tr("Add checklist item");
}

QString ChecklistItemModel::removeCommandText(int count) const
{
    return tr("Remove %n checklist item(s)", nullptr, count);
}

QVariant ChecklistItemModel::extraData(const QVariantMap &record, int column, int role) const
{
    switch (column) {
    case PhaseColumn:
        if (role == SortRole) {
            return phaseRank(record.value(PhaseField).toString());
        }
        return {};
    case OffsetColumn:
    case DurationColumn: {
        const QVariant value = record.value(column == OffsetColumn ? OffsetField : DurationField);
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (value.isNull()) {
            return {};
        }
        const qint64 minutes = value.toLongLong();
        if (role == Qt::DisplayRole) {
            return column == OffsetColumn ? offsetText(minutes) : durationText(minutes);
        }
        if (role == Qt::ToolTipRole && column == OffsetColumn) {
            if (minutes == 0) {
                return tr("When the upgrade window starts");
            }
            return minutes < 0 ? tr("%1 before the upgrade window starts").arg(durationText(-minutes))
                               : tr("%1 after the upgrade window starts").arg(durationText(minutes));
        }
        return {};
    }
    case ResponsibleColumn:
        if (role == SuggestionsRole) {
            return responsibleSuggestions();
        }
        return {};
    default:
        return {};
    }
}

QStringList ChecklistItemModel::responsibleSuggestions() const
{
    // Read when an editor asks, not cached: the names change in other sections.
    QStringList names;
    QSet<QString> seen;
    const auto add = [&](const QString &table, const QString &order) {
        for (const QVariantMap &record : document()->store().records(table, {}, {}, order)) {
            const QString name = record.value(QStringLiteral("name")).toString().trimmed();
            if (!name.isEmpty() && !seen.contains(name)) {
                seen.insert(name);
                names << name;
            }
        }
    };
    add(QStringLiteral("org_group"), PositionField);
    add(QStringLiteral("member"), QStringLiteral("name"));
    return names;
}

bool ChecklistItemModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    const int rankA = phaseRank(a.value(PhaseField).toString());
    const int rankB = phaseRank(b.value(PhaseField).toString());
    if (rankA != rankB) {
        return rankA < rankB;
    }
    return RecordTableModel::lessInOrder(a, b);
}

void ChecklistItemModel::sortRecords(QList<QVariantMap> &records) const
{
    sortInChecklistOrder(records);
}

void ChecklistItemModel::sortInChecklistOrder(QList<QVariantMap> &records)
{
    // Each record's phase rank and position read once: comparing the records
    // themselves looks each of them up again at every comparison.
    struct Key
    {
        int rank;
        qint64 position;
        qint64 id;
        qsizetype index;
    };
    QList<Key> keys;
    keys.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QVariantMap &record = records.at(i);
        keys.append({phaseRank(record.value(PhaseField).toString()), record.value(PositionField).toLongLong(),
            record.value(IdColumn).toLongLong(), i});
    }
    const auto less = [](const Key &a, const Key &b) {
        return std::tie(a.rank, a.position, a.id) < std::tie(b.rank, b.position, b.id);
    };
    if (std::is_sorted(keys.cbegin(), keys.cend(), less)) {
        return;
    }
    std::sort(keys.begin(), keys.end(), less);
    QList<QVariantMap> sorted;
    sorted.reserve(records.size());
    for (const Key &key : std::as_const(keys)) {
        sorted.append(std::move(records[key.index]));
    }
    records = std::move(sorted);
}

bool ChecklistItemModel::isOrderColumn(const QString &column) const
{
    return column == PositionField || column == PhaseField;
}

QList<RecordChange> ChecklistItemModel::orderChanges(const QList<qint64> &order, const QList<qint64> &moved) const
{
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        rowOfId.insert(idAt(row), row);
    }
    const QSet<qint64> movedIds(moved.cbegin(), moved.cend());
    const auto rankAt
        = [&](int i) { return phaseRank(recordAt(rowOfId.value(order.at(i))).value(PhaseField).toString()); };

    // A moved item keeps its phase unless that would put it out of phase
    // order; then it takes the phase of the items it landed between.
    QList<int> nextFixedRank(order.size());
    int next = PhaseCount - 1;
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        nextFixedRank[i] = next;
        if (!movedIds.contains(order.at(i))) {
            next = rankAt(int(i));
            nextFixedRank[i] = next;
        }
    }
    QList<RecordChange> changes;
    QList<qint64> counter(PhaseCount + 1, 0);
    int previous = 0;
    for (int i = 0; i < order.size(); ++i) {
        const qint64 id = order.at(i);
        const QVariantMap record = recordAt(rowOfId.value(id));
        int rank = rankAt(i);
        if (movedIds.contains(id) && rank < PhaseCount) {
            rank = std::clamp(rank, previous, std::max(previous, nextFixedRank.at(i)));
            if (rank != phaseRank(record.value(PhaseField).toString())) {
                changes.append({{table(), id}, PhaseField, phaseAtRank(rank)});
            }
        }
        previous = std::max(previous, std::min(rank, PhaseCount - 1));
        const qint64 position = ++counter[rank];
        if (record.value(PositionField).toLongLong() != position) {
            changes.append({{table(), id}, PositionField, position});
        }
    }
    return changes;
}

bool ChecklistItemModel::setPhase(int row, const QString &phase)
{
    const QVariantMap record = recordAt(row);
    if (record.value(PhaseField).toString() == phase) {
        return true;
    }
    // Last in the new phase, so that the item does not land among its items
    // at whatever position it had in the old one.
    qint64 last = 0;
    for (int other = 0; other < rowCount(); ++other) {
        const QVariantMap item = recordAt(other);
        if (item.value(PhaseField).toString() == phase) {
            last = std::max(last, item.value(PositionField).toLongLong());
        }
    }
    const qint64 id = idAt(row);
    return document()->setRecordValues({{{table(), id}, PhaseField, phase}, {{table(), id}, PositionField, last + 1}},
        tr("Move checklist item to %1").arg(Vocabulary::label(Vocabulary::Kind::Phase, phase)));
}

bool ChecklistItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return RecordTableModel::setData(index, value, role);
    }
    switch (index.column()) {
    case PhaseColumn:
        if (!Vocabulary::values(Vocabulary::Kind::Phase).contains(value.toString())) {
            return false;
        }
        if (document()->isReadOnly()) {
            return false;
        }
        setPhase(index.row(), value.toString());
        return true;
    case OffsetColumn:
    case DurationColumn: {
        if (value.toString().trimmed().isEmpty()) {
            return RecordTableModel::setData(index, QVariant(), role);
        }
        const std::optional<qint64> minutes = parseMinutes(value.toString(), index.column() == OffsetColumn);
        if (!minutes) {
            return false; // the view keeps the old value
        }
        return RecordTableModel::setData(index, *minutes, role);
    }
    default:
        return RecordTableModel::setData(index, value, role);
    }
}

QString ChecklistItemModel::durationText(qint64 minutes)
{
    minutes = std::abs(minutes);
    const qint64 days = minutes / MinutesPerDay;
    const qint64 hours = (minutes % MinutesPerDay) / MinutesPerHour;
    const qint64 rest = minutes % MinutesPerHour;
    QStringList parts;
    if (days) {
        parts << tr("%1 d", "days, short").arg(days);
    }
    if (hours) {
        parts << tr("%1 h", "hours, short").arg(hours);
    }
    if (rest || parts.isEmpty()) {
        parts << tr("%1 min", "minutes, short").arg(rest);
    }
    return parts.join(QLatin1Char(' '));
}

QString ChecklistItemModel::offsetText(qint64 minutes)
{
    if (minutes == 0) {
        return durationText(0);
    }
    return (minutes < 0 ? QString(MinusSign) : QStringLiteral("+")) + durationText(minutes);
}

std::optional<qint64> ChecklistItemModel::parseMinutes(const QString &input, bool allowNegative)
{
    QString text = input.trimmed();
    text.replace(MinusSign, QLatin1Char('-')).replace(QChar(0xff0d), QLatin1Char('-'));
    text.replace(QChar(0xff0b), QLatin1Char('+')).replace(QChar(0xff1a), QLatin1Char(':'));
    qint64 sign = 1;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        sign = text.startsWith(QLatin1Char('-')) ? -1 : 1;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty()) {
        return std::nullopt;
    }
    qint64 minutes = -1;
    static const QRegularExpression plain(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,6}):([0-5]\\d)$"));
    static const QRegularExpression part(QStringLiteral("\\G\\s*(\\d{1,6})\\s*([^\\d\\s]+)\\s*"));
    if (plain.match(text).hasMatch()) {
        minutes = text.toLongLong();
    } else if (const QRegularExpressionMatch match = clock.match(text); match.hasMatch()) {
        minutes = match.captured(1).toLongLong() * MinutesPerHour + match.captured(2).toLongLong();
    } else {
        // Units in English, in Chinese, and in whatever the interface shows.
        static const QStringList dayUnits = {QStringLiteral("d"), QStringLiteral("day"), QStringLiteral("days"),
            QStringLiteral("天"), QStringLiteral("日")};
        static const QStringList hourUnits
            = {QStringLiteral("h"), QStringLiteral("hr"), QStringLiteral("hrs"), QStringLiteral("hour"),
                QStringLiteral("hours"), QStringLiteral("小时"), QStringLiteral("时"), QStringLiteral("个小时")};
        static const QStringList minuteUnits = {QStringLiteral("m"), QStringLiteral("min"), QStringLiteral("mins"),
            QStringLiteral("minute"), QStringLiteral("minutes"), QStringLiteral("分钟"), QStringLiteral("分")};
        const QString shownDay = tr("%1 d", "days, short").arg(QString()).trimmed();
        const QString shownHour = tr("%1 h", "hours, short").arg(QString()).trimmed();
        const QString shownMinute = tr("%1 min", "minutes, short").arg(QString()).trimmed();
        qsizetype at = 0;
        qint64 total = 0;
        while (at < text.size()) {
            const QRegularExpressionMatch match = part.match(text, at);
            if (!match.hasMatch()) {
                return std::nullopt;
            }
            const QString unit = match.captured(2).toLower();
            const qint64 count = match.captured(1).toLongLong();
            if (dayUnits.contains(unit) || unit == shownDay) {
                total += count * MinutesPerDay;
            } else if (hourUnits.contains(unit) || unit == shownHour) {
                total += count * MinutesPerHour;
            } else if (minuteUnits.contains(unit) || unit == shownMinute) {
                total += count;
            } else {
                return std::nullopt;
            }
            at = match.capturedEnd(0);
        }
        minutes = total;
    }
    if (minutes < 0 || minutes > MaxMinutes || (sign < 0 && !allowNegative && minutes != 0)) {
        return std::nullopt;
    }
    return sign * minutes;
}

} // namespace fallback
