// The firmware: reads the scripted presses, and after the start and after every press shows
// what the device would display. Two builds of this file, which a device maker would compare:
//  - run time (KNOTGUIDE_FIRMWARE_TABLE=0): recommend_into() works out the plan on each press,
//    on a 2 KiB task stack, into a plan in static storage, from the device's knowledge base
//    (the default one without its words, knowledge.hpp);
//  - table (KNOTGUIDE_FIRMWARE_TABLE=1): every combination of the buttons was worked out at
//    compile time (table.hpp); the device only indexes the table.
// Both work out the screen on a 2 KiB task stack, as an RTOS task would, and end with its
// high-water mark; the program exits 0, or 1 if a plan could not be made.
#include <cstddef>

#include "board.hpp"
#include "device.hpp"

#if KNOTGUIDE_FIRMWARE_TABLE
#include "table.hpp"
#else
#include <knotguide/plan.hpp>
#include <knotguide/recommend.hpp>

#include "knowledge.hpp"
#endif

namespace {

#if !KNOTGUIDE_FIRMWARE_TABLE
// The plan lives in static storage, not on the task's stack.
knotguide::plan current;
#endif

// What the task works out for a choice: the screen, or that no plan could be made.
struct job {
  device::choice choice;
  device::screen shown;
  bool made = false;
};

void work_out(void* context) noexcept {
  job& j = *static_cast<job*>(context);
#if KNOTGUIDE_FIRMWARE_TABLE
  j.shown = device::table[j.choice.index()];
  j.made = true;
#else
  j.made = !knotguide::recommend_into(current, device::assessment_of(j.choice), device::knowledge);
  if (j.made) {
    j.shown = device::screen_of(current);
  }
#endif
}

bool screen_for(const device::choice& c, device::screen& out) noexcept {
  job j;
  j.choice = c;
  board::run_on_task_stack(work_out, &j);
  out = j.shown;
  return j.made;
}

bool show(const device::choice& c) noexcept {
  device::screen s;
  if (!screen_for(c, s)) {
    board::print("error: no plan for this choice");
    return false;
  }
  device::line out;
  device::show(out, c, s);
  board::print(out.c_str());
  return true;
}

}  // namespace

int firmware_main() {
  device::choice c;
  bool ok = show(c);
  for (const char* key = board::script(); *key != '\0'; ++key) {
    if (const auto b = device::button_of(*key)) {
      c.press(b.value());
      ok = show(c) && ok;
    }
  }
  device::line out;
  out << "task stack high-water: " << static_cast<unsigned>(board::task_stack_high_water())
      << " of " << static_cast<unsigned>(board::task_stack_bytes) << " bytes";
  board::print(out.c_str());
  return ok ? 0 : 1;
}
