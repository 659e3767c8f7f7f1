// field_traits<T>: an aggregate's name and the names of its fields, in declaration order.
// Boost.PFR walks the fields of an aggregate but, in the Boost 1.81 that knotguide supports,
// cannot name them; the opt-in readers and writers (io.hpp, json.hpp, nlohmann.hpp) take the
// names from here and check at compile time that there is one per field PFR sees.
#ifndef KNOTGUIDE_FIELD_TRAITS_HPP
#define KNOTGUIDE_FIELD_TRAITS_HPP

#include "text_view.hpp"

namespace knotguide {

// Specialised once per aggregate, next to it:
//
//   template <> struct field_traits<knot> {
//     static constexpr text_view type_name = "knot";
//     static constexpr text_view names[] = {"muscle", "region", "side", "activity"};
//   };
//
// The names are the keys of the JSON forms, so they are part of the wire format: rename a
// field only with a new major version. An application may specialise it for its own types.
template <class T>
struct field_traits;

template <class T>
concept named_fields = requires {
  text_view{field_traits<T>::type_name};
  text_view{field_traits<T>::names[0]};
};

}  // namespace knotguide

#endif  // KNOTGUIDE_FIELD_TRAITS_HPP
