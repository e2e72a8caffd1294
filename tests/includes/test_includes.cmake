# test_includes.cmake - runs cmake/check_includes.cmake on a small tree
# made here and checks its verdict:
#   cmake -DCASE=NAME -DCHECK=cmake/check_includes.cmake -DWORK=DIR -P test_includes.cmake
# The layers:
# CASE core_includes_ui: a core file that includes a ui header fails, and
#   the message names the file, the line, the header and the rule.
# CASE cli_includes_platform: the same for cli and a platform header.
# CASE cli_includes_app: cli may use ui (the string tables), not app.
# CASE os_includes_core: os, the lowest layer, includes a core header.
# CASE speech_includes_ui: the speech engine (espeak-ng) uses core and os
#   only; a ui header there fails.
# CASE core_includes_speech: core may not reach up into the engine.
# The OS module:
# CASE core_includes_unistd: a core file that includes <unistd.h> fails.
# CASE platform_includes_sys_stat: the same for <sys/stat.h> in platform.
# CASE main_includes_fcntl: the program's main.c is held to it too.
# CASE speech_includes_pthread: threads are OS calls (os_thread_*).
# CASE clean_tree_passes: includes that point down, the POSIX headers
#   inside src/os/ and os.h everywhere pass.
cmake_minimum_required(VERSION 3.20)

file(REMOVE_RECURSE "${WORK}")
set(src "${WORK}/src")
file(WRITE "${src}/os/os.h" "/* os.h */\n#include <stdio.h>\n#include <time.h>\n")
file(WRITE "${src}/os/os_posix.c"
     "#include \"os.h\"\n#include <dirent.h>\n#include <fcntl.h>\n#include <spawn.h>\n#include <sys/file.h>\n#include <sys/stat.h>\n"
     "#include <sys/resource.h>\n#include <sys/wait.h>\n#include <unistd.h>\n")
file(WRITE "${src}/core/course.h" "/* course.h */\n#include \"os.h\"\n")
file(WRITE "${src}/core/progress.c" "#include <stdio.h>\n#include <sys/types.h>\n#include \"os.h\"\n")
file(WRITE "${src}/ui/draw.h" "/* draw.h */\n#include \"course.h\"\n")
file(WRITE "${src}/app/app.h" "#include \"draw.h\"\n#include \"course.h\"\n")
file(WRITE "${src}/app/reader/screen_reader.c" "#include <stdio.h>\n#include \"app.h\"\n#include \"cmocka.h\"\n")
file(WRITE "${src}/platform/host.h" "#include \"app.h\"\n")
file(WRITE "${src}/cli/check.c" "#include \"course.h\"\n#include \"draw.h\"\n")
file(WRITE "${src}/speech/speech.h" "/* speech.h */\n#include \"course.h\"\n#include \"os.h\"\n")
file(WRITE "${src}/main.c" "#include \"check.h\"\n#include \"host.h\"\n#include \"os.h\"\n")

# Line 12 (or 6): lines before it with characters CMake lists mind.
set(noise "/* x.c [a; b] */\n\n#include <stdio.h>\n\nstatic int a[2] = {1; 2};\n\\\n\n\n\n\n")
if(CASE STREQUAL "core_includes_ui")
  file(WRITE "${src}/core/x.c" "${noise}#include \"course.h\"\n#include \"draw.h\"\n")
  set(expect_text "src/core/x.c:12 includes ui/draw.h: core may include only core, os")
elseif(CASE STREQUAL "cli_includes_platform")
  file(APPEND "${src}/cli/check.c" "#include \"host.h\"\n")
  set(expect_text "src/cli/check.c:3 includes platform/host.h: cli may include only cli, live, lrs, speech, ui, core, os")
elseif(CASE STREQUAL "cli_includes_app")
  file(APPEND "${src}/cli/check.c" "#include \"app.h\"\n")
  set(expect_text "src/cli/check.c:3 includes app/app.h: cli may include only cli, live, lrs, speech, ui, core, os")
elseif(CASE STREQUAL "os_includes_core")
  file(APPEND "${src}/os/os_posix.c" "#include \"course.h\"\n")
  set(expect_text "src/os/os_posix.c:10 includes core/course.h: os may include only os")
elseif(CASE STREQUAL "speech_includes_ui")
  file(WRITE "${src}/speech/speech.c" "#include \"speech.h\"\n#include \"draw.h\"\n")
  set(expect_text "src/speech/speech.c:2 includes ui/draw.h: speech may include only speech, core, os")
elseif(CASE STREQUAL "core_includes_speech")
  file(WRITE "${src}/core/x.c" "#include \"course.h\"\n#include \"speech.h\"\n")
  set(expect_text "src/core/x.c:2 includes speech/speech.h: core may include only core, os")
elseif(CASE STREQUAL "speech_includes_pthread")
  file(WRITE "${src}/speech/worker.c" "#include \"speech.h\"\n#include <pthread.h>\n")
  set(expect_text "src/speech/worker.c:2 includes <pthread.h>: only src/os/ may (use os.h)")
elseif(CASE STREQUAL "core_includes_unistd")
  file(WRITE "${src}/core/x.c" "/* x.c [a; b] */\n#include <stdio.h>\nstatic int a[2] = {1; 2};\n\\\n\n  #  include <unistd.h>\n")
  set(expect_text "src/core/x.c:6 includes <unistd.h>: only src/os/ may (use os.h)")
elseif(CASE STREQUAL "platform_includes_sys_stat")
  file(WRITE "${src}/platform/paths.c" "#include \"os.h\"\n#include <sys/stat.h>\n")
  set(expect_text "src/platform/paths.c:2 includes <sys/stat.h>: only src/os/ may (use os.h)")
elseif(CASE STREQUAL "main_includes_fcntl")
  file(APPEND "${src}/main.c" "#include <fcntl.h>\n")
  set(expect_text "src/main.c:4 includes <fcntl.h>: only src/os/ may (use os.h)")
elseif(CASE STREQUAL "clean_tree_passes")
  set(expect_text "")
else()
  message(FATAL_ERROR "unknown CASE '${CASE}'")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" "-DAW_SRC=${src}" -P "${CHECK}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(expect_text)
  if(rc EQUAL 0)
    message(FATAL_ERROR "the check passed a tree where ${CASE}")
  endif()
  string(FIND "${err}" "${expect_text}" at)
  if(at LESS 0)
    message(FATAL_ERROR "the check failed without saying '${expect_text}':\n${err}")
  endif()
  # Each tree breaks one rule once: the check must not report more.
  string(REGEX MATCHALL "includes [^\n]*\n" found "${err}")
  list(LENGTH found nfound)
  if(NOT nfound EQUAL 1)
    message(FATAL_ERROR "the check reported ${nfound} problems where there is one:\n${err}")
  endif()
elseif(NOT rc EQUAL 0)
  message(FATAL_ERROR "the check failed a clean tree:\n${err}")
endif()
