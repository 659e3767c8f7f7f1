// An application's knowledge base that cites a source it does not define fails to compile, with
// the problem as the message.
// expect: knowledge_base_cites_a_source_id_it_does_not_define
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>

namespace kg = knotguide;

#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
inline constexpr const char* handbook = "waon";
#else
inline constexpr const char* handbook = "clinic-handbook";  // not a source of the knowledge base
#endif

inline constexpr kg::rule clinic_rules[] = {{.id = "clinic.desk-breaks",
                                             .target = kg::intervention::micro_breaks,
                                             .when = {.causes = {kg::cause::hunched_sitting}},
                                             .effect = kg::rule_effect::raise,
                                             .amount = 1,
                                             .text = "rule.breaks.posture",
                                             .sources = handbook}};

static constexpr auto rules = kg::concat(kg::defaults::rules, clinic_rules);

inline constexpr kg::knowledge_base clinic_knowledge{
    .sources = kg::defaults::sources,
    .texts = kg::defaults::texts,
    .interventions = kg::defaults::interventions,
    .doses = kg::defaults::doses,
    .precautions = kg::defaults::precautions,
    .notes = kg::defaults::notes,
    .rules = rules,
    .red_flags = kg::defaults::red_flags,
    .muscles = kg::defaults::muscles,
    .causes = kg::defaults::causes,
    .course = kg::defaults::course,
    .engine = kg::defaults::engine,
};

static_assert(kg::is_whole(clinic_knowledge));
