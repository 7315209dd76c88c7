// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/formatlibs/formatlibs.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QStringList>

namespace fallback::report {

namespace {

struct Module
{
    AddOutlineFunction addOutline = nullptr;
    ZipFunction zip = nullptr;
    QString problem;
};

/// Loaded once, on first use, and kept.
const Module &module()
{
    static const Module loaded = [] {
        Module found;
        // The module installed beside the program first; a program in the
        // build folder has none there and takes the build's own, so that a
        // build in progress never runs with an installed one of another version.
        const QStringList folders = {
            QCoreApplication::applicationDirPath() + QStringLiteral("/" FALLBACK_FORMATLIBS_FROM_BINDIR),
            QStringLiteral(FALLBACK_FORMATLIBS_BUILD_DIR),
        };
        QStringList reasons;
        for (const QString &folder : folders) {
            auto *library = new QLibrary(folder + QStringLiteral("/fallback_formatlibs")); // kept for good
            found.addOutline = reinterpret_cast<AddOutlineFunction>(library->resolve(AddOutlineSymbol));
            found.zip = reinterpret_cast<ZipFunction>(library->resolve(ZipSymbol));
            if (found.addOutline && found.zip) {
                return found;
            }
            reasons << library->errorString();
            delete library;
        }
        found = {};
        found.problem = FormatLibs::tr("The library that writes PDF outlines and office files is missing or damaged "
                                       "(%1); reinstall Fallback.")
                            .arg(reasons.join(QStringLiteral("; ")));
        return found;
    }();
    return loaded;
}

} // namespace

bool FormatLibs::addOutline(const QByteArray &pdf, const QList<OutlineEntry> &outline, const PdfProperties &properties,
    QByteArray *result, QString *error)
{
    const Module &loaded = module();
    if (!loaded.addOutline) {
        *error = loaded.problem;
        return false;
    }
    return loaded.addOutline(pdf, outline, properties, *result, *error);
}

bool FormatLibs::zip(const QList<ZipEntry> &entries, QByteArray *result, QString *error)
{
    const Module &loaded = module();
    if (!loaded.zip) {
        *error = loaded.problem;
        return false;
    }
    return loaded.zip(entries, *result, *error);
}

} // namespace fallback::report
