// The shape of knotguide's knowledge: sources, the text catalog, intervention profiles with
// typed doses and structured precautions, rules, red flags, muscles, causes and the natural
// course. A knowledge base is plain constexpr data viewed through knowledge_base; first_problem()
// proves one whole at compile time.
#ifndef KNOTGUIDE_KNOWLEDGE_HPP
#define KNOTGUIDE_KNOWLEDGE_HPP

#include <cstddef>
#include <cstdint>

#include "citations.hpp"
#include "condition.hpp"
#include "enum_traits.hpp"
#include "field_traits.hpp"
#include "fixed_vector.hpp"
#include "flag_set.hpp"
#include "maybe.hpp"
#include "text_id.hpp"
#include "units.hpp"
#include "view.hpp"
#include "vocabulary.hpp"

namespace knotguide {

// A publication the knowledge base cites.
struct source {
  text_view id{};          // stable, short: "hse-neck", "seed-nyt"
  text_view short_name{};  // how a person knows it: "NHS, back pain", "The New York Times"
  text_view title{};
  text_view authors{};                   // empty where the source names none
  text_view publisher{};                 // journal, organisation or site
  int year = 0;                          // 0 where the source states none
  text_view address{};                   // web address without scheme; empty for print-only sources
  fixed_vector<text_view, 3> experts{};  // the experts it quotes, with their roles
  bool seed = false;                     // one of the two seed articles the project started from
};
template <>
struct field_traits<source> {
  static constexpr text_view type_name = "source";
  static constexpr text_view names[] = {"id",   "short_name", "title",   "authors", "publisher",
                                        "year", "address",    "experts", "seed"};
};

// One sentence or phrase a person may read, keyed by a stable id so that an application can
// translate the catalog or write its own. A claim cites its sources; interface text cites none.
struct text_entry {
  text_id id{};
  text_view text{};
  citations sources{};
  citations disputed_by{};  // sources that contradict the claim
};
template <>
struct field_traits<text_entry> {
  static constexpr text_view type_name = "text_entry";
  static constexpr text_view names[] = {"id", "text", "sources", "disputed_by"};
};

// An inclusive range of a quantity as a source states it. Zero at either end means that end is
// open: {20, 20} is "20", {15, 20} is "15 to 20", {0, 20} is "up to 20", {4, 0} is "at least
// 4", and {0, 0} is "not stated".
template <class T>
struct range {
  T low{};
  T high{};

  [[nodiscard]] constexpr bool stated() const noexcept { return low != T{} || high != T{}; }
  // Neither end below zero, and low <= high when both are given.
  [[nodiscard]] constexpr bool ordered() const noexcept {
    return !(low < T{}) && !(high < T{}) && (high == T{} || !(high < low));
  }
  friend constexpr bool operator==(const range&, const range&) = default;
};
template <class T>
struct field_traits<range<T>> {
  static constexpr text_view type_name = "range";
  static constexpr text_view names[] = {"low", "high"};
};

// What an intervention does for a knot.
enum class benefit : std::uint8_t { resolves_knot, eases_symptoms, prevents };
template <>
struct enum_traits<benefit> {
  static constexpr text_view type_name = "benefit";
  static constexpr text_view names[] = {"resolves_knot", "eases_symptoms", "prevents"};
};

// How a precaution acts: a contraindication removes the step, a caution travels with it.
enum class precaution_kind : std::uint8_t { contraindication, caution };
template <>
struct enum_traits<precaution_kind> {
  static constexpr text_view type_name = "precaution_kind";
  static constexpr text_view names[] = {"contraindication", "caution"};
};

// The intervention a row of a keyed table (doses, precautions, notes) is for, until the row
// says: no intervention, which first_problem() refuses, so that a row written without `which`
// is not quietly taken for the first intervention.
inline constexpr auto no_intervention = static_cast<intervention>(enum_count<intervention>);

// A precaution on one intervention: a row of knowledge_base::precautions.
struct precaution {
  intervention which = no_intervention;
  precaution_kind kind{};
  condition when{};  // the facts that make it apply; empty: it always applies
  text_id text{};
  citations sources{};
  // For a caution on how long one session may last ("No more than 20 minutes at a time"), that
  // limit: the caution is not said beside a dose whose sessions are all shorter ("5 minutes"),
  // where it read as a contradiction. Zero: no such limit.
  minutes longest_session{};
};
template <>
struct field_traits<precaution> {
  static constexpr text_view type_name = "precaution";
  static constexpr text_view names[] = {"which", "kind",    "when",
                                        "text",  "sources", "longest_session"};
};

// Whose words a dose is: advice a source gives a person, or what a trial gave its subjects.
// Plans show advice; a trial protocol is evidence, never a person's dose.
enum class dose_kind : std::uint8_t { advice, trial_protocol };
template <>
struct enum_traits<dose_kind> {
  static constexpr text_view type_name = "dose_kind";
  static constexpr text_view names[] = {"advice", "trial_protocol"};
};

// A dose as one source gives it. Every range is optional (see range::stated).
struct dose {
  range<minutes> session{};  // length of one session
  range<int> sessions_per_day{};
  range<hours> between_sessions{};  // "every 2 to 3 hours", "at least 4 hours apart"
  range<seconds> hold{};            // one stretch or one pressure
  range<int> repetitions{};         // holds or sets per session
  range<seconds> rest{};            // between repetitions
  range<int> days_per_week{};
  range<hours> within{};  // only within this long of onset ("first 48 to 72 hours")
  range<days> keep_up{};  // how long to keep it up ("a week or two")
  text_id text{};         // the dose in words
  citations sources{};
  dose_kind kind = dose_kind::advice;
  flag_set<moment> suits{};    // the moments the source gives it for; empty: any
  flag_set<region> regions{};  // where the knots must be for it to apply; empty: anywhere
  // Health facts for which the advice does not hold, as its sources say ("take ibuprofen" is
  // not for someone pregnant): the engine chooses another dose for them.
  flag_set<health_fact> not_for{};

  friend constexpr bool operator==(const dose&, const dose&) = default;
};
template <>
struct field_traits<dose> {
  static constexpr text_view type_name = "dose";
  static constexpr text_view names[] = {
      "session",       "sessions_per_day", "between_sessions", "hold", "repetitions", "rest",
      "days_per_week", "within",           "keep_up",          "text", "sources",     "kind",
      "suits",         "regions",          "not_for"};
};

// A dose for one intervention, as one source gives it: a row of knowledge_base::doses. An
// intervention has as many as its sources give (one for a place, a moment, the first days);
// the engine shows the one that fits the person best.
struct dose_entry {
  intervention which = no_intervention;
  knotguide::dose dose{};
};
template <>
struct field_traits<dose_entry> {
  static constexpr text_view type_name = "dose_entry";
  static constexpr text_view names[] = {"which", "dose"};
};

// More a person may want to know about an intervention: a row of knowledge_base::notes, said
// after the step's evidence in a plan in words, in the table's order.
struct note_entry {
  intervention which = no_intervention;
  text_id text{};
};
template <>
struct field_traits<note_entry> {
  static constexpr text_view type_name = "note_entry";
  static constexpr text_view names[] = {"which", "text"};
};

// What the knowledge base knows about one intervention as a whole. Its doses, precautions and
// notes are rows of tables of their own, keyed by the intervention (knowledge_base::doses,
// precautions, notes), as rules are: each holds what its sources give, no more.
struct intervention_profile {
  intervention which{};
  text_id mechanism{};
  flag_set<benefit> does{};
  range<days> relief_lasts{};  // where a source says how long relief lasts
  flag_set<moment> suits{};    // moments it fits
  flag_set<provider> delivered_by{};
  flag_set<knotguide::equipment> equipment{};  // any one of these will do; empty: none needed
  // Where on the body it can be done (flag_set<region>::all(): anywhere). Pain in a place it
  // does not fit is served on the muscles that may send the pain there, where it fits; with
  // none, the step is left out. first_problem() refuses a profile that names no place.
  flag_set<region> fits{};
  evidence_grade grade{};
  text_id evidence{};  // what the evidence shows, where a source summarises it
  citations sources{};
};
template <>
struct field_traits<intervention_profile> {
  static constexpr text_view type_name = "intervention_profile";
  static constexpr text_view names[] = {"which", "mechanism",    "does",      "relief_lasts",
                                        "suits", "delivered_by", "equipment", "fits",
                                        "grade", "evidence",     "sources"};
};

// How a rule changes a plan.
enum class rule_effect : std::uint8_t { raise, lower, exclude, escalate };
template <>
struct enum_traits<rule_effect> {
  static constexpr text_view type_name = "rule_effect";
  static constexpr text_view names[] = {"raise", "lower", "exclude", "escalate"};
};

// The largest score change one rule may make (first_problem() refuses more), so that scores stay
// far from overflowing however many rules fire.
inline constexpr int rule_amount_limit = 1000;
// The most rules a knowledge base may hold, and the most precautions (first_problem() refuses
// more): with every amount within rule_amount_limit no score the engine adds up can overflow an
// int, and the engine can name each rule and each contraindication in a why-trace by its
// position.
inline constexpr std::size_t max_rules = 2'000'000;
// The most sources a knowledge base may hold (first_problem() refuses more): a plan in words
// lists each source it cites once, in a list of this many (reading.hpp), and drops none.
inline constexpr std::size_t max_sources = 256;

struct rule {
  text_view id{};  // stable: plans and explanations name rules by it
  intervention target{};
  condition when{};
  rule_effect effect{};
  int amount = 0;                    // score change, for raise and lower
  triage level = triage::self_care;  // for escalate
  text_id text{};                    // why, in words
  citations sources{};
};
template <>
struct field_traits<rule> {
  static constexpr text_view type_name = "rule";
  static constexpr text_view names[] = {"id",     "target", "when", "effect",
                                        "amount", "level",  "text", "sources"};
};

// How many warning signs a knowledge base may name to watch for, in all its places together:
// a plan has room for every one of them (first_problem() refuses more,
// kb_problem::too_many_watched), so that one with knots in many places misses none.
inline constexpr std::size_t max_watched = 20;

// A warning sign, how urgently it needs care, and what to tell the person.
struct red_flag_entry {
  red_flag flag{};
  triage tier{};  // emergency, doctor_today or doctor (routine)
  text_id text{};
  citations sources{};
  // The places whose knots a plan names this sign to watch for: where its source's advice is
  // about (the back-pain page's signs for the back, a clot's for the calf and thigh). Empty:
  // never named. A sign the person reports counts wherever the knots are. first_problem()
  // refuses a knowledge base that leaves a place without a sign (kb_problem::unwatched_place).
  flag_set<region> watch_in{};
  // What to do or not do until the person is seen, said with the sign where a plan names it to
  // watch for ("do not massage, roll, heat or stretch the leg" with a clot's signs). Empty: none.
  text_id meanwhile{};
};
template <>
struct field_traits<red_flag_entry> {
  static constexpr text_view type_name = "red_flag_entry";
  static constexpr text_view names[] = {"flag", "tier", "text", "sources", "watch_in", "meanwhile"};
};

// A warning sign that the sources read in what a person has said already (a swollen or hot calf
// is a sign of a clot): when the condition holds, the sign counts as reported. The condition
// cannot list warning signs (first_problem() refuses it): signs are not read from signs.
struct implied_sign {
  red_flag sign{};
  condition when{};
  citations sources{};
};
template <>
struct field_traits<implied_sign> {
  static constexpr text_view type_name = "implied_sign";
  static constexpr text_view names[] = {"sign", "when", "sources"};
};

// Where a muscle's knots typically send pain. Where the muscle lies is the vocabulary's
// (region_of(), muscle_regions): anatomy, the same in every knowledge base.
struct muscle_entry {
  muscle which{};
  flag_set<region> refers_to{};
  citations sources{};
};
template <>
struct field_traits<muscle_entry> {
  static constexpr text_view type_name = "muscle_entry";
  static constexpr text_view names[] = {"which", "refers_to", "sources"};
};

// A cause, how it brings knots on, and how to keep it from bringing them back.
struct cause_entry {
  cause which{};
  text_id about{};
  text_id prevention{};  // empty where no source gives prevention advice
  citations sources{};
};
template <>
struct field_traits<cause_entry> {
  static constexpr text_view type_name = "cause_entry";
  static constexpr text_view names[] = {"which", "about", "prevention", "sources"};
};

// How long knots take to settle, as one source puts it.
struct course_entry {
  text_view id{};
  flag_set<region> regions{};  // where knots must be for it to apply; empty: anywhere
  range<days> window{};
  text_id text{};
  evidence_grade grade{};
  citations sources{};
};
template <>
struct field_traits<course_entry> {
  static constexpr text_view type_name = "course_entry";
  static constexpr text_view names[] = {"id", "regions", "window", "text", "grade", "sources"};
};

// What a triage level's step says in one country: the numbers to call there, with what each
// number is for (knowledge.md section 12.4). A plan for a person in that country shows these
// words instead of the level's own, which name the numbers of several countries.
struct country_entry {
  country which{};
  triage level{};
  text_id text{};
  citations sources{};

  friend constexpr bool operator==(const country_entry&, const country_entry&) = default;
};
template <>
struct field_traits<country_entry> {
  static constexpr text_view type_name = "country_entry";
  static constexpr text_view names[] = {"which", "level", "text", "sources"};
};

// What a triage level means for a plan: the sentence that heads it, and the step it puts first,
// with that step's words at this level where they differ from its doses' ("today").
struct triage_entry {
  triage level{};
  text_id text{};              // what to do, the plan's first line
  maybe<intervention> step{};  // the step this level puts first; none for self-care
  dose step_dose{};            // that step's dose at this level; no text: one of its doses
  // What to do until the person is seen, chosen as a step's dose is (the first days after an
  // injury first, then the advice for where the knots are): the guidelines' "keep up your
  // normal activities" is not waiting. None fits, or none given: the plan says nothing.
  fixed_vector<dose, 2> meanwhile{};
  // Said under the plan's first line when the person can reach none of the professionals who
  // give the level's step: who else to turn to (plan::out_of_reach). Empty: nothing to add (the
  // step's own words already say it).
  text_id out_of_reach{};

  friend constexpr bool operator==(const triage_entry&, const triage_entry&) = default;
};
template <>
struct field_traits<triage_entry> {
  static constexpr text_view type_name = "triage_entry";
  static constexpr text_view names[] = {"level",     "text",      "step",
                                        "step_dose", "meanwhile", "out_of_reach"};
};

// The steps a preference rules out ("no needles": dry needling).
struct preference_entry {
  preference which{};
  flag_set<intervention> rules_out{};

  friend constexpr bool operator==(const preference_entry&, const preference_entry&) = default;
};
template <>
struct field_traits<preference_entry> {
  static constexpr text_view type_name = "preference_entry";
  static constexpr text_view names[] = {"which", "rules_out"};
};

// What the engine itself needs from a knowledge base beyond the tables: the meaning of each
// triage level, what each preference rules out, the review, and its own sentences. first_problem()
// refuses a knowledge base that lacks any of them, so a plan never prints an empty line.
struct engine_knowledge {
  fixed_vector<triage_entry, enum_count<triage>> levels{};
  fixed_vector<preference_entry, enum_count<preference>> preferences{};
  // Knots that have lasted the policy's review window without settling are past waiting: the
  // plan escalates to review_level and says why in past_review.
  triage review_level = triage::physical_therapist;
  text_id review{};       // what to do if not better by the review day
  text_id past_review{};  // why knots past the review window need a look
  // Escalation rules (by id) that a plan names as changing the advice while they do not hold.
  fixed_vector<text_view, 2> watch_rules{};
  // What a plan says when the pain, or how long the knots have lasted, is not known.
  text_id pain_not_known{};
  text_id since_not_known{};
  text_id long_term{};  // the long view, shown only where self-care is the advice
  text_id disclaimer{};
  // The answers that put a person in the first days after an injury, any one of them:
  // conditions that name the acute phase (condition::acute_phase) read this. A duration not
  // known counts as recent, erring to safety.
  fixed_vector<condition, 2> acute_phase{};
  citations acute_phase_sources{};  // where the acute phase's days come from
  text_id wrong_place{};            // why a step that does not suit where it hurts is left out
  text_id elsewhere{};  // what a step done on the muscles that may send the pain says first
  text_id signs_why{};  // why a plan lists the warning signs: said under the first list

  friend constexpr bool operator==(const engine_knowledge&, const engine_knowledge&) = default;
};
template <>
struct field_traits<engine_knowledge> {
  static constexpr text_view type_name = "engine_knowledge";
  static constexpr text_view names[] = {
      "levels",      "preferences",         "review_level",    "review",    "past_review",
      "watch_rules", "pain_not_known",      "since_not_known", "long_term", "disclaimer",
      "acute_phase", "acute_phase_sources", "wrong_place",     "elsewhere", "signs_why"};
};

// A knowledge base: views over constant tables. The default one is knotguide::default_knowledge
// (knowledge/default.hpp); an application builds its own from its own tables, the defaults' or
// both, and checks it with first_problem().
struct knowledge_base {
  view<source> sources{};
  // The sources' index (a catalog_index over `sources`, catalog_index.hpp), or empty: then a
  // source is found by scanning them, many times slower.
  view<std::uint16_t> source_index{};
  view<text_entry> texts{};
  // The catalog's index (a catalog_index over `texts`), or empty: then a text is found by halving
  // the catalog, a few times slower.
  view<std::uint16_t> text_index{};
  view<intervention_profile> interventions{};
  view<dose_entry> doses{};
  view<precaution> precautions{};
  view<note_entry> notes{};  // words only: a plan in words reads them, the engine does not
  view<rule> rules{};
  view<red_flag_entry> red_flags{};
  view<implied_sign> implied_signs{};
  view<muscle_entry> muscles{};
  view<cause_entry> causes{};
  view<course_entry> course{};
  view<country_entry> countries{};
  engine_knowledge engine{};
};
template <>
struct field_traits<knowledge_base> {
  static constexpr text_view type_name = "knowledge_base";
  static constexpr text_view names[] = {
      "sources",     "source_index", "texts",     "text_index", "interventions", "doses",
      "precautions", "notes",        "rules",     "red_flags",  "implied_signs", "muscles",
      "causes",      "course",       "countries", "engine"};
};

// The entries of several tables, in order, in one fixed_vector: how an application builds its
// own knowledge base from the default tables and its own, at compile time. A view can look at
// the result when it has static storage duration:
//
//   static constexpr auto my_sources = concat(defaults::sources, physio_sources);
//   constexpr knowledge_base my_knowledge{.sources = my_sources, ...};
template <class T, std::size_t... N>
[[nodiscard]] constexpr fixed_vector<T, (N + ...)> concat(const T (&... tables)[N]) noexcept {
  fixed_vector<T, (N + ...)> joined;
  const auto append = [&joined](const auto& table) {
    for (const T& entry : table) {
      (void)joined.try_push_back(entry);  // the capacity is the sum of the sizes
    }
  };
  (append(tables), ...);
  return joined;
}

// A text catalog sorted by id, as a knowledge base's must be (find_text() halves it;
// first_problem() refuses one out of order): for a catalog an application composes, such as the
// default one with its own texts added.
//
//   static constexpr auto my_texts = sorted_by_id(concat(defaults::texts, physio_texts));
//
// An insertion sort: a sorted catalog with a few texts added, the usual case, costs little more
// than one pass at compile time, and the header stays clear of <algorithm>.
template <std::size_t N>
[[nodiscard]] constexpr fixed_vector<text_entry, N> sorted_by_id(
    fixed_vector<text_entry, N> texts) noexcept {
  for (std::size_t i = 1; i < texts.size(); ++i) {
    const text_entry moving = texts[i];
    std::size_t j = i;
    for (; j > 0 && moving.id.key() < texts[j - 1].id.key(); --j) {
      texts[j] = texts[j - 1];
    }
    texts[j] = moving;
  }
  return texts;
}

// The tables the engine reads, without the text catalog, the sources and the notes, which only
// the words of a plan need: for a device that maps a plan's ids to its own labels and shows no
// sentence or citation. recommend() reads neither table (a plan holds text ids and source ids,
// never their words), so it makes the same plans from the result; the words, a large part of a
// knowledge base, stay out of the program. Check the knowledge base whole before taking its
// words away (first_problem() cannot resolve ids without them), and know that text_of() and
// find_source() find nothing in the result:
//
//   #include <knotguide/knowledge_check.hpp>  // is_whole()
//   static_assert(is_whole(default_knowledge));
//   constexpr knowledge_base device_knowledge = without_words(default_knowledge);
[[nodiscard]] constexpr knowledge_base without_words(const knowledge_base& kb) noexcept {
  knowledge_base kept = kb;
  kept.sources = {};
  kept.source_index = {};
  kept.texts = {};
  kept.text_index = {};
  kept.notes = {};
  return kept;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_KNOWLEDGE_HPP
