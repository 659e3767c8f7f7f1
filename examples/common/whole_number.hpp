// A whole number read from text a person typed: all of the text, and nothing the type cannot
// hold ("42"; not "", "4x", " 4", "4.0" or a number too large for N). Each program says in its
// own way what it expected.
#ifndef KNOTGUIDE_EXAMPLES_COMMON_WHOLE_NUMBER_HPP
#define KNOTGUIDE_EXAMPLES_COMMON_WHOLE_NUMBER_HPP

#include <charconv>
#include <optional>
#include <string_view>
#include <system_error>

namespace knotguide_examples {

template <class N>
std::optional<N> whole_number(std::string_view text) {
  N value{};
  const char* end = text.data() + text.size();
  const auto [stop, problem] = std::from_chars(text.data(), end, value);
  if (text.empty() || problem != std::errc{} || stop != end) {
    return std::nullopt;
  }
  return value;
}

}  // namespace knotguide_examples

#endif  // KNOTGUIDE_EXAMPLES_COMMON_WHOLE_NUMBER_HPP
