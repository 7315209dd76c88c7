// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/contactfile.h"
#include "storage/recordbatch.h"

#include <QCoreApplication>

namespace fallback {

class PlanDocument;

/// Something the user should hear about one row of a contact file.
struct ContactImportIssue
{
    enum class Kind {
        Skipped, ///< not imported: the row has no name
        Duplicate, ///< not imported again: the person is already in the plan or earlier in the file
        Warning, ///< imported, but a value was not understood
    };
    Kind kind = Kind::Skipped;
    int line = 0; ///< physical line (1-based) where the row starts
    QString message; ///< translated
};

/// What importing a contact file will do to a plan: the records it adds
/// (new groups, new members, new memberships, each with its id) and what it
/// reports about the rows it leaves out.
struct ContactImportPlan
{
    QList<RecordBatch> batches; ///< groups, then members, then memberships
    int newMembers = 0;
    int newGroups = 0;
    int newMemberships = 0;
    QList<ContactImportIssue> issues; ///< in file order

    qsizetype count(ContactImportIssue::Kind kind) const;
    bool changesNothing() const { return newMembers == 0 && newGroups == 0 && newMemberships == 0; }
};

/// Turns a contact table and a mapping into an import plan, and applies it to
/// a plan document as one transaction and one undo step.
///
/// A row without a name is skipped. A row whose name matches a contact of the
/// plan or an earlier row, with the same mobile or office number (or, lacking
/// both, the same email), is a duplicate: it adds no one, but it adds the
/// existing person to the groups it names. A group is matched by name anywhere
/// in the plan's tree and created at the top level when none has the name.
class ContactImport final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::ContactImport)
public:
    static ContactImportPlan prepare(
        const PlanDocument &document, const ContactTable &table, const ContactMapping &mapping);
    /// Adds the plan's records as one undo step. False with a translated
    /// message in \a error when the plan could not be changed; it is then as before.
    static bool apply(PlanDocument &document, const ContactImportPlan &plan, QString *error);
    /// "imported 12, skipped 1, duplicates 2" as a translated sentence.
    static QString summary(const ContactImportPlan &plan);
};

} // namespace fallback
