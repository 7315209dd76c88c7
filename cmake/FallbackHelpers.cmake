# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# fallback_add_test(NAME SOURCES ... LIBRARIES ... [GUI])
# Builds one QtTest binary and registers it with CTest. GUI tests run on the
# offscreen platform so that no display is needed.
function(fallback_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test Fallback::CommonConfig ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        FALLBACK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        FALLBACK_BINARY="$<TARGET_FILE:fallback>")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
