# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# fallback_add_test(NAME SOURCES ... LIBRARIES ... [GUI])
# Builds one QtTest binary and registers it with CTest. GUI tests run on the
# offscreen platform so that no display is needed.
# The throw-away PostgreSQL cluster of the team tests: one per build tree,
# on a Unix socket in a short folder of its own (socket paths are limited to
# about 100 bytes), started and stopped by ctest as a fixture.
string(MD5 fallback_build_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${fallback_build_hash}" 0 10 fallback_build_hash)
set(FALLBACK_TEST_CLUSTER "/tmp/fallback-pg-${fallback_build_hash}")
set(FALLBACK_TEST_CONNECTION "host=${FALLBACK_TEST_CLUSTER} dbname=postgres user=postgres")

function(fallback_add_postgresql_fixture)
    add_test(NAME postgresql_cluster_start
        COMMAND sh ${PROJECT_SOURCE_DIR}/tests/postgresql/cluster.sh start ${FALLBACK_TEST_CLUSTER})
    add_test(NAME postgresql_cluster_stop
        COMMAND sh ${PROJECT_SOURCE_DIR}/tests/postgresql/cluster.sh stop ${FALLBACK_TEST_CLUSTER})
    set_tests_properties(postgresql_cluster_start PROPERTIES FIXTURES_SETUP postgresql TIMEOUT 120)
    set_tests_properties(postgresql_cluster_stop PROPERTIES FIXTURES_CLEANUP postgresql TIMEOUT 120)
endfunction()

# fallback_add_test(NAME SOURCES ... [LIBRARIES ...] [LABELS ...] [GUI] [BOTH_ENGINES] [TEAM])
#   BOTH_ENGINES: also run as NAME_postgresql, each plan the test opens
#   uploaded to the test cluster first (tests/planopening.h);
#   TEAM: the test needs the cluster itself.
function(fallback_add_test name)
    cmake_parse_arguments(ARG "GUI;BOTH_ENGINES;TEAM" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
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
    set(team_env ${env} "FALLBACK_TEST_POSTGRESQL=${FALLBACK_TEST_CONNECTION}")
    if(ARG_TEAM)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${team_env}" FIXTURES_REQUIRED postgresql)
    endif()
    if(ARG_BOTH_ENGINES)
        add_test(NAME ${name}_postgresql COMMAND ${name})
        set_tests_properties(${name}_postgresql PROPERTIES
            ENVIRONMENT "${team_env}" TIMEOUT 600 FIXTURES_REQUIRED postgresql)
    endif()
endfunction()
