// Compile-only: each name in field_traits is the name of the member it stands for, so the JSON
// keys, the schemas and operator<< say what each field is. A swapped pair fails this build
// (tests/compile_fail/field_names_swapped.cpp proves it does).
#include <knotguide/knotguide.hpp>

#include "../support/field_names.hpp"

namespace kg = knotguide;
using field_names::spelled_as_members;

// The literal is also what the build prints when a check fails.
#define KNOTGUIDE_NAMES_SPELL_MEMBERS(T) \
  static_assert(spelled_as_members<T>(), "field_traits names must spell the members of " #T)

KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::knot);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::assessment);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::error);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::policy);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::source);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::text_entry);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::range<int>);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::range<kg::days>);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::condition);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::precaution);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::dose);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::intervention_profile);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::rule);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::red_flag_entry);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::muscle_entry);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::muscle_region);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::cause_entry);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::course_entry);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::triage_entry);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::preference_entry);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::engine_knowledge);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::knowledge_base);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::kb_report);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::fact);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::reason);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::step);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::change);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::plan);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::explanation);
KNOTGUIDE_NAMES_SPELL_MEMBERS(kg::version_info);
