# Install rules and package files: the headers, the exported target, a CMake package config
# with its version file, and a pkg-config file. A build-tree export lets a consumer use
# -Dknotguide_DIR=<build dir> without installing.

include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Header-only and the same on every architecture, so the package lives under share/.
set(KNOTGUIDE_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/knotguide")
set(KNOTGUIDE_PKGCONFIG_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig")

install(
  TARGETS knotguide
  EXPORT knotguideTargets
  FILE_SET HEADERS)
install(
  EXPORT knotguideTargets
  NAMESPACE knotguide::
  DESTINATION ${KNOTGUIDE_CMAKE_DIR})

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/knotguideConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/knotguideConfig.cmake" INSTALL_DESTINATION ${KNOTGUIDE_CMAKE_DIR})
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/knotguideConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/knotguideConfig.cmake"
              "${PROJECT_BINARY_DIR}/knotguideConfigVersion.cmake"
        DESTINATION ${KNOTGUIDE_CMAKE_DIR})

# pkg-config: the include directory, plus Boost's when it is not a default search path.
set(KNOTGUIDE_PC_EXTRA_CFLAGS "")
if(Boost_INCLUDE_DIRS AND NOT Boost_INCLUDE_DIRS STREQUAL "/usr/include")
  set(KNOTGUIDE_PC_EXTRA_CFLAGS " -I${Boost_INCLUDE_DIRS}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(KNOTGUIDE_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(KNOTGUIDE_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/knotguide.pc.in" "${PROJECT_BINARY_DIR}/knotguide.pc"
               @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/knotguide.pc" DESTINATION ${KNOTGUIDE_PKGCONFIG_DIR})

# The build tree as a package too.
export(
  EXPORT knotguideTargets
  NAMESPACE knotguide::
  FILE "${PROJECT_BINARY_DIR}/knotguideTargets.cmake")
