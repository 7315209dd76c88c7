// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recordtablemodel.h"

#include "document/plandocument.h"
#include "models/hexcolour.h"

#include <QCollator>
#include <QDataStream>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QMimeData>
#include <QTimeZone>
#include <QUndoStack>

#include <algorithm>

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
const QString RecordIdsMimeType = QStringLiteral("application/x-fallback-record-ids");

/// The column that holds the user's order of the records, if any.
QString orderColumnOf(const QStringList &columns)
{
    for (const QString &candidate : {QStringLiteral("position"), QStringLiteral("escalation_order")}) {
        if (columns.contains(candidate)) {
            return candidate;
        }
    }
    return {};
}
} // namespace

RecordTableModel::RecordTableModel(PlanDocument *document, QString table, QList<Field> fields, QObject *parent)
    : RecordTableModel(document, std::move(table), std::move(fields), {}, {}, parent)
{ }

RecordTableModel::RecordTableModel(PlanDocument *document, QString table, QList<Field> fields, QString scopeColumn,
    QVariant scopeValue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(std::move(table))
    , m_fields(std::move(fields))
    , m_scopeColumn(std::move(scopeColumn))
    , m_scopeValue(std::move(scopeValue))
{
    m_orderColumn = orderColumnOf(m_document->store().columns(m_table));
    connect(m_document, &PlanDocument::recordChanged, this, &RecordTableModel::onRecordChanged);
    connect(m_document, &PlanDocument::recordInserted, this, &RecordTableModel::onRecordInserted);
    connect(m_document, &PlanDocument::recordRemoved, this, &RecordTableModel::onRecordRemoved);
    // Thousands of rows arriving one by one would each be read and placed;
    // after a bulk change the model reads its records once instead.
    connect(m_document, &PlanDocument::bulkChangeStarted, this, [this] {
        m_inBulkChange = true;
        m_changedInBulk = false;
    });
    connect(m_document, &PlanDocument::bulkChangeFinished, this, [this] {
        m_inBulkChange = false;
        if (m_changedInBulk) {
            reload();
        }
    });
    reload();
}

void RecordTableModel::setScope(const QString &column, const QVariant &value)
{
    m_scopeColumn = column;
    m_scopeValue = value;
    reload();
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_rows = m_document->store().records(m_table, m_scopeColumn, m_scopeValue, m_orderColumn);
    sortRecords(m_rows);
    m_ids.clear();
    m_ids.reserve(m_rows.size());
    for (const QVariantMap &row : std::as_const(m_rows)) {
        m_ids.append(row.value(IdColumn).toLongLong());
    }
    m_referenceChoices.clear();
    m_searchText.clear();
    clearCaches();
    endResetModel();
}

void RecordTableModel::refreshAll()
{
    m_referenceChoices.clear();
    m_searchText.clear();
    clearCaches();
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QVariantMap RecordTableModel::loadRecord(qint64 id) const
{
    return m_document->store().record(m_table, id);
}

bool RecordTableModel::inScope(const QVariantMap &record) const
{
    return m_scopeColumn.isEmpty() || record.value(m_scopeColumn) == m_scopeValue;
}

bool RecordTableModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    if (!m_orderColumn.isEmpty()) {
        const qint64 pa = a.value(m_orderColumn).toLongLong();
        const qint64 pb = b.value(m_orderColumn).toLongLong();
        if (pa != pb) {
            return pa < pb;
        }
    }
    return a.value(IdColumn).toLongLong() < b.value(IdColumn).toLongLong();
}

void RecordTableModel::sortRecords(QList<QVariantMap> &records) const
{
    const auto less = [this](const QVariantMap &a, const QVariantMap &b) { return lessInOrder(a, b); };
    if (!std::is_sorted(records.cbegin(), records.cend(), less)) {
        std::stable_sort(records.begin(), records.end(), less); // an order the query cannot express
    }
}

bool RecordTableModel::isOrderColumn(const QString &column) const
{
    return column == m_orderColumn;
}

QList<RecordChange> RecordTableModel::orderChanges(const QList<qint64> &order, const QList<qint64> &moved) const
{
    Q_UNUSED(moved)
    QList<RecordChange> changes;
    for (int i = 0; i < order.size(); ++i) {
        const qint64 position = i + 1;
        if (m_rows.at(rowOf(order.at(i))).value(m_orderColumn).toLongLong() != position) {
            changes.append({{m_table, order.at(i)}, m_orderColumn, position});
        }
    }
    return changes;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

qint64 RecordTableModel::idAt(int row) const
{
    return m_ids.value(row);
}

int RecordTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const RecordTableModel::ReferenceChoices &RecordTableModel::referenceChoices(
    const QString &table, const QString &labelColumn) const
{
    const QString key = table + QLatin1Char('.') + labelColumn;
    auto cached = m_referenceChoices.constFind(key);
    if (cached == m_referenceChoices.constEnd()) {
        ReferenceChoices choices;
        const bool ordered = m_document->store().columns(table).contains(QStringLiteral("position"));
        choices.ordered
            = m_document->store().labels(table, labelColumn, ordered ? QStringLiteral("position") : labelColumn);
        if (!ordered) {
            // Names as people look them up: in the language's order (pinyin in
            // Chinese), digits by value, not in the order of their code points.
            QCollator collator;
            collator.setNumericMode(true);
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::stable_sort(choices.ordered.begin(), choices.ordered.end(),
                [&collator](const QPair<qint64, QString> &a, const QPair<qint64, QString> &b) {
                    return collator.compare(a.second, b.second) < 0;
                });
        }
        for (const auto &[id, label] : std::as_const(choices.ordered)) {
            choices.labels.insert(id, label);
        }
        cached = m_referenceChoices.insert(key, choices);
    }
    return *cached;
}

QString RecordTableModel::referenceLabel(const Field &field, const QVariant &id) const
{
    if (id.isNull()) {
        return {};
    }
    return referenceChoices(field.referenceTable, field.referenceLabel).labels.value(id.toLongLong());
}

QVariant RecordTableModel::computedValue(const QVariantMap &record, int column) const
{
    Q_UNUSED(record)
    Q_UNUSED(column)
    return {};
}

QString RecordTableModel::refusalOf(const QVariantMap &record, int column, const QVariant &value) const
{
    const Field &field = m_fields.at(column);
    if (field.kind == FieldKind::Reference && field.referenceTable == m_table && !value.isNull()
        && value.toLongLong() == record.value(IdColumn).toLongLong()) {
        return tr("A record cannot refer to itself; the old value is kept.");
    }
    return {};
}

QVariant RecordTableModel::extraData(const QVariantMap &record, int column, int role) const
{
    Q_UNUSED(record)
    Q_UNUSED(column)
    Q_UNUSED(role)
    return {};
}

bool RecordTableModel::dependsOn(const QString &table) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
        [&table](const Field &field) { return field.kind == FieldKind::Reference && field.referenceTable == table; });
}

QVariant RecordTableModel::displayValue(const Field &field, const QVariantMap &record, int column) const
{
    const QVariant value = record.value(field.column);
    switch (field.kind) {
    case FieldKind::Choice:
        return field.vocabulary ? Vocabulary::label(*field.vocabulary, value.toString()) : value;
    case FieldKind::LongText:
        // One line in a table cell; the whole text is in the tooltip and editor.
        return value.toString().section(QLatin1Char('\n'), 0, 0);
    case FieldKind::Reference:
        return referenceLabel(field, value);
    case FieldKind::Boolean:
        return {};
    case FieldKind::Computed:
        return computedValue(record, column);
    case FieldKind::DateTime:
        return localTime(value);
    default:
        return value;
    }
}

QString RecordTableModel::localTime(const QVariant &stored) const
{
    QDateTime moment = QDateTime::fromString(stored.toString(), Qt::ISODate);
    return moment.isValid() ? moment.toTimeZone(m_document->timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : stored.toString();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Field &field = m_fields.at(index.column());
    const QVariantMap &record = m_rows.at(index.row());
    if (const QVariant extra = extraData(record, index.column(), role); extra.isValid()) {
        return extra;
    }
    const QVariant value = record.value(field.column);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(field, record, index.column());
    case Qt::EditRole:
        if (field.kind == FieldKind::DateTime) {
            return value.isNull() ? QVariant() : QVariant(localTime(value));
        }
        return field.kind == FieldKind::Computed ? computedValue(record, index.column()) : value;
    case SortRole:
        switch (field.kind) {
        case FieldKind::Choice:
        case FieldKind::Reference:
        case FieldKind::LongText:
            return displayValue(field, record, index.column());
        case FieldKind::Computed:
            return computedValue(record, index.column());
        default:
            return value;
        }
    case Qt::CheckStateRole:
        return field.kind == FieldKind::Boolean ? QVariant(value.toInt() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DecorationRole:
        if (field.kind == FieldKind::Colour) {
            return HexColour::isValid(value.toString()) ? QVariant(value.toString().toLower()) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return field.kind == FieldKind::LongText ? value : QVariant();
    case RecordIdRole:
        return idAt(index.row());
    case SearchTextRole: {
        // A filter keystroke over thousands of rows compares one text per
        // row instead of asking every cell for its display text again.
        const qint64 id = idAt(index.row());
        auto cached = m_searchText.constFind(id);
        if (cached == m_searchText.constEnd()) {
            QStringList texts;
            for (int column = 0; column < m_fields.size(); ++column) {
                // What the cell shows, also when a subclass shows it its own way.
                const QVariant shown = extraData(record, column, Qt::DisplayRole);
                texts << (shown.isValid() ? shown : displayValue(m_fields.at(column), record, column)).toString();
            }
            cached = m_searchText.insert(id, texts.join(QLatin1Char('\n')));
        }
        return *cached;
    }
    case FieldKindRole:
        return int(field.kind);
    case RefusalRole:
        return m_refusal.id == idAt(index.row()) && m_refusal.column == index.column() ? m_refusal.message : QString();
    case RangeRole:
        if (field.minimum || field.maximum) {
            return QVariantList {field.minimum ? QVariant(*field.minimum) : QVariant(),
                field.maximum ? QVariant(*field.maximum) : QVariant()};
        }
        return {};
    case ChoicesRole: {
        QVariantList choices;
        if (field.vocabulary) {
            for (const QString &choice : Vocabulary::values(*field.vocabulary)) {
                choices << QVariant(QVariantList {choice, Vocabulary::label(*field.vocabulary, choice)});
            }
        } else if (field.kind == FieldKind::Reference) {
            choices << QVariant(QVariantList {QVariant(), tr("(none)")});
            // A record is never offered as its own reference.
            const qint64 own = field.referenceTable == m_table ? idAt(index.row()) : 0;
            for (const auto &[id, label] : referenceChoices(field.referenceTable, field.referenceLabel).ordered) {
                if (id != own) {
                    choices << QVariant(QVariantList {id, label});
                }
            }
        }
        return choices.isEmpty() ? QVariant() : QVariant(choices);
    }
    default:
        return {};
    }
}

std::optional<QVariant> RecordTableModel::normalised(const Field &field, const QVariant &value) const
{
    const QString text = value.toString().trimmed();
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return value.toString();
    case FieldKind::Choice:
        if (field.vocabulary && Vocabulary::values(*field.vocabulary).contains(value.toString())) {
            return value.toString();
        }
        return std::nullopt;
    case FieldKind::Integer:
    case FieldKind::SignedInteger: {
        if (text.isEmpty()) {
            const bool bounded = field.minimum || field.maximum;
            return bounded ? std::nullopt : std::optional<QVariant>(QVariant());
        }
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        const bool allowed = ok && (number >= 0 || field.kind == FieldKind::SignedInteger)
            && number >= field.minimum.value_or(number) && number <= field.maximum.value_or(number);
        return allowed ? std::optional<QVariant>(number) : std::nullopt;
    }
    case FieldKind::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok && number >= 0 ? std::optional<QVariant>(number) : std::nullopt;
    }
    case FieldKind::Date: {
        if (text.isEmpty()) {
            return QVariant();
        }
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? std::optional<QVariant>(date.toString(Qt::ISODate)) : std::nullopt;
    }
    case FieldKind::DateTime: {
        if (text.isEmpty()) {
            return QVariant();
        }
        QDateTime moment = value.typeId() == QMetaType::QDateTime ? value.toDateTime() : QDateTime();
        if (!moment.isValid()) {
            // Typed on the plan's clock, unless it names its own offset.
            moment = QDateTime::fromString(text, Qt::ISODate);
            if (!moment.isValid() || (!text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))) {
                for (const QString &format : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd H:mm"),
                         QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                         QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
                    const QDateTime local = QDateTime::fromString(text, format);
                    if (local.isValid()) {
                        moment = QDateTime(local.date(), local.time(), m_document->timeZone());
                        break;
                    }
                }
            }
        }
        return moment.isValid()
            ? std::optional<QVariant>(moment.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")))
            : std::nullopt;
    }
    case FieldKind::Boolean:
        return QVariant(value.toBool() ? 1 : 0);
    case FieldKind::Colour: {
        return HexColour::isValid(text) ? std::optional<QVariant>(text.toLower()) : std::nullopt;
    }
    case FieldKind::Reference: {
        if (value.isNull() || text.isEmpty()) {
            return QVariant();
        }
        const qint64 id = value.toLongLong();
        const bool known = referenceChoices(field.referenceTable, field.referenceLabel).labels.contains(id);
        return known ? std::optional<QVariant>(id) : std::nullopt;
    }
    case FieldKind::Computed:
        return std::nullopt;
    }
    return std::nullopt;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Field &field = m_fields.at(index.column());
    QVariant input = value;
    if (role == Qt::CheckStateRole && field.kind == FieldKind::Boolean) {
        input = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    if (isRecordLocked(m_rows.at(index.row()))) {
        return false;
    }
    m_refusal = {};
    const std::optional<QVariant> stored = normalised(field, input);
    const QString refusal = stored ? refusalOf(m_rows.at(index.row()), index.column(), *stored) : QString();
    if (!stored || !refusal.isEmpty()) {
        // The view keeps the old value; RefusalRole says why, where the model knows better than the kind.
        m_refusal = {idAt(index.row()), index.column(), refusal};
        return false;
    }
    m_document->setRecordValue(m_table, idAt(index.row()), field.column, *stored);
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (m_document->isReadOnly()) {
        return result;
    }
    if (!index.isValid()) {
        return isOrderable() ? result | Qt::ItemIsDropEnabled : result;
    }
    if (isRecordLocked(m_rows.at(index.row()))) {
        return result;
    }
    if (isOrderable()) {
        result |= Qt::ItemIsDragEnabled;
    }
    const FieldKind kind = m_fields.at(index.column()).kind;
    if (kind == FieldKind::Boolean) {
        result |= Qt::ItemIsUserCheckable;
    } else if (kind != FieldKind::Computed) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_fields.size()) {
        if (role == Qt::DisplayRole) {
            return isRequired(section)
                ? tr("%1 *", "the heading of a column that must be filled in").arg(fieldLabel(section))
                : fieldLabel(section);
        }
        if (role == Qt::ToolTipRole && isRequired(section)) {
            return tr("Required: %1 cannot be left empty.").arg(fieldLabel(section));
        }
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        return section + 1;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::DropActions RecordTableModel::supportedDropActions() const
{
    return isOrderable() ? Qt::MoveAction : Qt::IgnoreAction;
}

QStringList RecordTableModel::mimeTypes() const
{
    return {RecordIdsMimeType};
}

QMimeData *RecordTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = idAt(index.row());
        if (id != 0 && !ids.contains(id)) {
            ids << id;
        }
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << m_table << ids;
    auto *mime = new QMimeData;
    mime->setData(RecordIdsMimeType, encoded);
    return mime;
}

bool RecordTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data || !data->hasFormat(RecordIdsMimeType)) {
        return false;
    }
    QDataStream stream(data->data(RecordIdsMimeType));
    QString table;
    QList<qint64> ids;
    stream >> table >> ids;
    if (stream.status() != QDataStream::Ok || table != m_table) {
        return false;
    }
    // Dropped onto a row: before it; onto the empty area below the rows: at the end.
    const int beforeRow = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    QList<int> rows;
    for (qint64 id : std::as_const(ids)) {
        if (const int at = rowOf(id); at >= 0) {
            rows << at;
        }
    }
    moveRecords(rows, beforeRow);
    // The records were moved by the edit; the view must not remove the source rows.
    return false;
}

bool RecordTableModel::moveRecords(QList<int> rows, int beforeRow)
{
    if (!isOrderable() || rows.isEmpty() || m_document->isReadOnly() || !acceptsNewRecords()) {
        return false;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> moving;
    for (int row : std::as_const(rows)) {
        moving << idAt(row);
    }
    QList<qint64> order;
    int insertAt = 0;
    for (int row = 0; row < m_ids.size(); ++row) {
        if (row == beforeRow) {
            insertAt = int(order.size());
        }
        if (!moving.contains(m_ids.at(row))) {
            order << m_ids.at(row);
        }
    }
    if (beforeRow >= m_ids.size()) {
        insertAt = int(order.size());
    }
    for (int i = 0; i < moving.size(); ++i) {
        order.insert(insertAt + i, moving.at(i));
    }
    const QList<RecordChange> changes = orderChanges(order, moving);
    if (changes.isEmpty()) {
        return false;
    }
    return m_document->setRecordValues(changes, tr("Move %n row(s)", nullptr, int(moving.size())));
}

QModelIndex RecordTableModel::appendRecord(int selectedRow)
{
    if (!acceptsNewRecords()) {
        return {};
    }
    QVariantMap values
        = selectedRow >= 0 && selectedRow < m_rows.size() ? newRecordValuesBeside(selectedRow) : newRecordValues();
    if (!m_orderColumn.isEmpty() && !values.contains(m_orderColumn)) {
        qint64 last = 0;
        for (const QVariantMap &row : std::as_const(m_rows)) {
            last = std::max(last, row.value(m_orderColumn).toLongLong());
        }
        values.insert(m_orderColumn, last + 1);
    }
    if (!m_scopeColumn.isEmpty()) {
        values.insert(m_scopeColumn, m_scopeValue);
    }
    const qint64 id = m_document->addRecord(m_table, values, addCommandText());
    const int row = rowOf(id);
    return id != 0 && row >= 0 ? index(row, 0) : QModelIndex();
}

bool RecordTableModel::removeRecords(const QList<int> &rows)
{
    QList<RecordKey> keys;
    for (int row : rows) {
        if (const qint64 id = idAt(row); id != 0 && !isRecordLocked(m_rows.at(row))) {
            keys.append({m_table, id});
        }
    }
    return m_document->removeRecords(keys, removeCommandText(int(keys.size())));
}

void RecordTableModel::insertSorted(const QVariantMap &record)
{
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), record,
        [this](const QVariantMap &a, const QVariantMap &b) { return lessInOrder(a, b); });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, record);
    m_ids.insert(row, record.value(IdColumn).toLongLong());
    endInsertRows();
}

void RecordTableModel::moveToSortedPlace(int row)
{
    // Keeps the rows sorted after one record's order changed; a batch of such
    // changes (a drag and drop) keeps them sorted one record at a time.
    const QVariantMap record = m_rows.at(row);
    int target = row;
    while (target > 0 && lessInOrder(record, m_rows.at(target - 1))) {
        --target;
    }
    while (target + 1 < m_rows.size() && lessInOrder(m_rows.at(target + 1), record)) {
        ++target;
    }
    if (target == row) {
        return;
    }
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows.move(row, target);
    m_ids.move(row, target);
    endMoveRows();
}

bool RecordTableModel::deferredInBulk(const QString &table)
{
    if (!m_inBulkChange) {
        return false;
    }
    if (table == m_table || dependsOn(table)) {
        m_changedInBulk = true;
    }
    return true;
}

void RecordTableModel::onRecordChanged(const QString &table, qint64 id, const QString &column)
{
    if (deferredInBulk(table)) {
        return;
    }
    if (table != m_table) {
        if (dependsOn(table)) {
            refreshAll();
        }
        return;
    }
    if (dependsOn(m_table)) {
        refreshAll(); // another record shows this one's name
    }
    const int row = rowOf(id);
    if (row < 0) {
        if (column == m_scopeColumn) {
            onRecordInserted(table, id); // moved into this scope
        }
        return;
    }
    QVariantMap record = loadRecord(id);
    if (!inScope(record)) {
        onRecordRemoved(table, id); // moved out of this scope
        return;
    }
    m_rows[row] = std::move(record);
    m_searchText.remove(id);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    if (isOrderColumn(column)) {
        moveToSortedPlace(row);
    }
}

void RecordTableModel::onRecordInserted(const QString &table, qint64 id)
{
    if (deferredInBulk(table)) {
        return;
    }
    if (table != m_table) {
        if (dependsOn(table)) {
            refreshAll();
        }
        return;
    }
    if (rowOf(id) >= 0) {
        return;
    }
    const QVariantMap record = loadRecord(id);
    if (record.isEmpty() || !inScope(record)) {
        return;
    }
    insertSorted(record);
    if (dependsOn(m_table)) {
        refreshAll(); // the new record is a choice of the others' references
    }
}

void RecordTableModel::onRecordRemoved(const QString &table, qint64 id)
{
    if (deferredInBulk(table)) {
        return;
    }
    if (table != m_table) {
        if (dependsOn(table)) {
            refreshAll();
        }
        return;
    }
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_ids.removeAt(row);
    endRemoveRows();
    if (dependsOn(m_table)) {
        // The plan cleared the references to the removed record (ON DELETE SET NULL).
        for (int other = 0; other < m_rows.size(); ++other) {
            const bool referred = std::any_of(m_fields.cbegin(), m_fields.cend(), [&](const Field &field) {
                return field.kind == FieldKind::Reference && field.referenceTable == m_table
                    && m_rows.at(other).value(field.column).toLongLong() == id;
            });
            if (referred) {
                m_rows[other] = loadRecord(m_ids.at(other));
            }
        }
        refreshAll(); // no longer a choice, nor the label of a reference
    }
}

} // namespace fallback
