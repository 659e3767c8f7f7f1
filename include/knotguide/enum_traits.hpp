// The machinery every knotguide enumeration shares: a name table per enumeration, its size, and
// the checks a table must pass. Kept free of <iterator> and <algorithm> to stay cheap to include.
#ifndef KNOTGUIDE_ENUM_TRAITS_HPP
#define KNOTGUIDE_ENUM_TRAITS_HPP

#include <cstddef>
#include <type_traits>

#include "text_view.hpp"

namespace knotguide {

// Specialised once per enumeration, next to it:
//
//   template <> struct enum_traits<side> {
//     static constexpr text_view type_name = "side";
//     static constexpr text_view names[] = {"left", "right", "both"};
//   };
//
// Enumerators run from 0 without gaps, and names[i] is the identifier of enumerator i: that is
// the text JSON and parse() use. An application may specialise it for its own enumerations.
template <class E>
struct enum_traits;

template <class E>
concept named_enum = std::is_enum_v<E> && requires {
  text_view{enum_traits<E>::type_name};
  text_view{enum_traits<E>::names[0]};
};

template <named_enum E>
inline constexpr std::size_t enum_count = std::extent_v<decltype(enum_traits<E>::names)>;

template <named_enum E>
[[nodiscard]] constexpr auto to_underlying(E e) noexcept {
  return static_cast<std::underlying_type_t<E>>(e);
}

// True when e is one of E's enumerators. A value cast from an out-of-range integer is not.
template <named_enum E>
[[nodiscard]] constexpr bool is_valid(E e) noexcept {
  const auto raw = to_underlying(e);
  if constexpr (std::is_signed_v<decltype(raw)>) {
    if (raw < 0) {
      return false;
    }
  }
  return static_cast<std::size_t>(raw) < enum_count<E>;
}

// The enumerator's name, or an empty view for a value that is not an enumerator.
template <named_enum E>
[[nodiscard]] constexpr text_view name(E e) noexcept {
  return is_valid(e) ? text_view{enum_traits<E>::names[static_cast<std::size_t>(to_underlying(e))]}
                     : text_view{};
}

namespace detail {

[[nodiscard]] constexpr bool is_identifier(text_view s) noexcept {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) {
    return false;
  }
  for (const char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) {
      return false;
    }
  }
  return true;
}

// The checks every name table passes: names are lower-case identifiers and no two are alike, so
// parse() is a bijection with name(). knotguide's own tables are asserted to pass once, in its
// tests (tests/static/name_tables_static.cpp), not beside each enumeration, where every file
// that includes the headers paid for them (about a tenth of the umbrella's cost with g++ 12).
template <named_enum E>
[[nodiscard]] consteval bool name_table_well_formed() {
  constexpr auto& names = enum_traits<E>::names;
  for (std::size_t i = 0; i < enum_count<E>; ++i) {
    if (!is_identifier(names[i])) {
      return false;
    }
    for (std::size_t j = i + 1; j < enum_count<E>; ++j) {
      if (names[i] == names[j]) {
        return false;
      }
    }
  }
  return is_identifier(enum_traits<E>::type_name);
}

}  // namespace detail
}  // namespace knotguide

#endif  // KNOTGUIDE_ENUM_TRAITS_HPP
