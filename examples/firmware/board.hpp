// The little the device needs from its board: a line out, the scripted presses in, a stack
// for the task that works out the plan, and an exit code for the test that runs it. On QEMU's
// mps2-an386 (board.cpp) through Arm semihosting: the debugger's console stands in for the
// device's display, and the command line for its buttons.
#ifndef KNOTGUIDE_EXAMPLE_BOARD_HPP
#define KNOTGUIDE_EXAMPLE_BOARD_HPP

#include <cstddef>
#include <cstdint>

// The firmware's own entry point, which start-up calls (C++ does not let a program call main);
// its return value is the exit code.
int firmware_main();

namespace board {

// Writes a NUL-terminated line and a newline.
void print(const char* text) noexcept;

// The presses the test scripted, NUL-terminated in static storage ("rrpm"): the command line
// after the program's name.
[[nodiscard]] const char* script() noexcept;

// Ends the program: 0 for success, anything else for failure.
[[noreturn]] void exit(int code) noexcept;

// The stack of the task that works out a plan, as an RTOS gives one to a task. Run paints it,
// calls work(context) on it, and says how many bytes of it have ever been used.
inline constexpr std::size_t task_stack_bytes = 2048;
void run_on_task_stack(void (*work)(void*), void* context) noexcept;
[[nodiscard]] std::size_t task_stack_high_water() noexcept;

}  // namespace board

#endif  // KNOTGUIDE_EXAMPLE_BOARD_HPP
