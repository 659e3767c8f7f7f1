# Builds TARGET in BUILD_DIR and passes only if the build fails with output matching EXPECTED.
execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
  RESULT_VARIABLE status
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(status EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but it must not:\n${output}")
endif()
if(NOT output MATCHES "${EXPECTED}")
  message(FATAL_ERROR "${TARGET} failed to compile, but not with /${EXPECTED}/:\n${output}")
endif()
message(STATUS "${TARGET} failed to compile as expected (/${EXPECTED}/)")
