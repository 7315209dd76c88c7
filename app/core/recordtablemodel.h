// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace fallback {

class PlanDocument;

/// An editable table of the records of one plan table, in their stored order.
/// Edits go through the document's undo commands; the model follows the
/// document's change signals, so undo and redo show up here too.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        /// QVariantList of [value, label] pairs for a field with a fixed value list.
        ChoicesRole,
        /// The FieldKind of the column, as int.
        FieldKindRole,
    };
    enum class FieldKind { Text, LongText, Choice, Integer, Date };
    struct Field
    {
        QString column;
        FieldKind kind = FieldKind::Text;
        std::optional<Vocabulary::Kind> vocabulary = std::nullopt;
    };

    RecordTableModel(PlanDocument *document, QString table, QList<Field> fields, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString table() const { return m_table; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    /// Appends a record with default values as one undoable edit; returns its
    /// first cell, invalid when the plan cannot be changed.
    QModelIndex appendRecord();
    /// Removes the given rows as one undoable edit.
    bool removeRecords(const QList<int> &rows);

protected:
    /// Translated column heading.
    virtual QString fieldLabel(int column) const = 0;
    /// Values of a new record, besides its position.
    virtual QVariantMap newRecordValues() const { return {}; }
    virtual QString addCommandText() const = 0;
    virtual QString removeCommandText(int count) const = 0;

private:
    void reload();
    void onRecordChanged(const QString &table, qint64 id, const QString &column);
    void onRecordInserted(const QString &table, qint64 id);
    void onRecordRemoved(const QString &table, qint64 id);
    QVariantMap loadRecord(qint64 id) const;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const;
    std::optional<QVariant> normalised(const Field &field, const QVariant &value) const;

    PlanDocument *m_document;
    QString m_table;
    QList<Field> m_fields;
    bool m_hasPosition = false;
    QList<QVariantMap> m_rows;
};

} // namespace fallback
