# knotguide_process_test(PREFIX TARGET NAME [ARGS arg...] [STDIN file] [EXIT code]
#                        [STDOUT regex] [STDERR regex] [ERROR_LINES n])
# A test named "PREFIX: NAME" that runs the program TARGET as a user would, with ARGS and STDIN,
# and checks its exit code (0 unless given) and what it prints with expect.cmake.
function(knotguide_process_test prefix target name)
  cmake_parse_arguments(PARSE_ARGV 3 arg "" "STDIN;EXIT;STDOUT;STDERR;ERROR_LINES" "ARGS")
  if(NOT DEFINED arg_EXIT)
    set(arg_EXIT 0)
  endif()
  add_test(
    NAME "${prefix}: ${name}"
    COMMAND
      ${CMAKE_COMMAND} "-DPROGRAM=$<TARGET_FILE:${target}>" "-DARGS=${arg_ARGS}"
      "-DSTDIN=${arg_STDIN}" "-DEXIT=${arg_EXIT}" "-DSTDOUT=${arg_STDOUT}" "-DSTDERR=${arg_STDERR}"
      "-DERROR_LINES=${arg_ERROR_LINES}" -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/expect.cmake)
endfunction()
