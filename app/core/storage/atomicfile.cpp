// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/atomicfile.h"

#include <QDir>
#include <QSaveFile>

namespace fallback {

QString AtomicFile::write(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (file.write(contents) != contents.size()) {
        const QString message = file.errorString();
        file.cancelWriting();
        return tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), message);
    }
    if (!file.commit()) {
        return tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace fallback
