# Installs the build tree into a fresh STAGE prefix and packs the source tree into ARCHIVE, the
# two things the consumer tests start from.
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGE}"
                COMMAND_ERROR_IS_FATAL ANY)
foreach(expected include/knotguide/knotguide.hpp share/cmake/knotguide/knotguideConfig.cmake
                 share/cmake/knotguide/knotguideConfigVersion.cmake share/pkgconfig/knotguide.pc)
  if(NOT EXISTS "${STAGE}/${expected}")
    message(FATAL_ERROR "the install did not produce ${expected}")
  endif()
endforeach()

file(REMOVE "${ARCHIVE}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E tar czf "${ARCHIVE}" CMakeLists.txt cmake include tests examples
          benchmarks LICENSE README.md
  WORKING_DIRECTORY "${SOURCE_DIR}" COMMAND_ERROR_IS_FATAL ANY)
