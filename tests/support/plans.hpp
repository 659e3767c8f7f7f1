// What the unit tests ask of a plan: the plan for an assessment (which must be valid), and
// whether a step carries a caution.
#ifndef KNOTGUIDE_TESTS_SUPPORT_PLANS_HPP
#define KNOTGUIDE_TESTS_SUPPORT_PLANS_HPP

#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>

namespace test_plans {

namespace kg = knotguide;

// Returned by value: a step of a temporary plan must not outlive it.
inline kg::plan plan_for(const kg::assessment& a, const kg::policy& p = kg::default_policy) {
  const auto made = kg::recommend(a, kg::default_knowledge, p);
  REQUIRE(made.has_value());
  return *made;
}

// Whether the step (if any) carries the caution with this catalog id.
inline bool cautions(const kg::step* s, kg::text_view id) {
  if (s == nullptr) {
    return false;
  }
  for (const kg::text_id t : s->cautions) {
    if (t.key() == id) {
      return true;
    }
  }
  return false;
}

}  // namespace test_plans

#endif  // KNOTGUIDE_TESTS_SUPPORT_PLANS_HPP
