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

option(FALLBACK_WERROR "Treat warnings as errors" ON)
