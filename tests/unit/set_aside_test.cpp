// What is ruled out for the person is said, not silently dropped: a step a contraindication, a
// rule or the place leaves out, that the person has the equipment for or that would otherwise
// be among the steps, is set aside with its reason; in words, under "Not for you".
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include <knotguide/io.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/words.hpp>

#include "../support/plans.hpp"

namespace kg = knotguide;
using kg::intervention;

namespace {

using test_plans::plan_for;

// Low back pain, pain 5 for four days.
constexpr kg::assessment back{
    .knots = {{.region = kg::region::lower_back}}, .pain = kg::pain_score{5}, .since = kg::days{4}};

// The sentence a set-aside step is said with, or an empty one when the plan does not set it
// aside.
std::string set_aside(const kg::plan& plan, intervention which) {
  for (const kg::set_aside_step& s : plan.set_aside) {
    if (s.what == which) {
      return std::string{
          kg::text_of(kg::default_knowledge, kg::reason_words(kg::default_knowledge, s.because))};
    }
  }
  return {};
}

std::string words(const kg::plan& plan) {
  std::ostringstream out;
  out << kg::in_words(plan);
  return out.str();
}

}  // namespace

TEST_CASE("a TENS machine with a pacemaker: not for you, and why") {
  kg::assessment a = back;
  a.equipment = {kg::equipment::tens_unit};
  a.health = {kg::health_fact::pacemaker};
  const kg::plan plan = plan_for(a);
  CHECK_FALSE(plan.contains(intervention::electrical_stimulation));
  CHECK(set_aside(plan, intervention::electrical_stimulation) ==
        "Do not use it if you have a pacemaker or epilepsy, or if you are pregnant.");
  CHECK(words(plan).find("Not for you:\n  - Electrical nerve stimulation (TENS). Do not use it if "
                         "you have a pacemaker") != std::string::npos);

  // Without the machine, and where it would not be a step anyway, nothing is said of it.
  a.equipment = {};
  CHECK(set_aside(plan_for(a), intervention::electrical_stimulation).empty());
  CHECK(words(plan_for(a)).find("Not for you") == std::string::npos);
}

TEST_CASE("a heating pad with diabetes: heat is set aside, and cold, which would be a step") {
  kg::assessment a = back;
  a.equipment = {kg::equipment::heating_pad};
  a.health = {kg::health_fact::diabetes};
  const kg::plan plan = plan_for(a);
  CHECK_FALSE(plan.contains(intervention::heat));
  CHECK(set_aside(plan, intervention::heat) ==
        "If you have diabetes or numb or tingling skin, use heat only if a doctor or nurse says "
        "it is safe.");
  CHECK(set_aside(plan, intervention::cold) ==
        "If you have diabetes or numb or tingling skin, do not use ice packs.");
}

TEST_CASE("a step that would be shown is set aside without its equipment") {
  kg::assessment a = back;
  a.knots = {{.region = kg::region::upper_back}};
  a.health = {kg::health_fact::osteoporosis};
  CHECK(set_aside(plan_for(a), intervention::self_myofascial_release) ==
        "If you have thin, weak bones (osteoporosis), do not use a roller.");
  a.health = {};
  CHECK(plan_for(a).contains(intervention::self_myofascial_release));
  CHECK(plan_for(a).set_aside.empty());
}

TEST_CASE("the person's own choice is not set aside, nor what they cannot reach") {
  // Bad low back pain with epilepsy: TENS would be a step, so it is set aside with its reason...
  kg::assessment a = back;
  a.pain = kg::pain_score{7};
  a.health = {kg::health_fact::epilepsy, kg::health_fact::blood_thinners};
  const kg::plan plan = plan_for(a);
  CHECK_FALSE(set_aside(plan, intervention::electrical_stimulation).empty());
  CHECK(set_aside(plan, intervention::dry_needling) ==
        "If you have a bleeding problem or take blood thinners, ask a doctor before dry needling.");
  // ...but not when the person said they would rather not have it,
  a.preferences = {kg::preference::avoid_electrical_stimulation};
  CHECK(set_aside(plan_for(a), intervention::electrical_stimulation).empty());
  // nor dry needling when no one who gives it is within reach.
  a.access = {kg::provider::self};
  CHECK(set_aside(plan_for(a), intervention::dry_needling).empty());
}

TEST_CASE("an emergency stands alone, and a caution already shown is not said again") {
  kg::assessment a = back;
  a.equipment = {kg::equipment::tens_unit};
  a.health = {kg::health_fact::pacemaker};
  a.red_flags = {kg::red_flag::chest_pain};
  const kg::plan urgent = plan_for(a);
  REQUIRE(urgent.level == kg::triage::emergency);
  CHECK(urgent.set_aside.empty());

  // Clot signs in a calf with a roller at hand: the doctor's step already says to leave the leg
  // alone, so the roller is not set aside with the same sentence again.
  const kg::plan clot = plan_for({.knots = {{.muscle = kg::muscle::gastrocnemius}},
                                  .pain = kg::pain_score{6},
                                  .since = kg::days{2},
                                  .red_flags = {kg::red_flag::leg_clot_signs},
                                  .equipment = {kg::equipment::foam_roller}});
  REQUIRE(clot.level == kg::triage::doctor_today);
  CHECK_FALSE(clot.contains(intervention::self_myofascial_release));
  CHECK(set_aside(clot, intervention::self_myofascial_release).empty());
}

TEST_CASE("a pacemaker at a doctor-today level: the TENS machine at home is still set aside") {
  kg::assessment a = back;
  a.equipment = {kg::equipment::tens_unit};
  a.health = {kg::health_fact::pacemaker};
  a.red_flags = {kg::red_flag::worried};
  const kg::plan plan = plan_for(a);
  REQUIRE(plan.level >= kg::triage::doctor);
  CHECK_FALSE(set_aside(plan, intervention::electrical_stimulation).empty());
}
