// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/contactfield.h"

#include <QList>
#include <QStringList>

namespace fallback {

/// Which contact field each column of a file fills. The automatic mapping
/// reads the header; the import dialog lets the user change any column.
/// When several columns fill one field, the first non-empty value counts
/// (groups and notes are joined instead).
struct ContactMapping
{
    QList<ContactField> columns; ///< one per column of the file

    /// The mapping that the column names in \a header suggest.
    static ContactMapping automatic(const QStringList &header);

    ContactField field(qsizetype column) const { return columns.value(column, ContactField::Ignored); }
    void setField(qsizetype column, ContactField field);
    /// True when some column holds names: without one nothing can be imported.
    bool hasName() const { return columns.contains(ContactField::Name); }

    friend bool operator==(const ContactMapping &a, const ContactMapping &b) { return a.columns == b.columns; }
};

} // namespace fallback
