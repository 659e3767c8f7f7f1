// A spread of valid assessments for tests that check every output against every input: each
// muscle, each pain level and each moment, with trends, durations, red flags, preferences,
// health facts, causes, equipment, access and impacts rotating through them, and now and then
// the pain or the duration not known.
#ifndef KNOTGUIDE_TESTS_VARIETY_HPP
#define KNOTGUIDE_TESTS_VARIETY_HPP

#include <cstddef>
#include <knotguide/knotguide.hpp>

namespace variety {

namespace kg = knotguide;

// How many assessments each_assessment() visits.
inline constexpr std::size_t count = kg::enum_count<kg::muscle> * 11 * kg::enum_count<kg::moment>;

template <class Visit>
void each_assessment(Visit&& visit) {
  std::size_t n = 0;
  for (const kg::muscle m : kg::enum_values<kg::muscle>) {
    for (int pain = 0; pain <= 10; ++pain) {
      for (const kg::moment when : kg::enum_values<kg::moment>) {
        kg::assessment a{.knots = {{.muscle = m, .side = kg::side::left}},
                         .pain = kg::pain_score{pain},
                         .since = kg::days{static_cast<int>(n % 30)},
                         .trend = kg::enum_values<kg::trend>[n % 3],
                         .moment = when};
        if (n % 4 == 1) {
          a.red_flags = {kg::enum_values<kg::red_flag>[n % kg::enum_count<kg::red_flag>]};
        }
        if (n % 5 == 2) {
          a.knots = {{.region = kg::region::neck}, {.muscle = m, .region = kg::region_of(m)}};
          a.preferences = {kg::preference::avoid_needles, kg::preference::avoid_cold};
          a.health = {kg::health_fact::pacemaker, kg::health_fact::fresh_strain};
          a.causes = {kg::cause::hunched_sitting, kg::cause::stress};
          a.equipment = {kg::equipment::foam_roller};
          a.access = {kg::provider::self, kg::provider::doctor};
          a.daily_impact = kg::impact::severe;
          a.sleep_impact = kg::impact::mild;
        }
        if (n % 13 == 6) {
          a.pain = {};  // not known
        }
        if (n % 17 == 3) {
          a.since = {};  // not known
        }
        visit(a);
        ++n;
      }
    }
  }
}

}  // namespace variety

#endif  // KNOTGUIDE_TESTS_VARIETY_HPP
