// A knowledge base that lacks a text the engine needs (here the disclaimer every plan ends
// with) fails to compile, rather than printing an empty line to a person.
// expect: knowledge_base_lacks_a_text_the_engine_needs
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>

namespace kg = knotguide;

inline constexpr kg::engine_knowledge clinic_engine = [] {
  kg::engine_knowledge e = kg::defaults::engine;
#ifndef KNOTGUIDE_COMPILE_FAIL_CONTROL
  e.disclaimer = {};
#endif
  return e;
}();

inline constexpr kg::knowledge_base clinic_knowledge{
    .sources = kg::defaults::sources,
    .texts = kg::defaults::texts,
    .interventions = kg::defaults::interventions,
    .doses = kg::defaults::doses,
    .precautions = kg::defaults::precautions,
    .notes = kg::defaults::notes,
    .rules = kg::defaults::rules,
    .red_flags = kg::defaults::red_flags,
    .muscles = kg::defaults::muscles,
    .causes = kg::defaults::causes,
    .course = kg::defaults::course,
    .engine = clinic_engine,
};

static_assert(kg::is_whole(clinic_knowledge));
