# The Windows build (MinGW-w64, cmake/toolchain-mingw64.cmake; .ci/windows
# drives it). Included from CMakeLists.txt when WIN32 is set, before the
# libraries are declared; what needs the targets runs at the end of the
# top-level CMakeLists.txt (cmake_language(DEFER)).
#  - the OS module is src/os/os_win32.c;
#  - MinGW's C99 printf (%zu, %lld) instead of msvcrt's, and a 64-bit off_t;
#  - the program is a GUI program (-mwindows): no console window on a
#    double-click; os_win32.c attaches to the console it was started from;
#  - paths.c looks beside the .exe and never in the source tree;
#  - `install` lays the zip's folder out: accountwijs.exe, its DLLs,
#    assets/ and content/ side by side.
set(AW_OS_SOURCE ${CMAKE_SOURCE_DIR}/src/os/os_win32.c)
add_compile_definitions(__USE_MINGW_ANSI_STDIO=1 _FILE_OFFSET_BITS=64)

function(aw_windows_targets)
  target_link_libraries(awos PRIVATE bcrypt psapi shell32)
  set_source_files_properties(${CMAKE_SOURCE_DIR}/src/core/paths.c TARGET_DIRECTORY awcore PROPERTIES
    COMPILE_DEFINITIONS "AW_REL_DATADIR=\"share/accountwijs\"")
  target_link_options(accountwijs PRIVATE -mwindows)
  set_target_properties(accountwijs PROPERTIES SUFFIX ".exe")
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL aw_windows_targets)

# Running the build's programs under Wine: ctest puts build-folder/wine-run
# before each test program.
set(AW_WINEPREFIX ${CMAKE_BINARY_DIR}/wineprefix)
execute_process(COMMAND ${CMAKE_C_COMPILER} -print-libgcc-file-name OUTPUT_VARIABLE AW_LIBGCC OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(AW_GCC_RUNTIME_DIR ${AW_LIBGCC} DIRECTORY)
set(AW_WINEPATH "Z:${AW_MINGW_PREFIX}/bin;Z:/usr/${AW_MINGW_TRIPLE}/lib;Z:${AW_GCC_RUNTIME_DIR}")
configure_file(${CMAKE_SOURCE_DIR}/tests/wine/run.in ${CMAKE_BINARY_DIR}/wine-run @ONLY
  FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_BINARY_DIR}/wine-run)

# assets/ and content/ beside the .exe in the build folder too, as in the
# zip: the program finds them there, and the tests under Wine use exactly
# the shipped layout (never the source tree).
add_custom_target(aw_windows_data ALL
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/assets ${CMAKE_BINARY_DIR}/assets
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/content ${CMAKE_BINARY_DIR}/content
  COMMENT "Copying assets/ and content/ beside accountwijs.exe"
  VERBATIM)
