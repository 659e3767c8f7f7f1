# Fails when a firmware's link map shows that the program links the heap or the exception
# machinery: a device with no heap must not have malloc, operator new or unwinding in it.
#   cmake -DMAP=firmware.map -P check_link_map.cmake
if(NOT EXISTS "${MAP}")
  message(FATAL_ERROR "no link map at ${MAP}")
endif()
file(READ "${MAP}" map)
# Only the memory map, where each symbol the program keeps is listed after its address; the
# lists of discarded sections before it name what the linker threw away.
string(FIND "${map}" "Linker script and memory map" start)
if(start EQUAL -1)
  message(FATAL_ERROR "${MAP} is not a GNU ld link map")
endif()
string(SUBSTRING "${map}" ${start} -1 map)
# (The map names C++ functions demangled, as ld writes it by default, or mangled: both match.)
set(forbidden
    "malloc" "_malloc_r" "calloc" "realloc" "free" "_free_r" "_sbrk" "operator new"
    "operator delete" "_Zn[wa][jm][A-Za-z0-9_]*" "_Zd[la][A-Za-z0-9_]*" "__cxa_[a-z_]+"
    "_Unwind_[A-Za-z_]+" "__gxx_personality_v0" "__aeabi_unwind_cpp_pr[0-9]")
set(found "")
foreach(symbol IN LISTS forbidden)
  string(REGEX MATCH "\n +0x[0-9a-f]+ +(${symbol})[ (\n]" hit "${map}")
  if(hit)
    list(APPEND found "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(found)
  list(JOIN found ", " found)
  message(FATAL_ERROR "${MAP}: the firmware links the heap or exceptions: ${found}")
endif()
message(STATUS "${MAP}: no heap, no exception machinery")
