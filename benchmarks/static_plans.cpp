// What a plan proved at compile time costs: KNOTGUIDE_PLANS different assessments, each
// recommend()ed in its own constant evaluation and checked to give a plan. bench.sh compiles this
// with -fsyntax-only at 0 and at 27 plans; the difference over 27 is the cost of one plan. With
// KNOTGUIDE_TWICE_KNOWLEDGE defined, the plans are made from a knowledge base twice the
// default's size (twice_knowledge.hpp), to show how the cost grows with the knowledge.
#include <cstddef>
#include <knotguide/knotguide.hpp>
#include <utility>

#ifndef KNOTGUIDE_PLANS
#define KNOTGUIDE_PLANS 27
#endif

namespace kg = knotguide;

#ifdef KNOTGUIDE_TWICE_KNOWLEDGE
#include "twice_knowledge.hpp"
#define KNOTGUIDE_PLANS_FROM twice::knowledge
#else
#define KNOTGUIDE_PLANS_FROM kg::default_knowledge
#endif

namespace {

// The i-th assessment: every muscle, pain, duration and moment in turn, now and then a red flag,
// a health fact or a preference, so that the plans differ in level, steps and cautions.
constexpr kg::assessment nth(int i) {
  const auto n = static_cast<std::size_t>(i);
  kg::assessment a{
      .knots = {{.muscle = kg::enum_values<kg::muscle>[n * 7 % kg::enum_count<kg::muscle>],
                 .side = kg::side::left}},
      .pain = kg::pain_score{i % 11},
      .since = kg::days{i * 5 % 40},
      .moment = kg::enum_values<kg::moment>[n % kg::enum_count<kg::moment>]};
  if (i % 9 == 4) {
    a.red_flags = {kg::enum_values<kg::red_flag>[n % kg::enum_count<kg::red_flag>]};
  }
  if (i % 4 == 1) {
    a.health = {kg::enum_values<kg::health_fact>[n % kg::enum_count<kg::health_fact>]};
  }
  if (i % 3 == 2) {
    a.preferences = {kg::preference::avoid_needles};
    a.equipment = {kg::equipment::foam_roller, kg::equipment::heating_pad};
  }
  return a;
}

// One constant evaluation per plan: a variable template's initialiser is evaluated on its own.
template <int I>
constexpr bool plan_made = kg::recommend(nth(I), KNOTGUIDE_PLANS_FROM).has_value();

template <int... I>
constexpr bool all_made(std::integer_sequence<int, I...> /*plans*/) {
  return (plan_made<I> && ...);
}

static_assert(all_made(std::make_integer_sequence<int, KNOTGUIDE_PLANS>{}));

}  // namespace
