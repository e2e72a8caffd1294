# The tests of the Windows build (included from tests/CMakeLists.txt when
# WIN32 is set, instead of the Linux registrations). Each cmocka program
# runs under Wine through CMAKE_CROSSCOMPILING_EMULATOR (build/wine-run).
# The tests never see the source tree: tests/data, the course and the
# harness scripts are copied into the build folder and reached by
# relative paths from the tests' working folder (build/tests).
pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka)

# tests/speech (the read-aloud engine) is not registered here: the Windows
# build has no espeak-ng yet (AW_NO_SPEECH).
# Left out on Windows, with the reason:
set(AW_WINDOWS_SKIP
  # The power-loss test of the progress log forks a child and kills it
  # (SIGKILL) mid-write; Windows has no fork. The log writer's own test of
  # a torn last line and a failed write (test_progress_torn) stands in.
  test_progress_crash
)

file(COPY ${CMAKE_CURRENT_SOURCE_DIR}/data DESTINATION ${CMAKE_CURRENT_BINARY_DIR})
file(COPY ${CMAKE_CURRENT_SOURCE_DIR}/golden DESTINATION ${CMAKE_CURRENT_BINARY_DIR}) # test_wrap_golden
file(COPY ${CMAKE_CURRENT_SOURCE_DIR}/scripts DESTINATION ${CMAKE_CURRENT_BINARY_DIR} FILES_MATCHING PATTERN "*.aws")
file(COPY ${CMAKE_SOURCE_DIR}/content DESTINATION ${CMAKE_CURRENT_BINARY_DIR})

function(aw_windows_unit_tests folder library)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/test_*.c)
  foreach(src ${sources})
    get_filename_component(name ${src} NAME_WE)
    if(name IN_LIST AW_WINDOWS_SKIP)
      continue()
    endif()
    add_executable(${name} ${src})
    target_link_libraries(${name} PRIVATE ${library} PkgConfig::CMOCKA)
    target_compile_definitions(${name} PRIVATE AW_TEST_DATA="data" AW_CONTENT_DIR="content")
    # The tests' own POSIX set-up calls, from Windows' C library; cmocka's
    # print_message is declared with Microsoft's printf (no %zu) although
    # the tests print through MinGW's C99 printf.
    target_compile_options(${name} PRIVATE -include ${CMAKE_CURRENT_SOURCE_DIR}/wine/posix_compat.h -Wno-format)
    add_test(NAME ${name} COMMAND ${name})
  endforeach()
endfunction()

aw_windows_unit_tests(os awos)
aw_windows_unit_tests(core awui) # ui words core's diagnostics (tests/diag_text.h)
aw_windows_unit_tests(ui awapp)

# Harness scripts, headless, each from an empty data folder. Left out:
# hyphenation (the Windows build has no libhyphen yet: words stay whole);
# lrs_none and lrs_configured (no libcurl yet: Instellingen says this
# version cannot send to an LRS instead); classquiz_live (no civetweb yet:
# AW_NO_LIVE, no live mode); the read-aloud ones (no espeak-ng yet:
# AW_NO_SPEECH).
set(AW_WINDOWS_SKIP_SCRIPTS hyphenation lrs_none lrs_configured classquiz_live speak_section speak_question)
file(GLOB SCRIPTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/scripts/*.aws)
foreach(src ${SCRIPTS})
  get_filename_component(name ${src} NAME_WE)
  if(name IN_LIST AW_WINDOWS_SKIP_SCRIPTS)
    continue()
  endif()
  add_test(NAME script_${name}
    COMMAND sh -c "rm -rf \"$1\" && exec \"$3\" \"$0\" --headless --script \"$2\" --out \"$1\" --data-dir \"$1/data\" --seed 1"
            $<TARGET_FILE:accountwijs> out/${name} scripts/${name}.aws ${CMAKE_BINARY_DIR}/wine-run)
endforeach()

# A path with accents on the command line reaches the program as UTF-8
# (os_utf8_args reads the wide command line; main's ARGV is in the ANSI
# code page): check names the folder it cannot read as it was typed.
add_test(NAME windows_arguments_with_accents_arrive_as_utf8
  COMMAND sh -c "LC_ALL=C.UTF-8 \"$1\" \"$0\" check 'tëst-ö-map' 2>&1 | grep -q 'tëst-ö-map: '"
          $<TARGET_FILE:accountwijs> ${CMAKE_BINARY_DIR}/wine-run)
