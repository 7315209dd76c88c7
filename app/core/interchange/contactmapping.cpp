// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/contactmapping.h"

namespace fallback {

ContactMapping ContactMapping::automatic(const QStringList &header)
{
    ContactMapping mapping;
    mapping.columns.reserve(header.size());
    for (const QString &name : header) {
        mapping.columns << ContactFields::fromHeader(name);
    }
    return mapping;
}

void ContactMapping::setField(qsizetype column, ContactField field)
{
    if (column < 0) {
        return;
    }
    while (columns.size() <= column) {
        columns << ContactField::Ignored;
    }
    columns[column] = field;
}

} // namespace fallback
