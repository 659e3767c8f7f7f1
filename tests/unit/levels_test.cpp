// Levels from the whole situation: knots past the review window go to a physical therapist
// only while they hurt and are not getting better (the review's own words: "if the knots are no
// better by then"); and the emergency step says how to get there where its sources do.
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>

#include "../support/plans.hpp"

namespace kg = knotguide;
using kg::intervention;

namespace {

using test_plans::cautions;
using test_plans::plan_for;

// A shoulder knot a month old, pain 3, the same as it was.
constexpr kg::assessment month_old{
    .knots = {{.region = kg::region::shoulder}}, .pain = kg::pain_score{3}, .since = kg::days{30}};

}  // namespace

TEST_CASE("a month-old knot that still hurts, no better: a physical therapist") {
  const kg::plan plan = plan_for(month_old);
  CHECK(plan.level == kg::triage::physical_therapist);
  CHECK(plan.review_by == kg::days{0});
}

TEST_CASE("a month-old knot that is getting better is not sent anywhere for its age") {
  kg::assessment a = month_old;
  a.trend = kg::trend::better;
  const kg::plan plan = plan_for(a);
  CHECK(plan.level == kg::triage::self_care);
  CHECK(plan.review_by == kg::days{0});  // the review day has passed: none is set
  CHECK_FALSE(plan.contains(intervention::physical_therapy));
}

TEST_CASE("a painless latent knot at day 30 is no reason to see anyone") {
  kg::assessment a = month_old;
  a.knots = {{.region = kg::region::shoulder, .activity = kg::knot_activity::latent}};
  a.pain = kg::pain_score{0};
  CHECK(plan_for(a).level == kg::triage::self_care);
  // With pain not known, the month still counts: the plan cannot know it does not hurt.
  a.pain = {};
  CHECK(plan_for(a).level >= kg::triage::physical_therapist);
}

TEST_CASE("the emergency step says how to get there, where its sources do") {
  const kg::plan stroke = plan_for(
      {.knots = {{.region = kg::region::neck}}, .red_flags = {kg::red_flag::stroke_signs}});
  REQUIRE(stroke.level == kg::triage::emergency);
  CHECK(cautions(stroke.find(intervention::emergency_care), "emergency.call_at_once"));
  CHECK_FALSE(cautions(stroke.find(intervention::emergency_care), "emergency.ambulance"));
  const kg::plan lungs = plan_for({.knots = {{.muscle = kg::muscle::gastrocnemius}},
                                   .red_flags = {kg::red_flag::lung_clot_signs}});
  REQUIRE(lungs.level == kg::triage::emergency);
  CHECK(cautions(lungs.find(intervention::emergency_care), "emergency.ambulance"));
}

TEST_CASE("until the person is seen: the guidelines' advice for the neck and back, not waiting") {
  // A month-old shoulder knot goes to a physical therapist: keep up normal activities meanwhile.
  const kg::plan pt = plan_for(month_old);
  CHECK(pt.meanwhile.key() == "meanwhile.active");
  CHECK_FALSE(pt.contains(intervention::watchful_waiting));
  // Thin bones with a new low back knot: a doctor, and the same advice.
  const kg::plan doctor = plan_for({.knots = {{.region = kg::region::lower_back}},
                                    .pain = kg::pain_score{4},
                                    .since = kg::days{5},
                                    .health = {kg::health_fact::osteoporosis}});
  REQUIRE(doctor.level == kg::triage::doctor);
  CHECK(doctor.meanwhile.key() == "meanwhile.active");
  // In the first days after a knock, rest it first: never "keep up your normal activities".
  const kg::plan fresh = plan_for({.knots = {{.region = kg::region::lower_back}},
                                   .pain = kg::pain_score{4},
                                   .since = kg::days{1},
                                   .causes = {kg::cause::direct_trauma},
                                   .health = {kg::health_fact::osteoporosis}});
  REQUIRE(fresh.level == kg::triage::doctor);
  CHECK(fresh.meanwhile.key() == "meanwhile.fresh");
  // The calf: no source gives it the back's advice.
  const kg::plan calf = plan_for({.knots = {{.region = kg::region::calf}},
                                  .pain = kg::pain_score{4},
                                  .since = kg::days{5},
                                  .red_flags = {kg::red_flag::new_pain_under_20_or_over_55}});
  REQUIRE(calf.level == kg::triage::doctor);
  CHECK(calf.meanwhile.empty());
}

TEST_CASE("nothing to do meanwhile at self-care, a doctor today or an emergency") {
  kg::assessment a = month_old;
  a.trend = kg::trend::better;
  CHECK(plan_for(a).meanwhile.empty());
  a.red_flags = {kg::red_flag::new_numbness_or_weakness};
  REQUIRE(plan_for(a).level == kg::triage::doctor_today);
  CHECK(plan_for(a).meanwhile.empty());
  a.red_flags = {kg::red_flag::stroke_signs};
  REQUIRE(plan_for(a).level == kg::triage::emergency);
  CHECK(plan_for(a).meanwhile.empty());
}

TEST_CASE("care the person cannot reach is said, with who else to turn to") {
  kg::assessment a = month_old;
  a.access = {kg::provider::self, kg::provider::doctor};
  const kg::plan no_pt = plan_for(a);
  REQUIRE(no_pt.level == kg::triage::physical_therapist);
  CHECK(no_pt.out_of_reach.key() == "out_of_reach.physical_therapist");
  CHECK(no_pt.steps[0].what == intervention::physical_therapy);  // the level's care still first
  CHECK(plan_for(month_old).out_of_reach.empty());
  a.red_flags = {kg::red_flag::serious_illness_history};
  a.access = {kg::provider::self, kg::provider::physical_therapist};
  const kg::plan no_doctor = plan_for(a);
  REQUIRE(no_doctor.level == kg::triage::doctor);
  CHECK(no_doctor.out_of_reach.key() == "out_of_reach.doctor");
  a.access = kg::flag_set<kg::provider>::all();
  CHECK(plan_for(a).out_of_reach.empty());
}
