// The one reflection walk the opt-in outputs share (operator<<, the JSON writer, the JSON Schema
// writer, the nlohmann/json adapter): each knotguide type has one shape, decided here, and
// visit_value() / visit_type() call the visitor's overload for that shape. A visitor is a set of
// overloads, one per shape it handles; a record's fields are walked with for_each_named_field()
// by their field_traits names. A new kind of value is one shape here and one overload per
// output. Including this header brings in <boost/pfr/core.hpp>; the umbrella header does not.
#ifndef KNOTGUIDE_DETAIL_REFLECT_HPP
#define KNOTGUIDE_DETAIL_REFLECT_HPP

#include <boost/pfr/core.hpp>
#include <cstddef>
#include <type_traits>
#include <utility>

#include "../citations.hpp"
#include "../enum_traits.hpp"
#include "../field_traits.hpp"
#include "../fixed_vector.hpp"
#include "../flag_set.hpp"
#include "../maybe.hpp"
#include "../result.hpp"
#include "../text_id.hpp"
#include "../text_view.hpp"
#include "../units.hpp"
#include "../view.hpp"

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

// The shapes of knotguide's values; a visitor has one overload per shape.
namespace shape {
struct boolean {};
struct integer {};      // any integral type but bool
struct text {};         // text_view
struct id {};           // text_id: a catalog id, written as its key
struct enumeration {};  // a named_enum, by name
struct set {};          // flag_set<E>, as a list of names
struct optional {};     // maybe<T>, the value or nothing
struct list {};         // fixed_vector<T, N> or view<T>
struct sources {};      // citations: a list of source ids
struct duration {};     // a count of its unit
struct pain {};         // pain_score
struct outcome {};      // result<T>: the value or the error
struct record {};       // an aggregate with field_traits
}  // namespace shape

template <class T>
[[nodiscard]] consteval auto shape_of_impl() {
  if constexpr (std::is_same_v<T, bool>) {
    return shape::boolean{};
  } else if constexpr (std::is_integral_v<T>) {
    return shape::integer{};
  } else if constexpr (std::is_same_v<T, text_view>) {
    return shape::text{};
  } else if constexpr (std::is_same_v<T, text_id>) {
    return shape::id{};
  } else if constexpr (named_enum<T>) {
    return shape::enumeration{};
  } else if constexpr (is_flag_set_v<T>) {
    return shape::set{};
  } else if constexpr (is_maybe_v<T>) {
    return shape::optional{};
  } else if constexpr (is_fixed_vector_v<T> || is_view_v<T>) {
    return shape::list{};
  } else if constexpr (std::is_same_v<T, citations>) {
    return shape::sources{};
  } else if constexpr (is_duration_v<T>) {
    return shape::duration{};
  } else if constexpr (std::is_same_v<T, pain_score>) {
    return shape::pain{};
  } else if constexpr (is_result_v<T>) {
    return shape::outcome{};
  } else if constexpr (named_fields<T>) {
    return shape::record{};
  }
}

// The shape of T; void for a type that is not knotguide's.
template <class T>
using shape_of = decltype(shape_of_impl<std::remove_cvref_t<T>>());

// A type the outputs can walk.
template <class T>
concept reflected_value = !std::is_void_v<shape_of<T>>;

// A type of knotguide's own, beside the bool, integer and text_view its values are made of:
// what operator<< prints (the others print as the standard library prints them). Not a
// text_id, which has no words of its own to print: text_of(kb, id) gives them, id.key() the id.
template <class T>
concept own_type =
    reflected_value<T> && !std::is_same_v<shape_of<T>, shape::boolean> &&
    !std::is_same_v<shape_of<T>, shape::integer> && !std::is_same_v<shape_of<T>, shape::text> &&
    !std::is_same_v<shape_of<T>, shape::id>;

// For code that describes a type rather than a value, such as a JSON Schema.
template <class F>
struct type_tag {
  using type = F;
};

// visitor(shape_of<T>{}, value): the visitor's overload for value's shape.
template <class Visitor, class T>
requires reflected_value<T>
constexpr decltype(auto) visit_value(Visitor&& visitor, T&& value) {
  return std::forward<Visitor>(visitor)(shape_of<T>{}, std::forward<T>(value));
}

// visitor(shape_of<T>{}, type_tag<T>{}): the same dispatch for a type without a value.
template <class T, class Visitor>
requires reflected_value<T>
constexpr decltype(auto) visit_type(Visitor&& visitor) {
  return std::forward<Visitor>(visitor)(shape_of<T>{}, type_tag<T>{});
}

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

// Calls visit(name, type_tag<F>{}) for each field type of T.
template <named_fields T, class Visit>
constexpr void for_each_field_type(Visit&& visit) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (visit(field_traits<T>::names[I], type_tag<boost::pfr::tuple_element_t<I, T>>{}), ...);
  }
  (std::make_index_sequence<field_count<T>>{});
}

}  // namespace knotguide::detail

#endif  // KNOTGUIDE_DETAIL_REFLECT_HPP
