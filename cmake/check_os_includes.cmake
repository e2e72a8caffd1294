# check_os_includes.cmake - fails when a file outside src/os/ includes a
# system header that only the OS module may use, or when src/os/ includes
# a header of ours other than its own (os is the lowest layer). Run as a
# build step (CMakeLists.txt) and by the tests in tests/os:
#   cmake -DAW_SRC=/path/to/src -P cmake/check_os_includes.cmake
#
# The headers of the POSIX calls that os_posix.c wraps; a Windows build
# has none of them, so code that needs one of these calls goes through
# src/os/os.h instead (os_win32.c then answers it there):
set(os_only_headers unistd.h fcntl.h sys/stat.h sys/file.h spawn.h sys/wait.h sys/resource.h dirent.h)
# A violation reads:
#   src/core/x.c:12 includes <unistd.h>: only src/os/ may (use os.h)
#   src/os/os_posix.c:3 includes "lesson.h": src/os/ includes only its own headers
cmake_minimum_required(VERSION 3.20)

if(NOT AW_SRC OR NOT IS_DIRECTORY "${AW_SRC}")
  message(FATAL_ERROR "check_os_includes: set AW_SRC to the src folder (got '${AW_SRC}')")
endif()
get_filename_component(AW_SRC "${AW_SRC}" ABSOLUTE)
get_filename_component(top "${AW_SRC}" DIRECTORY)

set(problems "")
file(GLOB_RECURSE sources LIST_DIRECTORIES false "${AW_SRC}/*.c" "${AW_SRC}/*.h")
list(SORT sources)
foreach(f ${sources})
  file(READ "${f}" text)
  if(NOT text MATCHES "#[ \t]*include")
    continue()
  endif()
  file(RELATIVE_PATH rel "${AW_SRC}" "${f}")
  file(RELATIVE_PATH shown "${top}" "${f}")
  set(in_os FALSE)
  if(rel MATCHES "^os/")
    set(in_os TRUE)
  endif()
  # One list element per line: characters that CMake lists treat specially
  # are replaced first (header names keep theirs).
  string(REGEX REPLACE "[][;\\\\]" "_" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(n 0)
  foreach(line IN LISTS lines)
    math(EXPR n "${n} + 1")
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>")
      set(inc "${CMAKE_MATCH_1}")
      if(NOT in_os AND inc IN_LIST os_only_headers)
        string(APPEND problems "${shown}:${n} includes <${inc}>: only src/os/ may (use os.h)\n")
      endif()
    elseif(in_os AND line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
      set(inc "${CMAKE_MATCH_1}")
      get_filename_component(dir "${f}" DIRECTORY)
      if(NOT EXISTS "${dir}/${inc}")
        string(APPEND problems "${shown}:${n} includes \"${inc}\": src/os/ includes only its own headers\n")
      endif()
    endif()
  endforeach()
endforeach()

if(problems)
  # NOTICE prints the lines as they are (FATAL_ERROR would rewrap them).
  string(REGEX MATCHALL "\n" count "${problems}")
  list(LENGTH count count)
  message(NOTICE "${problems}")
  message(FATAL_ERROR "check_os_includes: ${count} include(s) that belong behind src/os/os.h (listed above)")
endif()
