// Compile-only tests: whole plans computed inside static_assert, within the compilers' default
// constexpr limits.
#include <knotguide/knotguide.hpp>

namespace kg = knotguide;

// The example of the design document.
constexpr kg::assessment desk_worker{
    .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::right}},
    .pain = kg::pain_score{5},
    .since = kg::days{3},
    .causes = {kg::cause::hunched_sitting},
    .symptoms = {kg::symptom::tender_to_touch, kg::symptom::limited_range_of_motion},
    .moment = kg::moment::before_bed,
    .equipment = {kg::equipment::foam_roller, kg::equipment::heating_pad},
};

constexpr auto result = kg::recommend(desk_worker);
static_assert(result && result->level == kg::triage::self_care);
static_assert(!result->contains(kg::intervention::heat));  // not at bedtime
static_assert(result->contains(kg::intervention::stretching));
static_assert(kg::explain(desk_worker, kg::intervention::heat)->where == kg::standing::excluded);

// A red flag: the escalation first.
constexpr kg::assessment numb_arm{.knots = {{.region = kg::region::neck}},
                                  .red_flags = {kg::red_flag::new_numbness_or_weakness}};
static_assert(kg::recommend(numb_arm)->level == kg::triage::doctor_today);
static_assert(kg::recommend(numb_arm)->steps[0].what == kg::intervention::see_doctor);

// Invalid input is an error in constant expressions too.
static_assert(kg::recommend(kg::assessment{.since = kg::days{-1}}).error().field == "since");
