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
