// An application's own knowledge base, as the README describes: the default tables plus a
// physiotherapist's prescription, which replaces the stretching dose and cites its own source.
#ifndef KNOTGUIDE_TESTS_PHYSIO_KNOWLEDGE_HPP
#define KNOTGUIDE_TESTS_PHYSIO_KNOWLEDGE_HPP

#include <iterator>
#include <knotguide/knotguide.hpp>

namespace physio {

namespace kg = knotguide;

inline constexpr kg::source prescription_sources[] = {
    {.id = "rx-2026-11",
     .short_name = "Your physiotherapist's prescription",
     .title = "Home exercise prescription for neck knots",
     .authors = "A. Physiotherapist",
     .publisher = "Example Physiotherapy Clinic",
     .year = 2026}};

inline constexpr kg::text_entry prescription_texts[] = {
    {"rx.chin-tucks",
     "Chin tucks: hold 5 seconds, 10 times, three times a day, as your physiotherapist showed you.",
     "rx-2026-11"}};

static constexpr auto sources = kg::concat(kg::defaults::sources, prescription_sources);
static constexpr kg::catalog_index<512> source_index{sources};
// The catalog stays sorted by id, and has an index of its own: find_text() probes the index, and
// halves the catalog for what it misses.
static constexpr auto texts = kg::sorted_by_id(kg::concat(kg::defaults::texts, prescription_texts));
static constexpr kg::catalog_index<1024> text_index{texts};

// The default doses with the prescription in place of stretching's own: one row.
static constexpr auto doses = [] {
  kg::fixed_vector<kg::dose_entry, std::size(kg::defaults::doses) + 1> all;
  (void)all.try_push_back({.which = kg::intervention::stretching,
                           .dose = {.sessions_per_day = {3, 3},
                                    .hold = {kg::seconds{5}, kg::seconds{5}},
                                    .repetitions = {10, 10},
                                    .text = "rx.chin-tucks",
                                    .sources = "rx-2026-11"}});
  for (const kg::dose_entry& row : kg::defaults::doses) {
    if (row.which != kg::intervention::stretching) {
      (void)all.try_push_back(row);
    }
  }
  return all;
}();

// The default knowledge base with three tables and their indexes replaced: every other table, those
// of later releases included, stays the default's.
inline constexpr kg::knowledge_base knowledge = [] {
  kg::knowledge_base kb = kg::default_knowledge;
  kb.sources = sources;
  kb.source_index = source_index;
  kb.texts = texts;
  kb.text_index = text_index;
  kb.doses = doses;
  return kb;
}();

}  // namespace physio

#endif  // KNOTGUIDE_TESTS_PHYSIO_KNOWLEDGE_HPP
