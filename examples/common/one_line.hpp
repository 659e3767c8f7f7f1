// Text from outside (a flag a user typed, a request path) made safe to put in one line of a
// message or a log: cut at a limit, with control characters, quotes and backslashes as \xNN, so
// that nothing in it can end the line, forge another, or unbalance the quotes around it.
#ifndef KNOTGUIDE_EXAMPLES_COMMON_ONE_LINE_HPP
#define KNOTGUIDE_EXAMPLES_COMMON_ONE_LINE_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace knotguide_examples {

inline std::string one_line(std::string_view text, std::size_t limit) {
  constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (const char c : text.substr(0, limit)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == '"' || c == '\\') {
      out += "\\x";
      out += hex[byte >> 4U];
      out += hex[byte & 0xFU];
    } else {
      out += c;
    }
  }
  return text.size() > limit ? out + "..." : out;
}

}  // namespace knotguide_examples

#endif  // KNOTGUIDE_EXAMPLES_COMMON_ONE_LINE_HPP
