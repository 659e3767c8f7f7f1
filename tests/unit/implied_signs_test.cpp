// A health fact weighs what its sources say, whether the person gives it as a health fact or
// ticks the warning sign it stands for: the knowledge base's implied_signs say which (thin bones
// with pain in the spine; a clot before, or a swollen or hot leg, with pain in the calf or thigh).
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>

#include "../support/plans.hpp"

namespace kg = knotguide;
using kg::intervention;

namespace {

using test_plans::plan_for;

// The same situation, the health fact given as the warning sign instead.
kg::assessment as_sign(kg::assessment a, kg::health_fact fact, kg::red_flag sign) {
  a.health.erase(fact);
  a.red_flags.insert(sign);
  return a;
}

}  // namespace

TEST_CASE("thin bones with upper-back pain: a doctor, as the warning sign gives") {
  const kg::assessment a{.knots = {{.region = kg::region::upper_back}},
                         .pain = kg::pain_score{4},
                         .since = kg::days{5},
                         .equipment = {kg::equipment::foam_roller},
                         .health = {kg::health_fact::osteoporosis}};
  const kg::plan plan = plan_for(a);
  CHECK(plan.level == kg::triage::doctor);
  REQUIRE_FALSE(plan.steps.empty());
  CHECK(plan.steps[0].what == intervention::see_doctor);
  const kg::plan ticked =
      plan_for(as_sign(a, kg::health_fact::osteoporosis, kg::red_flag::serious_illness_history));
  CHECK(ticked.level == plan.level);
  CHECK(ticked.steps[0].what == plan.steps[0].what);
  // The roller the person has is set aside, for their bones.
  CHECK_FALSE(plan.contains(intervention::self_myofascial_release));
  bool roller_set_aside = false;
  for (const kg::set_aside_step& s : plan.set_aside) {
    roller_set_aside = roller_set_aside || s.what == intervention::self_myofascial_release;
  }
  CHECK(roller_set_aside);
}

TEST_CASE("thin bones away from the spine are not read as the sign") {
  const kg::plan calf = plan_for({.knots = {{.region = kg::region::calf}},
                                  .pain = kg::pain_score{3},
                                  .since = kg::days{3},
                                  .health = {kg::health_fact::osteoporosis}});
  CHECK(calf.level == kg::triage::self_care);
}

TEST_CASE("a clot before, with new calf pain: a doctor today, hands off the leg") {
  const kg::assessment a{.knots = {{.muscle = kg::muscle::gastrocnemius}},
                         .pain = kg::pain_score{4},
                         .since = kg::days{2},
                         .health = {kg::health_fact::deep_vein_thrombosis}};
  const kg::plan plan = plan_for(a);
  CHECK(plan.level == kg::triage::doctor_today);
  CHECK(plan_for(as_sign(a, kg::health_fact::deep_vein_thrombosis, kg::red_flag::leg_clot_signs))
            .level == plan.level);
  // Given both ways at once, nothing more: the fact is the sign.
  kg::assessment both = a;
  both.red_flags.insert(kg::red_flag::leg_clot_signs);
  CHECK(plan == plan_for(both));
  for (const intervention hands_on :
       {intervention::heat, intervention::massage, intervention::self_myofascial_release,
        intervention::stretching}) {
    CHECK_FALSE(plan.contains(hands_on));
  }
  // The same clot before with a neck knot changes no level.
  kg::assessment neck = a;
  neck.knots = {{.region = kg::region::neck}};
  CHECK(plan_for(neck).level == kg::triage::self_care);
}

TEST_CASE("hip pain the day after a fall, at 65 or over: a broken hip's emergency") {
  const kg::assessment a{.knots = {{.region = kg::region::hip}},
                         .pain = kg::pain_score{5},
                         .since = kg::days{1},
                         .causes = {kg::cause::direct_trauma},
                         .health = {kg::health_fact::aged_65_or_over}};
  const kg::plan plan = plan_for(a);
  CHECK(plan.level == kg::triage::emergency);
  REQUIRE_FALSE(plan.steps.empty());
  CHECK(plan.steps[0].what == intervention::emergency_care);
  // Younger, or weeks after the fall, it is not read as a broken hip.
  kg::assessment younger = a;
  younger.health = {};
  CHECK(plan_for(younger).level < kg::triage::emergency);
  kg::assessment later = a;
  later.since = kg::days{20};
  CHECK(plan_for(later).level < kg::triage::emergency);
}
