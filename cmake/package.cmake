# package.cmake - what a Linux desktop needs beside the program, and the
# Debian package CPack makes of the installed tree (`cpack -G DEB` in the
# build folder; .ci/deb builds it from a clean folder and tests it).
#
# `cmake --install` puts, under the prefix (/usr for a package):
#   bin/accountwijs                                  (CMakeLists.txt)
#   share/accountwijs/{assets,content}/              (CMakeLists.txt; paths.c
#                                                     finds them from bin/)
#   share/applications/accountwijs.desktop           the menu entry
#   share/metainfo/io.github.accountwijs.metainfo.xml  for software centres
#   share/icons/hicolor/scalable/apps/accountwijs.svg  the icon, and PNGs of
#   share/icons/hicolor/NxN/apps/accountwijs.png       it when rsvg-convert
#                                                      (librsvg2-bin) is found
#   share/man/man1/accountwijs.1.gz                  the manual page
#   share/doc/accountwijs/copyright                  the program's and the
#                                                    fonts' licences
#   share/doc/accountwijs/changelog.gz
# The sources of these files are in dist/linux/.
if(NOT UNIX OR APPLE)
  return()
endif()

set(AW_DIST ${CMAKE_SOURCE_DIR}/dist/linux)
set(AW_ICON_SIZES 16 22 24 32 48 64 128 256)

find_program(AW_RSVG_CONVERT rsvg-convert)
find_program(AW_GZIP gzip REQUIRED)

# The manual page, compressed without a name or time stamp (gzip -n) so
# that two builds give the same package.
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/dist/accountwijs.1.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/dist
  COMMAND ${CMAKE_COMMAND} -E copy ${AW_DIST}/accountwijs.1 ${CMAKE_BINARY_DIR}/dist/accountwijs.1
  COMMAND ${AW_GZIP} -9nf ${CMAKE_BINARY_DIR}/dist/accountwijs.1
  DEPENDS ${AW_DIST}/accountwijs.1
  COMMENT "Compressing the manual page"
  VERBATIM)
# Debian wants a changelog beside the copyright of a native package.
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/dist/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/dist
  COMMAND ${CMAKE_COMMAND} -E copy ${AW_DIST}/changelog ${CMAKE_BINARY_DIR}/dist/changelog
  COMMAND ${AW_GZIP} -9nf ${CMAKE_BINARY_DIR}/dist/changelog
  DEPENDS ${AW_DIST}/changelog
  VERBATIM)
set(AW_DIST_OUTPUTS ${CMAKE_BINARY_DIR}/dist/accountwijs.1.gz ${CMAKE_BINARY_DIR}/dist/changelog.gz)

if(AW_RSVG_CONVERT)
  foreach(size ${AW_ICON_SIZES})
    set(png ${CMAKE_BINARY_DIR}/dist/icons/${size}x${size}/accountwijs.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/dist/icons/${size}x${size}
      COMMAND ${AW_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${AW_DIST}/accountwijs.svg
      DEPENDS ${AW_DIST}/accountwijs.svg
      VERBATIM)
    list(APPEND AW_DIST_OUTPUTS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
else()
  message(STATUS "rsvg-convert not found: only the SVG icon is installed "
                 "(apt install librsvg2-bin for the PNG sizes; .ci/deb does)")
endif()
add_custom_target(aw_dist ALL DEPENDS ${AW_DIST_OUTPUTS})

install(FILES ${AW_DIST}/accountwijs.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${AW_DIST}/io.github.accountwijs.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${AW_DIST}/accountwijs.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_BINARY_DIR}/dist/accountwijs.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${AW_DIST}/copyright ${CMAKE_BINARY_DIR}/dist/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/accountwijs)

# The Debian package: accountwijs_VERSION_amd64.deb, its dependencies
# worked out by dpkg-shlibdeps from the libraries the program links.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME accountwijs)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The accountwijs authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "courseware and quizzes for chapter 1 of Accountmanagement (MBO)")
# One paragraph, its lines under 80 columns (CPack indents them).
set(CPACK_PACKAGE_DESCRIPTION "Accountwijs presents chapter 1, Accountmanagement, of the Dutch MBO
textbook for commercial programmes as a well-set book, with questions,
branching cases from Dutch businesses, a timed self-test with a mark and a
quiz for a whole class on a projector. Each student's progress is kept on
the computer itself; nothing leaves the machine. The program speaks Dutch,
and English with --lang en.")
set(AW_DEB_MAINTAINER "The accountwijs authors <accountwijs@example.org>" CACHE STRING
    "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${AW_DEB_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Dutch hyphenation patterns are read at run time (libhyphen0 itself
# comes from shlibdeps); without them words stay whole.
# Reading aloud needs libespeak-ng1 (from shlibdeps), which itself depends
# on espeak-ng-data, the voices.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hyphen-nl")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  # paths.c finds the data beside bin/ wherever it is installed; only its
  # last resort, the configured data folder, would point elsewhere.
  message(STATUS "Packages install in /usr; configure with -DCMAKE_INSTALL_PREFIX=/usr for a .deb "
                 "(now ${CMAKE_INSTALL_PREFIX})")
endif()
include(CPack)
