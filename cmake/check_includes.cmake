# check_includes.cmake - the build's rules for #include lines, checked in
# one pass over every file under src/. Run as a build step (CMakeLists.txt)
# and by the tests in tests/includes:
#   cmake -DAW_SRC=/path/to/src -P cmake/check_includes.cmake
#
# Rule 1, the layers. They are the folders under src/ (src/app with its
# feature folders is one layer); each may include its own headers and
# those of the layers below it:
#   os        os
#   core      core, os
#   ui        ui, core, os
#   app       app, ui, core, os
#   lrs       lrs, core, os       (libcurl: statements to the school's LRS)
#   live      live, core, os      (the live quiz's server, QR code, test client)
#   speech    speech, core, os    (espeak-ng: the read-aloud engine)
#   platform  platform, app, live, lrs, speech, ui, core, os
#   cli       cli, live, lrs, speech, ui, core, os   (ui for the string tables: check, export
#                                 and bench word core's errors as the window does)
# src/main.c, the program, may include any. An #include "NAME" is looked up
# beside the including file, then as src/NAME, then by file name in every
# layer (the include path is flat: each layer's folders are on it); a name
# that is not a project header (<stdio.h>, "cmocka.h") is not checked.
#
# Rule 2, the OS module. Only src/os/ includes the headers of the POSIX
# calls that os_posix.c wraps; a Windows build has none of them, so code
# that needs one of these calls goes through src/os/os.h (os_win32.c then
# answers it there):
set(os_only_headers unistd.h fcntl.h sys/stat.h sys/file.h spawn.h sys/wait.h sys/resource.h dirent.h pthread.h)
#
# Violations read:
#   src/core/x.c:12 includes ui/draw.h: core may include only core, os
#   src/core/x.c:6 includes <unistd.h>: only src/os/ may (use os.h)
cmake_minimum_required(VERSION 3.20)

if(NOT AW_SRC OR NOT IS_DIRECTORY "${AW_SRC}")
  message(FATAL_ERROR "check_includes: set AW_SRC to the src folder (got '${AW_SRC}')")
endif()
get_filename_component(AW_SRC "${AW_SRC}" ABSOLUTE)
get_filename_component(top "${AW_SRC}" DIRECTORY)

set(layers os core ui app lrs live speech platform cli)
set(allowed_os os)
set(allowed_core core os)
set(allowed_ui ui core os)
set(allowed_app app ui core os)
set(allowed_lrs lrs core os)
set(allowed_live live core os)
set(allowed_speech speech core os)
set(allowed_platform platform app live lrs speech ui core os)
set(allowed_cli cli live lrs speech ui core os)

# Every header by file name: its layer and its path under src/.
foreach(layer ${layers})
  file(GLOB_RECURSE headers LIST_DIRECTORIES false "${AW_SRC}/${layer}/*.h")
  foreach(h ${headers})
    get_filename_component(name "${h}" NAME)
    file(RELATIVE_PATH rel "${AW_SRC}" "${h}")
    if(DEFINED layer_of_${name} AND NOT layer_of_${name} STREQUAL layer)
      message(FATAL_ERROR "check_includes: ${name} is in two layers (${where_${name}} and ${rel}): "
                          "an include of it cannot say which")
    endif()
    set(layer_of_${name} ${layer})
    set(where_${name} ${rel})
  endforeach()
endforeach()

# The layer of a "NAME" included from a file in DIR, and its path under
# src/; both "" when it is not a header of ours.
function(aw_target_of dir inc out_layer out_rel)
  get_filename_component(name "${inc}" NAME)
  foreach(candidate "${dir}/${inc}" "${AW_SRC}/${inc}")
    if(EXISTS "${candidate}" AND NOT IS_DIRECTORY "${candidate}")
      file(RELATIVE_PATH rel "${AW_SRC}" "${candidate}")
      string(REGEX MATCH "^[^/]+" layer "${rel}")
      if(layer IN_LIST layers)
        set(${out_layer} "${layer}" PARENT_SCOPE)
        set(${out_rel} "${rel}" PARENT_SCOPE)
        return()
      endif()
    endif()
  endforeach()
  if(DEFINED layer_of_${name})
    set(${out_layer} "${layer_of_${name}}" PARENT_SCOPE)
    set(${out_rel} "${where_${name}}" PARENT_SCOPE)
  else()
    set(${out_layer} "" PARENT_SCOPE)
    set(${out_rel} "" PARENT_SCOPE)
  endif()
endfunction()

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
  string(REGEX MATCH "^[^/]+" layer "${rel}")
  if(NOT layer IN_LIST layers)
    set(layer "") # src/main.c: may include any of ours
  endif()
  get_filename_component(dir "${f}" DIRECTORY)
  # One list element per line: characters that CMake lists treat
  # specially are replaced first (the include names keep theirs).
  string(REGEX REPLACE "[][;\\\\]" "_" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(n 0)
  foreach(line IN LISTS lines)
    math(EXPR n "${n} + 1")
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>")
      if(NOT layer STREQUAL "os" AND CMAKE_MATCH_1 IN_LIST os_only_headers)
        string(APPEND problems "${shown}:${n} includes <${CMAKE_MATCH_1}>: only src/os/ may (use os.h)\n")
      endif()
    elseif(layer AND line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
      aw_target_of("${dir}" "${CMAKE_MATCH_1}" target_layer target_rel)
      if(target_layer AND NOT target_layer IN_LIST allowed_${layer})
        string(REPLACE ";" ", " may "${allowed_${layer}}")
        string(APPEND problems "${shown}:${n} includes ${target_rel}: ${layer} may include only ${may}\n")
      endif()
    endif()
  endforeach()
endforeach()

if(problems)
  # NOTICE prints the lines as they are (FATAL_ERROR would rewrap them).
  string(REGEX MATCHALL "\n" count "${problems}")
  list(LENGTH count count)
  message(NOTICE "${problems}")
  message(FATAL_ERROR "check_includes: ${count} include(s) that break the layers or the OS module (listed above)")
endif()
