// Working with any knotguide enumeration: its name, parsing a name back, listing its values,
// and proving that its name table covers every enumerator.
#ifndef KNOTGUIDE_ENUMS_HPP
#define KNOTGUIDE_ENUMS_HPP

#include <cstddef>

#include "enum_traits.hpp"
#include "fixed_vector.hpp"
#include "result.hpp"

namespace knotguide {

// The enumerator whose name is `text`; errc::unknown_name (field: the enumeration's type name)
// for anything else, including text that differs only in case or spacing.
template <named_enum E>
[[nodiscard]] constexpr result<E> parse(text_view text) noexcept {
  for (std::size_t i = 0; i < enum_count<E>; ++i) {
    if (enum_traits<E>::names[i] == text) {
      return static_cast<E>(i);
    }
  }
  return error{errc::unknown_name, enum_traits<E>::type_name,
               "is not the name of any value of this enumeration"};
}

// Every enumerator of E in declaration order, for loops and tables.
template <named_enum E>
inline constexpr fixed_vector<E, enum_count<E>> enum_values = [] {
  fixed_vector<E, enum_count<E>> every_value;
  for (std::size_t i = 0; i < enum_count<E>; ++i) {
    (void)every_value.try_push_back(static_cast<E>(i));  // exactly fills the capacity
  }
  return every_value;
}();

namespace detail {

// The compiler's own spelling of a constant: "... [with auto V = ns::muscle::soleus; ...]" on
// g++, "... [V = ns::muscle::soleus]" on clang, and "(ns::muscle)11" for a value that names no
// enumerator. Reading it lets a test prove the hand-written name table against the enumeration.
template <auto V>
consteval text_view spelling_of() {
  return __PRETTY_FUNCTION__;
}

// The identifier after the last "::" of the constant in a spelling, or an empty view when the
// compiler printed a cast, i.e. the value is not an enumerator.
consteval text_view enumerator_identifier(text_view spelling) {
  const std::size_t at = spelling.find("V = ");
  if (at == text_view::npos) {
    return {};
  }
  text_view rest = spelling.substr(at + 4);
  rest = rest.substr(0, rest.find_first_of(";]"));
  if (!rest.empty() && rest[0] == '(') {
    return {};
  }
  const std::size_t colons = rest.rfind("::");
  return colons == text_view::npos ? rest : rest.substr(colons + 2);
}

template <named_enum E, std::size_t I = 0>
consteval bool names_match() {
  if constexpr (I == enum_count<E>) {
    return true;
  } else {
    return enumerator_identifier(spelling_of<static_cast<E>(I)>()) == enum_traits<E>::names[I] &&
           names_match<E, I + 1>();
  }
}

}  // namespace detail

// True when E's name table lists exactly its enumerators: value i is an enumerator spelt
// names[i] for every i below the table's size, and the value just past the table is not an
// enumerator. Adding an enumerator without its name, renaming one, or reordering the table
// makes this false. It instantiates one function per value, so it is checked in the library's
// compile-time tests rather than in every translation unit; applications can check their own
// enumerations the same way.
template <named_enum E>
[[nodiscard]] consteval bool names_complete() {
  return detail::name_table_well_formed<E>() && detail::names_match<E>() &&
         detail::enumerator_identifier(detail::spelling_of<static_cast<E>(enum_count<E>)>())
             .empty();
}

}  // namespace knotguide

#endif  // KNOTGUIDE_ENUMS_HPP
