// What the opt-in readers and writers share: how to walk an aggregate's named fields with
// Boost.PFR, and how to tell knotguide's value types apart. Including this header brings in
// <boost/pfr/core.hpp>; the umbrella header does not include it.
#ifndef KNOTGUIDE_DETAIL_REFLECT_HPP
#define KNOTGUIDE_DETAIL_REFLECT_HPP

#include <boost/pfr/core.hpp>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "../knotguide.hpp"

namespace knotguide::detail {

template <class T>
inline constexpr bool is_flag_set_v = false;
template <class E>
inline constexpr bool is_flag_set_v<flag_set<E>> = true;

template <class T>
inline constexpr bool is_maybe_v = false;
template <class T>
inline constexpr bool is_maybe_v<maybe<T>> = true;

template <class T>
inline constexpr bool is_fixed_vector_v = false;
template <class T, std::size_t N>
inline constexpr bool is_fixed_vector_v<fixed_vector<T, N>> = true;

template <class T>
inline constexpr bool is_view_v = false;
template <class T>
inline constexpr bool is_view_v<view<T>> = true;

template <class T>
inline constexpr bool is_result_v = false;
template <class T>
inline constexpr bool is_result_v<result<T>> = true;

// How many fields field_traits names for T.
template <named_fields T>
inline constexpr std::size_t field_count = std::extent_v<decltype(field_traits<T>::names)>;

// An aggregate whose names match the fields Boost.PFR sees: one name per field.
template <class T>
concept reflected = named_fields<T> && std::is_aggregate_v<T> && field_count<T>
== boost::pfr::tuple_size_v<T>;

// Calls visit(name, field) for each field of value, in declaration order. The static_assert
// fires when a field was added or removed without its name.
template <class T, class Visit>
requires named_fields<std::remove_const_t<T>>
constexpr void for_each_named_field(T& value, Visit&& visit) {
  static_assert(
      field_count<std::remove_const_t<T>> == boost::pfr::tuple_size_v<std::remove_const_t<T>>,
      "field_traits<T>::names must name every field of T, in declaration order");
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (visit(field_traits<std::remove_const_t<T>>::names[I], boost::pfr::get<I>(value)), ...);
  }
  (std::make_index_sequence<field_count<std::remove_const_t<T>>>{});
}

// Calls visit(name, type_tag<F>{}) for each field type of T: for code that describes a type
// rather than a value, such as a JSON Schema.
template <class F>
struct type_tag {
  using type = F;
};
template <named_fields T, class Visit>
constexpr void for_each_field_type(Visit&& visit) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (visit(field_traits<T>::names[I], type_tag<boost::pfr::tuple_element_t<I, T>>{}), ...);
  }
  (std::make_index_sequence<field_count<T>>{});
}

}  // namespace knotguide::detail

#endif  // KNOTGUIDE_DETAIL_REFLECT_HPP
