// Errors and results: how every knotguide function that can refuse its input says why, without
// exceptions and without undefined behaviour.
#ifndef KNOTGUIDE_RESULT_HPP
#define KNOTGUIDE_RESULT_HPP

#include <cstdint>

#include "enum_traits.hpp"
#include "field_traits.hpp"

namespace knotguide {

// What kind of problem an error reports. The field and the message say where and what.
enum class errc : std::uint8_t {
  none,                 // no error: the code of a default-constructed error, never reported
  out_of_range,         // a number or an enumerator outside what its type allows
  unknown_name,         // text that names no enumerator
  negative_duration,    // a duration below zero where only zero or more makes sense
  too_many_items,       // more items than a fixed capacity holds
  not_representable,    // a value that cannot be expressed in the target type without loss
  contradictory_facts,  // facts that cannot all be true at once
  missing_value,        // a value that must be given was not
  // Reading JSON (nlohmann.hpp):
  wrong_type,      // a value of another kind than the field holds (text for a number)
  unknown_key,     // a key that names no field
  duplicate_item,  // an item listed twice where each may appear once
  unknown_id,      // text that is no id of the knowledge base the reader resolves against
  malformed_json   // text that is not JSON at all
};

template <>
struct enum_traits<errc> {
  static constexpr text_view type_name = "errc";
  static constexpr text_view names[] = {
      "none",           "out_of_range",      "unknown_name",        "negative_duration",
      "too_many_items", "not_representable", "contradictory_facts", "missing_value",
      "wrong_type",     "unknown_key",       "duplicate_item",      "unknown_id",
      "malformed_json"};
};

// A refusal: the kind, the field it concerns (as a user would name it, for example "pain" or
// "knots.muscle"), what is wrong in words a person can act on, and for a list field which item.
// The views point at static text.
struct error {
  errc code{};
  text_view field{};
  text_view message{};
  int index = -1;  // for a field that is a list: which item (knots[2]); -1 otherwise

  friend constexpr bool operator==(const error&, const error&) = default;
};
template <>
struct field_traits<error> {
  static constexpr text_view type_name = "error";
  static constexpr text_view names[] = {"code", "field", "message", "index"};
};

// A value or the error that prevented it: a small stand-in for C++23's std::expected that works
// in constant expressions. T must be default-constructible; an error result holds T{} so reading
// it is defined, though never meaningful.
template <class T>
class [[nodiscard]] result {
 public:
  using value_type = T;

  constexpr result(const T& value) noexcept : value_(value), ok_(true) {}
  // A result holding T{}, built in place: for large T filled after construction.
  struct default_value_t {};
  constexpr explicit result(default_value_t /*tag*/) noexcept : ok_(true) {}
  constexpr result(const error& failure) noexcept : error_(failure) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return ok_; }
  constexpr explicit operator bool() const noexcept { return ok_; }

  [[nodiscard]] constexpr const T& value() const noexcept { return value_; }
  [[nodiscard]] constexpr T& value() noexcept { return value_; }
  [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
  [[nodiscard]] constexpr T& operator*() noexcept { return value_; }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
  [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }
  [[nodiscard]] constexpr T value_or(const T& fallback) const noexcept {
    return ok_ ? value_ : fallback;
  }

  // The error; a default error (code out_of_range, empty field) when the result holds a value.
  [[nodiscard]] constexpr const knotguide::error& error() const noexcept { return error_; }

  friend constexpr bool operator==(const result&, const result&) = default;

 private:
  T value_{};
  knotguide::error error_{};
  bool ok_ = false;
};

}  // namespace knotguide

#endif  // KNOTGUIDE_RESULT_HPP
