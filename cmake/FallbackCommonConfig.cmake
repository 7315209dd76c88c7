# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that carries the project's compiler flags and Qt defines.
add_library(fallback_common_config INTERFACE)
add_library(Fallback::CommonConfig ALIAS fallback_common_config)

target_compile_options(fallback_common_config INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${FALLBACK_WERROR}>:-Werror>)

target_compile_definitions(fallback_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    FALLBACK_VERSION_STRING="${PROJECT_VERSION}")

# Hardened as Debian builds its packages: a position-independent executable,
# read-only relocations bound at start, a stack protector, and the checked
# versions of the C library's string functions (which need an optimised build).
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
target_compile_options(fallback_common_config INTERFACE -fstack-protector-strong)
target_compile_definitions(fallback_common_config INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(fallback_common_config INTERFACE -Wl,-z,relro -Wl,-z,now)

option(FALLBACK_WERROR "Treat warnings as errors" ON)
