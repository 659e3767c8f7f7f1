// Compile-only tests: every name table of knotguide's is well formed (lower-case identifiers, no
// two alike), asserted here once rather than in the headers, where each including file paid for
// it. An enumeration added to the library is added here.
#include <knotguide/interview.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>
#include <knotguide/reading.hpp>

namespace kg = knotguide;

template <class... E>
constexpr bool all_well_formed() {
  return (kg::detail::name_table_well_formed<E>() && ...);
}

// vocabulary.hpp: what a person tells and what a plan holds.
static_assert(all_well_formed<kg::region, kg::muscle, kg::side, kg::knot_activity, kg::cause,
                              kg::symptom, kg::red_flag, kg::health_fact, kg::moment, kg::equipment,
                              kg::provider, kg::preference, kg::intervention, kg::triage,
                              kg::evidence_grade, kg::trend, kg::impact, kg::country, kg::label>());
// The knowledge base's own kinds, the engine's, the plan's and the errors'.
static_assert(all_well_formed<kg::benefit, kg::precaution_kind, kg::dose_kind, kg::rule_effect,
                              kg::fact_field, kg::standing, kg::errc, kg::kb_problem>());
// Reading a plan and the interview.
static_assert(all_well_formed<kg::part, kg::topic, kg::asking>());
