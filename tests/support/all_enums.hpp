// Every enumeration the library names, for tests that must cover each one.
#ifndef KNOTGUIDE_TESTS_ALL_ENUMS_HPP
#define KNOTGUIDE_TESTS_ALL_ENUMS_HPP

#include <knotguide/knotguide.hpp>

namespace knotguide::testing {

template <class... E>
struct enum_list {
  template <class F>
  static constexpr bool all(F&& f) {
    return (f.template operator()<E>() && ...);
  }
};

using all_enums = enum_list<errc, region, muscle, side, knot_activity, cause, symptom, red_flag,
                            health_fact, moment, equipment, provider, preference, intervention,
                            triage, evidence_grade, trend, impact, country>;

}  // namespace knotguide::testing

#endif  // KNOTGUIDE_TESTS_ALL_ENUMS_HPP
