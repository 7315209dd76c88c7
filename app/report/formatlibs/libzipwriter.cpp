// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/formatlibs/formatlibs.h"

#include <QtGlobal>

#include <memory>
#include <type_traits>
#include <zip.h>

namespace fallback::report {

namespace {

struct SourceDeleter
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceDeleter>;

QString errorText(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

/// Every byte of a buffer source whose archive was closed.
QByteArray contents(zip_source_t *source, QString *error)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_open(source) < 0 || zip_source_stat(source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        *error = errorText(zip_source_error(source));
        return {};
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (read != zip_int64_t(stat.size)) {
        *error = errorText(zip_source_error(source));
        return {};
    }
    return bytes;
}

} // namespace

} // namespace fallback::report

using namespace fallback::report;

/// The module's entry point for FormatLibs::zip().
extern "C" Q_DECL_EXPORT bool fallback_formatlibs_zip(
    const QList<ZipEntry> &entries, QByteArray &result, QString &error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    const Source target(zip_source_buffer_create(nullptr, 0, 0, &zipError));
    if (!target) {
        error = errorText(&zipError);
        zip_error_fini(&zipError);
        return false;
    }
    zip_t *archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &zipError);
    if (!archive) {
        error = errorText(&zipError);
        zip_error_fini(&zipError);
        return false;
    }
    zip_error_fini(&zipError);
    // The archive would free its source on close; the bytes are read from it afterwards.
    zip_source_keep(target.get());
    for (const ZipEntry &entry : entries) {
        // The entries' bytes outlive zip_close(), which is when libzip reads them.
        zip_source_t *data = zip_source_buffer(archive, entry.bytes.constData(), zip_uint64_t(entry.bytes.size()), 0);
        const zip_int64_t index
            = data ? zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data) {
                zip_source_free(data);
            }
            error = errorText(zip_get_error(archive));
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), entry.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) < 0) {
        error = errorText(zip_get_error(archive));
        zip_discard(archive);
        return false;
    }
    error.clear();
    result = contents(target.get(), &error);
    return error.isEmpty();
}
static_assert(std::is_same_v<decltype(&fallback_formatlibs_zip), ZipFunction>);
