// A knowledge base twice the size of the default one, for the benchmarks: its tables of
// interventions, doses, precautions, rules, red flags, implied signs, muscles, causes, course and
// countries hold the default entries twice (the second copy from second_knowledge.sh's headers,
// which the program parses and evaluates as it does the default ones); its words and its engine
// knowledge (levels, preferences, the acute phase), of fixed capacity, are the default's. It
// shows how recommend()'s run time, a static_assert plan and the include cost grow with the
// knowledge, not what a larger knowledge base would advise: its rules count twice, so its plans
// are not the default's, and a lookup that stops at the first entry found does not double.
#ifndef KNOTGUIDE_BENCHMARKS_TWICE_KNOWLEDGE_HPP
#define KNOTGUIDE_BENCHMARKS_TWICE_KNOWLEDGE_HPP

#include <knotguide/knotguide.hpp>
#include <knotguide_second/default.hpp>

namespace twice {

namespace kg = knotguide;

inline constexpr auto interventions =
    kg::concat(kg::defaults::interventions, kg::second::interventions);
inline constexpr auto doses = kg::concat(kg::defaults::doses, kg::second::doses);
inline constexpr auto precautions = kg::concat(kg::defaults::precautions, kg::second::precautions);
inline constexpr auto rules = kg::concat(kg::defaults::rules, kg::second::rules);
inline constexpr auto red_flags = kg::concat(kg::defaults::red_flags, kg::second::red_flags);
inline constexpr auto implied_signs =
    kg::concat(kg::defaults::implied_signs, kg::second::implied_signs);
inline constexpr auto muscles = kg::concat(kg::defaults::muscles, kg::second::muscles);
inline constexpr auto causes = kg::concat(kg::defaults::causes, kg::second::causes);
inline constexpr auto course = kg::concat(kg::defaults::course, kg::second::course);
inline constexpr auto countries = kg::concat(kg::defaults::countries, kg::second::countries);

// The words (sources, texts, notes) are the first copy's: the second's ids are the same, and
// recommend() reads no words.
inline constexpr kg::knowledge_base knowledge{
    .sources = kg::defaults::sources,
    .source_index = kg::defaults::source_index,
    .texts = kg::defaults::texts,
    .text_index = kg::defaults::text_index,
    .interventions = interventions,
    .doses = doses,
    .precautions = precautions,
    .notes = kg::defaults::notes,
    .rules = rules,
    .red_flags = red_flags,
    .implied_signs = implied_signs,
    .muscles = muscles,
    .causes = causes,
    .course = course,
    .countries = countries,
    .engine = kg::defaults::engine,
};

}  // namespace twice

#endif  // KNOTGUIDE_BENCHMARKS_TWICE_KNOWLEDGE_HPP
