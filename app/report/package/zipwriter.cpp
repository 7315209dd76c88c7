// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/package/zipwriter.h"

#include "report/formatlibs/formatlibs.h"

namespace fallback::report {

void ZipWriter::add(const QString &name, const QByteArray &bytes, Compression compression)
{
    m_entries.append({name, bytes, compression == Compression::Deflate});
}

QByteArray ZipWriter::finish(QString *error) const
{
    QByteArray archive;
    return FormatLibs::zip(m_entries, &archive, error) ? archive : QByteArray();
}

} // namespace fallback::report
