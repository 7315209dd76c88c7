// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/formatlibs/formatlibs.h"

#include <QtGlobal>

// qpdf's API with std::shared_ptr only, none of its older PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <type_traits>
#include <vector>

namespace fallback::report {

namespace {

struct Node
{
    const OutlineEntry *bookmark = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QPDFObjectHandle item;
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// Writes the children of \a parent as linked outline items under \a parentItem;
/// returns how many items are visible below it (the outline's /Count).
int link(QPDF &pdf, Node &parent, QPDFObjectHandle parentItem, const std::vector<QPDFPageObjectHelper> &pages)
{
    int visible = 0;
    for (const auto &child : parent.children) {
        child->item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    }
    for (size_t i = 0; i < parent.children.size(); ++i) {
        Node &node = *parent.children.at(i);
        QPDFObjectHandle item = node.item;
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(node.bookmark->title)));
        item.replaceKey("/Parent", parentItem);
        if (i > 0) {
            item.replaceKey("/Prev", parent.children.at(i - 1)->item);
        }
        if (i + 1 < parent.children.size()) {
            item.replaceKey("/Next", parent.children.at(i + 1)->item);
        }
        // The heading's page, scrolled to the heading, at the reader's zoom.
        QPDFObjectHandle page = pages.at(size_t(node.bookmark->page)).getObjectHandle();
        QPDFObjectHandle box = page.getKey("/MediaBox");
        const double height = box.isArray() && box.getArrayNItems() == 4 ? box.getArrayItem(3).getNumericValue() : 842;
        QPDFObjectHandle destination = QPDFObjectHandle::newArray();
        destination.appendItem(page);
        destination.appendItem(QPDFObjectHandle::newName("/XYZ"));
        destination.appendItem(QPDFObjectHandle::newNull());
        destination.appendItem(QPDFObjectHandle::newReal(height - node.bookmark->topPt, 1));
        destination.appendItem(QPDFObjectHandle::newNull());
        item.replaceKey("/Dest", destination);
        ++visible;
        if (!node.children.empty()) {
            const int below = link(pdf, node, item, pages);
            item.replaceKey("/First", node.children.front()->item);
            item.replaceKey("/Last", node.children.back()->item);
            // The title and the sections open, their subsections folded.
            const bool open = node.bookmark->level < 2;
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(open ? below : -below));
            if (open) {
                visible += below;
            }
        }
    }
    return visible;
}

} // namespace

} // namespace fallback::report

using namespace fallback::report;

/// The module's entry point for FormatLibs::addOutline().
extern "C" Q_DECL_EXPORT bool fallback_formatlibs_add_outline(const QByteArray &pdf,
    const QList<OutlineEntry> &bookmarks, const PdfProperties &properties, QByteArray &result, QString &error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report", pdf.constData(), size_t(pdf.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();

        // The tree of bookmarks: each one under the nearest one before it of a lower level.
        Node root;
        std::vector<Node *> path = {&root};
        std::vector<int> levels = {0};
        for (const OutlineEntry &bookmark : bookmarks) {
            if (bookmark.page < 0 || size_t(bookmark.page) >= pages.size()) {
                continue;
            }
            while (levels.back() >= bookmark.level) {
                path.pop_back();
                levels.pop_back();
            }
            auto node = std::make_unique<Node>();
            node->bookmark = &bookmark;
            Node *added = node.get();
            path.back()->children.push_back(std::move(node));
            path.push_back(added);
            levels.push_back(bookmark.level);
        }

        QPDFObjectHandle catalog = document.getRoot();
        if (!root.children.empty()) {
            QPDFObjectHandle outlines = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            const int visible = link(document, root, outlines, pages);
            outlines.replaceKey("/First", root.children.front()->item);
            outlines.replaceKey("/Last", root.children.back()->item);
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(visible));
            catalog.replaceKey("/Outlines", outlines);
            catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        if (!properties.language.isEmpty()) {
            catalog.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(properties.language)));
        }
        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        auto property = [&](const char *key, const QString &value) {
            if (!value.isEmpty()) {
                info.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
            }
        };
        property("/Title", properties.title);
        property("/Author", properties.author);
        property("/Subject", properties.subject);

        QPDFWriter writer(document);
        writer.setOutputMemory();
        // Streams as Qt compressed them; nothing decoded and written again.
        writer.setStreamDataMode(qpdf_s_preserve);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        result = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
        return true;
    } catch (const std::exception &exception) {
        error = QString::fromStdString(exception.what());
        return false;
    }
}
static_assert(std::is_same_v<decltype(&fallback_formatlibs_add_outline), AddOutlineFunction>);
