// Compile-only tests of flag_set and fixed_vector in constant expressions.
#include <cstdint>

#include <knotguide/knotguide.hpp>

namespace kg = knotguide;

constexpr kg::flag_set<kg::red_flag> flags{kg::red_flag::chest_pain, kg::red_flag::saddle_numbness};
static_assert(flags.size() == 2);
static_assert(flags.contains(kg::red_flag::chest_pain));
static_assert(!flags.contains(kg::red_flag::worried));
static_assert(*flags.begin() == kg::red_flag::saddle_numbness);  // declaration order
static_assert(!flags.holds_invalid());
static_assert((flags - kg::flag_set<kg::red_flag>{kg::red_flag::chest_pain}).size() == 1);
static_assert(kg::flag_set<kg::side>::all().size() == 3);
// One word: the invalid mark lives in the top bit, not beside it.
static_assert(sizeof(kg::flag_set<kg::red_flag>) == sizeof(std::uint64_t));

constexpr int sum_of(const kg::fixed_vector<int, 4>& v) {
  int total = 0;
  for (const int x : v) {
    total += x;
  }
  return total;
}
static_assert(sum_of({1, 2, 3}) == 6);
static_assert(kg::fixed_vector<int, 4>{1, 2}.size() == 2);
static_assert(kg::fixed_vector<int, 4>{1, 2}.get(3) == nullptr);
static_assert(kg::fixed_vector<int, 2>{5, 6}.full());
