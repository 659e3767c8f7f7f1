// Opt-in: conversions between knotguide durations and std::chrono. Kept out of the umbrella
// header because <chrono> costs more to compile than the whole core.
#ifndef KNOTGUIDE_CHRONO_HPP
#define KNOTGUIDE_CHRONO_HPP

#include <chrono>
#include <cstdint>
#include <ratio>

#include "units.hpp"

namespace knotguide {

// The std::chrono duration with the same unit as D (std::chrono::days for knotguide::days).
template <class D>
requires is_duration_v<D>
using chrono_duration_t = std::chrono::duration<std::int64_t, std::ratio<D::seconds_per_unit>>;

// Always exact: every knotguide count fits a 64-bit std::chrono count of the same unit.
template <std::int32_t S>
[[nodiscard]] constexpr chrono_duration_t<duration<S>> to_chrono(duration<S> d) noexcept {
  return chrono_duration_t<duration<S>>{d.count()};
}

// The span of a std::chrono duration in the unit To; errc::not_representable when it is not a
// whole number of To (90 s as minutes, 1.5 h as hours) or does not fit To's 32-bit count.
template <class To, class Rep, class Period>
requires is_duration_v<To>
[[nodiscard]] constexpr result<To> from_chrono(std::chrono::duration<Rep, Period> d) noexcept {
  // Range first, in a wide floating type, so that no later integer arithmetic can overflow and
  // no floating value is narrowed out of range (NaN fails this test too).
  using wide = std::chrono::duration<long double, std::ratio<To::seconds_per_unit>>;
  const long double units = std::chrono::duration_cast<wide>(d).count();
  if (!(units >= INT32_MIN && units <= INT32_MAX)) {
    return error{errc::not_representable, "duration", "does not fit in a 32-bit count"};
  }
  using whole_units = std::chrono::duration<std::int64_t, std::ratio<To::seconds_per_unit>>;
  const auto whole = std::chrono::duration_cast<whole_units>(d);
  if (whole != d) {  // compared in their common unit, exactly for integers
    return error{errc::not_representable, "duration", "is not a whole number of the target unit"};
  }
  return To{static_cast<std::int32_t>(whole.count())};
}

}  // namespace knotguide

#endif  // KNOTGUIDE_CHRONO_HPP
