# Runs the device's host program and a firmware under QEMU with the same presses, and passes
# when the firmware shows the same lines, exits 0, and its task kept within its stack (the MPU
# guard turns an overflow into a fault, which exits 3). Prints the stack's high-water mark.
#   cmake -DHOST=... -DQEMU=qemu-system-arm -DFIRMWARE=....elf -DPRESSES=rpm -P compare.cmake
execute_process(COMMAND "${HOST}" "${PRESSES}" OUTPUT_VARIABLE expected RESULT_VARIABLE host_rc)
if(NOT host_rc EQUAL 0)
  message(FATAL_ERROR "the host program failed (${host_rc}):\n${expected}")
endif()
# The board's semihosting console is QEMU's standard output, and its command line the
# program's name, then the presses.
execute_process(
  COMMAND "${QEMU}" -M mps2-an386 -display none -monitor none -serial none -chardev
          stdio,id=console,signal=off -semihosting-config
          "enable=on,target=native,chardev=console,arg=firmware,arg=${PRESSES}" -kernel
          "${FIRMWARE}"
  OUTPUT_VARIABLE shown
  ERROR_VARIABLE qemu_errors
  RESULT_VARIABLE device_rc
  TIMEOUT 300)
if(NOT device_rc EQUAL 0)
  message(FATAL_ERROR "the firmware exited with ${device_rc}:\n${shown}${qemu_errors}")
endif()
if(NOT shown MATCHES "task stack high-water: ([0-9]+) of ([0-9]+) bytes\n$")
  message(FATAL_ERROR "the firmware did not report its task stack:\n${shown}")
endif()
message(STATUS "task stack high-water: ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2} bytes")
# All of it used means the task may have gone further (into the guard, which faults, but also
# no margin for an interrupt's frame): a failure either way.
if(NOT CMAKE_MATCH_1 LESS CMAKE_MATCH_2)
  message(FATAL_ERROR "the task used its whole stack")
endif()
string(REGEX REPLACE "task stack high-water: [^\n]*\n$" "" shown "${shown}")
if(NOT shown STREQUAL expected)
  file(WRITE "${FIRMWARE}.shown.txt" "${shown}")
  file(WRITE "${FIRMWARE}.expected.txt" "${expected}")
  message(FATAL_ERROR "the firmware shows other lines than the host program; compare\n"
                      "  ${FIRMWARE}.shown.txt\n  ${FIRMWARE}.expected.txt")
endif()
string(REGEX MATCHALL "\n" lines "${shown}")
list(LENGTH lines count)
message(STATUS "${count} screens alike")
