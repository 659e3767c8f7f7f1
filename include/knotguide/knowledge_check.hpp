// Proving a knowledge base whole: every id resolves, nothing is listed twice, every piece of
// knowledge cites a source, every range is ordered, every enumerator that needs an entry has
// one. first_problem() says what is wrong and where; is_whole() makes it a compile error.
#ifndef KNOTGUIDE_KNOWLEDGE_CHECK_HPP
#define KNOTGUIDE_KNOWLEDGE_CHECK_HPP

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "catalog_index.hpp"
#include "enum_traits.hpp"
#include "enums.hpp"
#include "field_traits.hpp"
#include "knowledge.hpp"
#include "lookup.hpp"
#include "plan.hpp"

namespace knotguide {

enum class kb_problem : std::uint8_t {
  none,
  missing_id,             // a source, text, rule or course entry without its id
  duplicate_id,           // two entries of one table share an id
  missing_text,           // a source without a title, a catalog entry without text
  unknown_source,         // a citation names no source of the knowledge base
  unknown_text,           // a text id names no entry of the catalog
  uncited,                // a piece of knowledge that cites no source
  invalid_value,          // an enumerator, pain score or flag set holding a value outside its type
  unordered_range,        // a range or duration below zero, or with its low end above its high end
  duplicate_entry,        // two entries for one enumerator
  missing_entry,          // an intervention, red flag, muscle or cause without its entry
  red_flag_tier_too_low,  // a red flag whose tier is below seeing a doctor
  missing_engine_text,    // a text the engine needs (a triage level's, the disclaimer, ...) unset
  missing_words,          // an enumerator a plan shows or a form asks about without its words
  refuses_escalation,     // a preference rules out a step a triage level requires
  too_many_rules,         // more rules or precautions than the engine can name (max_rules)
  unplaced_step,          // an intervention that names no place on the body where it can be done
  unwatched_place,        // a place on the body for which no warning sign is named to watch for
  too_many_watched,       // more signs named to watch for than a plan can hold (max_watched)
  unsorted_texts,         // a catalog not sorted by id, which find_text() halves (sorted_by_id())
  too_many_sources,       // more sources than a plan in words can list (max_sources)
  too_many_cautions,      // more cautions for one intervention than a step can hold (max_cautions)
};

template <>
struct enum_traits<kb_problem> {
  static constexpr text_view type_name = "kb_problem";
  static constexpr text_view names[] = {"none",
                                        "missing_id",
                                        "duplicate_id",
                                        "missing_text",
                                        "unknown_source",
                                        "unknown_text",
                                        "uncited",
                                        "invalid_value",
                                        "unordered_range",
                                        "duplicate_entry",
                                        "missing_entry",
                                        "red_flag_tier_too_low",
                                        "missing_engine_text",
                                        "missing_words",
                                        "refuses_escalation",
                                        "too_many_rules",
                                        "unplaced_step",
                                        "unwatched_place",
                                        "too_many_watched",
                                        "unsorted_texts",
                                        "too_many_sources",
                                        "too_many_cautions"};
};

// The first problem found, and where: the table, the entry's position in it, and the id or
// name at fault.
struct kb_report {
  kb_problem problem = kb_problem::none;
  text_view table;
  std::size_t index = 0;
  text_view id;

  // True when there is a problem: `if (const auto problem = first_problem(kb))`.
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return problem != kb_problem::none;
  }
  friend constexpr bool operator==(const kb_report&, const kb_report&) = default;
};
template <>
struct field_traits<kb_report> {
  static constexpr text_view type_name = "kb_report";
  static constexpr text_view names[] = {"problem", "table", "index", "id"};
};

namespace detail {

// The table, if its index has room for it; else nothing, and it is scanned.
template <class Entry>
[[nodiscard]] constexpr view<Entry> indexable(view<Entry> table, std::size_t slots) noexcept {
  return table.size() * 2 <= slots ? table : view<Entry>{};
}
// The first entry with the id: by the table's index (a miss there means none), or by a scan of
// a table too big for it (first_problem() reports too many sources; a bigger catalog is fine).
// The probe loop of find_indexed(), without its checks for an index of another table, which
// this one is not: first_problem() resolves thousands of ids at compile time, within clang's
// default budget of constant-evaluation steps.
template <class Entry, std::size_t Slots>
[[nodiscard]] constexpr const Entry* find_in(view<Entry> table, const catalog_index<Slots>& index,
                                             text_view id) noexcept {
  if (table.size() * 2 > Slots) {
    return find_by(table, id, [](const Entry& e) { return id_of(e); });
  }
  const std::uint16_t* slots = index.data();
  for (std::size_t at = id_hash(id) % Slots; slots[at] != 0; at = (at + 1) % Slots) {
    const Entry& entry = table[slots[at] - 1U];
    if (id_of(entry) == id) {
      return &entry;
    }
  }
  return nullptr;
}

class kb_checker {
 public:
  constexpr explicit kb_checker(const knowledge_base& kb) noexcept
      : kb_(kb),
        sources_(indexable(kb.sources, source_slots)),
        texts_(indexable(kb.texts, text_slots)) {}

  // (Defined before run(): clang 14 cannot evaluate a member template in a constant expression
  // when its definition follows the call.)
  // The catalog entry "<type name>.<enumerator name>", found by the index with its id hashed
  // piece by piece, never joined (for a catalog the index holds).
  template <named_enum E>
  [[nodiscard]] constexpr const text_entry* words_entry(E value) const noexcept {
    const text_view type = enum_traits<E>::type_name;
    const text_view which = name(value);
    const std::uint16_t* slots = texts_.data();
    const std::uint32_t hash =
        id_hash_end(id_hash_add(id_hash_add(id_hash_add(0, type), '.'), which));
    for (std::size_t at = hash % text_slots; slots[at] != 0; at = (at + 1) % text_slots) {
      const text_entry& t = kb_.texts[slots[at] - 1U];
      const text_view id = t.id.key();
      if (id.size() == type.size() + 1 + which.size() && id[type.size()] == '.' &&
          id.substr(0, type.size()) == type && id.substr(type.size() + 1) == which) {
        return &t;
      }
    }
    return nullptr;
  }
  // Every enumerator of E that a plan shows or a form asks about has its words in the catalog,
  // under the id "<type name>.<enumerator name>", so that an application translates them with
  // the rest. A probe of the index per enumerator: is_whole() must stay within clang's default
  // budget of constant-evaluation steps, and a pass over the catalog per enumeration took a
  // tenth of it.
  template <named_enum E>
  constexpr void check_words() noexcept {
    at("texts", 0);                           // the entry that is missing has no position
    if (kb_.texts.size() * 2 > text_slots) {  // too big for the index: one pass over it
      const text_view type = enum_traits<E>::type_name;
      flag_set<E> found;
      for (const text_entry& t : kb_.texts) {
        const text_view id = t.id.key();
        if (id.size() > type.size() && id[type.size()] == '.' && !t.text.empty() &&
            id.substr(0, type.size()) == type) {
          if (const auto value = parse<E>(id.substr(type.size() + 1))) {
            found.insert(*value);
          }
        }
      }
      for (const E value : enum_values<E>) {
        if (!found.contains(value)) {
          fail(kb_problem::missing_words, name(value));
        }
      }
      return;
    }
    for (const E value : enum_values<E>) {
      const text_entry* t = words_entry(value);
      if (t == nullptr || t->text.empty()) {
        fail(kb_problem::missing_words, name(value));
      }
    }
  }

  [[nodiscard]] constexpr kb_report run() noexcept {
    // More rules or precautions than the engine can name: refused before anything reads them.
    if (kb_.rules.size() > max_rules) {
      at("rules", max_rules);
      fail(kb_problem::too_many_rules, {});
      return report_;
    }
    if (kb_.precautions.size() > max_rules) {
      at("precautions", max_rules);
      fail(kb_problem::too_many_rules, {});
      return report_;
    }
    if (kb_.sources.size() > max_sources) {
      at("sources", max_sources);
      fail(kb_problem::too_many_sources, {});
      return report_;
    }
    check_sources();
    check_texts();
    check_engine();  // before the tables whose checks read it (escalation steps, levels)
    check_interventions();
    check_doses();
    check_precautions();
    check_notes();
    check_rules();
    check_red_flags();
    check_muscles();
    check_causes();
    check_course();
    check_countries();
    check_words<intervention>();
    check_words<provider>();
    check_words<moment>();
    check_words<equipment>();
    check_words<evidence_grade>();
    check_words<label>();  // the reading's headings and labels
    // What a person reports, for forms and for reading a plan back.
    check_words<region>();
    check_words<muscle>();
    check_words<side>();
    check_words<trend>();
    check_words<impact>();
    check_words<cause>();
    check_words<preference>();
    check_words<health_fact>();
    check_words<country>();
    return report_;
  }

 private:
  [[nodiscard]] constexpr bool failed() const noexcept { return static_cast<bool>(report_); }
  constexpr void fail(kb_problem problem, text_view id) noexcept {
    if (!failed()) {
      report_ = kb_report{problem, table_, index_, id};
    }
  }
  constexpr void at(text_view table, std::size_t index) noexcept {
    table_ = table;
    index_ = index;
  }

  [[nodiscard]] constexpr bool has_source(text_view id) const noexcept {
    return find_in(kb_.sources, sources_, id) != nullptr;
  }
  // By the hash index: at compile time it takes fewer steps than halving the sorted catalog.
  [[nodiscard]] constexpr const text_entry* entry_of(text_id id) const noexcept {
    return find_in(kb_.texts, texts_, id.key());
  }
  [[nodiscard]] constexpr bool has_text(text_id id) const noexcept {
    return entry_of(id) != nullptr;
  }

  constexpr void resolves(const citations& cited) noexcept {
    for (const text_view id : cited) {
      if (!has_source(id)) {
        fail(kb_problem::unknown_source, id);
      }
    }
  }
  constexpr void cites(const citations& cited, text_view id) noexcept {
    if (cited.empty()) {
      fail(kb_problem::uncited, id);
    }
    resolves(cited);
  }
  constexpr void text(text_id id, bool required = true) noexcept {
    if (id.empty() ? required : !has_text(id)) {
      fail(kb_problem::unknown_text, id.key());
    }
  }
  template <named_enum E>
  constexpr void valid(E value) noexcept {
    if (!is_valid(value)) {
      fail(kb_problem::invalid_value, enum_traits<E>::type_name);
    }
  }
  template <named_enum E>
  constexpr void valid(const flag_set<E>& set) noexcept {
    if (set.holds_invalid()) {
      fail(kb_problem::invalid_value, enum_traits<E>::type_name);
    }
  }
  template <class T>
  constexpr void ordered(const range<T>& r, text_view what) noexcept {
    if (!r.ordered()) {
      fail(kb_problem::unordered_range, what);
    }
  }
  // Each field of the condition, as its description validates it.
  constexpr void valid(const condition& c) noexcept {
    detail::for_each_condition_field([&](text_view field, auto description) {
      using described = decltype(description);
      if (!described::valid(c)) {
        using value = std::remove_cvref_t<decltype(described::wanted(c))>;
        fail(is_duration_v<value> ? kb_problem::unordered_range : kb_problem::invalid_value, field);
      }
    });
  }
  // Ids within one table are unique; `id_of` reads an entry's id. Reported as a pairwise scan
  // would: the first entry whose id is empty or appears again later. Each id is hashed into a
  // bitmap, and only an id whose bit is already set is compared with the entries before it, so
  // that is_whole() stays within clang's default budget of constant-evaluation steps (a pairwise
  // scan of a 285-text catalog took 600,000 of its 1,048,576).
  template <class T, class IdOf>
  constexpr void unique_ids(view<T> table, IdOf id_of) noexcept {
    std::uint64_t seen[64]{};  // 4,096 buckets of one bit
    std::size_t first_empty = table.size();
    std::size_t first_repeated = table.size();  // the first entry whose id appears again
    for (std::size_t i = 0; i < table.size(); ++i) {
      const text_view id = id_of(table[i]);
      if (id.empty()) {
        first_empty = first_empty < i ? first_empty : i;
        continue;
      }
      const std::uint32_t hash = id_hash(id);
      const std::uint64_t bit = std::uint64_t{1} << (hash & 63U);
      std::uint64_t& word = seen[(hash >> 6U) & 63U];
      if ((word & bit) != 0) {
        for (std::size_t j = 0; j < i; ++j) {
          if (id_of(table[j]) == id) {
            first_repeated = first_repeated < j ? first_repeated : j;
            break;
          }
        }
      }
      word |= bit;
    }
    if (first_empty < table.size() && first_empty <= first_repeated) {
      at(table_, first_empty);
      fail(kb_problem::missing_id, {});
    } else if (first_repeated < table.size()) {
      at(table_, first_repeated);
      fail(kb_problem::duplicate_id, id_of(table[first_repeated]));
    }
  }
  // Each enumerator of E has exactly one entry; `key_of` reads an entry's enumerator.
  template <named_enum E, class T, class KeyOf>
  constexpr void one_entry_each(view<T> table, KeyOf key_of) noexcept {
    for (std::size_t i = 0; i < table.size(); ++i) {
      at(table_, i);
      valid(key_of(table[i]));
    }
    for (const E value : enum_values<E>) {
      std::size_t found = 0;
      for (std::size_t i = 0; i < table.size(); ++i) {
        if (key_of(table[i]) == value) {
          at(table_, i);
          ++found;
        }
      }
      if (found != 1) {
        fail(found == 0 ? kb_problem::missing_entry : kb_problem::duplicate_entry, name(value));
      }
    }
  }

  constexpr void check_sources() noexcept {
    table_ = "sources";
    unique_ids(kb_.sources, [](const source& s) { return s.id; });
    for (std::size_t i = 0; i < kb_.sources.size(); ++i) {
      at("sources", i);
      const source& s = kb_.sources[i];
      if (s.title.empty() || s.short_name.empty()) {
        fail(kb_problem::missing_text, s.id);
      }
      if (s.year < 0 || s.experts.overflowed()) {
        fail(kb_problem::invalid_value, s.id);
      }
    }
  }

  constexpr void check_texts() noexcept {
    table_ = "texts";
    unique_ids(kb_.texts, [](const text_entry& t) { return t.id.key(); });
    for (std::size_t i = 1; i < kb_.texts.size(); ++i) {
      if (kb_.texts[i].id.key() < kb_.texts[i - 1].id.key()) {
        at("texts", i);
        fail(kb_problem::unsorted_texts, kb_.texts[i].id.key());
      }
    }
    for (std::size_t i = 0; i < kb_.texts.size(); ++i) {
      at("texts", i);
      const text_entry& t = kb_.texts[i];
      if (t.text.empty()) {
        fail(kb_problem::missing_text, t.id.key());
      }
      resolves(t.sources);
      resolves(t.disputed_by);
    }
  }

  constexpr void check_interventions() noexcept {
    table_ = "interventions";
    one_entry_each<intervention>(kb_.interventions,
                                 [](const intervention_profile& p) { return p.which; });
    for (std::size_t i = 0; i < kb_.interventions.size(); ++i) {
      at("interventions", i);
      const intervention_profile& p = kb_.interventions[i];
      const text_view id = name(p.which);
      text(p.mechanism);
      text(p.evidence, false);
      cites(p.sources, id);
      valid(p.does);
      valid(p.suits);
      valid(p.delivered_by);
      valid(p.equipment);
      valid(p.fits);
      valid(p.grade);
      if (p.fits.empty()) {
        fail(kb_problem::unplaced_step, id);  // say where it can be done: all() for anywhere
      } else if (escalation_steps(kb_).contains(p.which) && p.fits != flag_set<region>::all()) {
        fail(kb_problem::refuses_escalation, id);  // care a level requires suits every place
      }
      ordered(p.relief_lasts, id);
    }
  }

  constexpr void check_doses() noexcept {
    for (std::size_t i = 0; i < kb_.doses.size(); ++i) {
      at("doses", i);
      const dose_entry& row = kb_.doses[i];
      const dose& d = row.dose;
      valid(row.which);
      const text_view id = d.text.key();
      ordered(d.session, id);
      ordered(d.sessions_per_day, id);
      ordered(d.between_sessions, id);
      ordered(d.hold, id);
      ordered(d.repetitions, id);
      ordered(d.rest, id);
      ordered(d.days_per_week, id);
      ordered(d.within, id);
      ordered(d.keep_up, id);
      text(d.text);
      cites(d.sources, id);
      valid(d.kind);
      valid(d.suits);
      valid(d.regions);
      valid(d.not_for);
    }
  }

  constexpr void check_precautions() noexcept {
    std::size_t cautions[enum_count<intervention>]{};  // so far, for each intervention
    for (std::size_t i = 0; i < kb_.precautions.size(); ++i) {
      at("precautions", i);
      const precaution& c = kb_.precautions[i];
      valid(c.which);
      // A step holds max_cautions: one more for its intervention would be dropped unsaid.
      if (is_valid(c.which) && c.kind == precaution_kind::caution &&
          ++cautions[static_cast<std::size_t>(c.which)] > max_cautions) {
        fail(kb_problem::too_many_cautions, c.text.key());
      }
      if (c.kind == precaution_kind::contraindication && escalation_steps(kb_).contains(c.which)) {
        fail(kb_problem::refuses_escalation, c.text.key());  // care a level requires stays possible
      }
      valid(c.kind);
      valid(c.when);
      text(c.text);
      cites(c.sources, c.text.key());
      if (c.longest_session < minutes{0}) {
        fail(kb_problem::unordered_range, c.text.key());  // a limit below zero
      } else if (c.longest_session > minutes{0} && c.kind != precaution_kind::caution) {
        fail(kb_problem::invalid_value, c.text.key());  // only a caution is said beside a dose
      }
    }
  }

  constexpr void check_notes() noexcept {
    for (std::size_t i = 0; i < kb_.notes.size(); ++i) {
      at("notes", i);
      valid(kb_.notes[i].which);
      cited_text(kb_.notes[i].text);
    }
  }

  constexpr void check_rules() noexcept {
    table_ = "rules";
    unique_ids(kb_.rules, [](const rule& r) { return r.id; });
    for (std::size_t i = 0; i < kb_.rules.size(); ++i) {
      at("rules", i);
      const rule& r = kb_.rules[i];
      valid(r.target);
      valid(r.effect);
      valid(r.level);
      valid(r.when);
      // Care a level requires is never excluded or lowered, and a rule escalates to a level
      // through that level's own step.
      const bool escalation = escalation_steps(kb_).contains(r.target);
      if (escalation && (r.effect == rule_effect::exclude || r.effect == rule_effect::lower)) {
        fail(kb_problem::refuses_escalation, r.id);
      }
      if (r.effect == rule_effect::escalate) {
        const triage_entry* level = find_level(kb_, r.level);
        if (level == nullptr || !level->step || level->step.value() != r.target) {
          fail(kb_problem::invalid_value, r.id);
        }
      }
      if (r.amount < 0 || r.amount > rule_amount_limit) {
        fail(kb_problem::invalid_value, r.id);  // so that no score the engine adds can overflow
      }
      text(r.text);
      cites(r.sources, r.id);
    }
  }

  constexpr void check_red_flags() noexcept {
    table_ = "red_flags";
    one_entry_each<red_flag>(kb_.red_flags, [](const red_flag_entry& e) { return e.flag; });
    std::size_t watched = 0;
    flag_set<region> unwatched = flag_set<region>::all();
    for (std::size_t i = 0; i < kb_.red_flags.size(); ++i) {
      at("red_flags", i);
      const red_flag_entry& e = kb_.red_flags[i];
      valid(e.tier);
      if (e.tier < triage::doctor) {
        fail(kb_problem::red_flag_tier_too_low, name(e.flag));
      }
      text(e.text);
      cites(e.sources, name(e.flag));
      valid(e.watch_in);
      if (!e.meanwhile.empty()) {
        text(e.meanwhile);
      }
      if (!e.watch_in.empty() && ++watched > max_watched) {
        fail(kb_problem::too_many_watched, name(e.flag));
      }
      unwatched = unwatched - e.watch_in;
    }
    // Every place a person can point to has a sign that would change the advice there.
    for (const region place : enum_values<region>) {
      if (unwatched.contains(place)) {
        at("red_flags", kb_.red_flags.size());
        fail(kb_problem::unwatched_place, name(place));
      }
    }
    table_ = "implied_signs";
    for (std::size_t i = 0; i < kb_.implied_signs.size(); ++i) {
      at("implied_signs", i);
      const implied_sign& e = kb_.implied_signs[i];
      valid(e.sign);
      valid(e.when);
      cites(e.sources, name(e.sign));
      if (!e.when.red_flags.empty() || asks_nothing(e.when)) {
        fail(kb_problem::invalid_value, name(e.sign));  // read from answers, not from other signs
      }
    }
  }

  constexpr void check_muscles() noexcept {
    table_ = "muscles";
    one_entry_each<muscle>(kb_.muscles, [](const muscle_entry& e) { return e.which; });
    for (std::size_t i = 0; i < kb_.muscles.size(); ++i) {
      at("muscles", i);
      const muscle_entry& e = kb_.muscles[i];
      valid(e.refers_to);
      cites(e.sources, name(e.which));
    }
  }

  constexpr void check_causes() noexcept {
    table_ = "causes";
    one_entry_each<cause>(kb_.causes, [](const cause_entry& e) { return e.which; });
    for (std::size_t i = 0; i < kb_.causes.size(); ++i) {
      at("causes", i);
      const cause_entry& e = kb_.causes[i];
      text(e.about);
      text(e.prevention, false);
      cites(e.sources, name(e.which));
    }
  }

  constexpr void check_course() noexcept {
    table_ = "course";
    unique_ids(kb_.course, [](const course_entry& e) { return e.id; });
    for (std::size_t i = 0; i < kb_.course.size(); ++i) {
      at("course", i);
      const course_entry& e = kb_.course[i];
      valid(e.regions);
      ordered(e.window, e.id);
      valid(e.grade);
      text(e.text);
      cites(e.sources, e.id);
    }
  }

  // Each entry names a country and a level once, with cited words; and a level that has its
  // words in one country has them in every country, so that nobody is left with the numbers of
  // another.
  constexpr void check_countries() noexcept {
    table_ = "countries";
    flag_set<triage> local;
    for (std::size_t i = 0; i < kb_.countries.size(); ++i) {
      at("countries", i);
      const country_entry& e = kb_.countries[i];
      valid(e.which);
      valid(e.level);
      text(e.text);
      cites(e.sources, name(e.which));
      if (is_valid(e.level)) {
        local.insert(e.level);
      }
      for (std::size_t j = 0; j < i; ++j) {
        if (kb_.countries[j].which == e.which && kb_.countries[j].level == e.level) {
          fail(kb_problem::duplicate_entry, name(e.which));
        }
      }
    }
    for (const triage level : local) {
      for (const country which : enum_values<country>) {
        if (find_country(kb_, which, level) == nullptr) {
          at("countries", kb_.countries.size());
          fail(kb_problem::missing_entry, name(which));
        }
      }
    }
  }

  // A text that makes a claim: it resolves, and its catalog entry cites a source.
  constexpr void cited_text(text_id id) noexcept {
    text(id);
    if (const text_entry* t = entry_of(id)) {
      cites(t->sources, id.key());
    }
  }
  // A text the engine needs: set, and in the catalog.
  constexpr void engine_text(text_id id, text_view field) noexcept {
    if (id.empty()) {
      fail(kb_problem::missing_engine_text, field);
    }
    text(id);
  }

  // Words a triage level gives: in the catalog, cited, and advice, never a trial's protocol.
  constexpr void level_advice(const dose& d, triage level) noexcept {
    text(d.text);
    cites(d.sources, name(level));
    if (d.kind != dose_kind::advice) {
      fail(kb_problem::invalid_value, name(level));
    }
  }

  constexpr void check_engine() noexcept {
    const engine_knowledge& e = kb_.engine;
    table_ = "engine.levels";
    if (e.levels.empty() || e.disclaimer.empty()) {
      fail(kb_problem::missing_engine_text, "engine");  // a knowledge base built without one
    }
    if (e.levels.overflowed() || e.preferences.overflowed() || e.watch_rules.overflowed() ||
        e.acute_phase.overflowed()) {
      fail(kb_problem::invalid_value, "engine");
    }
    one_entry_each<triage>(view<triage_entry>{e.levels},
                           [](const triage_entry& t) { return t.level; });
    const flag_set<intervention> escalations = escalation_steps(kb_);
    for (std::size_t i = 0; i < e.levels.size(); ++i) {
      at("engine.levels", i);
      const triage_entry& t = e.levels[i];
      engine_text(t.text, name(t.level));
      if (t.step) {
        valid(t.step.value());
        if (find_profile(kb_, t.step.value()) == nullptr) {
          fail(kb_problem::missing_entry, name(t.step.value()));
        }
      } else if (t.level != triage::self_care) {
        fail(kb_problem::missing_entry, name(t.level));  // care beyond self-care needs a step
      }
      if (!t.step_dose.text.empty()) {
        level_advice(t.step_dose, t.level);
      }
      if (t.meanwhile.overflowed()) {
        fail(kb_problem::invalid_value, name(t.level));
      }
      for (const dose& d : t.meanwhile) {
        level_advice(d, t.level);
        valid(d.regions);
        if (t.level == triage::emergency || !t.step) {
          fail(kb_problem::invalid_value, name(t.level));  // no one to wait for, or no waiting
        }
      }
      if (!t.out_of_reach.empty()) {
        text(t.out_of_reach);
      }
    }
    table_ = "engine.preferences";
    one_entry_each<preference>(view<preference_entry>{e.preferences},
                               [](const preference_entry& p) { return p.which; });
    for (std::size_t i = 0; i < e.preferences.size(); ++i) {
      at("engine.preferences", i);
      valid(e.preferences[i].rules_out);
      if (e.preferences[i].rules_out.contains_any(escalations)) {
        fail(kb_problem::refuses_escalation, name(e.preferences[i].which));
      }
    }
    at("engine", 0);
    valid(e.review_level);
    if (e.review_level == triage::self_care) {
      fail(kb_problem::invalid_value, "review_level");  // past the review, waiting is over
    }
    engine_text(e.review, "review");
    engine_text(e.past_review, "past_review");
    for (const text_view id : e.watch_rules) {
      const rule* r = find_rule(kb_, id);
      if (r == nullptr) {
        fail(kb_problem::unknown_text, id);
      } else if (r->effect != rule_effect::escalate) {
        fail(kb_problem::invalid_value, id);  // only an escalation changes the advice's level
      }
    }
    engine_text(e.pain_not_known, "pain_not_known");
    engine_text(e.since_not_known, "since_not_known");
    engine_text(e.long_term, "long_term");
    engine_text(e.disclaimer, "disclaimer");
    engine_text(e.wrong_place, "wrong_place");
    engine_text(e.elsewhere, "elsewhere");
    engine_text(e.signs_why, "signs_why");
    for (const condition& c : e.acute_phase) {
      valid(c);
      if (asks_nothing(c)) {
        fail(kb_problem::invalid_value, "acute_phase");  // it would hold for everyone
      }
    }
    if (!e.acute_phase.empty()) {
      cites(e.acute_phase_sources, "acute_phase");
    }
  }

  const knowledge_base& kb_;
  static constexpr std::size_t source_slots = 512;  // up to 256 sources indexed; more scanned
  static constexpr std::size_t text_slots = 2048;   // up to 1,024 texts
  catalog_index<source_slots> sources_;
  catalog_index<text_slots> texts_;
  kb_report report_{};
  text_view table_;
  std::size_t index_ = 0;
};

// Each is called only when is_whole() finds its problem; being non-constexpr, the call is
// the compile error, and its name is the message.
inline void knowledge_base_entry_lacks_its_id() noexcept {}
inline void knowledge_base_has_two_entries_with_one_id() noexcept {}
inline void knowledge_base_has_an_empty_title_or_text() noexcept {}
inline void knowledge_base_cites_a_source_id_it_does_not_define() noexcept {}
inline void knowledge_base_names_a_text_id_its_catalog_lacks() noexcept {}
inline void knowledge_base_has_an_entry_that_cites_no_source() noexcept {}
inline void knowledge_base_holds_a_value_outside_its_type() noexcept {}
inline void knowledge_base_has_a_negative_or_reversed_range() noexcept {}
inline void knowledge_base_has_two_entries_for_one_enumerator() noexcept {}
inline void knowledge_base_lacks_the_entry_of_an_enumerator() noexcept {}
inline void knowledge_base_puts_a_red_flag_below_seeing_a_doctor() noexcept {}
inline void knowledge_base_lacks_a_text_the_engine_needs() noexcept {}
inline void knowledge_base_lacks_the_words_for_an_enumerator() noexcept {}
inline void knowledge_base_lets_a_preference_rule_out_required_care() noexcept {}
inline void knowledge_base_has_more_rules_than_the_engine_can_name() noexcept {}
inline void knowledge_base_has_an_intervention_that_names_no_place() noexcept {}
inline void knowledge_base_leaves_a_place_without_a_sign_to_watch_for() noexcept {}
inline void knowledge_base_names_more_signs_to_watch_for_than_a_plan_holds() noexcept {}
inline void knowledge_base_has_a_catalog_not_sorted_by_id() noexcept {}
inline void knowledge_base_has_more_sources_than_a_plan_can_list() noexcept {}
inline void knowledge_base_has_more_cautions_for_a_step_than_it_can_say() noexcept {}

}  // namespace detail

// The first problem of a knowledge base; a report that converts to false when there is none.
[[nodiscard]] constexpr kb_report first_problem(const knowledge_base& kb) noexcept {
  return detail::kb_checker{kb}.run();
}

// For static_assert(is_whole(my_knowledge)): true for a whole knowledge base; otherwise a
// compile error whose message names the problem (first_problem() tells where).
[[nodiscard]] consteval bool is_whole(const knowledge_base& kb) {
  switch (first_problem(kb).problem) {
    case kb_problem::none:
      return true;
    case kb_problem::missing_id:
      detail::knowledge_base_entry_lacks_its_id();
      break;
    case kb_problem::duplicate_id:
      detail::knowledge_base_has_two_entries_with_one_id();
      break;
    case kb_problem::missing_text:
      detail::knowledge_base_has_an_empty_title_or_text();
      break;
    case kb_problem::unknown_source:
      detail::knowledge_base_cites_a_source_id_it_does_not_define();
      break;
    case kb_problem::unknown_text:
      detail::knowledge_base_names_a_text_id_its_catalog_lacks();
      break;
    case kb_problem::uncited:
      detail::knowledge_base_has_an_entry_that_cites_no_source();
      break;
    case kb_problem::invalid_value:
      detail::knowledge_base_holds_a_value_outside_its_type();
      break;
    case kb_problem::unordered_range:
      detail::knowledge_base_has_a_negative_or_reversed_range();
      break;
    case kb_problem::duplicate_entry:
      detail::knowledge_base_has_two_entries_for_one_enumerator();
      break;
    case kb_problem::missing_entry:
      detail::knowledge_base_lacks_the_entry_of_an_enumerator();
      break;
    case kb_problem::red_flag_tier_too_low:
      detail::knowledge_base_puts_a_red_flag_below_seeing_a_doctor();
      break;
    case kb_problem::missing_engine_text:
      detail::knowledge_base_lacks_a_text_the_engine_needs();
      break;
    case kb_problem::missing_words:
      detail::knowledge_base_lacks_the_words_for_an_enumerator();
      break;
    case kb_problem::refuses_escalation:
      detail::knowledge_base_lets_a_preference_rule_out_required_care();
      break;
    case kb_problem::too_many_rules:
      detail::knowledge_base_has_more_rules_than_the_engine_can_name();
      break;
    case kb_problem::unplaced_step:
      detail::knowledge_base_has_an_intervention_that_names_no_place();
      break;
    case kb_problem::unwatched_place:
      detail::knowledge_base_leaves_a_place_without_a_sign_to_watch_for();
      break;
    case kb_problem::too_many_watched:
      detail::knowledge_base_names_more_signs_to_watch_for_than_a_plan_holds();
      break;
    case kb_problem::unsorted_texts:
      detail::knowledge_base_has_a_catalog_not_sorted_by_id();
      break;
    case kb_problem::too_many_sources:
      detail::knowledge_base_has_more_sources_than_a_plan_can_list();
      break;
    case kb_problem::too_many_cautions:
      detail::knowledge_base_has_more_cautions_for_a_step_than_it_can_say();
      break;
  }
  return false;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_KNOWLEDGE_CHECK_HPP
