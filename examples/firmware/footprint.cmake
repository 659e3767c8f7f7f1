# Prints a firmware's footprint: flash (vectors, code and read-only data) and RAM (data and
# bss, the task stack and the plan included; the main stack sits above them).
#   cmake -DSIZE=arm-none-eabi-size -DELF=firmware.elf -P footprint.cmake
execute_process(COMMAND "${SIZE}" -A "${ELF}" OUTPUT_VARIABLE sections COMMAND_ERROR_IS_FATAL ANY)
set(flash 0)
set(ram 0)
string(REPLACE "\n" ";" lines "${sections}")
foreach(line IN LISTS lines)
  if(line MATCHES "^\\.(vectors|text|rodata|ARM\\.exidx|init_array) +([0-9]+)")
    math(EXPR flash "${flash} + ${CMAKE_MATCH_2}")
  endif()
  if(line MATCHES "^\\.(data|bss) +([0-9]+)")
    math(EXPR ram "${ram} + ${CMAKE_MATCH_2}")
  endif()
endforeach()
get_filename_component(name "${ELF}" NAME_WE)
message(STATUS "${name}: flash ${flash} bytes (text + rodata), RAM ${ram} bytes (data + bss)")
