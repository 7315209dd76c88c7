// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

namespace fallback {

class PlanDocument;

/// The records of one table as a check list whose ticks are the rows of a link
/// table for one owner record: the groups notified at a warning level, the
/// systems an upgrade touches. Ticking adds a link, unticking removes it; each
/// is one undoable edit.
class LinkChecklistModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Link
    {
        QString linkTable; ///< e.g. warning_level_group
        QString ownerColumn; ///< e.g. warning_level_id
        QString targetColumn; ///< e.g. group_id
        QString targetTable; ///< e.g. org_group
        QString labelColumn; ///< e.g. name
    };

    LinkChecklistModel(PlanDocument *document, Link link, QObject *parent = nullptr);

    /// Shows the ticks of \a ownerId (0: none, nothing can be ticked).
    void setOwner(qint64 ownerId);
    qint64 owner() const { return m_ownerId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::CheckStateRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The labels of the ticked records, in list order.
    QStringList checkedLabels() const;

private:
    struct Entry
    {
        qint64 targetId = 0;
        QString label;
        qint64 linkId = 0; ///< 0 when not ticked
    };
    void reload();
    void onChange(const QString &table);

    PlanDocument *m_document;
    Link m_link;
    qint64 m_ownerId = 0;
    QList<Entry> m_entries;
};

} // namespace fallback
