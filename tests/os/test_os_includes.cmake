# test_os_includes.cmake - runs cmake/check_os_includes.cmake on a small
# tree made here and checks its verdict:
#   cmake -DCASE=NAME -DCHECK=cmake/check_os_includes.cmake -DWORK=DIR -P test_os_includes.cmake
# CASE core_includes_unistd: a core file that includes <unistd.h> fails,
#   and the message names the file, the line and the header.
# CASE platform_includes_sys_stat: the same for <sys/stat.h> in platform.
# CASE os_includes_ours: src/os/ including a core header fails.
# CASE only_os_includes_system_headers: the POSIX headers inside src/os/,
#   and os.h included everywhere, pass.
cmake_minimum_required(VERSION 3.20)

file(REMOVE_RECURSE "${WORK}")
set(src "${WORK}/src")
file(WRITE "${src}/os/os.h" "#include <stdio.h>\n#include <time.h>\n")
file(WRITE "${src}/os/os_posix.c"
     "#include \"os.h\"\n#include <dirent.h>\n#include <fcntl.h>\n#include <spawn.h>\n#include <sys/file.h>\n#include <sys/stat.h>\n"
     "#include <sys/resource.h>\n#include <sys/wait.h>\n#include <unistd.h>\n")
file(WRITE "${src}/core/lesson.h" "/* lesson.h */\n")
file(WRITE "${src}/core/progress.c" "#include <stdio.h>\n#include <sys/types.h>\n#include \"os.h\"\n")
file(WRITE "${src}/main.c" "#include \"os.h\"\n")

if(CASE STREQUAL "core_includes_unistd")
  # Line 6, after lines with characters CMake lists mind.
  file(WRITE "${src}/core/x.c" "/* x.c [a; b] */\n#include <stdio.h>\nstatic int a[2] = {1; 2};\n\\\n\n  #  include <unistd.h>\n")
  set(expect_fail TRUE)
  set(expect_text "src/core/x.c:6 includes <unistd.h>: only src/os/ may (use os.h)")
elseif(CASE STREQUAL "platform_includes_sys_stat")
  file(WRITE "${src}/platform/paths.c" "#include \"os.h\"\n#include <sys/stat.h>\n")
  set(expect_fail TRUE)
  set(expect_text "src/platform/paths.c:2 includes <sys/stat.h>: only src/os/ may (use os.h)")
elseif(CASE STREQUAL "os_includes_ours")
  file(APPEND "${src}/os/os_posix.c" "#include \"lesson.h\"\n")
  set(expect_fail TRUE)
  set(expect_text "src/os/os_posix.c:10 includes \"lesson.h\": src/os/ includes only its own headers")
elseif(CASE STREQUAL "only_os_includes_system_headers")
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
  message(FATAL_ERROR "the check failed a tree with the POSIX headers inside src/os/ only:\n${err}")
endif()
