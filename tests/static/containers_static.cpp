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
// One word, the smallest with a bit for each enumerator and the invalid mark in its top bit.
static_assert(sizeof(kg::flag_set<kg::moment>) == 1);    // 5 enumerators
static_assert(sizeof(kg::flag_set<kg::cause>) == 2);     // 10 enumerators
static_assert(sizeof(kg::flag_set<kg::region>) == 4);    // 25
static_assert(sizeof(kg::flag_set<kg::red_flag>) == 4);  // 31
static_assert(sizeof(kg::flag_set<kg::muscle>) == 8);    // 35
enum class eight : std::uint8_t { a, b, c, d, e, f, g, h };
namespace knotguide {
template <>
struct enum_traits<eight> {
  static constexpr text_view type_name = "eight";
  static constexpr text_view names[] = {"a", "b", "c", "d", "e", "f", "g", "h"};
};
}  // namespace knotguide
static_assert(sizeof(kg::flag_set<eight>) == 2);  // eight members leave no room in a byte
static_assert(kg::flag_set<eight>::all().size() == 8);
static_assert(!kg::flag_set<eight>::all().holds_invalid());

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
