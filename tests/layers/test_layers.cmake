# test_layers.cmake - runs cmake/check_layers.cmake on a small tree made
# here and checks its verdict:
#   cmake -DCASE=NAME -DCHECK=cmake/check_layers.cmake -DWORK=DIR -P test_layers.cmake
# CASE core_includes_ui: a core file that includes a ui header fails, and
#   the message names the file, the line, the header and the rule.
# CASE cli_includes_platform: the same for cli and a platform header.
# CASE cli_includes_app: cli may use ui (the string tables), not app.
# CASE os_includes_core: os, the lowest layer, includes a core header.
# CASE downward_includes_pass: includes that point down only pass.
cmake_minimum_required(VERSION 3.20)

file(REMOVE_RECURSE "${WORK}")
set(src "${WORK}/src")
file(WRITE "${src}/os/os.h" "/* os.h */\n")
file(WRITE "${src}/core/course.h" "/* course.h */\n#include \"os.h\"\n")
file(WRITE "${src}/ui/draw.h" "/* draw.h */\n#include \"course.h\"\n")
file(WRITE "${src}/app/app.h" "#include \"draw.h\"\n#include \"course.h\"\n")
file(WRITE "${src}/app/reader/screen_reader.c" "#include <stdio.h>\n#include \"app.h\"\n#include \"cmocka.h\"\n")
file(WRITE "${src}/platform/host.h" "#include \"app.h\"\n")
file(WRITE "${src}/cli/check.c" "#include \"course.h\"\n#include \"draw.h\"\n")
file(WRITE "${src}/main.c" "#include \"check.h\"\n#include \"host.h\"\n")

if(CASE STREQUAL "core_includes_ui")
  # Line 12: eleven lines before it, some with characters CMake lists mind.
  file(WRITE "${src}/core/x.c" "/* x.c [a; b] */\n\n#include <stdio.h>\n\nstatic int a[2] = {1; 2};\n\\\n\n\n\n\n#include \"course.h\"\n#include \"draw.h\"\n")
  set(expect_fail TRUE)
  set(expect_text "src/core/x.c:12 includes ui/draw.h: core may include only core, os")
elseif(CASE STREQUAL "cli_includes_platform")
  file(APPEND "${src}/cli/check.c" "#include \"host.h\"\n")
  set(expect_fail TRUE)
  set(expect_text "src/cli/check.c:3 includes platform/host.h: cli may include only cli, ui, core, os")
elseif(CASE STREQUAL "cli_includes_app")
  file(APPEND "${src}/cli/check.c" "#include \"app.h\"\n")
  set(expect_fail TRUE)
  set(expect_text "src/cli/check.c:3 includes app/app.h: cli may include only cli, ui, core, os")
elseif(CASE STREQUAL "os_includes_core")
  file(WRITE "${src}/os/os_posix.c" "#include \"os.h\"\n#include \"course.h\"\n")
  set(expect_fail TRUE)
  set(expect_text "src/os/os_posix.c:2 includes core/course.h: os may include only os")
elseif(CASE STREQUAL "downward_includes_pass")
  set(expect_fail FALSE)
else()
  message(FATAL_ERROR "unknown CASE '${CASE}'")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" "-DAW_SRC=${src}" -P "${CHECK}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(expect_fail)
  if(rc EQUAL 0)
    message(FATAL_ERROR "the check passed a tree where ${CASE}")
  endif()
  string(FIND "${err}" "${expect_text}" at)
  if(at LESS 0)
    message(FATAL_ERROR "the check failed without saying '${expect_text}':\n${err}")
  endif()
elseif(NOT rc EQUAL 0)
  message(FATAL_ERROR "the check failed a tree whose includes point down only:\n${err}")
endif()
