# Cross-building for 64-bit Windows with Debian's MinGW-w64 (the package
# gcc-mingw-w64-x86-64). The libraries the program links (SDL2, SDL2_ttf,
# freetype, harfbuzz, cJSON, cmocka) come from the prefix that .ci/windows
# cross-builds: pass it as -DAW_MINGW_PREFIX=... or in the environment
# variable of the same name. Nothing is taken from the Linux system's
# /usr/lib or /usr/include.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(AW_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${AW_MINGW_TRIPLE}-gcc)
set(CMAKE_CXX_COMPILER ${AW_MINGW_TRIPLE}-g++)
set(CMAKE_RC_COMPILER ${AW_MINGW_TRIPLE}-windres)

if(NOT AW_MINGW_PREFIX AND DEFINED ENV{AW_MINGW_PREFIX})
  set(AW_MINGW_PREFIX $ENV{AW_MINGW_PREFIX})
endif()
# try_compile projects read this file again: hand the prefix on to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES AW_MINGW_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${AW_MINGW_TRIPLE})
if(AW_MINGW_PREFIX)
  list(APPEND CMAKE_FIND_ROOT_PATH ${AW_MINGW_PREFIX})
  list(APPEND CMAKE_PREFIX_PATH ${AW_MINGW_PREFIX})
  # pkg-config looks only in the prefix, never in the Linux system's folders.
  set(ENV{PKG_CONFIG_LIBDIR} ${AW_MINGW_PREFIX}/lib/pkgconfig:${AW_MINGW_PREFIX}/share/pkgconfig)
  set(ENV{PKG_CONFIG_PATH} "")
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
