// Every combination of the device's buttons, worked out at compile time: the device only
// indexes this table (by choice::index()), and holds neither the engine nor the knowledge base.
// Each entry is what the display shows, nine bytes.
#ifndef KNOTGUIDE_EXAMPLE_TABLE_HPP
#define KNOTGUIDE_EXAMPLE_TABLE_HPP

#include <cstddef>

#include <knotguide/defaults.hpp>

#include "device.hpp"

namespace device {

struct screen_table {
  screen entries[choice_count]{};
  bool whole = true;  // false when a combination made no plan
};

[[nodiscard]] constexpr screen_table make_table() noexcept {
  screen_table t;
  for (std::size_t i = 0; i < choice_count; ++i) {
    const knotguide::result<knotguide::plan> made =
        knotguide::recommend(assessment_of(choice::at(i)));
    if (!made) {
      t.whole = false;
      continue;
    }
    t.entries[i] = screen_of(*made);
  }
  return t;
}

inline constexpr screen_table built = make_table();
static_assert(built.whole, "every combination of the buttons makes a plan");
inline constexpr const screen (&table)[choice_count] = built.entries;

}  // namespace device

#endif  // KNOTGUIDE_EXAMPLE_TABLE_HPP
