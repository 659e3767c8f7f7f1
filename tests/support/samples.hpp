// Sample assessments shared by the compile-time tests and the benchmarks.
#ifndef KNOTGUIDE_TESTS_SAMPLES_HPP
#define KNOTGUIDE_TESTS_SAMPLES_HPP

#include <knotguide/knotguide.hpp>

namespace samples {

namespace kg = knotguide;

// The design document's example: a desk worker with a knot in the right upper trapezius,
// asking before bed with a foam roller and a heating pad at hand.
inline constexpr kg::assessment desk_worker{
    .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::right}},
    .pain = kg::pain_score{5},
    .since = kg::days{3},
    .causes = {kg::cause::hunched_sitting},
    .symptoms = {kg::symptom::tender_to_touch, kg::symptom::limited_range_of_motion},
    .moment = kg::moment::before_bed,
    .equipment = {kg::equipment::foam_roller, kg::equipment::heating_pad}};

// A runner after a harder session than usual, with a calf knot, in serious pain for two weeks.
inline constexpr kg::assessment runner{
    .knots = {{.muscle = kg::muscle::gastrocnemius, .side = kg::side::left}},
    .pain = kg::pain_score{7},
    .since = kg::days{15},
    .causes = {kg::cause::harder_than_usual_exercise},
    .daily_impact = kg::impact::moderate,
    .moment = kg::moment::after_exercise,
    .equipment = {kg::equipment::foam_roller},
    .preferences = {kg::preference::avoid_needles}};

// Neck pain with a new numb arm, a red flag, in someone on blood thinners.
inline constexpr kg::assessment numb_arm{.knots = {{.region = kg::region::neck}},
                                         .pain = kg::pain_score{6},
                                         .since = kg::days{5},
                                         .red_flags = {kg::red_flag::new_numbness_or_weakness},
                                         .health = {kg::health_fact::blood_thinners}};

}  // namespace samples

#endif  // KNOTGUIDE_TESTS_SAMPLES_HPP
