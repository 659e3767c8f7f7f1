# Compiles and runs the consumer program with nothing but the flags pkg-config gives for the
# installed knotguide.
find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${STAGE}/share/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --cflags knotguide OUTPUT_VARIABLE cflags
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
message(STATUS "pkg-config --cflags knotguide: ${cflags}")
separate_arguments(cflags UNIX_COMMAND "${cflags}")
execute_process(
  COMMAND "${CXX}" -std=c++20 -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror ${cflags}
          "${PROGRAM}" -o "${OUTPUT}" COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${OUTPUT}" COMMAND_ERROR_IS_FATAL ANY)
