// The board layer for QEMU's mps2-an386 (Cortex-M4): the vector table, start-up, Arm
// semihosting for the console, the command line and the exit code, and the plan task's stack
// with a guard the MPU enforces.
#include "board.hpp"

#include <cstddef>
#include <cstdint>

// The task switch below saves no floating-point state: the firmware is built for the soft-float
// ABI (Debian's default multilib for -mcpu=cortex-m4).
#ifdef __ARM_PCS_VFP
#error "board.cpp's task switch does not save the FPU registers: build with -mfloat-abi=soft"
#endif

extern "C" {
// From the linker script.
extern std::uint32_t main_stack_top[];
extern std::uint32_t data_start[];
extern std::uint32_t data_end[];
extern const std::uint32_t data_load[];
extern std::uint32_t bss_start[];
extern std::uint32_t bss_end[];
using constructor = void (*)();
extern const constructor init_array_start[];
extern const constructor init_array_end[];
}

namespace {

// Arm semihosting: the operation in r0, its argument in r1, then `bkpt 0xAB`; the debugger
// (here QEMU) carries it out and answers in r0.
enum class operation : std::uintptr_t { write0 = 0x04, get_cmdline = 0x15, exit_extended = 0x20 };
constexpr std::uintptr_t application_exit = 0x20026;  // ADP_Stopped_ApplicationExit

std::uintptr_t semihost(operation op, const void* argument) noexcept {
  register auto r0 asm("r0") = static_cast<std::uintptr_t>(op);
  register const void* r1 asm("r1") = argument;
  asm volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

// Memory-mapped registers of the Cortex-M4's system control block and MPU.
std::uint32_t volatile& reg(std::uintptr_t address) noexcept {
  return *reinterpret_cast<std::uint32_t volatile*>(address);  // NOLINT: hardware registers
}
constexpr std::uintptr_t shcsr = 0xE000ED24;  // system handler control and state
constexpr std::uintptr_t mpu_ctrl = 0xE000ED94;
constexpr std::uintptr_t mpu_rnr = 0xE000ED98;   // region number
constexpr std::uintptr_t mpu_rbar = 0xE000ED9C;  // region base address
constexpr std::uintptr_t mpu_rasr = 0xE000EDA0;  // region attributes and size

// The plan task's stack, above a guard that the MPU makes inaccessible: an overflow faults where
// it happens rather than overwriting what lies below. A function's first store can land as far
// below the stack pointer as its frame is large, so the guard is larger than any frame
// (-Wstack-usage=1024 in CMakeLists.txt keeps every frame below it).
constexpr std::size_t guard_bytes = 1024;
constexpr std::uint32_t paint = 0xC5C5C5C5;
alignas(guard_bytes) std::uint32_t task_area[(guard_bytes + board::task_stack_bytes) / 4];
std::uint32_t* const task_stack = task_area + guard_bytes / 4;
constexpr std::size_t task_words = board::task_stack_bytes / 4;

void guard_task_stack() noexcept {
  reg(mpu_rnr) = 0;
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the MPU takes an address
  reg(mpu_rbar) = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(task_area));
  // Execute never, no access at any privilege, 1 KiB (SIZE = 9: 2^(9+1)), enabled.
  reg(mpu_rasr) = (1U << 28) | (0U << 24) | (9U << 1) | 1U;
  // The MPU on, with the default memory map for everything else; MemManage faults to their own
  // handler, which runs on the main stack.
  reg(mpu_ctrl) = (1U << 2) | 1U;
  reg(shcsr) = reg(shcsr) | (1U << 16);
  asm volatile("dsb\n\tisb" ::: "memory");
}

extern "C" [[noreturn]] void fault_handler() noexcept {
  board::print("fault: the plan task overran its stack or touched memory it may not");
  board::exit(3);
}

extern "C" [[noreturn]] void reset_handler() noexcept {
  const std::uint32_t* from = data_load;
  for (std::uint32_t* to = data_start; to < data_end;) {
    *to++ = *from++;
  }
  for (std::uint32_t* to = bss_start; to < bss_end;) {
    *to++ = 0;
  }
  for (const constructor* c = init_array_start; c < init_array_end; ++c) {
    (*c)();
  }
  guard_task_stack();
  board::exit(firmware_main());
}

using handler = void (*)();
// The initial stack pointer, then reset and the fault handlers; the example uses no interrupts.
[[gnu::section(".vectors"), gnu::used]] const handler vectors[] = {
    reinterpret_cast<handler>(main_stack_top),  // NOLINT: the table's first word is an address
    reset_handler,
    fault_handler,  // NMI
    fault_handler,  // HardFault
    fault_handler,  // MemManage
    fault_handler,  // BusFault
    fault_handler,  // UsageFault
};

char script_buffer[1024];

}  // namespace

namespace board {

void print(const char* text) noexcept {
  semihost(operation::write0, text);
  semihost(operation::write0, "\n");
}

const char* script() noexcept {
  struct {
    char* buffer;
    std::size_t size;
  } block{script_buffer, sizeof script_buffer - 1};
  if (semihost(operation::get_cmdline, &block) != 0) {
    script_buffer[0] = '\0';
  }
  // The command line is the program's name, then the presses.
  const char* presses = script_buffer;
  while (*presses != '\0' && *presses != ' ') {
    ++presses;
  }
  return *presses == ' ' ? presses + 1 : presses;
}

void exit(int code) noexcept {
  const std::uintptr_t block[] = {application_exit, static_cast<std::uintptr_t>(code)};
  semihost(operation::exit_extended, block);
  for (;;) {
  }
}

void run_on_task_stack(void (*work)(void*), void* context) noexcept {
  static bool painted = false;
  if (!painted) {
    for (std::size_t i = 0; i < task_words; ++i) {
      task_stack[i] = paint;
    }
    painted = true;
  }
  std::uint32_t* const top = task_stack + task_words;
  // Thread mode switches to the process stack pointer, set to the task's stack, for the call,
  // as an RTOS runs a task; exceptions keep the main stack.
  asm volatile(
      "msr psp, %[top]\n\t"
      "mrs r4, control\n\t"
      "orr r5, r4, #2\n\t"
      "msr control, r5\n\t"
      "isb\n\t"
      "mov r0, %[context]\n\t"
      "blx %[work]\n\t"
      "msr control, r4\n\t"
      "isb"
      :
      : [top] "r"(top), [context] "r"(context), [work] "r"(work)
      : "r0", "r1", "r2", "r3", "r4", "r5", "r12", "lr", "memory", "cc");
}

std::size_t task_stack_high_water() noexcept {
  std::size_t untouched = 0;
  while (untouched < task_words && task_stack[untouched] == paint) {
    ++untouched;
  }
  return (task_words - untouched) * 4;
}

}  // namespace board
