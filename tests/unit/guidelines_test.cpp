// The guidelines' own advice per place, where it differs from the seed articles: NICE NG59 for
// low back pain (no electric pulses such as TENS, no acupuncture and so no dry needling, massage
// only with exercise, anti-inflammatories at the lowest dose for the shortest time) and the
// neck pages' "keep your neck moving".
#include <doctest/doctest.h>

#include <string_view>

#include <knotguide/knotguide.hpp>

#include "../support/plans.hpp"

namespace kg = knotguide;
using kg::intervention;

namespace {

using test_plans::cautions;
using test_plans::plan_for;

bool set_aside_for(const kg::plan& plan, intervention which, kg::text_view rule) {
  for (const kg::set_aside_step& s : plan.set_aside) {
    if (s.what == which) {
      return s.because.rule == rule;
    }
  }
  return false;
}

constexpr kg::assessment bad_back{
    .knots = {{.region = kg::region::lower_back}}, .pain = kg::pain_score{7}, .since = kg::days{4}};

}  // namespace

TEST_CASE("low back pain: no TENS and no dry needling, whatever the pain, and said why") {
  const kg::plan plan = plan_for(bad_back);
  CHECK_FALSE(plan.contains(intervention::electrical_stimulation));
  CHECK_FALSE(plan.contains(intervention::dry_needling));
  CHECK(set_aside_for(plan, intervention::electrical_stimulation, "ng59.no-electrotherapy"));
  CHECK(set_aside_for(plan, intervention::dry_needling, "ng59.no-needling"));
  // Not under a policy that offers everything either.
  kg::policy everything;
  for (int& score : everything.base) {
    score = 9;
  }
  everything.steps = kg::max_steps;
  const kg::plan all = plan_for(bad_back, everything);
  CHECK_FALSE(all.contains(intervention::electrical_stimulation));
  CHECK_FALSE(all.contains(intervention::dry_needling));
  // In the neck the seed's advice stands: a professional may use either.
  kg::assessment neck = bad_back;
  neck.knots = {{.region = kg::region::neck}};
  const kg::plan neck_plan = plan_for(neck, everything);
  CHECK(neck_plan.contains(intervention::dry_needling));
  CHECK(neck_plan.contains(intervention::electrical_stimulation));
}

TEST_CASE("a pacemaker is said before the guideline: the person's safety first") {
  kg::assessment a = bad_back;
  a.health = {kg::health_fact::pacemaker};
  a.equipment = {kg::equipment::tens_unit};
  CHECK(set_aside_for(plan_for(a), intervention::electrical_stimulation, "tens.contraindications"));
}

TEST_CASE("low back pain: massage only along with exercise; painkillers for the shortest time") {
  const kg::plan plan = plan_for(bad_back);
  CHECK(cautions(plan.find(intervention::massage), "massage.low_back"));
  const kg::step* pills = plan.find(intervention::painkillers);
  REQUIRE(pills != nullptr);
  CHECK(pills->dose.text.key() == "painkillers.dose.back");
  const kg::text_view words = kg::text_of(kg::default_knowledge, pills->dose.text);
  const std::string_view how{words.data(), words.size()};
  CHECK(how.find("lowest dose that helps, for the shortest time") != std::string_view::npos);
}

TEST_CASE("neck pain: keep the neck moving, no collar") {
  const kg::plan plan = plan_for(
      {.knots = {{.region = kg::region::neck}}, .pain = kg::pain_score{3}, .since = kg::days{2}});
  CHECK(cautions(plan.find(intervention::watchful_waiting), "neck.no_collar"));
  const kg::plan back = plan_for({.knots = {{.region = kg::region::lower_back}},
                                  .pain = kg::pain_score{3},
                                  .since = kg::days{2}});
  CHECK_FALSE(cautions(back.find(intervention::watchful_waiting), "neck.no_collar"));
}
