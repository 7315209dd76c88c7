#!/usr/bin/python3
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a desktop bookmark file (recently-used.xbel) with GLib's own parser,
GBookmarkFile, as GTK's file chooser does, and prints what it understood as
JSON: {uri: {"mime": ..., "added": ..., "apps": {name: {"exec": ..., "count": N}}}}.
GLib is called through ctypes (its Python bindings cannot make a
GBookmarkFile in Debian 12). Exit code 3 when GLib is missing, 1 when GLib
refuses the file."""
import ctypes
import ctypes.util
import json
import sys

name = ctypes.util.find_library("glib-2.0")
if not name:
    sys.exit(3)
glib = ctypes.CDLL(name)


class GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", ctypes.c_int), ("message", ctypes.c_char_p)]


error_p = ctypes.POINTER(GError)
glib.g_bookmark_file_new.restype = ctypes.c_void_p
glib.g_bookmark_file_load_from_file.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(error_p)]
glib.g_bookmark_file_load_from_file.restype = ctypes.c_int
glib.g_bookmark_file_get_uris.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t)]
glib.g_bookmark_file_get_uris.restype = ctypes.POINTER(ctypes.c_char_p)
glib.g_bookmark_file_get_applications.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                                  ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(error_p)]
glib.g_bookmark_file_get_applications.restype = ctypes.POINTER(ctypes.c_char_p)
glib.g_bookmark_file_get_mime_type.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(error_p)]
glib.g_bookmark_file_get_mime_type.restype = ctypes.c_char_p
glib.g_bookmark_file_get_added.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(error_p)]
glib.g_bookmark_file_get_added.restype = ctypes.c_long
glib.g_bookmark_file_get_application_info.argtypes = [
    ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p),
    ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p, ctypes.POINTER(error_p)]
glib.g_bookmark_file_get_application_info.restype = ctypes.c_int


def strings(array, count):
    return [array[i].decode() for i in range(count.value)]


bookmarks = glib.g_bookmark_file_new()
error = error_p()
if not glib.g_bookmark_file_load_from_file(bookmarks, sys.argv[1].encode(), ctypes.byref(error)):
    print(error.contents.message.decode(), file=sys.stderr)
    sys.exit(1)

result = {}
count = ctypes.c_size_t()
for uri in strings(glib.g_bookmark_file_get_uris(bookmarks, ctypes.byref(count)), count):
    key = uri.encode()
    apps = {}
    app_count = ctypes.c_size_t()
    for app in strings(glib.g_bookmark_file_get_applications(bookmarks, key, ctypes.byref(app_count), None),
                       app_count):
        exec_line = ctypes.c_char_p()
        uses = ctypes.c_uint()
        glib.g_bookmark_file_get_application_info(bookmarks, key, app.encode(), ctypes.byref(exec_line),
                                                  ctypes.byref(uses), None, None)
        apps[app] = {"exec": exec_line.value.decode(), "count": uses.value}
    result[uri] = {
        "mime": glib.g_bookmark_file_get_mime_type(bookmarks, key, None).decode(),
        "added": glib.g_bookmark_file_get_added(bookmarks, key, None),
        "apps": apps,
    }
print(json.dumps(result))
