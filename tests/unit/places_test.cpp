// Each place's own urgency and the steps that suit it: the NHS shoulder-pain page's tier for the
// shoulder and upper arm, and no heat, cold or rolling where no source offers them (the eye, the
// neck for rolling), served instead on the muscles that may send the pain.
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>

#include "../support/plans.hpp"

namespace kg = knotguide;
using kg::intervention;

namespace {

using test_plans::plan_for;

bool fired(const kg::step& s, kg::text_view rule) {
  for (const kg::reason& r : s.why) {
    if (r.rule == rule) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("very bad shoulder pain is a doctor today; very bad back pain a routine appointment") {
  const kg::assessment shoulder{
      .knots = {{.region = kg::region::shoulder}}, .pain = kg::pain_score{9}, .since = kg::days{2}};
  const kg::plan urgent = plan_for(shoulder);
  CHECK(urgent.level == kg::triage::doctor_today);
  REQUIRE(urgent.steps.size() == 1);  // no heat, dry needling or TENS beneath it
  CHECK(fired(urgent.steps[0], "shoulder.very-bad-pain"));

  kg::assessment arm = shoulder;
  arm.knots = {{.region = kg::region::upper_arm}};
  CHECK(plan_for(arm).level == kg::triage::doctor_today);

  kg::assessment back = shoulder;
  back.knots = {{.region = kg::region::upper_back}};
  CHECK(plan_for(back).level == kg::triage::doctor);
}

TEST_CASE("the shoulder after a fall, swollen or hot, or an arm that cannot move: today") {
  const kg::assessment base{.knots = {{.muscle = kg::muscle::infraspinatus}},
                            .pain = kg::pain_score{3},
                            .since = kg::days{2}};
  kg::assessment fall = base;
  fall.knots = {{.region = kg::region::shoulder}};
  fall.causes = {kg::cause::direct_trauma};
  CHECK(fired(plan_for(fall).steps[0], "shoulder.after-injury"));
  kg::assessment hot = fall;
  hot.causes = {};
  hot.health = {kg::health_fact::skin_hot_to_touch};
  CHECK(fired(plan_for(hot).steps[0], "shoulder.hot-or-swollen"));
  kg::assessment stuck = fall;
  stuck.causes = {};
  stuck.red_flags = {kg::red_flag::cannot_move_arm};
  CHECK(plan_for(stuck).level == kg::triage::doctor_today);
  // A knot in the shoulder names the arm that will not move as a sign to watch for.
  fall.causes = {};
  bool named = false;
  for (const kg::change& c : plan_for(fall).would_change) {
    named = named || c.sign == kg::red_flag::cannot_move_arm;
  }
  CHECK(named);
}

TEST_CASE("every step says where it can be done; urgent care is never left out for the place") {
  const kg::knowledge_base& kb = kg::default_knowledge;
  for (const kg::intervention_profile& p : kb.interventions) {
    CHECK_FALSE(p.fits.empty());
    if (kg::escalation_steps(kb).contains(p.which)) {
      CHECK(p.fits == kg::flag_set<kg::region>::all());
    }
  }
  const kg::intervention_profile* rolling =
      kg::find_profile(kb, intervention::self_myofascial_release);
  REQUIRE(rolling != nullptr);
  CHECK_FALSE(rolling->fits.contains(kg::region::neck));
  CHECK_FALSE(rolling->fits.contains(kg::region::lower_back));
  for (const intervention i : {intervention::heat, intervention::cold, intervention::stretching,
                               intervention::self_myofascial_release}) {
    CHECK_FALSE(kg::find_profile(kb, i)->fits.contains(kg::region::eye));
  }
}

TEST_CASE(
    "pain around the eye or in the face: nothing there but what suits it, or the muscles that send "
    "it") {
  const kg::plan eye = plan_for(
      {.knots = {{.region = kg::region::eye}}, .pain = kg::pain_score{3}, .since = kg::days{2}});
  for (const kg::step& s : eye.steps) {
    const kg::intervention_profile* p = kg::find_profile(kg::default_knowledge, s.what);
    REQUIRE(p != nullptr);
    CHECK((p->fits.contains(kg::region::eye) || !s.at.empty()));
    for (const kg::muscle m : s.at) {
      CHECK(kg::referral_areas(kg::default_knowledge, m).contains(kg::region::eye));
    }
  }
  // Without a muscle that sends pain there from where a step suits, the step is left out: the
  // face's pain comes from the neck (sternocleidomastoid), where rolling does not suit.
  const auto rolling =
      kg::explain({.knots = {{.region = kg::region::face}}}, intervention::self_myofascial_release);
  REQUIRE(rolling);
  CHECK(rolling->standing == kg::standing::excluded);
  CHECK(rolling->because.rule == kg::engine_rule::place);
  CHECK(rolling->because.read == kg::fact_of(kg::fact_field::regions, kg::region::face));
}
