// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

#include <optional>

namespace fallback {

/// The items of one checklist: those of a template (checklist_template_item)
/// or the upgrade's own copy (upgrade_item). Items are kept by phase (before,
/// during, after, recovery), then by their position within the phase, the
/// order that reports print. A move across the end of a phase puts the item in
/// the neighbouring phase; a change of phase puts it last in the new phase.
class ChecklistItemModel final : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, PhaseColumn, ResponsibleColumn, OffsetColumn, DurationColumn, ColumnCount };
    enum class Owner { Template, Upgrade };
    enum Role {
        /// QStringList of names to offer for the responsible column: the plan's
        /// groups, then its contacts.
        SuggestionsRole = Qt::UserRole + 64,
    };
    /// Offsets and durations are kept within a year of the window start.
    static constexpr qint64 MaxMinutes = 366LL * 24 * 60;

    ChecklistItemModel(PlanDocument *document, Owner owner, QObject *parent = nullptr);

    Owner owner() const { return m_owner; }
    /// Shows the items of template or upgrade \a id; 0 shows none.
    void setOwnerId(qint64 id);
    qint64 ownerId() const { return scopeValue().toLongLong(); }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The table of items of \a owner and the column that names their owner.
    static QString tableOf(Owner owner);
    static QString ownerColumnOf(Owner owner);
    /// 0 for before, 1 during, 2 after, 3 recovery; 4 for anything else.
    static int phaseRank(const QString &phase);
    /// Sorts item records by phase, position and id.
    static void sortInChecklistOrder(QList<QVariantMap> &records);
    /// An offset from the window start as people say it: "−1 h 30 min", "+2 d", "0 min".
    static QString offsetText(qint64 minutes);
    /// A duration: "45 min", "1 h 15 min".
    static QString durationText(qint64 minutes);
    /// Minutes from "-90", "-1:30", "1 h 30 min", "−2 d" or the units of the
    /// interface language; nullopt for anything else, for a negative value
    /// unless \a allowNegative, and beyond MaxMinutes.
    static std::optional<qint64> parseMinutes(const QString &text, bool allowNegative);

protected:
    QString fieldLabel(int column) const override;
    QVariantMap newRecordValues() const override;
    QVariantMap newRecordValuesBeside(int selectedRow) const override;
    QString addCommandText() const override;
    QString removeCommandText(int count) const override;
    QVariant extraData(const QVariantMap &record, int column, int role) const override;
    bool lessInOrder(const QVariantMap &a, const QVariantMap &b) const override;
    void sortRecords(QList<QVariantMap> &records) const override;
    bool isOrderColumn(const QString &column) const override;
    QList<RecordChange> orderChanges(const QList<qint64> &order, const QList<qint64> &moved) const override;

private:
    bool setPhase(int row, const QString &phase);
    QStringList responsibleSuggestions() const;

    Owner m_owner;
};

} // namespace fallback
