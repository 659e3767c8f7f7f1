// Compile-only tests of text_view in constant expressions.
#include <cstddef>
#include <knotguide/text_view.hpp>

namespace kg = knotguide;

// A text_view of characters that are not a literal measures them in a constant expression too:
// a constexpr array filled by a loop (as a fixed string type does) and a buffer of a constant
// evaluation (g++ evaluates __builtin_strlen of literals only; text_view falls back to a loop).
struct filled_by_a_loop {
  char data[5]{};
  constexpr explicit filled_by_a_loop(const char (&text)[5]) {
    for (std::size_t i = 0; i != 5; ++i) {
      data[i] = text[i];
    }
  }
};
constexpr filled_by_a_loop filled{"x={}"};
static_assert(kg::text_view{filled.data}.size() == 4);
static_assert(kg::text_view{filled.data} == "x={}");
constexpr std::size_t length_of_a_buffer() {
  char buffer[4] = {'a', 'b', '\0', 'c'};
  return kg::text_view{buffer}.size();
}
static_assert(length_of_a_buffer() == 2);
constexpr char named[] = "abc";
static_assert(kg::text_view{named}.size() == 3);
static_assert(kg::text_view{"a literal"}.size() == 9);
