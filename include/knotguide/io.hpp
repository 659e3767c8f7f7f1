// Opt-in: debug printing. operator<< writes any knotguide value by walking its fields with
// Boost.PFR (enumerations by name, flag sets as lists, durations with their unit), which is what
// test frameworks and logs want. A plan in words for a person is <knotguide/words.hpp>.
//
// Costs <ostream> and Boost.PFR to include; the umbrella header includes neither.
#ifndef KNOTGUIDE_IO_HPP
#define KNOTGUIDE_IO_HPP

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <type_traits>

#include "detail/reflect.hpp"
#include "knotguide.hpp"

namespace knotguide {
namespace detail {

// Prints one value in the form operator<< uses: text quoted, the rest as their shapes say.
struct value_printer {
  std::ostream& out;

  void operator()(shape::boolean /*shape*/, bool value) const { out << (value ? "true" : "false"); }
  template <class N>
  void operator()(shape::integer /*shape*/, N value) const {
    if constexpr (sizeof(N) == 1) {
      out << static_cast<int>(value);  // a number, not a character
    } else {
      out << value;
    }
  }
  void operator()(shape::text /*shape*/, text_view value) const { out << '"' << value << '"'; }
  void operator()(shape::id /*shape*/, text_id value) const { (*this)(shape::text{}, value.key()); }
  template <class E>
  void operator()(shape::enumeration /*shape*/, E value) const {
    if (is_valid(value)) {
      out << name(value);
    } else {
      out << "<not a " << enum_traits<E>::type_name << ": " << +to_underlying(value) << '>';
    }
  }
  template <class Set>
  void operator()(shape::set /*shape*/, const Set& value) const {
    out << '[';
    const char* gap = "";
    for (const auto member : value) {
      out << gap << name(member);
      gap = ", ";
    }
    if (value.holds_invalid()) {
      out << gap << "<a value outside the type>";
    }
    out << ']';
  }
  template <class Maybe>
  void operator()(shape::optional /*shape*/, const Maybe& value) const {
    if (value) {
      visit_value(*this, value.value());
    } else {
      out << "none";
    }
  }
  template <class List>
  void operator()(shape::list /*shape*/, const List& items) const {
    out << '[';
    const char* gap = "";
    for (const auto& item : items) {
      out << gap;
      visit_value(*this, item);
      gap = ", ";
    }
    out << ']';
  }
  void operator()(shape::sources /*shape*/, const citations& ids) const {
    (*this)(shape::list{}, ids);
  }
  template <class D>
  void operator()(shape::duration /*shape*/, D value) const {
    out << value.count() << ' ' << unit_symbol<D>;
  }
  void operator()(shape::pain /*shape*/, pain_score value) const {
    if (value.valid()) {
      out << value.value() << "/10";
    } else {
      out << "<pain out of range>";
    }
  }
  template <class Result>
  void operator()(shape::outcome /*shape*/, const Result& value) const {
    if (value) {
      visit_value(*this, *value);
    } else {
      visit_value(*this, value.error());
    }
  }
  template <class T>
  void operator()(shape::record /*shape*/, const T& value) const {
    out << field_traits<T>::type_name << '{';
    const char* gap = "";
    for_each_named_field(value, [&](text_view field, const auto& member) {
      out << gap << field << ": ";
      visit_value(*this, member);
      gap = ", ";
    });
    out << '}';
  }
};

}  // namespace detail

// Any knotguide value on one line: knot{muscle: upper_trapezius, region: none, side: right,
// activity: active}. Enumerators by name; a value outside its enumeration is shown as such.
template <class T>
requires detail::own_type<T> std::ostream& operator<<(std::ostream& out, const T& value) {
  detail::visit_value(detail::value_printer{out}, value);
  return out;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_IO_HPP
