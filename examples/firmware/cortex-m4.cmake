# Cross-compiling for a Cortex-M4 with Debian's gcc-arm-none-eabi and its newlib:
#   cmake -S examples/firmware -B build/firmware -G Ninja \
#     --toolchain "$PWD/examples/firmware/cortex-m4.cmake"
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
# No operating system to link a test program against while CMake checks the compiler.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# No exceptions, no RTTI; each function and object in its own section, so that the linker
# keeps only what the program reaches.
set(CMAKE_CXX_FLAGS_INIT
    "-mcpu=cortex-m4 -mthumb -fno-exceptions -fno-rtti -ffunction-sections -fdata-sections")
# Our own start-up code (board.cpp) and newlib's small C library, for memcpy and the like.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-nostartfiles --specs=nano.specs -Wl,--gc-sections")

find_program(CMAKE_SIZE arm-none-eabi-size REQUIRED)
