// Quantities with their meaning in the type: a pain score that cannot leave 0 to 10, and
// durations whose unit is part of the type so that minutes never pass for days.
#ifndef KNOTGUIDE_UNITS_HPP
#define KNOTGUIDE_UNITS_HPP

#include <cstdint>
#include <type_traits>

#include "result.hpp"

namespace knotguide {

namespace detail {
// Called only when a constant expression builds a pain_score outside 0 to 10; being
// non-constexpr, it makes that a compile error that names the rule.
inline void pain_score_must_be_between_0_and_10() noexcept {}
}  // namespace detail

// Pain on the 0 (none) to 10 (worst imaginable) numeric rating scale. It never holds any other
// number: pain_score{11} is a compile error in a constant expression, and at run time it is the
// error value, valid() == false, which validation refuses. pain_score::make() is the checked way
// in for values read at run time.
//
// (The constructor is constexpr, not consteval: clang 14 crashes compiling two consteval
// constructor calls in one expression, such as pain_score{3} < pain_score{7}.)
class pain_score {
 public:
  static constexpr int min = 0;
  static constexpr int max = 10;

  constexpr pain_score() noexcept = default;
  constexpr explicit pain_score(int value) noexcept
      : value_(in_range(value) ? static_cast<std::uint8_t>(value) : invalid) {
    if (!in_range(value) && std::is_constant_evaluated()) {
      detail::pain_score_must_be_between_0_and_10();
    }
  }

  // The score, or errc::out_of_range (field "pain") for anything outside 0 to 10.
  [[nodiscard]] static constexpr result<pain_score> make(int value) noexcept {
    if (!in_range(value)) {
      return error{errc::out_of_range, "pain", "must be a whole number from 0 to 10"};
    }
    return pain_score{value};
  }

  // False only for the error value made from an out-of-range number at run time.
  [[nodiscard]] constexpr bool valid() const noexcept { return value_ != invalid; }
  // 0 to 10; -1 for the error value.
  [[nodiscard]] constexpr int value() const noexcept { return valid() ? value_ : -1; }

  // The error value orders after 10: compare valid scores only. (The operators are written out
  // rather than derived from <=>, whose header alone costs more than this one.)
  friend constexpr bool operator==(pain_score a, pain_score b) noexcept {
    return a.value_ == b.value_;
  }
  friend constexpr bool operator<(pain_score a, pain_score b) noexcept {
    return a.value_ < b.value_;
  }
  friend constexpr bool operator>(pain_score a, pain_score b) noexcept { return b < a; }
  friend constexpr bool operator<=(pain_score a, pain_score b) noexcept { return !(b < a); }
  friend constexpr bool operator>=(pain_score a, pain_score b) noexcept { return !(a < b); }

 private:
  static constexpr std::uint8_t invalid = 0xFF;
  [[nodiscard]] static constexpr bool in_range(int value) noexcept {
    return value >= min && value <= max;
  }

  std::uint8_t value_ = 0;
};

// A whole number of some unit of time. The unit is part of the type: values of different units
// neither mix in arithmetic nor convert implicitly, and convert<To>() changes unit only when the
// result is exact. The count may be negative; where a duration must not be (how long a knot has
// lasted, a dose), validation refuses it with errc::negative_duration.
template <std::int32_t SecondsPerUnit>
class duration {
  static_assert(SecondsPerUnit > 0);

 public:
  using rep = std::int32_t;
  static constexpr std::int32_t seconds_per_unit = SecondsPerUnit;

  constexpr duration() noexcept = default;
  constexpr explicit duration(rep count) noexcept : count_(count) {}

  [[nodiscard]] constexpr rep count() const noexcept { return count_; }

  friend constexpr bool operator==(duration a, duration b) noexcept { return a.count_ == b.count_; }
  friend constexpr bool operator<(duration a, duration b) noexcept { return a.count_ < b.count_; }
  friend constexpr bool operator>(duration a, duration b) noexcept { return b < a; }
  friend constexpr bool operator<=(duration a, duration b) noexcept { return !(b < a); }
  friend constexpr bool operator>=(duration a, duration b) noexcept { return !(a < b); }

  // Sums and differences of the same unit. They are results because a count that leaves the
  // range of rep is reported, not wrapped or clamped.
  [[nodiscard]] friend constexpr result<duration> operator+(duration a, duration b) noexcept {
    return from_wide(std::int64_t{a.count_} + std::int64_t{b.count_});
  }
  [[nodiscard]] friend constexpr result<duration> operator-(duration a, duration b) noexcept {
    return from_wide(std::int64_t{a.count_} - std::int64_t{b.count_});
  }

  [[nodiscard]] static constexpr result<duration> from_wide(std::int64_t count) noexcept {
    if (count < INT32_MIN || count > INT32_MAX) {
      return error{errc::not_representable, "duration", "does not fit in a 32-bit count"};
    }
    return duration{static_cast<rep>(count)};
  }

 private:
  rep count_ = 0;
};

using seconds = duration<1>;
using minutes = duration<60>;
using hours = duration<3600>;
using days = duration<86400>;

template <class D>
inline constexpr text_view unit_symbol{};
template <>
inline constexpr text_view unit_symbol<seconds> = "s";
template <>
inline constexpr text_view unit_symbol<minutes> = "min";
template <>
inline constexpr text_view unit_symbol<hours> = "h";
template <>
inline constexpr text_view unit_symbol<days> = "d";

// The unit's name in words, plural: "days".
template <class D>
inline constexpr text_view unit_name{};
template <>
inline constexpr text_view unit_name<seconds> = "seconds";
template <>
inline constexpr text_view unit_name<minutes> = "minutes";
template <>
inline constexpr text_view unit_name<hours> = "hours";
template <>
inline constexpr text_view unit_name<days> = "days";

template <class D>
inline constexpr bool is_duration_v = false;
template <std::int32_t S>
inline constexpr bool is_duration_v<duration<S>> = true;

// The same span of time in another unit; errc::not_representable when it is not a whole number
// of the target unit (90 seconds in minutes) or does not fit its count.
template <class To, std::int32_t S>
requires is_duration_v<To>
[[nodiscard]] constexpr result<To> convert(duration<S> from) noexcept {
  const std::int64_t total_seconds = std::int64_t{from.count()} * S;
  if (total_seconds % To::seconds_per_unit != 0) {
    return error{errc::not_representable, "duration", "is not a whole number of the target unit"};
  }
  return To::from_wide(total_seconds / To::seconds_per_unit);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_UNITS_HPP
