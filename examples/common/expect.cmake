# Runs PROGRAM with ARGS (a list), STDIN (a file) as its standard input when given, and checks
# its exit code against EXIT and what it printed against the STDOUT and STDERR regexes. What it
# printed is shown, so that the demo workflow shows the plan. Bad input (exit code 2) is
# reported in ERROR_LINES lines on stderr: 1 unless given.
if(STDIN)
  set(input INPUT_FILE ${STDIN})
endif()
execute_process(COMMAND ${PROGRAM} ${ARGS} ${input} RESULT_VARIABLE code OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
message("${out}")
if(err)
  message("stderr: ${err}")
endif()
if(NOT code STREQUAL EXIT)
  message(FATAL_ERROR "exit code ${code}, expected ${EXIT}")
endif()
if(STDOUT AND NOT out MATCHES "${STDOUT}")
  message(FATAL_ERROR "stdout does not match: ${STDOUT}")
endif()
if(STDERR AND NOT err MATCHES "${STDERR}")
  message(FATAL_ERROR "stderr does not match: ${STDERR}")
endif()
# Bad input is one line each: the flag, the JSON Pointer or the line, and the problem.
if(NOT ERROR_LINES)
  set(ERROR_LINES 1)
endif()
string(REGEX MATCHALL "\n" newlines "${err}")
list(LENGTH newlines lines)
if(EXIT STREQUAL "2" AND NOT lines EQUAL ERROR_LINES)
  message(FATAL_ERROR "bad input was reported in ${lines} lines, not ${ERROR_LINES}")
endif()
