# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the manual page fallback(1) from the program's own --help, so that
# the two cannot drift apart, and gzips it as Debian wants it.
#
#   cmake -DPROGRAM=fallback -DCHANGELOG=changelog -DOUTPUT=fallback.1.gz -P manpage.cmake
foreach(variable PROGRAM CHANGELOG OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "manpage.cmake needs -D${variable}=...")
    endif()
endforeach()

# In English whatever the builder's locale is.
set(ENV{LC_ALL} C)
set(ENV{LANGUAGE} "")
set(ENV{HOME} "${CMAKE_CURRENT_BINARY_DIR}/manpage-home")
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
execute_process(COMMAND "${PROGRAM}" --version OUTPUT_VARIABLE version_line RESULT_VARIABLE version_status)
if(NOT status EQUAL 0 OR NOT version_status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help or --version failed")
endif()
string(STRIP "${version_line}" version_line)

# The page is dated by the newest changelog entry, not by the build.
file(STRINGS "${CHANGELOG}" trailer REGEX "^ -- .*  " LIMIT_COUNT 1)
string(REGEX REPLACE ".*  [A-Za-z]+, ([0-9]+) ([A-Za-z]+) ([0-9]+) .*" "\\1 \\2 \\3" date "${trailer}")

# roff: a backslash, a minus and a line that starts with a dot or quote are escaped.
string(REPLACE "\\" "\\e" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(REGEX REPLACE "^Usage:\n" "" help "${help}")

file(WRITE "${OUTPUT}.tmp" ".TH FALLBACK 1 \"${date}\" \"${version_line}\" \"User Commands\"
.SH NAME
fallback \\- prepare, run and review emergency plans for program upgrades
.SH SYNOPSIS
.B fallback
.RI [ PLAN ...]
.br
.B fallback
.I COMMAND
.RI [ ARGUMENTS ]
.SH DESCRIPTION
Fallback keeps an upgrade emergency plan in one file: the emergency
organisation and its contacts, warning levels, risks, measures, resources and
the checklists for before, during and after an upgrade and for rolling it back.
During an upgrade the checklist is run live and every tick, event and decision
is logged with its time; afterwards a review is written.
.PP
Without a command, Fallback opens each
.I PLAN
in a window of its own, or the user's own plan when none is named. The
commands below work without a display.
.SH COMMANDS
.nf
${help}.fi
.SH FILES
.TP
.I ~/.local/share/fallback/plan.fallback
The plan opened when no plan is named.
.TP
.IB PLAN .lock
Marks a plan as open for editing; a second window opens it read-only.
.SH EXIT STATUS
0 on success, 1 when a command fails (its reason is printed on standard error),
2 when the command line is wrong.
.SH ENVIRONMENT
.TP
.B LANGUAGE\\fR, \\fBLC_ALL\\fR, \\fBLANG
Choose the language of messages and reports (English or Simplified Chinese)
unless a language is chosen in the window or with \\fB\\-\\-lang\\fR.
")
execute_process(COMMAND gzip -9nc "${OUTPUT}.tmp" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE gzip_status)
file(REMOVE "${OUTPUT}.tmp")
if(NOT gzip_status EQUAL 0)
    message(FATAL_ERROR "gzip failed")
endif()
