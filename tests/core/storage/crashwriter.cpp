// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_crashsafety: edits a plan as fast as it can and
// acknowledges each edit on stdout once it has been committed.
#include "document/plandocument.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crash_writer PLAN FIRST\n");
        return 2;
    }
    QString error;
    auto document = fallback::PlanDocument::open(args.at(1), fallback::PlanFile::Access::ReadWrite, &error);
    if (!document) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 3;
    }
    if (document->isReadOnly()) {
        std::fprintf(stderr, "read-only: %s\n", qPrintable(document->file().readOnlyMessage()));
        return 4;
    }
    for (qint64 n = args.at(2).toLongLong();; ++n) {
        const QString title = QStringLiteral("edit-%1").arg(n);
        bool ok = false;
        if (n % 3 == 0) {
            // A header edit: the plan title always holds the latest acknowledged one.
            ok = document->setHeader(fallback::PlanField::Title, title);
        } else {
            ok = document->addRecord(
                     QStringLiteral("reference"), {{QStringLiteral("title"), title}}, QStringLiteral("add"))
                != 0;
        }
        if (!ok) {
            std::fprintf(stderr, "edit %lld failed\n", n);
            return 5;
        }
        std::printf("%lld\n", n);
        std::fflush(stdout);
    }
}
