// The interview: a plan from a short conversation instead of a long form. next_question() asks
// only what can still change the plan, most urgent first, and says "settled" when nothing left
// can; record() keeps an answer. Constant-evaluable and allocation-free, like the engine.
//
//   interview iv;
//   for (;;) {
//     const result<maybe<question>> next = next_question(iv, default_knowledge);
//     if (!next) { ... next.error() ... }       // answers or a policy that are not valid
//     if (!next->has_value()) break;            // settled
//     const question q = next->value();
//     assessment reply = ...;                   // the person's answer, in q's field
//     if (maybe<error> refused = record(iv, q, reply)) { ... ask again ... }
//   }
//   plan p = recommend(iv.answers).value();
//
// Settled means: for each question not asked, each answer it could get (each value of a
// choice; each item of a checklist alone, and all of them together), alone or with one answer to
// another question, and, for each step, all the answers that lift (or lower) its score given at
// once, give the same plan as the answers so far (docs/interview.md). The warning signs of the
// places where the knots are are always asked, first, as one checklist; a sign of another place is
// asked only when the person asks to answer more (asking::everything). The answers not asked
// must keep an assessment's defaults: a pre-filled field is an answer, and is marked asked.
// Each call holds three plans, the answers it tries and their effects (about 26 KB) on the stack.
#ifndef KNOTGUIDE_INTERVIEW_HPP
#define KNOTGUIDE_INTERVIEW_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <type_traits>

#include "assessment.hpp"
#include "enum_traits.hpp"
#include "enums.hpp"
#include "field_traits.hpp"
#include "fixed_vector.hpp"
#include "flag_set.hpp"
#include "knowledge.hpp"
#include "lookup.hpp"
#include "maybe.hpp"
#include "plan.hpp"
#include "recommend.hpp"
#include "result.hpp"
#include "text_id.hpp"
#include "text_view.hpp"
#include "units.hpp"
#include "vocabulary.hpp"

namespace knotguide {

// What a question asks about: a field of the assessment. Declaration order is the order of
// asking, among the questions that can change the plan.
enum class topic : std::uint8_t {
  knots,  // where it hurts
  red_flags,
  pain,
  since,
  trend,
  daily_impact,
  sleep_impact,
  causes,
  symptoms,
  moment,
  equipment,
  preferences,
  access,
  health,  // after what can rule a step out more simply: a pacemaker matters only for some steps
  country,
};
template <>
struct enum_traits<topic> {
  static constexpr text_view type_name = "topic";
  static constexpr text_view names[] = {"knots",    "red_flags",    "pain",         "since",
                                        "trend",    "daily_impact", "sleep_impact", "causes",
                                        "symptoms", "moment",       "equipment",    "preferences",
                                        "access",   "health",       "country"};
};

// How far an interview goes: until settled, or on through every question not yet asked, the
// warning signs of other places too (what "answer more" offers).
enum class asking : std::uint8_t {
  until_settled,
  everything,
};
template <>
struct enum_traits<asking> {
  static constexpr text_view type_name = "asking";
  static constexpr text_view names[] = {"until_settled", "everything"};
};

// The most items a question shows: the warning signs, the longest list.
inline constexpr std::size_t max_choices = enum_count<red_flag>;
static_assert(max_choices >= enum_count<region> && max_choices >= enum_count<health_fact> &&
                  max_choices >= enum_count<symptom> && max_choices >= enum_count<equipment>,
              "a question shows every place, health fact, symptom or thing at hand");

// One question. For a checklist (warning signs, causes, symptoms, equipment, health, preferences,
// access) `items` are the enumerators shown, in the order to show them: the answer ticks some
// and leaves the rest; for knots, the regions to choose from (a reply may name muscles, whose
// places must be among them); for a choice (trend, impacts, moment, country), its values; for
// pain and since, a number, and `items` is empty. Its words: words_of(topic), the catalog's
// "ask.<topic>" and why it is asked, "ask.<topic>.why"; each item's words: item_words().
struct question {
  knotguide::topic topic{};
  fixed_vector<std::uint8_t, max_choices> items{};

  [[nodiscard]] constexpr bool is_checklist() const noexcept;
  friend constexpr bool operator==(const question&, const question&) = default;
};
template <>
struct field_traits<question> {
  static constexpr text_view type_name = "question";
  static constexpr text_view names[] = {"topic", "items"};
};

// A question's words in the catalog: the question ("ask.pain") and why it is asked
// ("ask.pain.why"). Its items' words: item_words().
struct question_words {
  text_id asks{};
  text_id because{};
};
inline constexpr question_words topic_words[] = {
    {"ask.knots", "ask.knots.why"},
    {"ask.red_flags", "ask.red_flags.why"},
    {"ask.pain", "ask.pain.why"},
    {"ask.since", "ask.since.why"},
    {"ask.trend", "ask.trend.why"},
    {"ask.daily_impact", "ask.daily_impact.why"},
    {"ask.sleep_impact", "ask.sleep_impact.why"},
    {"ask.causes", "ask.causes.why"},
    {"ask.symptoms", "ask.symptoms.why"},
    {"ask.moment", "ask.moment.why"},
    {"ask.equipment", "ask.equipment.why"},
    {"ask.preferences", "ask.preferences.why"},
    {"ask.access", "ask.access.why"},
    {"ask.health", "ask.health.why"},
    {"ask.country", "ask.country.why"},
};
static_assert(std::size(topic_words) == enum_count<topic>, "words for every topic");

// The words of a question on a topic (topic_words); empty ids for a value that is no topic.
[[nodiscard]] constexpr question_words words_of(topic t) noexcept {
  return is_valid(t) ? topic_words[static_cast<std::size_t>(t)] : question_words{};
}

// The enumerator name of one of a question's items ("chest_pain"); empty for a value that is
// not one.
[[nodiscard]] constexpr text_view item_name(topic t, std::uint8_t item) noexcept;

// An interview so far: the answers, in an assessment whose fields not yet asked keep their
// defaults, and what has been asked. A checklist may be asked in parts (a pacemaker only while
// electrical stimulation could be offered), so each checklist records the items asked.
struct interview {
  assessment answers{};
  flag_set<knotguide::topic> asked{};  // every question asked, checklists whole or in part
  flag_set<red_flag> red_flags_asked{};
  flag_set<cause> causes_asked{};
  flag_set<symptom> symptoms_asked{};
  flag_set<equipment> equipment_asked{};
  flag_set<health_fact> health_asked{};
  flag_set<preference> preferences_asked{};
  flag_set<provider> access_asked{};

  friend constexpr bool operator==(const interview&, const interview&) = default;
};
template <>
struct field_traits<interview> {
  static constexpr text_view type_name = "interview";
  static constexpr text_view names[] = {
      "answers",         "asked",        "red_flags_asked",   "causes_asked", "symptoms_asked",
      "equipment_asked", "health_asked", "preferences_asked", "access_asked"};
};

namespace detail {

// Calls visit(field, asked) with the member pointers of a checklist topic's assessment field and
// its items asked; returns false for a topic that is not a checklist.
template <class Visit>
constexpr bool with_checklist(topic t, Visit&& visit) {
  switch (t) {
    case topic::red_flags:
      visit(&assessment::red_flags, &interview::red_flags_asked);
      return true;
    case topic::causes:
      visit(&assessment::causes, &interview::causes_asked);
      return true;
    case topic::symptoms:
      visit(&assessment::symptoms, &interview::symptoms_asked);
      return true;
    case topic::equipment:
      visit(&assessment::equipment, &interview::equipment_asked);
      return true;
    case topic::health:
      visit(&assessment::health, &interview::health_asked);
      return true;
    case topic::preferences:
      visit(&assessment::preferences, &interview::preferences_asked);
      return true;
    case topic::access:
      visit(&assessment::access, &interview::access_asked);
      return true;
    default:
      return false;
  }
}

// Calls visit(field) with the member pointer of a choice topic's assessment field.
template <class Visit>
constexpr bool with_choice(topic t, Visit&& visit) {
  switch (t) {
    case topic::trend:
      visit(&assessment::trend);
      return true;
    case topic::daily_impact:
      visit(&assessment::daily_impact);
      return true;
    case topic::sleep_impact:
      visit(&assessment::sleep_impact);
      return true;
    case topic::moment:
      visit(&assessment::moment);
      return true;
    default:
      return false;
  }
}

template <class E>
[[nodiscard]] constexpr E enumerator(std::uint8_t item) noexcept {
  return static_cast<E>(item);
}
template <class E>
[[nodiscard]] constexpr std::uint8_t item_of(E value) noexcept {
  return static_cast<std::uint8_t>(to_underlying(value));
}

// The places where the knots are; no knots: every place.
[[nodiscard]] constexpr flag_set<region> places_of(const assessment& a) noexcept {
  if (a.knots.empty()) {
    return flag_set<region>::all();
  }
  flag_set<region> places;
  for (const knot& k : a.knots) {
    places.insert(k.where());
  }
  return places;
}

// The warning signs to ask about, most urgent first: those the knowledge base watches for in
// the places (and, for asking::everything, all others after them), and those it watches for
// nowhere in particular, which count for every place.
[[nodiscard]] constexpr fixed_vector<std::uint8_t, max_choices> signs_to_ask(
    const interview& iv, const knowledge_base& kb, asking how) noexcept {
  const flag_set<region> places = places_of(iv.answers);
  fixed_vector<std::uint8_t, max_choices> items;
  flag_set<red_flag> listed = iv.red_flags_asked;
  for (int tier = static_cast<int>(triage::emergency); tier >= 0; --tier) {
    for (const red_flag_entry& e : kb.red_flags) {
      const bool here = e.watch_in.empty() || e.watch_in.contains_any(places);
      if (static_cast<int>(e.tier) == tier && (here || how == asking::everything) &&
          !listed.contains(e.flag)) {
        listed.insert(e.flag);
        (void)items.try_push_back(item_of(e.flag));
      }
    }
  }
  if (how == asking::everything) {  // a sign the knowledge base does not describe
    for (const red_flag f : enum_values<red_flag>) {
      if (!listed.contains(f)) {
        (void)items.try_push_back(item_of(f));
      }
    }
  }
  return items;
}

// The durations worth trying for "how long": every day on which the knowledge base or the
// policy draws a line (a threshold, its day before, and the day after an hours' window), and 0.
inline constexpr std::size_t max_day_marks = 96;
[[nodiscard]] constexpr fixed_vector<days, max_day_marks> day_marks(const knowledge_base& kb,
                                                                    const policy& p) noexcept {
  fixed_vector<days, max_day_marks> marks;
  const auto mark = [&marks](days d) {
    for (std::int64_t at = std::int64_t{d.count()} - 1; at <= std::int64_t{d.count()} + 1; ++at) {
      bool seen = at < 0 || at > INT32_MAX;
      for (const days m : marks) {
        seen = seen || m.count() == at;
      }
      if (!seen) {
        (void)marks.try_push_back(days{static_cast<days::rep>(at)});
      }
    }
  };
  const auto mark_condition = [&mark](const condition& c) {
    mark(c.lasted_at_least);
    mark(c.lasted_under);
  };
  const auto mark_dose = [&mark](const dose& d) {
    mark(days{d.within.low.count() / 24});
    mark(days{d.within.high.count() / 24});
  };
  mark(days{0});
  mark(p.review_window);
  for (const rule& r : kb.rules) {
    mark_condition(r.when);
  }
  for (const precaution& pre : kb.precautions) {
    mark_condition(pre.when);
  }
  for (const implied_sign& s : kb.implied_signs) {
    mark_condition(s.when);
  }
  for (const condition& c : kb.engine.acute_phase) {
    mark_condition(c);
  }
  for (const course_entry& e : kb.course) {
    mark(e.window.low);
    mark(e.window.high);
  }
  for (const dose_entry& d : kb.doses) {
    mark_dose(d.dose);
  }
  for (const triage_entry& level : kb.engine.levels) {
    for (const dose& d : level.meanwhile) {
      mark_dose(d);
    }
  }
  return marks;
}

// Whether the plan for `a` differs from `now`; an answer that makes the assessment invalid (pain
// both at rest and only when pressed) changes nothing, since it cannot be given.
[[nodiscard]] constexpr bool changes(const assessment& a, const plan& now, plan& scratch,
                                     const knowledge_base& kb, const policy& p) noexcept {
  return !recommend_into(scratch, a, kb, p) && !(scratch == now);
}

// One answer to try for a question not asked yet: a checklist's item the other way round
// (ticked; for access, whose items start ticked, unticked), or all its items at once
// (every_item; for symptoms, two trials, as pain at rest and pain only when pressed exclude each
// other); a choice's or a country's value; a pain score; a number of days (unknown_days: more
// lines than day_marks() holds, so "how long" is asked).
struct trial {
  topic about{};
  std::int32_t value = 0;
};
inline constexpr std::int32_t every_item = -1;
inline constexpr std::int32_t every_item_but_rest = -2;  // symptoms: all but pain at rest
inline constexpr std::int32_t unknown_days = -3;

// Room for every trial: each checklist's items and its "all" trials, each choice's values, the
// pain scores, the countries and the days.
inline constexpr std::size_t max_trials =
    enum_count<cause> + enum_count<symptom> + enum_count<equipment> + enum_count<preference> +
    enum_count<provider> + enum_count<health_fact> + 7 + enum_count<trend> +
    2 * enum_count<impact> + enum_count<moment> + 11 + enum_count<country> + max_day_marks + 1;

[[nodiscard]] constexpr bool is_every_item(std::int32_t value) noexcept {
  return value == every_item || value == every_item_but_rest;
}

constexpr void apply(assessment& a, trial t, const interview& iv) noexcept {
  if (with_checklist(t.about, [&](auto field, auto asked) {
        using set = std::remove_cvref_t<decltype(a.*field)>;
        using value = typename set::value_type;
        for (const value item : set::all() - iv.*asked) {
          bool flip = t.value == static_cast<std::int32_t>(to_underlying(item));
          if constexpr (std::is_same_v<value, symptom>) {
            flip = flip || (t.value == every_item && item != symptom::pain_only_when_pressed) ||
                   (t.value == every_item_but_rest && item != symptom::pain_at_rest);
          } else {
            flip = flip || t.value == every_item;
          }
          if (flip) {
            (a.*field).contains(item) ? (void)(a.*field).erase(item)
                                      : (void)(a.*field).insert(item);
          }
        }
      })) {
    return;
  }
  if (with_choice(t.about, [&](auto field) {
        a.*field = static_cast<std::remove_cvref_t<decltype(a.*field)>>(t.value);
      })) {
    return;
  }
  if (t.about == topic::pain) {
    a.pain = pain_score{t.value};
  } else if (t.about == topic::since) {
    a.since = days{t.value};
  } else if (t.about == topic::country) {
    a.country = static_cast<country>(t.value);
  }
}

// The answers to try for the questions not asked yet, in the order of asking.
[[nodiscard]] constexpr fixed_vector<trial, max_trials> trials_of(const interview& iv,
                                                                  const knowledge_base& kb,
                                                                  const policy& p) noexcept {
  fixed_vector<trial, max_trials> out;
  const auto add = [&out](topic t, std::int32_t value) { (void)out.try_push_back({t, value}); };
  for (const topic t : enum_values<topic>) {
    if (t == topic::knots || t == topic::red_flags) {
      continue;
    }
    if (with_checklist(t, [&](auto field, auto asked) {
          using set = std::remove_cvref_t<decltype(iv.answers.*field)>;
          const set left = set::all() - iv.*asked;
          for (const auto item : left) {
            add(t, static_cast<std::int32_t>(to_underlying(item)));
          }
          if (left.size() > 1) {
            add(t, every_item);
            if (t == topic::symptoms) {
              add(t, every_item_but_rest);
            }
          }
        })) {
      continue;
    }
    if (iv.asked.contains(t)) {
      continue;
    }
    if (!with_choice(t, [&](auto field) {
          using value = std::remove_cvref_t<decltype(iv.answers.*field)>;
          for (const value v : enum_values<value>) {
            if (v != iv.answers.*field) {
              add(t, static_cast<std::int32_t>(to_underlying(v)));
            }
          }
        })) {
      if (t == topic::pain) {
        for (int score = pain_score::min; score <= pain_score::max; ++score) {
          add(t, score);
        }
      } else if (t == topic::since) {
        const fixed_vector<days, max_day_marks> marks = day_marks(kb, p);
        for (const days d : marks) {
          add(t, d.count());
        }
        if (marks.overflowed()) {
          add(t, unknown_days);
        }
      } else {
        for (const country c : enum_values<country>) {
          add(t, static_cast<std::int32_t>(to_underlying(c)));
        }
      }
    }
  }
  return out;
}

// The question on a topic: a checklist's items that can change the plan (all left, when only
// together they can), a choice's or a country's values.
[[nodiscard]] constexpr question question_on(topic t, const interview& iv,
                                             std::uint64_t items) noexcept {
  question q{t, {}};
  if (with_checklist(t, [&](auto field, auto asked) {
        using set = std::remove_cvref_t<decltype(iv.answers.*field)>;
        for (const auto item : set::all() - iv.*asked) {
          if ((items >> to_underlying(item) & 1U) != 0 || items == ~std::uint64_t{0}) {
            (void)q.items.try_push_back(item_of(item));
          }
        }
      })) {
    return q;
  }
  if (!with_choice(t,
                   [&](auto field) {
                     using value = std::remove_cvref_t<decltype(iv.answers.*field)>;
                     for (const value v : enum_values<value>) {
                       (void)q.items.try_push_back(item_of(v));
                     }
                   }) &&
      t == topic::country) {
    for (const country c : enum_values<country>) {
      (void)q.items.try_push_back(item_of(c));
    }
  }
  return q;
}

// The items of a checklist's trial as bits: every item for every_item. For a trial of another
// topic the bits mean nothing (question_on() reads them for checklists only), but stay defined:
// 0 for a number of days past 63.
[[nodiscard]] constexpr std::uint64_t items_of(trial t) noexcept {
  if (is_every_item(t.value)) {
    return ~std::uint64_t{0};
  }
  return t.value >= 0 && t.value < 64 ? std::uint64_t{1} << t.value : 0;
}

// Scores add up: answers to three or more questions may each lift a step a little and together
// past another (poor sleep, asking before bed and stress as a cause all lift sleep and stress,
// which then takes the place of cold in a plan of two steps). For each step, and each way, every
// answer that moves its score that way is given at once: all of a checklist's such items, a
// choice's value that moves it most. When the plan changes, the first question among them is
// the one to ask (its items among those given, in `items`).
[[nodiscard]] constexpr maybe<topic> adding_up(const interview& iv,
                                               const fixed_vector<trial, max_trials>& trials,
                                               const plan& now, plan& scratch,
                                               const knowledge_base& kb, const policy& p,
                                               std::uint64_t& items) noexcept {
  constexpr std::size_t steps = enum_count<intervention>;
  // Each answer's score change; only its sign and order matter, so int16 holds it (clamped).
  std::array<std::array<std::int16_t, steps>, max_trials> moves{};
  {
    const evaluation base = evaluate(iv.answers, kb, p);
    for (std::size_t i = 0; i < trials.size(); ++i) {
      assessment a = iv.answers;
      apply(a, trials[i], iv);
      if (is_every_item(trials[i].value) || trials[i].value == unknown_days || first_error(a)) {
        continue;
      }
      const evaluation ev = evaluate(a, kb, p);
      for (std::size_t x = 0; x < steps; ++x) {
        const auto which = static_cast<intervention>(x);
        const int moved = ev.at(which).score - base.at(which).score;
        moves[i][x] = static_cast<std::int16_t>(moved > 32767    ? 32767
                                                : moved < -32767 ? -32767
                                                                 : moved);
      }
    }
  }
  for (std::size_t x = 0; x < steps; ++x) {
    for (const int way : {1, -1}) {
      assessment a = iv.answers;
      maybe<topic> first;
      std::uint64_t first_items = 0;
      for (std::size_t i = 0; i < trials.size();) {
        const topic t = trials[i].about;
        std::size_t best = trials.size();
        for (; i < trials.size() && trials[i].about == t; ++i) {
          if (way * moves[i][x] <= 0) {
            continue;
          }
          if (with_checklist(t, [](auto, auto) {})) {
            apply(a, trials[i], iv);
            if (first_error(a)) {  // pain at rest and only when pressed: keep the first
              apply(a, trials[i], iv);
              continue;
            }
            first = first ? first : maybe<topic>{t};
            first_items |= first.value() == t ? items_of(trials[i]) : 0;
          } else if (best == trials.size() || way * moves[i][x] > way * moves[best][x]) {
            best = i;
          }
        }
        if (best != trials.size()) {
          apply(a, trials[best], iv);
          first = first ? first : maybe<topic>{t};
        }
      }
      if (first && changes(a, now, scratch, kb, p)) {
        items |= first_items;
        return first;
      }
    }
  }
  return {};
}

}  // namespace detail

constexpr text_view item_name(topic t, std::uint8_t item) noexcept {
  text_view out;
  if (detail::with_checklist(t,
                             [&](auto field, auto) {
                               using set = std::remove_cvref_t<decltype(assessment{}.*field)>;
                               out = name(static_cast<typename set::value_type>(item));
                             }) ||
      detail::with_choice(t, [&](auto field) {
        out = name(static_cast<std::remove_cvref_t<decltype(assessment{}.*field)>>(item));
      })) {
    return out;
  }
  if (t == topic::knots) {
    return name(static_cast<region>(item));
  }
  return t == topic::country ? name(static_cast<country>(item)) : text_view{};
}

// One of a question's items in the catalog's words, as a person reads it ("chest pain that
// comes on suddenly"): a warning sign's own sentence, else its enumerator's words
// ("moment.at_desk"); empty for a value that is not one.
[[nodiscard]] constexpr text_view item_words(const knowledge_base& kb, topic t,
                                             std::uint8_t item) noexcept {
  if (t == topic::red_flags) {
    const red_flag_entry* e = find_red_flag(kb, static_cast<red_flag>(item));
    return e != nullptr ? text_of(kb, e->text) : text_view{};
  }
  text_view out;
  const auto words = [&](auto value) {
    out = is_valid(value) ? find_words(kb, value) : text_view{};
  };
  if (detail::with_checklist(t,
                             [&](auto field, auto) {
                               using set = std::remove_cvref_t<decltype(assessment{}.*field)>;
                               words(static_cast<typename set::value_type>(item));
                             }) ||
      detail::with_choice(t, [&](auto field) {
        words(static_cast<std::remove_cvref_t<decltype(assessment{}.*field)>>(item));
      })) {
    return out;
  }
  if (t == topic::knots) {
    words(static_cast<region>(item));
  } else if (t == topic::country) {
    words(static_cast<country>(item));
  }
  return out;
}

constexpr bool question::is_checklist() const noexcept {
  return detail::with_checklist(topic, [](auto, auto) {});
}

// The next question whose answer can still change the plan, or nothing when the interview is
// settled; the error of answers that are not a valid assessment, or of a policy that is not
// valid. Where it hurts comes first, then the warning signs of those places as one checklist
// (shown whatever they change), then the first question, in the order of `topic`, one of whose
// answers alone changes the plan; a checklist shows those of its items, and those that change it
// together with an answer to a later question. When no answer alone changes the plan, the first
// question with an answer that changes it together with an answer to a later one (heat is set
// aside for a fresh strain only when there is something to heat with at hand); then the first
// question among the answers that together lift or lower one step's score (detail::adding_up);
// when none of these changes the plan, the interview is settled. With asking::everything, every
// question not asked, in order.
[[nodiscard]] constexpr result<maybe<question>> next_question(
    const interview& iv, const knowledge_base& kb, const policy& p = default_policy,
    asking how = asking::until_settled) noexcept {
  if (maybe<error> invalid = first_error(iv.answers)) {
    return invalid.value();
  }
  if (maybe<error> invalid = first_error(p)) {
    return invalid.value();
  }
  if (!iv.asked.contains(topic::knots)) {
    question q{topic::knots, {}};
    for (const region r : enum_values<region>) {
      (void)q.items.try_push_back(detail::item_of(r));
    }
    return maybe<question>{q};
  }
  if (question q{topic::red_flags, detail::signs_to_ask(iv, kb, how)}; !q.items.empty()) {
    return maybe<question>{q};
  }
  const fixed_vector<detail::trial, detail::max_trials> trials = detail::trials_of(iv, kb, p);
  if (how == asking::everything) {
    return trials.empty()
               ? maybe<question>{}
               : maybe<question>{detail::question_on(trials[0].about, iv, ~std::uint64_t{0})};
  }
  plan now;
  if (maybe<error> invalid = recommend_into(now, iv.answers, kb, p)) {
    return invalid.value();
  }
  plan scratch;
  const auto changes_with = [&](detail::trial t, const detail::trial* also, const plan& than) {
    assessment a = iv.answers;
    if (also != nullptr) {
      detail::apply(a, *also, iv);
    }
    detail::apply(a, t, iv);
    return t.value == detail::unknown_days || detail::changes(a, than, scratch, kb, p);
  };
  // One answer alone: the first topic with one that changes the plan.
  maybe<topic> found;
  std::uint64_t items = 0;
  for (const detail::trial t : trials) {
    if (found && t.about != found.value()) {
      break;
    }
    if (found && detail::is_every_item(t.value) && items != ~std::uint64_t{0}) {
      continue;  // some of its items alone change the plan: show those
    }
    if (changes_with(t, nullptr, now)) {
      found = t.about;
      items |= detail::items_of(t);
    }
  }
  if (found && items == ~std::uint64_t{0}) {  // all its items together, none alone: which two?
    items = 0;
    for (const detail::trial t : trials) {
      for (const detail::trial u : trials) {
        if (t.about == found.value() && u.about == t.about && t.value < u.value &&
            !detail::is_every_item(t.value) && changes_with(t, &u, now)) {
          items |= detail::items_of(t) | detail::items_of(u);
        }
      }
    }
    items = items == 0 ? ~std::uint64_t{0} : items;
  }
  if (found && !detail::with_checklist(found.value(), [](auto, auto) {})) {
    return maybe<question>{detail::question_on(found.value(), iv, items)};
  }
  // Two answers to two questions together, compared with the plan for the later answer alone;
  // the later may be all of a checklist's items (a broken hip reads from a knock, an age and a
  // fresh injury together).
  plan other;
  enum class effect : std::uint8_t { unknown, none, some };
  std::array<effect, detail::max_trials> effect_alone{};  // of each answer, found when needed
  const auto with_another = [&](std::size_t i) {
    for (std::size_t j = i + 1; j < trials.size(); ++j) {
      const detail::trial u = trials[j];
      if (u.about == trials[i].about || u.value == detail::unknown_days) {
        continue;
      }
      if (effect_alone[j] == effect::unknown) {
        assessment a = iv.answers;
        detail::apply(a, u, iv);
        effect_alone[j] = detail::changes(a, now, other, kb, p) ? effect::some : effect::none;
      } else if (effect_alone[j] == effect::some) {
        assessment a = iv.answers;
        detail::apply(a, u, iv);
        (void)detail::changes(a, now, other, kb, p);  // `other`: the plan for u alone
      }
      if (changes_with(trials[i], &u, effect_alone[j] == effect::some ? other : now)) {
        return true;
      }
    }
    return false;
  };
  for (std::size_t i = 0; i < trials.size(); ++i) {
    if (found && trials[i].about != found.value()) {
      if (to_underlying(trials[i].about) > to_underlying(found.value())) {
        break;
      }
      continue;  // an earlier question: none of its answers alone changes the plan
    }
    if (detail::is_every_item(trials[i].value) || (items & detail::items_of(trials[i])) != 0) {
      continue;
    }
    if (with_another(i)) {
      found = trials[i].about;
      items |= detail::items_of(trials[i]);
    }
  }
  if (!found) {
    found = detail::adding_up(iv, trials, now, scratch, kb, p, items);
  }
  if (!found) {
    return maybe<question>{};
  }
  return maybe<question>{detail::question_on(found.value(), iv, items)};
}

// The same, with the default policy.
[[nodiscard]] constexpr result<maybe<question>> next_question(const interview& iv,
                                                              const knowledge_base& kb,
                                                              asking how) noexcept {
  return next_question(iv, kb, default_policy, how);
}

// A reply to a question from what the person picked, by the question's item values: a
// checklist's ticked items (for access, those still ticked), the places where it hurts (none:
// no place), or the one value of a choice or a country. The error names the topic: an item the
// question does not show, no choice or more than one, more places than an assessment holds, or a
// question on pain or since (give those in the assessment's fields).
[[nodiscard]] constexpr result<assessment> reply_of(
    const question& q, const fixed_vector<std::uint8_t, max_choices>& picked) noexcept {
  const text_view field = name(q.topic);
  for (const std::uint8_t item : picked) {
    bool shown = false;
    for (const std::uint8_t offered : q.items) {
      shown = shown || offered == item;
    }
    if (!shown) {
      return error{errc::out_of_range, field, "holds an item the question does not show"};
    }
  }
  assessment reply;
  if (detail::with_checklist(q.topic, [&](auto answers, auto) {
        using set = std::remove_cvref_t<decltype(reply.*answers)>;
        set ticked;
        for (const std::uint8_t item : picked) {
          ticked.insert(static_cast<typename set::value_type>(item));
        }
        reply.*answers = ticked;
      })) {
    return reply;
  }
  if (q.topic == topic::knots) {
    for (const std::uint8_t item : picked) {
      if (!reply.knots.try_push_back(knot{.region = static_cast<region>(item)})) {
        return error{errc::too_many_items, field, "holds more places than an assessment can (8)"};
      }
    }
    return reply;
  }
  if (q.topic == topic::pain || q.topic == topic::since) {
    return error{errc::missing_value, field, "takes a number, not a choice"};
  }
  if (picked.size() != 1) {
    return error{errc::missing_value, field, "takes one choice"};
  }
  if (detail::with_choice(q.topic, [&](auto answers) {
        reply.*answers = static_cast<std::remove_cvref_t<decltype(reply.*answers)>>(picked[0]);
      })) {
    return reply;
  }
  reply.country = static_cast<country>(picked[0]);
  return reply;
}

// Keeps the answer to a question: the question's fields of `reply` (for a checklist, its items
// shown: ticked if `reply` holds them, not ticked otherwise; for knots, the knots; for pain and
// since, the number, or nothing when the person does not know). Refused, the interview left as it
// was: a reply that is not a valid assessment (any of its fields), a choice or knot place that
// was not offered, and a question already asked.
[[nodiscard]] constexpr maybe<error> record(interview& kept, const question& q,
                                            const assessment& reply) noexcept {
  interview iv = kept;  // kept as it was when the answer is refused
  if (!is_valid(q.topic)) {
    return error{errc::out_of_range, "topic", "is not one of the allowed values"};
  }
  const text_view field = name(q.topic);
  if (const maybe<error> e = first_error(reply)) {
    return e;
  }
  const auto offered = [&q](std::uint8_t item) {
    for (const std::uint8_t shown : q.items) {
      if (shown == item) {
        return true;
      }
    }
    return false;
  };
  maybe<error> refused;
  const bool checklist = detail::with_checklist(q.topic, [&](auto answers, auto asked) {
    for (const std::uint8_t item : q.items) {
      using set = std::remove_cvref_t<decltype(iv.answers.*answers)>;
      const auto value = detail::enumerator<typename set::value_type>(item);
      if (!is_valid(value) || (iv.*asked).contains(value)) {
        refused = error{errc::contradictory_facts, field, "was asked already, or is not an item"};
        return;
      }
    }
    for (const std::uint8_t item : q.items) {
      using set = std::remove_cvref_t<decltype(iv.answers.*answers)>;
      const auto value = detail::enumerator<typename set::value_type>(item);
      (reply.*answers).contains(value) ? (void)(iv.answers.*answers).insert(value)
                                       : (void)(iv.answers.*answers).erase(value);
      (iv.*asked).insert(value);
    }
  });
  if (refused) {
    return refused;
  }
  if (!checklist) {
    if (iv.asked.contains(q.topic)) {
      return error{errc::contradictory_facts, field, "was asked already"};
    }
    const bool choice = detail::with_choice(q.topic, [&](auto answers) {
      if (!offered(detail::item_of(reply.*answers))) {
        refused = error{errc::out_of_range, field, "is not one of the question's choices"};
      } else {
        iv.answers.*answers = reply.*answers;
      }
    });
    if (!choice) {
      switch (q.topic) {
        case topic::knots:
          for (const knot& k : reply.knots) {
            if (!offered(detail::item_of(k.where()))) {
              refused =
                  error{errc::out_of_range, field, "names a place the question did not offer"};
            }
          }
          iv.answers.knots = refused ? iv.answers.knots : reply.knots;
          break;
        case topic::pain:
          iv.answers.pain = reply.pain;
          break;
        case topic::since:
          iv.answers.since = reply.since;
          break;
        default:  // country
          if (reply.country && !offered(detail::item_of(reply.country.value()))) {
            refused = error{errc::out_of_range, field, "is not one of the question's choices"};
          } else {
            iv.answers.country = reply.country;
          }
          break;
      }
    }
    if (refused) {
      return refused;
    }
  }
  iv.asked.insert(q.topic);
  if (const maybe<error> e = first_error(iv.answers)) {  // pain at rest and only when pressed
    return e;
  }
  kept = iv;
  return {};
}

}  // namespace knotguide

#endif  // KNOTGUIDE_INTERVIEW_HPP
