# Regenerates a document into FRESH with the GENERATOR command (a list: the program and any
# arguments before the output path) and fails unless it matches the COMMITTED one.
execute_process(COMMAND ${GENERATOR} "${FRESH}" COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${COMMITTED}" "${FRESH}"
                RESULT_VARIABLE different)
if(different)
  message(FATAL_ERROR "${COMMITTED} is stale: the knowledge base or the types changed. Rewrite\n"
                      "it with\n"
                      "  cmake --build <build dir> --target knotguide_update_docs\n"
                      "and commit the result.")
endif()
