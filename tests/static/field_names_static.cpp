// Compile-only: each name in field_traits is the name of the member it stands for, so the JSON
// keys, the schemas and operator<< say what each field is. A swapped pair fails this build
// (tests/compile_fail/field_names_swapped.cpp proves it does).
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>

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

// The description of a condition (condition.hpp) lists its fields in declaration order, so that
// each description is validated and named as the field it reads: the i-th description's member
// is the i-th member Boost.PFR sees.
inline constexpr kg::condition some_condition{};
static_assert(
    []<class... Field>(kg::detail::field_list<Field...>) {
      std::size_t i = 0;
      bool in_order = true;
      const auto at = [&](const auto* member) {
        bool same = false;
        [&]<std::size_t... I>(std::index_sequence<I...>) {
          ((same = same || (I == i && static_cast<const void*>(&boost::pfr::get<I>(
                                          some_condition)) == static_cast<const void*>(member))),
           ...);
        }
        (std::make_index_sequence<boost::pfr::tuple_size_v<kg::condition>>{});
        ++i;
        return same;
      };
      ((in_order = in_order && at(&Field::wanted(some_condition))), ...);
      return in_order;
    }(kg::detail::condition_fields{}),
    "condition_fields describes the fields of condition in declaration order");
