// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/vocabulary.h"
#include "storage/recordkey.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace fallback {

class PlanDocument;

/// An editable table of the records of one plan table, in their stored order,
/// optionally only those that belong to one parent record (its scope). Edits go
/// through the document's undo commands; the model follows the document's
/// change signals, so undo and redo show up here too.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        /// QVariantList of [value, label] pairs for a field with a value list
        /// or a reference to another record.
        ChoicesRole,
        /// The FieldKind of the column, as int.
        FieldKindRole,
        /// The value to sort by: numbers as numbers, choices by their label.
        SortRole,
        /// Everything the row shows, as one text to filter on (same for every column).
        SearchTextRole,
        /// QVariantList {minimum, maximum} of a whole-number field with bounds.
        RangeRole,
        /// Why the last value given to this cell was refused; empty when it was not.
        RefusalRole,
    };
    enum class FieldKind {
        Text,
        LongText,
        Choice,
        /// A whole number of at least zero.
        Integer,
        /// A whole number that may be negative (an offset before a start).
        SignedInteger,
        Number,
        Date,
        /// A moment, stored as ISO 8601 UTC text and shown and typed on the
        /// plan's clock as "YYYY-MM-DD HH:MM".
        DateTime,
        Boolean,
        Colour,
        /// The id of a record of another table, shown by one of its columns.
        Reference,
        /// Derived from the record by computedValue(); not editable.
        Computed,
    };
    struct Field
    {
        QString column;
        FieldKind kind = FieldKind::Text;
        std::optional<Vocabulary::Kind> vocabulary = std::nullopt;
        QString referenceTable = {};
        QString referenceLabel = {};
        /// Bounds of an Integer or SignedInteger field; a value outside them
        /// (or no value) is refused.
        std::optional<qint64> minimum = std::nullopt;
        std::optional<qint64> maximum = std::nullopt;
    };

    RecordTableModel(PlanDocument *document, QString table, QList<Field> fields, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    PlanDocument *document() const { return m_document; }
    QString table() const { return m_table; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    QVariantMap recordAt(int row) const { return m_rows.value(row); }

    /// Shows only the records whose \a column holds \a value (the items of one
    /// template, the members of one group); new records get that value.
    void setScope(const QString &column, const QVariant &value);
    QVariant scopeValue() const { return m_scopeValue; }
    bool hasScope() const { return !m_scopeColumn.isEmpty(); }

    /// True when the records have a stored order that the user may change.
    bool isOrderable() const { return m_userOrderable && !m_orderColumn.isEmpty(); }
    /// Moves \a rows, in their current order, before \a beforeRow (rowCount()
    /// for the end) as one undoable edit.
    bool moveRecords(QList<int> rows, int beforeRow);

    /// False when records may not be added or reordered now.
    bool canAddRecords() const { return acceptsNewRecords(); }
    /// True when the record of \a row may not be changed, moved or removed now.
    bool isRowLocked(int row) const { return isRecordLocked(m_rows.value(row)); }

    /// Appends a record with default values as one undoable edit; returns its
    /// first cell, invalid when the plan cannot be changed. \a selectedRow,
    /// when given, is the row the user had selected: a model whose records
    /// fall into groups (checklist phases) adds to that row's group.
    QModelIndex appendRecord(int selectedRow = -1);
    /// Removes the given rows as one undoable edit.
    bool removeRecords(const QList<int> &rows);

protected:
    /// For a model that only ever shows one scope: reads only that scope's
    /// records from the start (see setScope()).
    RecordTableModel(PlanDocument *document, QString table, QList<Field> fields, QString scopeColumn,
        QVariant scopeValue, QObject *parent);
    /// Translated column heading.
    virtual QString fieldLabel(int column) const = 0;
    /// Values of a new record, besides its position and scope.
    virtual QVariantMap newRecordValues() const { return {}; }
    /// Values of a new record added while \a selectedRow (a valid row) is selected.
    virtual QVariantMap newRecordValuesBeside(int selectedRow) const
    {
        Q_UNUSED(selectedRow)
        return newRecordValues();
    }
    virtual QString addCommandText() const = 0;
    virtual QString removeCommandText(int count) const = 0;
    /// The value of a Computed column.
    virtual QVariant computedValue(const QVariantMap &record, int column) const;
    /// Extra roles of a cell (colours, tooltips); invalid for the default.
    virtual QVariant extraData(const QVariantMap &record, int column, int role) const;
    /// Why \a value (already normalised) may not be stored in \a column of
    /// \a record; empty when it may. The default refuses a record as its own
    /// reference (a contact as their own backup).
    virtual QString refusalOf(const QVariantMap &record, int column, const QVariant &value) const;
    /// True when \a column must not be left empty (its heading says so).
    virtual bool isRequired(int column) const
    {
        Q_UNUSED(column)
        return false;
    }
    /// Called when a record of another table that this model shows changed.
    virtual bool dependsOn(const QString &table) const;
    const QList<Field> &fields() const { return m_fields; }
    /// Sends dataChanged for every cell (labels of references, computed values).
    void refreshAll();
    /// The column that holds the stored order ("position"); empty when none.
    QString orderColumn() const { return m_orderColumn; }
    /// True when \a a comes before \a b in the stored order: by the order
    /// column, then by id. A model that groups its records first (checklist
    /// items by phase) overrides this, isOrderColumn() and orderChanges().
    virtual bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const;
    /// Puts records just read, ordered by the order column and id, in the
    /// stored order; a model that overrides lessInOrder() may do it faster.
    virtual void sortRecords(QList<QVariantMap> &records) const;
    /// True when a change of \a column can move a record in the stored order.
    virtual bool isOrderColumn(const QString &column) const;
    /// The edits that store \a order, the ids of all rows after \a moved were
    /// moved; the default numbers the order column from 1.
    virtual QList<RecordChange> orderChanges(const QList<qint64> &order, const QList<qint64> &moved) const;
    /// Forgets what a subclass derived from other tables; called by refreshAll()
    /// and whenever the records are read again.
    virtual void clearCaches() { }
    /// True when \a record may not be changed, moved or removed now (an
    /// approved review and its actions).
    virtual bool isRecordLocked(const QVariantMap &record) const
    {
        Q_UNUSED(record)
        return false;
    }
    /// False when no record may be added or reordered now.
    virtual bool acceptsNewRecords() const { return true; }
    /// Keeps the stored order but does not let the user change it.
    void setUserOrderable(bool orderable) { m_userOrderable = orderable; }

private:
    void reload();
    void onRecordChanged(const QString &table, qint64 id, const QString &column);
    void onRecordInserted(const QString &table, qint64 id);
    void onRecordRemoved(const QString &table, qint64 id);
    /// During a bulk change: notes whether it concerns this model; true when
    /// the per-record signal is to be ignored.
    bool deferredInBulk(const QString &table);
    void insertSorted(const QVariantMap &record);
    void moveToSortedPlace(int row);
    QVariantMap loadRecord(qint64 id) const;
    bool inScope(const QVariantMap &record) const;
    std::optional<QVariant> normalised(const Field &field, const QVariant &value) const;
    struct ReferenceChoices
    {
        QList<QPair<qint64, QString>> ordered;
        QHash<qint64, QString> labels;
    };
    const ReferenceChoices &referenceChoices(const QString &table, const QString &labelColumn) const;
    QString referenceLabel(const Field &field, const QVariant &id) const;
    QVariant displayValue(const Field &field, const QVariantMap &record, int column) const;
    /// A stored moment on the plan's clock, as a DateTime field shows it.
    QString localTime(const QVariant &stored) const;

    PlanDocument *m_document;
    QString m_table;
    QList<Field> m_fields;
    QString m_orderColumn;
    bool m_userOrderable = true;
    QString m_scopeColumn;
    QVariant m_scopeValue;
    QList<QVariantMap> m_rows;
    QList<qint64> m_ids; // m_rows' ids, for quick lookups
    mutable QHash<QString, ReferenceChoices> m_referenceChoices;
    mutable QHash<qint64, QString> m_searchText;
    struct Refusal
    {
        qint64 id = 0;
        int column = -1;
        QString message;
    };
    Refusal m_refusal; ///< of the last value refused by setData()
    bool m_inBulkChange = false;
    bool m_changedInBulk = false; // by record id, built when first filtered
};

} // namespace fallback
