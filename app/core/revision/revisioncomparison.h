// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fallback {

/// One field of a record that differs between two versions of the plan.
struct FieldDifference
{
    QString column;
    QString label; ///< translated name of the field
    /// The values as a reader knows them: labels of value lists, names of the
    /// records referred to; empty for no value.
    QString oldValue, newValue;
};

/// A record that was added, removed, changed or moved between two versions.
struct RecordDifference
{
    enum class Kind {
        Added,
        Removed,
        Changed,
        /// Only its place among its siblings changed; the one field is its
        /// place before and after.
        Moved,
    };
    Kind kind = Kind::Changed;
    QString table;
    qint64 id = 0;
    QString type; ///< translated kind of record ("Contact", "Risk")
    QString label; ///< its name, title or text
    QList<FieldDifference> fields; ///< for Changed and Moved
};

/// The differences within one section of the plan.
struct SectionDifferences
{
    Section section = Section::Plan;
    QList<RecordDifference> records; ///< added, removed, changed, moved; each in plan order

    int count(RecordDifference::Kind kind) const;
};

/// A revision as a choice for comparing: which one, and whether a copy of
/// the plan was kept with it.
struct ComparableRevision
{
    qint64 id = 0;
    QString version;
    QString publishedOn;
    bool hasSnapshot = false;
};

/// Compares two copies of the plan (RevisionPublisher::planSnapshot) record
/// by record: records are matched by table and id and grouped by the section
/// of the plan they belong to.
///
/// Stored positions are not compared as numbers: adding one checklist item
/// renumbers all that follow, which is no change of theirs. A record is
/// reported as moved only when its order among its siblings (the items of
/// the same checklist phase, the members of the same group) changed, and
/// then with its place before and after.
class RevisionComparison final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::RevisionComparison)
public:
    /// The differences from \a from to \a to, in section order, only sections
    /// that differ. When either copy cannot be read: nothing, with a
    /// translated reason in \a error. \a revisionVersions names revisions
    /// that actions refer to.
    static QList<SectionDifferences> compare(const QByteArray &from, const QByteArray &to, QString *error,
        const QHash<qint64, QString> &revisionVersions = {});
    /// Compares the copies kept with two revisions of the plan in \a db; the
    /// id CurrentPlan stands for the plan as it is now.
    static QList<SectionDifferences> compareRevisions(
        const QSqlDatabase &db, qint64 fromRevision, qint64 toRevision, QString *error);
    static constexpr qint64 CurrentPlan = 0;
    /// The revisions of the plan in \a db, oldest first.
    static QList<ComparableRevision> revisions(const QSqlDatabase &db);

    /// The section that the records of \a table belong to.
    static Section sectionOf(const QString &table);
    /// Translated name of one record of \a table.
    static QString recordType(const QString &table);
    /// Translated name of a field.
    static QString fieldName(const QString &table, const QString &column);
};

} // namespace fallback
