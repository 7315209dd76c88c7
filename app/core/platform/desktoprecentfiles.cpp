// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/desktoprecentfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace fallback {

namespace {

const QString BookmarkNamespace = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString MimeNamespace = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

QString applicationName()
{
    return QCoreApplication::applicationName().isEmpty() ? QStringLiteral("fallback")
                                                         : QCoreApplication::applicationName();
}

/// The time as the desktop bookmark files write it: UTC, with microseconds.
QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

/// Our application's line under a bookmark.
void writeApplication(QXmlStreamWriter &out, const QString &now, int count)
{
    out.writeEmptyElement(BookmarkNamespace, QStringLiteral("application"));
    out.writeAttribute(QStringLiteral("name"), applicationName());
    out.writeAttribute(QStringLiteral("exec"), QStringLiteral("'%1 %u'").arg(applicationName()));
    out.writeAttribute(QStringLiteral("modified"), now);
    out.writeAttribute(QStringLiteral("count"), QString::number(count));
}

/// A whole new bookmark for \a uri.
void writeBookmark(QXmlStreamWriter &out, const QString &uri, const QString &mimeType, const QString &now)
{
    out.writeStartElement(QStringLiteral("bookmark"));
    out.writeAttribute(QStringLiteral("href"), uri);
    out.writeAttribute(QStringLiteral("added"), now);
    out.writeAttribute(QStringLiteral("modified"), now);
    out.writeAttribute(QStringLiteral("visited"), now);
    out.writeStartElement(QStringLiteral("info"));
    out.writeStartElement(QStringLiteral("metadata"));
    out.writeAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    out.writeEmptyElement(MimeNamespace, QStringLiteral("mime-type"));
    out.writeAttribute(QStringLiteral("type"), mimeType);
    out.writeStartElement(BookmarkNamespace, QStringLiteral("applications"));
    writeApplication(out, now, 1);
    out.writeEndElement(); // applications
    out.writeEndElement(); // metadata
    out.writeEndElement(); // info
    out.writeEndElement(); // bookmark
}

/// Copies the start tag the reader is on, with \a replaced attributes set to new values.
void copyStartElement(QXmlStreamReader &in, QXmlStreamWriter &out, const QList<QPair<QString, QString>> &replaced)
{
    out.writeStartElement(in.namespaceUri().toString(), in.name().toString());
    for (const QXmlStreamNamespaceDeclaration &declaration : in.namespaceDeclarations()) {
        out.writeNamespace(declaration.namespaceUri().toString(), declaration.prefix().toString());
    }
    for (const QXmlStreamAttribute &attribute : in.attributes()) {
        const auto it = std::find_if(replaced.begin(), replaced.end(),
            [&attribute](const auto &pair) { return pair.first == attribute.qualifiedName(); });
        if (it == replaced.end()) {
            out.writeAttribute(attribute);
        }
    }
    for (const auto &[name, value] : replaced) {
        out.writeAttribute(name, value);
    }
}

/// Rewrites \a list into \a out with the bookmark of \a uri added or brought
/// up to date. False when \a list is not a bookmark file.
bool rewrite(
    const QByteArray &list, QXmlStreamWriter &out, const QString &uri, const QString &mimeType, const QString &now)
{
    QXmlStreamReader in(list);
    bool inOurBookmark = false;
    bool sawOurApplication = false;
    bool sawOurBookmark = false;
    bool sawRoot = false;
    int depth = 0;
    while (!in.atEnd()) {
        switch (in.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            const bool isRoot = depth == 1;
            if (isRoot) {
                if (in.name() != QLatin1String("xbel")) {
                    return false;
                }
                sawRoot = true;
            }
            if (depth == 2 && in.name() == QLatin1String("bookmark")
                && in.attributes().value(QLatin1String("href")) == uri) {
                inOurBookmark = true;
                sawOurBookmark = true;
                copyStartElement(in, out, {{QStringLiteral("modified"), now}, {QStringLiteral("visited"), now}});
            } else if (inOurBookmark && in.namespaceUri() == BookmarkNamespace
                && in.name() == QLatin1String("application")
                && in.attributes().value(QLatin1String("name")) == applicationName()) {
                sawOurApplication = true;
                const int count = in.attributes().value(QLatin1String("count")).toInt() + 1;
                copyStartElement(
                    in, out, {{QStringLiteral("modified"), now}, {QStringLiteral("count"), QString::number(count)}});
            } else {
                out.writeCurrentToken(in);
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (inOurBookmark && !sawOurApplication && in.namespaceUri() == BookmarkNamespace
                && in.name() == QLatin1String("applications")) {
                writeApplication(out, now, 1);
                sawOurApplication = true;
            }
            if (depth == 2 && inOurBookmark) {
                inOurBookmark = false;
            }
            if (depth == 1 && !sawOurBookmark) {
                writeBookmark(out, uri, mimeType, now);
            }
            --depth;
            out.writeCurrentToken(in);
            break;
        case QXmlStreamReader::StartDocument:
            out.writeStartDocument();
            break;
        case QXmlStreamReader::Characters:
            if (!in.isWhitespace()) { // the writer lays out the lines itself
                out.writeCurrentToken(in);
            }
            break;
        case QXmlStreamReader::Invalid:
            break;
        default:
            out.writeCurrentToken(in);
            break;
        }
    }
    return !in.hasError() && sawRoot;
}

} // namespace

QString DesktopRecentFiles::listPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/recently-used.xbel");
}

bool DesktopRecentFiles::add(const QString &path, const QString &mimeType, QString *error)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    const QString target = listPath();

    QByteArray list;
    if (QFile existing(target); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = tr("The desktop's list of recent files cannot be read: %1").arg(existing.errorString());
            }
            return false;
        }
        list = existing.readAll();
    }
    if (list.trimmed().isEmpty()) {
        list = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\" "
               "xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\" "
               "xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"></xbel>\n";
    }

    QByteArray rewritten;
    {
        QXmlStreamWriter out(&rewritten);
        out.setAutoFormatting(true);
        if (!rewrite(list, out, uri, mimeType, now)) {
            if (error) {
                *error = tr("The desktop's list of recent files (%1) is damaged; it was left as it is.")
                             .arg(QDir::toNativeSeparators(target));
            }
            return false;
        }
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    // Replaced whole, as the desktop's own programs do, so that a reader
    // never sees half a list.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(rewritten) != rewritten.size() || !file.commit()) {
        if (error) {
            *error = tr("The desktop's list of recent files cannot be written: %1").arg(file.errorString());
        }
        return false;
    }
    return true;
#else
    Q_UNUSED(path)
    Q_UNUSED(mimeType)
    Q_UNUSED(error)
    return true;
#endif
}

} // namespace fallback
