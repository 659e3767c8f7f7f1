// Reads a member's own name from the compiler, to check that field_traits<T>::names spell the
// members they stand for, not merely count them: a swapped pair of names would otherwise
// compile and swap two JSON keys.
//
// How: the address of a member of an object that is declared but never defined is a constant
// that can be a template argument; g++ and clang name it in __PRETTY_FUNCTION__ ("... =
// (& fake_object<knot>.knot::region)" and "{&fake_object.region}"), and the name is the
// identifier before the closing bracket. Newer Boost.PFR reads names the same way; the Boost
// 1.81 that knotguide supports cannot, which is why field_traits exists.
#ifndef KNOTGUIDE_TESTS_SUPPORT_FIELD_NAMES_HPP
#define KNOTGUIDE_TESTS_SUPPORT_FIELD_NAMES_HPP

#include <boost/pfr/core.hpp>
#include <cstddef>
#include <knotguide/detail/reflect.hpp>
#include <string_view>
#include <utility>

#if defined(__clang__)
// fake_object is never defined, by design: only its members' addresses are used.
#pragma clang diagnostic ignored "-Wundefined-var-template"
#endif

namespace field_names {

template <class T>
extern const T fake_object;

// The address wrapped in a class, which clang needs to take it as a template argument.
template <class P>
struct address {
  const P* at;
};
template <class P>
address(const P*) -> address<P>;

template <auto Address>
consteval std::string_view signature() {
  return __PRETTY_FUNCTION__;
}

consteval bool identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The identifier before the first closing bracket after the object's name.
consteval std::string_view member_name(std::string_view signature) {
  const std::size_t object = signature.find("fake_object");
  const std::size_t end = signature.find_first_of(")}", object);
  std::size_t begin = end;
  while (begin > 0 && identifier_char(signature[begin - 1])) {
    --begin;
  }
  return signature.substr(begin, end - begin);
}

// The name the compiler gives the I-th member of T.
template <class T, std::size_t I>
consteval std::string_view name_of() {
  return member_name(signature<address{&boost::pfr::get<I>(fake_object<T>)}>());
}

// True when each field_traits<T> name is the name of the member at its index.
template <class T>
consteval bool spelled_as_members() {
  return []<std::size_t... I>(std::index_sequence<I...>) {
    return ((name_of<T, I>() == std::string_view{knotguide::field_traits<T>::names[I]}) && ...);
  }
  (std::make_index_sequence<knotguide::detail::field_count<T>>{});
}

}  // namespace field_names

#endif  // KNOTGUIDE_TESTS_SUPPORT_FIELD_NAMES_HPP
