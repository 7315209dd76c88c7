// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtablemodel.h"

#include "plandocument.h"

#include <QDate>
#include <QUndoStack>

#include <algorithm>

namespace fallback {

namespace {
const QString IdColumn = QStringLiteral("id");
const QString PositionColumn = QStringLiteral("position");
} // namespace

RecordTableModel::RecordTableModel(PlanDocument *document, QString table, QList<Field> fields, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(std::move(table))
    , m_fields(std::move(fields))
{
    m_hasPosition = m_document->store().columns(m_table).contains(PositionColumn);
    connect(m_document, &PlanDocument::recordChanged, this, &RecordTableModel::onRecordChanged);
    connect(m_document, &PlanDocument::recordInserted, this, &RecordTableModel::onRecordInserted);
    connect(m_document, &PlanDocument::recordRemoved, this, &RecordTableModel::onRecordRemoved);
    reload();
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QList<qint64> ids = m_document->store().ids(m_table, m_hasPosition ? PositionColumn : QString());
    m_rows.reserve(ids.size());
    for (qint64 id : ids) {
        m_rows.append(loadRecord(id));
    }
    endResetModel();
}

QVariantMap RecordTableModel::loadRecord(qint64 id) const
{
    return m_document->store().record(m_table, id);
}

bool RecordTableModel::lessInOrder(const QVariantMap &a, const QVariantMap &b) const
{
    if (m_hasPosition) {
        const qint64 pa = a.value(PositionColumn).toLongLong();
        const qint64 pb = b.value(PositionColumn).toLongLong();
        if (pa != pb) {
            return pa < pb;
        }
    }
    return a.value(IdColumn).toLongLong() < b.value(IdColumn).toLongLong();
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
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(IdColumn).toLongLong() : 0;
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(IdColumn).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Field &field = m_fields.at(index.column());
    const QVariant value = m_rows.at(index.row()).value(field.column);
    switch (role) {
    case Qt::DisplayRole:
        if (field.vocabulary) {
            return Vocabulary::label(*field.vocabulary, value.toString());
        }
        if (field.kind == FieldKind::LongText) {
            // One line in a table cell; the whole text is in the tooltip and editor.
            return value.toString().section(QLatin1Char('\n'), 0, 0);
        }
        return value;
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        return field.kind == FieldKind::LongText ? value : QVariant();
    case RecordIdRole:
        return idAt(index.row());
    case FieldKindRole:
        return int(field.kind);
    case ChoicesRole: {
        if (!field.vocabulary) {
            return {};
        }
        QVariantList choices;
        for (const QString &choice : Vocabulary::values(*field.vocabulary)) {
            choices << QVariant(QVariantList {choice, Vocabulary::label(*field.vocabulary, choice)});
        }
        return choices;
    }
    default:
        return {};
    }
}

std::optional<QVariant> RecordTableModel::normalised(const Field &field, const QVariant &value) const
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return value.toString();
    case FieldKind::Choice:
        if (field.vocabulary && Vocabulary::values(*field.vocabulary).contains(value.toString())) {
            return value.toString();
        }
        return std::nullopt;
    case FieldKind::Integer: {
        if (value.toString().trimmed().isEmpty()) {
            return QVariant();
        }
        bool ok = false;
        const qlonglong number = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case FieldKind::Date: {
        if (value.toString().trimmed().isEmpty()) {
            return QVariant();
        }
        const QDate date = value.typeId() == QMetaType::QDate
            ? value.toDate()
            : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        return date.isValid() ? std::optional<QVariant>(date.toString(Qt::ISODate)) : std::nullopt;
    }
    }
    return std::nullopt;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Field &field = m_fields.at(index.column());
    const std::optional<QVariant> stored = normalised(field, value);
    if (!stored) {
        return false; // the view keeps the old value
    }
    m_document->setRecordValue(m_table, idAt(index.row()), field.column, *stored);
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly()) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_fields.size()) {
        return fieldLabel(section);
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        return section + 1;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QModelIndex RecordTableModel::appendRecord()
{
    QVariantMap values = newRecordValues();
    if (m_hasPosition) {
        qint64 last = 0;
        for (const QVariantMap &row : std::as_const(m_rows)) {
            last = std::max(last, row.value(PositionColumn).toLongLong());
        }
        values.insert(PositionColumn, last + 1);
    }
    const qint64 id = m_document->addRecord(m_table, values, addCommandText());
    const int row = rowOf(id);
    return id != 0 && row >= 0 ? index(row, 0) : QModelIndex();
}

bool RecordTableModel::removeRecords(const QList<int> &rows)
{
    QList<qint64> ids;
    for (int row : rows) {
        if (const qint64 id = idAt(row)) {
            ids << id;
        }
    }
    if (ids.isEmpty() || m_document->isReadOnly()) {
        return false;
    }
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(removeCommandText(int(ids.size())));
    bool ok = true;
    for (qint64 id : std::as_const(ids)) {
        ok = m_document->removeRecord(m_table, id, removeCommandText(1)) && ok;
    }
    stack->endMacro();
    return ok;
}

void RecordTableModel::onRecordChanged(const QString &table, qint64 id, const QString &column)
{
    if (table != m_table) {
        return;
    }
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    if (column == PositionColumn) {
        reload();
        return;
    }
    m_rows[row] = loadRecord(id);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RecordTableModel::onRecordInserted(const QString &table, qint64 id)
{
    if (table != m_table || rowOf(id) >= 0) {
        return;
    }
    const QVariantMap record = loadRecord(id);
    if (record.isEmpty()) {
        return;
    }
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), record,
        [this](const QVariantMap &a, const QVariantMap &b) { return lessInOrder(a, b); });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, record);
    endInsertRows();
}

void RecordTableModel::onRecordRemoved(const QString &table, qint64 id)
{
    if (table != m_table) {
        return;
    }
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace fallback
