// Questions asked of a knowledge base: a source or a text by id, an intervention's profile, a
// red flag's tier, and the body map both ways (a muscle to where it sends pain, a painful region
// to the muscles most likely responsible).
#ifndef KNOTGUIDE_LOOKUP_HPP
#define KNOTGUIDE_LOOKUP_HPP

#include <cstddef>
#include <cstdint>

#include "catalog_index.hpp"
#include "enum_traits.hpp"
#include "fixed_vector.hpp"
#include "knowledge.hpp"
#include "plan.hpp"

namespace knotguide {

namespace detail {
// The first entry of a table whose key is `key`, or nullptr.
template <class T, class Key, class KeyOf>
[[nodiscard]] constexpr const T* find_by(view<T> table, const Key& key, KeyOf key_of) noexcept {
  for (const T& entry : table) {
    if (key_of(entry) == key) {
      return &entry;
    }
  }
  return nullptr;
}

// The source with id `id`, whose id_hash() is `hash`: through the knowledge base's index when it
// has one, and when that finds nothing by a scan.
[[nodiscard]] constexpr const source* find_source(const knowledge_base& kb, text_view id,
                                                  std::uint32_t hash) noexcept {
  if (const source* found = find_indexed(kb.sources, kb.source_index, hash,
                                         [id](text_view other) { return other == id; })) {
    return found;
  }
  return find_by(kb.sources, id, [](const source& s) { return s.id; });
}
}  // namespace detail

// Each returns the entry, or nullptr when the knowledge base has none.
[[nodiscard]] constexpr const source* find_source(const knowledge_base& kb, text_view id) noexcept {
  return detail::find_source(kb, id, detail::id_hash(id));
}

namespace detail {
// The first text whose id `is(id)` says is the one sought: through the knowledge base's index
// when it has one (a probe or two from the sought id's `hash`), and when that finds nothing, by
// halving the catalog, which is sorted by id (first_problem() checks): nine comparisons for 350
// texts, where a scan took 175 on average. An index made for another catalog, or before texts
// were added, so costs time, never a wrong or a missing text. (By hand rather than
// std::lower_bound: <algorithm> costs more to include than this whole header.) `before(id)`
// tells whether an id sorts before the one sought.
template <class Before, class Is>
[[nodiscard]] constexpr const text_entry* find_in_catalog(const knowledge_base& kb,
                                                          std::uint32_t hash, Before before,
                                                          Is is) noexcept {
  if (const text_entry* found = find_indexed(kb.texts, kb.text_index, hash, is)) {
    return found;
  }
  std::size_t low = 0;
  std::size_t high = kb.texts.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (before(kb.texts[middle].id.key())) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low < kb.texts.size() && is(kb.texts[low].id.key()) ? &kb.texts[low] : nullptr;
}
}  // namespace detail

[[nodiscard]] constexpr const text_entry* find_text(const knowledge_base& kb, text_id id) noexcept {
  return detail::find_in_catalog(
      kb, detail::id_hash(id.key()), [id](text_view other) { return other < id.key(); },
      [id](text_view other) { return other == id.key(); });
}
[[nodiscard]] constexpr const rule* find_rule(const knowledge_base& kb, text_view id) noexcept {
  return detail::find_by(kb.rules, id, [](const rule& r) { return r.id; });
}
[[nodiscard]] constexpr const intervention_profile* find_profile(const knowledge_base& kb,
                                                                 intervention which) noexcept {
  return detail::find_by(kb.interventions, which,
                         [](const intervention_profile& p) { return p.which; });
}
[[nodiscard]] constexpr const red_flag_entry* find_red_flag(const knowledge_base& kb,
                                                            red_flag flag) noexcept {
  return detail::find_by(kb.red_flags, flag, [](const red_flag_entry& e) { return e.flag; });
}
[[nodiscard]] constexpr const muscle_entry* find_muscle(const knowledge_base& kb,
                                                        muscle which) noexcept {
  return detail::find_by(kb.muscles, which, [](const muscle_entry& e) { return e.which; });
}
[[nodiscard]] constexpr const cause_entry* find_cause(const knowledge_base& kb,
                                                      cause which) noexcept {
  return detail::find_by(kb.causes, which, [](const cause_entry& e) { return e.which; });
}

// What a triage level's step says in a country, or nullptr when the knowledge base does not say.
[[nodiscard]] constexpr const country_entry* find_country(const knowledge_base& kb, country which,
                                                          triage level) noexcept {
  for (const country_entry& e : kb.countries) {
    if (e.which == which && e.level == level) {
      return &e;
    }
  }
  return nullptr;
}

// What a triage level means for a plan, or nullptr when the knowledge base does not say.
[[nodiscard]] constexpr const triage_entry* find_level(const knowledge_base& kb,
                                                       triage level) noexcept {
  for (const triage_entry& e : kb.engine.levels) {
    if (e.level == level) {
      return &e;
    }
  }
  return nullptr;
}

// The steps the triage levels put first (emergency care, seeing a doctor, physical therapy):
// escalations, which a plan never cuts and no preference rules out.
[[nodiscard]] constexpr flag_set<intervention> escalation_steps(const knowledge_base& kb) noexcept {
  flag_set<intervention> steps;
  for (const triage_entry& e : kb.engine.levels) {
    if (e.step) {
      steps.insert(e.step.value());
    }
  }
  return steps;
}

// The text with this id; empty when the catalog has none (a validated knowledge base always has
// one for every id it uses).
[[nodiscard]] constexpr text_view text_of(const knowledge_base& kb, text_id id) noexcept {
  const text_entry* t = find_text(kb, id);
  return t != nullptr ? t->text : text_view{};
}

// An enumerator in words, from the catalog entry "<type name>.<enumerator name>"
// ("moment.at_desk": "at your desk"); empty when the catalog has none (a validated knowledge
// base has one for every enumerator a plan shows).
template <named_enum E>
[[nodiscard]] constexpr text_view find_words(const knowledge_base& kb, E value) noexcept {
  const text_view type = enum_traits<E>::type_name;
  const text_view which = name(value);
  // An id against "<type>.<name>", piece by piece, without building it: below zero when the
  // id sorts before it.
  const auto compare = [&](text_view id) {
    const text_view head = id.substr(0, type.size());
    if (head != type) {
      return head < type ? -1 : 1;
    }
    if (id.size() == type.size() || id[type.size()] != '.') {
      return id.size() == type.size() || id[type.size()] < '.' ? -1 : 1;
    }
    const text_view tail = id.substr(type.size() + 1);
    return tail == which ? 0 : tail < which ? -1 : 1;
  };
  const auto before = [&](text_view id) { return compare(id) < 0; };
  const auto is = [&](text_view id) {
    return id.size() == type.size() + 1 + which.size() && compare(id) == 0;
  };
  const std::uint32_t hash = detail::id_hash_end(
      detail::id_hash_add(detail::id_hash_add(detail::id_hash_add(0, type), '.'), which));
  const text_entry* t = detail::find_in_catalog(kb, hash, before, is);
  return t != nullptr ? t->text : text_view{};
}

// How urgently a red flag needs care. A flag the knowledge base does not know is treated as an
// emergency: the conservative answer.
[[nodiscard]] constexpr triage tier_of(const knowledge_base& kb, red_flag flag) noexcept {
  const red_flag_entry* e = find_red_flag(kb, flag);
  return e != nullptr ? e->tier : triage::emergency;
}

// Where knots in a muscle typically send pain.
[[nodiscard]] constexpr flag_set<region> referral_areas(const knowledge_base& kb,
                                                        muscle which) noexcept {
  const muscle_entry* e = find_muscle(kb, which);
  return e != nullptr ? e->refers_to : flag_set<region>{};
}

// The muscles most likely responsible for pain in an area, most likely first: muscles whose
// knots typically refer pain there and that lie there, then those that only refer pain there,
// then those that only lie there; declaration order within each group. Maps are guides only:
// no fixed referral area should be expected (knowledge.md section 2).
[[nodiscard]] constexpr fixed_vector<muscle, enum_count<muscle>> likely_muscles(
    const knowledge_base& kb, region area) noexcept {
  fixed_vector<muscle, enum_count<muscle>> ranked;
  for (int group = 0; group < 3; ++group) {
    for (const muscle_entry& e : kb.muscles) {
      const bool refers = e.refers_to.contains(area);
      const bool lies = region_of(e.which) == area;
      const bool in_group = group == 0   ? (refers && lies)
                            : group == 1 ? (refers && !lies)
                                         : (lies && !refers);
      if (in_group) {
        (void)ranked.try_push_back(e.which);  // at most one entry per muscle fits
      }
    }
  }
  return ranked;
}

// True when every source cited is one of the seed articles: a claim only the seeds make.
[[nodiscard]] constexpr bool seed_only(const knowledge_base& kb, const citations& cited) noexcept {
  if (cited.empty()) {
    return false;
  }
  for (const text_view id : cited) {
    const source* s = find_source(kb, id);
    if (s == nullptr || !s->seed) {
      return false;
    }
  }
  return true;
}

// The catalog id of the sentence that says a why-trace link in words: the rule's sentence, the
// contraindication's (its id is the link's rule), the warning sign's, the review's, or why a
// step does not suit where it hurts. Empty for
// the engine's links that read the person's own answers (a preference, the moment, who they can
// reach) or the triage level: an application says those with the answer or the plan's first line.
[[nodiscard]] constexpr text_id reason_words(const knowledge_base& kb, const reason& r) noexcept {
  if (const rule* fired = find_rule(kb, r.rule)) {
    return fired->text;
  }
  if (r.rule == engine_rule::review) {
    return kb.engine.past_review;
  }
  if (r.rule == engine_rule::place) {
    return kb.engine.wrong_place;
  }
  if (r.rule == engine_rule::red_flag) {
    const red_flag_entry* flag = r.read.field == fact_field::red_flags
                                     ? find_red_flag(kb, static_cast<red_flag>(r.read.enumerator))
                                     : nullptr;
    return flag != nullptr ? flag->text : text_id{};
  }
  if (find_text(kb, text_id{r.rule}) != nullptr) {
    return text_id{r.rule};
  }
  return {};
}

}  // namespace knotguide

#endif  // KNOTGUIDE_LOOKUP_HPP
