// Input read with a bound on what is kept, so that an endless line or file from a pipe, a
// terminal or a path never holds memory without bound.
#ifndef KNOTGUIDE_EXAMPLES_COMMON_BOUNDED_INPUT_HPP
#define KNOTGUIDE_EXAMPLES_COMMON_BOUNDED_INPUT_HPP

#include <cstddef>
#include <istream>
#include <optional>
#include <string>

namespace knotguide_examples {

// The next line of `in` without its newline, at most `limit` characters of it kept (too_long says
// there were more); false at the end of the input.
inline bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
  using traits = std::istream::traits_type;
  line.clear();
  too_long = false;
  std::istream::int_type c = in.get();
  if (c == traits::eof()) {
    return false;
  }
  for (; c != traits::eof() && c != '\n'; c = in.get()) {
    if (line.size() < limit) {
      line += traits::to_char_type(c);
    } else {
      too_long = true;
    }
  }
  return true;
}

// All of `in` when it is at most `limit` bytes; nothing when it is longer (only limit + 1 bytes
// are read to know) or cannot be read.
inline std::optional<std::string> read_at_most(std::istream& in, std::size_t limit) {
  std::string text(limit + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) {
    return std::nullopt;
  }
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > limit) {
    return std::nullopt;
  }
  return text;
}

}  // namespace knotguide_examples

#endif  // KNOTGUIDE_EXAMPLES_COMMON_BOUNDED_INPUT_HPP
