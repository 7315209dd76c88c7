// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/formatlibs/formatlibs.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fallback::report {

/// A zip archive built in memory, the container of OpenDocument and Office
/// Open XML files, written with libzip (in the module FormatLibs loads). Entries keep the order they are added
/// in: ODF wants its uncompressed "mimetype" first.
class ZipWriter final
{
public:
    enum class Compression { Store, Deflate };

    void add(const QString &name, const QByteArray &bytes, Compression compression = Compression::Deflate);
    /// The archive; empty with \a error set (libzip's words) when it could not be made.
    QByteArray finish(QString *error) const;

private:
    QList<ZipEntry> m_entries;
};

} // namespace fallback::report
