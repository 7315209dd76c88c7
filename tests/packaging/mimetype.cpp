// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the MIME type QMimeDatabase gives a file, by name and content, as
// Fallback's own file dialogs and a Qt desktop would see it. The install test
// runs it inside the fresh Debian root, against the installed Qt.
#include <QCoreApplication>
#include <QMimeDatabase>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: fallback_mimetype FILE\n");
        return 2;
    }
    std::printf("%s\n", qPrintable(QMimeDatabase().mimeTypeForFile(app.arguments().at(1)).name()));
    return 0;
}
