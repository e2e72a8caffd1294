# check_layers.cmake - fails when a source file includes a header of a
# layer above its own. Run as a build step (CMakeLists.txt) and by the
# tests in tests/layers:
#   cmake -DAW_SRC=/path/to/src -P cmake/check_layers.cmake
#
# The layers are the folders under src/ (src/app with its feature folders
# is one layer); each may include its own headers and those of the layers
# below it:
#   os        os
#   core      core, os
#   ui        ui, core, os
#   app       app, ui, core, os
#   platform  platform, app, ui, core, os
#   cli       cli, ui, core, os   (ui for the string tables: check, export
#                                 and bench word core's errors as the window does)
# src/main.c, the program, may include any. An #include "NAME" is looked up
# beside the including file, then as src/NAME, then by file name in every
# layer (the include path is flat: each layer's folders are on it); a name
# that is not a project header (<stdio.h>, "cmocka.h") is not checked.
# A violation reads:
#   src/core/x.c:12 includes ui/draw.h: core may include only core
cmake_minimum_required(VERSION 3.20)

if(NOT AW_SRC OR NOT IS_DIRECTORY "${AW_SRC}")
  message(FATAL_ERROR "check_layers: set AW_SRC to the src folder (got '${AW_SRC}')")
endif()
get_filename_component(AW_SRC "${AW_SRC}" ABSOLUTE)
get_filename_component(top "${AW_SRC}" DIRECTORY)

set(layers os core ui app platform cli)
set(allowed_os os)
set(allowed_core core os)
set(allowed_ui ui core os)
set(allowed_app app ui core os)
set(allowed_platform platform app ui core os)
set(allowed_cli cli ui core os)

# Every header by file name: its layer and its path under src/.
foreach(layer ${layers})
  file(GLOB_RECURSE headers LIST_DIRECTORIES false "${AW_SRC}/${layer}/*.h")
  foreach(h ${headers})
    get_filename_component(name "${h}" NAME)
    file(RELATIVE_PATH rel "${AW_SRC}" "${h}")
    if(DEFINED layer_of_${name} AND NOT layer_of_${name} STREQUAL layer)
      message(FATAL_ERROR "check_layers: ${name} is in two layers (${where_${name}} and ${rel}): "
                          "an include of it cannot say which")
    endif()
    set(layer_of_${name} ${layer})
    set(where_${name} ${rel})
  endforeach()
endforeach()

set(problems "")
foreach(layer ${layers})
  file(GLOB_RECURSE sources LIST_DIRECTORIES false "${AW_SRC}/${layer}/*.c" "${AW_SRC}/${layer}/*.h")
  list(SORT sources)
  foreach(f ${sources})
    file(READ "${f}" text)
    if(NOT text MATCHES "#[ \t]*include[ \t]*\"")
      continue()
    endif()
    # One list element per line: characters that CMake lists treat
    # specially are replaced first (the include names keep theirs).
    string(REGEX REPLACE "[][;\\\\]" "_" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    get_filename_component(dir "${f}" DIRECTORY)
    file(RELATIVE_PATH shown "${top}" "${f}")
    set(n 0)
    foreach(line IN LISTS lines)
      math(EXPR n "${n} + 1")
      if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
        continue()
      endif()
      set(inc "${CMAKE_MATCH_1}")
      get_filename_component(name "${inc}" NAME)
      set(target_layer "")
      set(target_rel "")
      foreach(candidate "${dir}/${inc}" "${AW_SRC}/${inc}")
        if(EXISTS "${candidate}" AND NOT IS_DIRECTORY "${candidate}")
          file(RELATIVE_PATH target_rel "${AW_SRC}" "${candidate}")
          string(REGEX MATCH "^[^/]+" target_layer "${target_rel}")
          break()
        endif()
      endforeach()
      if(target_layer STREQUAL "" AND DEFINED layer_of_${name})
        set(target_layer ${layer_of_${name}})
        set(target_rel ${where_${name}})
      endif()
      if(target_layer STREQUAL "" OR NOT target_layer IN_LIST layers)
        continue()
      endif()
      if(NOT target_layer IN_LIST allowed_${layer})
        string(REPLACE ";" ", " may "${allowed_${layer}}")
        string(APPEND problems "${shown}:${n} includes ${target_rel}: ${layer} may include only ${may}\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(problems)
  # NOTICE prints the lines as they are (FATAL_ERROR would rewrap them).
  string(REGEX MATCHALL "\n" count "${problems}")
  list(LENGTH count count)
  message(NOTICE "${problems}")
  message(FATAL_ERROR "check_layers: ${count} include(s) above the including file's layer (listed above)")
endif()
