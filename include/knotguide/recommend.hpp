// The engine: recommend() turns an assessment into a plan, and explain() says why an
// intervention is in it or not. Both evaluate any knowledge base under a policy, constexpr,
// noexcept, without allocating, and deterministically: the same input gives the same plan.
//
// How a plan is made, one function per phase (detail::evaluate()):
//  1. first_error() the assessment; an invalid one is an error, never a plan.
//  2. Every intervention starts from the policy's base score.
//  3. Each red flag raises the triage level to its tier.
//  4. The knowledge base's rules whose condition holds raise or lower a score, exclude a step,
//     or escalate the triage level; knots past the review window that hurt and are not getting
//     better escalate to the review level.
//  5. The person's moment raises the self-care steps that suit it and lowers those that do not.
//  6. Exclusions that follow the person: every contraindication whose condition holds, the
//     person's preferences and the professionals the person can reach. They are tested for
//     every intervention, whatever its score, so no policy lets an excluded step through.
//  7. Composition by triage level: the level's step comes first; waiting is advice only at
//     self-care; when care is urgent (a doctor today, an emergency) nothing but the escalation
//     follows, unless the policy allows self-care.
//  8. The rest are ranked by score (ties in declaration order); those above zero fill the plan
//     up to the policy's number of steps. What is left out for safety but the person might
//     take (a TENS machine they own, with a pacemaker) is said beside them. The course, the
//     review and prevention follow the level: only self-care waits, and nothing urgent is
//     followed by reassurance.
#ifndef KNOTGUIDE_RECOMMEND_HPP
#define KNOTGUIDE_RECOMMEND_HPP

#include <cstddef>
#include <cstdint>

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
#include "result.hpp"

namespace knotguide {

// How the engine weighs the knowledge. An application tunes a copy of default_policy.
struct policy {
  // Starting score of each intervention, in the order of enum intervention; one the list does
  // not reach starts at 0. Steps need a score above zero to be offered; rules and the moment
  // move it. (A fixed_vector rather than a C array, which Boost.PFR would see as 13 fields.)
  fixed_vector<int, enum_count<intervention>> base = {
      6,  // watchful_waiting: the seeds' first answer is to wait
      4,  // heat
      3,  // cold (raised in the acute phase)
      4,  // stretching
      2,  // massage
      3,  // self_myofascial_release
      0,  // dry_needling: offered for serious pain only
      0,  // electrical_stimulation: offered for serious pain only
      0,  // physical_therapy: offered when escalated
      0,  // micro_breaks: offered at the desk and for postural causes, never to fill a plan
      0,  // sleep_and_stress: offered for poor sleep and stress, and at bedtime
      0,  // see_doctor: offered when escalated
      0,  // emergency_care: offered when escalated
      4,  // painkillers: what people ask about first (HSE, NHS)
  };
  // After how many days knots that have not settled are reviewed: the seeds' "a week or two".
  days review_window{14};
  // How many steps a plan holds at most (up to max_steps).
  std::size_t steps = 6;
  int suits_moment = 1;    // added when a self-care step suits the person's moment
  int misses_moment = -2;  // added when it suits only other moments (not "any time")
  // Whether self-care that is not ruled out may follow the escalation when care is urgent (a
  // doctor today, or an emergency). Off: such a plan says only where to get care, since no
  // source knotguide cites gives self-care to try while waiting for urgent care.
  bool self_care_when_urgent = false;
  // Which equipment to suggest when a self-care step needs some and none is at hand: the first
  // of these that would do. knotguide's rough order of everyday cost, not a medical claim.
  fixed_vector<knotguide::equipment, enum_count<knotguide::equipment>> cheapest_first = {
      knotguide::equipment::tea_towel,        knotguide::equipment::frozen_peas,
      knotguide::equipment::hard_ball,        knotguide::equipment::warm_bath_or_shower,
      knotguide::equipment::hot_water_bottle, knotguide::equipment::lacrosse_ball,
      knotguide::equipment::pvc_pipe,         knotguide::equipment::ice_pack,
      knotguide::equipment::foam_roller,      knotguide::equipment::heating_pad,
      knotguide::equipment::tens_unit};

  friend constexpr bool operator==(const policy&, const policy&) = default;
};
template <>
struct field_traits<policy> {
  static constexpr text_view type_name = "policy";
  static constexpr text_view names[] = {"base",          "review_window", "steps",
                                        "suits_moment",  "misses_moment", "self_care_when_urgent",
                                        "cheapest_first"};
};

inline constexpr policy default_policy{};

static_assert(decltype(plan::would_change)::capacity() >=
                  1 + decltype(engine_knowledge::watch_rules)::capacity() + max_watched,
              "a plan names the review, every watched rule and every watched sign");

static_assert(default_policy.base.size() == enum_count<intervention>,
              "policy::base lists one score per intervention: give a new one its score");

// The bounds of a policy. Scores and weights stay within policy_score_limit either way, and a
// knowledge base's rule amounts within rule_amount_limit and its rules at most max_rules
// (first_problem() checks both), so no score the engine adds up can overflow an int.
inline constexpr int policy_score_limit = 1000;
inline constexpr days longest_review_window{3650};

namespace detail {

// The first problem of a list of enumerators a policy names: an enumerator outside its type, or
// one listed twice.
template <class List>
[[nodiscard]] constexpr maybe<error> check_list(const List& list, text_view field) noexcept {
  if (list.overflowed()) {
    return error{errc::too_many_items, field, "holds more items than it can"};
  }
  flag_set<typename List::value_type> seen;  // one pass: every call checks the policy
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!is_valid(list[i])) {
      return error{errc::out_of_range, field, "is not one of the allowed values",
                   static_cast<int>(i)};
    }
    if (seen.contains(list[i])) {
      return error{errc::duplicate_item, field, "is listed twice", static_cast<int>(i)};
    }
    seen.insert(list[i]);
  }
  return {};
}

[[nodiscard]] constexpr bool within_limit(int score) noexcept {
  return score >= -policy_score_limit && score <= policy_score_limit;
}

}  // namespace detail

// The first problem of a policy, or nothing when recommend() can use it. Refused: a score or a
// moment weight outside -1000 to 1000, a review window outside 1 to 3650 days, more steps than
// a plan holds (max_steps), and an equipment or warning-sign list with a value outside its type
// or listed twice. Nothing is clamped: recommend() and explain() return the error.
[[nodiscard]] constexpr maybe<error> first_error(const policy& p) noexcept {
  if (p.base.overflowed()) {
    return error{errc::too_many_items, "base", "holds more scores than there are interventions"};
  }
  for (std::size_t i = 0; i < p.base.size(); ++i) {
    if (!detail::within_limit(p.base[i])) {
      return error{errc::out_of_range, "base", "must be a whole number from -1000 to 1000",
                   static_cast<int>(i)};
    }
  }
  if (p.review_window < days{1} || p.review_window > longest_review_window) {
    return error{errc::out_of_range, "review_window", "must be from 1 to 3650 days"};
  }
  if (p.steps > max_steps) {
    return error{errc::out_of_range, "steps", "must be from 0 to 8"};
  }
  if (!detail::within_limit(p.suits_moment)) {
    return error{errc::out_of_range, "suits_moment", "must be a whole number from -1000 to 1000"};
  }
  if (!detail::within_limit(p.misses_moment)) {
    return error{errc::out_of_range, "misses_moment", "must be a whole number from -1000 to 1000"};
  }
  return detail::check_list(p.cheapest_first, "cheapest_first");
}

namespace detail {

// One link of a why-trace while the engine works: which rule, in four bytes (a reason, with
// its rule id and fact, takes 16 to 24). The fact it read is found again from the assessment
// when the plan is filled (detail::reason_of), so that the evaluation of thirteen
// interventions stays small enough for a microcontroller's task stack.
class trace {
 public:
  enum class kind : std::uint8_t {
    none,
    rule,              // index: the rule's position in the knowledge base
    contraindication,  // index: the precaution's position in the knowledge base
    red_flag,          // index: the red flag that set the triage level
    moment,            // index: the person's moment
    review,            // knots past the review window
    preference,        // index: the preference
    access,            // index: the professional out of reach
    triage,            // the triage level leaves it out
    place,             // index: the place it does not suit
  };
  constexpr trace() noexcept = default;
  constexpr trace(kind from, std::size_t index = 0) noexcept
      : bits_(static_cast<std::uint32_t>(from) << 24U |
              static_cast<std::uint32_t>(index & 0xFFFFFFU)) {}

  [[nodiscard]] constexpr kind from() const noexcept { return static_cast<kind>(bits_ >> 24U); }
  [[nodiscard]] constexpr std::size_t index() const noexcept { return bits_ & 0xFFFFFFU; }

 private:
  std::uint32_t bits_ = 0;  // the kind in the top byte, the index below
};
static_assert(sizeof(trace) == 4);
static_assert(max_rules <= 0xFFFFFFU,
              "a trace names each rule and precaution by its position in 24 bits");

// What the engine knows about one intervention for one assessment.
struct candidate {
  int score = 0;
  bool excluded = false;
  bool escalated = false;  // required by the triage level or a rule: placed first
  // Also left out by the person's preference or reach, or by the triage level: not a step the
  // plan would otherwise hold, whatever its safety.
  bool held_back = false;
  std::uint8_t why_count = 0;
  flag_set<muscle> at{};  // where to do it, when not where it hurts (see place_of())
  trace because{};        // why excluded
  trace why[max_reasons]{};

  constexpr void note(trace t) noexcept {
    if (why_count < max_reasons) {  // the first reasons are kept; later ones change no decision
      why[why_count++] = t;
    }
  }
  // The first exclusion is the one said, but a contraindication over a rule: the person's
  // safety (a pacemaker) before a guideline's advice (no TENS for low back pain). Rules,
  // contraindications and the place are tested before preferences, reach and the triage level,
  // so a step left out for safety always says so.
  constexpr void exclude(trace t) noexcept {
    const bool safer =
        t.from() == trace::kind::contraindication && because.from() == trace::kind::rule;
    if (!excluded || safer) {
      excluded = true;
      because = t;
    }
    held_back = held_back || t.from() == trace::kind::preference ||
                t.from() == trace::kind::access || t.from() == trace::kind::triage;
  }
  // Puts t first, ahead of the reasons noted so far; the last one goes when all are taken.
  constexpr void lead_with(trace t) noexcept {
    if (why_count < max_reasons) {
      ++why_count;
    }
    for (std::size_t k = why_count - 1U; k > 0; --k) {
      why[k] = why[k - 1];
    }
    why[0] = t;
  }
};

struct evaluation {
  facts f;
  candidate of[enum_count<intervention>]{};
  const intervention_profile* profile_of[enum_count<intervention>]{};  // nullptr: none
  flag_set<intervention> escalations{};  // the steps triage levels put first
  triage level = triage::self_care;
  const triage_entry* level_entry = nullptr;  // what the final level means; set by compose()
  maybe<red_flag> worst_flag{};
  fixed_vector<intervention, enum_count<intervention>> ranked{};  // offered, best first
  std::size_t shown = 0;  // how many of ranked the plan holds

  [[nodiscard]] constexpr candidate& at(intervention i) noexcept {
    return of[static_cast<std::size_t>(i)];
  }
  [[nodiscard]] constexpr const candidate& at(intervention i) const noexcept {
    return of[static_cast<std::size_t>(i)];
  }
  [[nodiscard]] constexpr const intervention_profile* profile(intervention i) const noexcept {
    return profile_of[static_cast<std::size_t>(i)];
  }
  // Raises the triage level; never lowers it.
  constexpr void at_least(triage t) noexcept {
    if (t > level) {
      level = t;
    }
  }
};

// The facts the knowledge base completes: whether the injury is fresh (any one of its acute-phase
// conditions holds; a duration not known counts as recent), and the warning signs it reads from
// the person's other answers. Signs are read from the assessment as given, never from each
// other.
constexpr void gather_facts(facts& f, const knowledge_base& kb) noexcept {
  for (const condition& c : kb.engine.acute_phase) {
    if (!f.acute && !asks_nothing(c) && holds(c, f, true)) {
      f.acute = true;
      f.acute_because = first_fact(c, f);
    }
  }
  const flag_set<red_flag> reported = f.red_flags;
  for (const implied_sign& e : kb.implied_signs) {
    if (is_valid(e.sign) && !reported.contains(e.sign) && e.when.red_flags.empty() &&
        !asks_nothing(e.when) && holds(e.when, f)) {
      f.red_flags.insert(e.sign);
    }
  }
}

// Where a step can be done for the knots: `here` when it suits the place of at least one knot.
// Otherwise the muscles that may send the pain of a knot whose muscle is not known, from where
// the step suits (heat for pain around the eye goes on the neck); `missed` is the first place
// it does not suit. A profile that names no place is taken to suit every place (first_problem()
// refuses it), and so is an assessment with no knots.
struct placement {
  bool here = false;
  flag_set<muscle> sending{};
  maybe<region> missed{};
};
[[nodiscard]] constexpr placement place_of(const intervention_profile& profile, const facts& f,
                                           const knowledge_base& kb) noexcept {
  placement out;
  if (profile.fits.empty() || f.regions.empty() || profile.fits.contains_any(f.regions)) {
    out.here = true;  // the common case, one test: it suits where a knot is
    return out;
  }
  for (const knot& k : f.a->knots) {  // none suits the step where it is
    const region where = k.where();
    if (!out.missed) {
      out.missed = where;
    }
    if (k.muscle) {
      continue;  // the knot is known to be in a muscle where the step does not suit
    }
    for (const muscle_entry& m : kb.muscles) {
      const region lies = region_of(m.which);
      if (m.refers_to.contains(where) && lies != where && profile.fits.contains(lies)) {
        out.sending.insert(m.which);
      }
    }
  }
  return out;
}

// Phase 2: every intervention starts from the policy's base score.
constexpr void start(evaluation& ev, const knowledge_base& kb, const policy& p) noexcept {
  for (const intervention i : enum_values<intervention>) {
    const auto at = static_cast<std::size_t>(i);
    ev.at(i).score = at < p.base.size() ? p.base[at] : 0;
  }
  for (const intervention_profile& profile : kb.interventions) {
    if (is_valid(profile.which) && ev.profile(profile.which) == nullptr) {
      ev.profile_of[static_cast<std::size_t>(profile.which)] = &profile;
    }
  }
  ev.escalations = escalation_steps(kb);
}

// Phase 3: red flags set the floor of the triage level.
constexpr void apply_red_flags(evaluation& ev, const knowledge_base& kb) noexcept {
  for (const red_flag flag : ev.f.red_flags) {
    const triage tier = tier_of(kb, flag);
    if (!ev.worst_flag || tier > ev.level) {
      ev.at_least(tier);
      ev.worst_flag = flag;
    }
  }
}

// Phase 4: the knowledge base's rules, then the review window.
constexpr void apply_rules(evaluation& ev, const knowledge_base& kb, const policy& p) noexcept {
  const facts& f = ev.f;
  for (std::size_t k = 0; k < kb.rules.size(); ++k) {
    const rule& r = kb.rules[k];
    if (!is_valid(r.target) || !holds(r.when, f)) {
      continue;
    }
    candidate& c = ev.at(r.target);
    const trace why{trace::kind::rule, k};
    switch (r.effect) {
      case rule_effect::raise:
        c.score += r.amount;
        c.note(why);
        break;
      case rule_effect::lower:
        c.score -= r.amount;
        c.note(why);
        break;
      case rule_effect::exclude:
        c.exclude(why);
        break;
      case rule_effect::escalate:
        ev.at_least(r.level);
        c.escalated = true;
        c.note(why);
        break;
    }
  }
  // Knots that have lasted the review window are past waiting, whatever the rules say, unless
  // they are getting better (the review's own words: "if the knots are no better by then") or
  // do not hurt (a latent knot, tender only when pressed, is no reason to see anyone).
  const bool settling = f.a->trend == trend::better || f.pain == 0;
  if (f.known_since && f.lasted >= p.review_window && !settling) {
    const triage_entry* review = find_level(kb, kb.engine.review_level);
    ev.at_least(kb.engine.review_level);
    if (review != nullptr && review->step) {
      candidate& c = ev.at(review->step.value());
      c.escalated = true;
      c.note(trace::kind::review);
    }
  }
}

// Phase 5: the moment concerns what the person does now: self-care, not appointments. A step
// that suits this moment gains; one that suits other moments only loses; one that fits any
// time neither gains nor loses.
constexpr void apply_moment(evaluation& ev, const policy& p) noexcept {
  const moment now = ev.f.a->moment;
  if (now == moment::any_time) {
    return;
  }
  for (const intervention i : enum_values<intervention>) {
    const intervention_profile* profile = ev.profile(i);
    if (profile == nullptr || !profile->delivered_by.contains(provider::self)) {
      continue;
    }
    candidate& c = ev.at(i);
    if (profile->suits.contains(now)) {
      c.score += p.suits_moment;
      c.note({trace::kind::moment, to_underlying(now)});
    } else if (!profile->suits.contains(moment::any_time)) {
      c.score += p.misses_moment;
    }
  }
}

// Phase 6: exclusions that follow the person, tested for every intervention.
constexpr void apply_exclusions(evaluation& ev, const knowledge_base& kb) noexcept {
  const assessment& a = *ev.f.a;
  // Contraindications first, each intervention's in the table's order: the first that holds is
  // the one a plan says.
  for (std::size_t k = 0; k < kb.precautions.size(); ++k) {
    const precaution& pre = kb.precautions[k];
    if (pre.kind == precaution_kind::contraindication && is_valid(pre.which) &&
        ev.profile(pre.which) != nullptr && holds(pre.when, ev.f, true)) {
      ev.at(pre.which).exclude({trace::kind::contraindication, k});
    }
  }
  for (const intervention i : enum_values<intervention>) {
    const intervention_profile* profile = ev.profile(i);
    if (profile == nullptr) {
      continue;
    }
    candidate& c = ev.at(i);
    if (ev.escalations.contains(i)) {
      continue;  // care the triage level may require is not a matter of preference, access or place
    }
    const placement placed = place_of(*profile, ev.f, kb);
    c.at = placed.sending;
    if (!placed.here && placed.sending.empty()) {
      c.exclude({trace::kind::place, to_underlying(placed.missed.value_or(region{}))});
    }
  }
  // Preferences, then reach: for each intervention in that order after the place, as exclude()
  // keeps the first reason. The person's preferences are read once each, not once an
  // intervention.
  for (const preference_entry& e : kb.engine.preferences) {
    if (!a.preferences.contains(e.which)) {
      continue;
    }
    for (const intervention i : e.rules_out) {
      if (ev.profile(i) != nullptr && !ev.escalations.contains(i)) {
        ev.at(i).exclude({trace::kind::preference, to_underlying(e.which)});
      }
    }
  }
  for (const intervention i : enum_values<intervention>) {
    const intervention_profile* profile = ev.profile(i);
    if (profile == nullptr || ev.escalations.contains(i)) {
      continue;
    }
    if (!profile->delivered_by.contains(provider::self) && !profile->delivered_by.empty() &&
        !profile->delivered_by.contains_any(a.access)) {
      ev.at(i).exclude({trace::kind::access, to_underlying(*profile->delivered_by.begin())});
    }
  }
}

// Phase 7: what the triage level lets a plan hold.
constexpr void compose(evaluation& ev, const knowledge_base& kb, const policy& p) noexcept {
  ev.level_entry = find_level(kb, ev.level);
  const triage_entry* entry = ev.level_entry;
  const maybe<intervention> first = entry != nullptr ? entry->step : maybe<intervention>{};
  if (first) {
    candidate& c = ev.at(first.value());
    c.escalated = true;
    // The sign that set the level is the first reason, ahead of any rule's.
    if (ev.worst_flag && tier_of(kb, ev.worst_flag.value()) == ev.level) {
      c.lead_with({trace::kind::red_flag, to_underlying(ev.worst_flag.value())});
    }
  }
  const trace level{trace::kind::triage};
  const bool urgent = ev.level >= triage::doctor_today;
  for (const intervention i : enum_values<intervention>) {
    candidate& c = ev.at(i);
    if (first && i == first.value()) {
      continue;
    }
    // Waiting is advice only while self-care is.
    const bool waiting = i == intervention::watchful_waiting && ev.level > triage::self_care;
    // Urgent care comes alone: a lesser escalation beside it would blur what to do, and no
    // other appointment comes before it; a policy may allow what the person does alone.
    const bool lesser = urgent && ev.escalations.contains(i);
    const intervention_profile* profile = ev.profile(i);
    const bool alone = profile != nullptr && profile->delivered_by.contains(provider::self);
    if (waiting || lesser || (urgent && (!p.self_care_when_urgent || !alone))) {
      c.exclude(level);
    }
  }
}

// Phase 8: escalations first, most urgent first; then the rest by score, ties in declaration
// order.
constexpr void rank(evaluation& ev, const knowledge_base& kb, const policy& p) noexcept {
  flag_set<intervention> listed;
  for (std::size_t k = enum_count<triage>; k-- > 0;) {
    const triage_entry* entry = find_level(kb, static_cast<triage>(k));
    if (entry == nullptr || !entry->step) {
      continue;
    }
    const intervention i = entry->step.value();
    const candidate& c = ev.at(i);
    if (c.escalated && !c.excluded && ev.profile(i) != nullptr && !listed.contains(i)) {
      (void)ev.ranked.try_push_back(i);
      listed.insert(i);
    }
  }
  const std::size_t forced = ev.ranked.size();
  for (const intervention i : enum_values<intervention>) {
    const candidate& c = ev.at(i);
    // Care a triage level puts first is offered only when something calls for it (listed
    // above), never on its score alone: "see a doctor" beside "look after this yourself" would
    // contradict the plan's first line.
    if (!ev.escalations.contains(i) && !c.excluded && c.score > 0 && ev.profile(i) != nullptr) {
      // Insertion keeps the ranking stable: a later intervention goes after equal scores.
      (void)ev.ranked.try_push_back(i);
      for (std::size_t j = ev.ranked.size() - 1; j > forced; --j) {
        if (ev.at(ev.ranked[j - 1]).score >= ev.at(ev.ranked[j]).score) {
          break;
        }
        const intervention swapped = ev.ranked[j - 1];
        ev.ranked[j - 1] = ev.ranked[j];
        ev.ranked[j] = swapped;
      }
    }
  }
  ev.shown = ev.ranked.size() < p.steps ? ev.ranked.size() : p.steps;  // first_error(): at most 8
  if (ev.shown < forced) {
    ev.shown = forced;  // escalations are never cut
  }
}

[[nodiscard]] constexpr evaluation evaluate(const assessment& a, const knowledge_base& kb,
                                            const policy& p) noexcept {
  evaluation ev{facts{a, p.review_window}};
  gather_facts(ev.f, kb);
  start(ev, kb, p);
  apply_red_flags(ev, kb);
  apply_rules(ev, kb, p);
  apply_moment(ev, p);
  apply_exclusions(ev, kb);
  compose(ev, kb, p);
  rank(ev, kb, p);
  return ev;
}

// The reason a trace stands for: the rule's id and the fact it read, found again from the same
// facts (holds() and first_fact() are deterministic).
[[nodiscard]] constexpr reason reason_of(trace t, const evaluation& ev,
                                         const knowledge_base& kb) noexcept {
  const auto value = static_cast<std::uint8_t>(t.index());  // an enumerator, for the engine's own
  switch (t.from()) {
    case trace::kind::none:
      break;
    case trace::kind::rule:
      if (t.index() < kb.rules.size()) {
        const rule& r = kb.rules[t.index()];
        return {r.id, first_fact(r.when, ev.f)};
      }
      break;
    case trace::kind::contraindication:
      if (t.index() < kb.precautions.size()) {
        const precaution& pre = kb.precautions[t.index()];
        return {pre.text.key(), first_fact(pre.when, ev.f)};
      }
      break;
    case trace::kind::red_flag:
      return {engine_rule::red_flag, fact{fact_field::red_flags, value, 0}};
    case trace::kind::moment:
      return {engine_rule::moment, fact{fact_field::moment, value, 0}};
    case trace::kind::review:
      return {engine_rule::review, fact{fact_field::since, 0, ev.f.lasted.count()}};
    case trace::kind::preference:
      return {engine_rule::preference, fact{fact_field::preferences, value, 0}};
    case trace::kind::access:
      return {engine_rule::access, fact{fact_field::access, value, 0}};
    case trace::kind::triage:
      return {engine_rule::triage, fact{}};
    case trace::kind::place:
      return {engine_rule::place, fact{fact_field::regions, value, 0}};
  }
  return {};
}

// The why-trace of a candidate, as a plan and an explanation carry it, written into an empty
// one in place.
constexpr void write_reasons(fixed_vector<reason, max_reasons>& why, const candidate& c,
                             const evaluation& ev, const knowledge_base& kb) noexcept {
  for (std::size_t k = 0; k < c.why_count; ++k) {
    (void)why.try_push_back(reason_of(c.why[k], ev, kb));  // at most max_reasons
  }
}

// How well a dose fits the person, for the dose to show: advice only, never a trial's protocol,
// and never advice its sources say is not for the person (not_for). Of the advice that fits the
// person's moment and the knots' regions, the most specific: one for the first hours after
// onset in the acute phase (and only then), then one given for this moment, then one given for
// this region; ties in the knowledge base's order. -1: not for this person.
[[nodiscard]] constexpr int dose_fit(const dose& d, const facts& f) noexcept {
  // (Each test once, the cheapest first: under the constant evaluator every call costs more
  // than the test it makes, and most doses fail one of the first.)
  if (d.kind != dose_kind::advice || d.not_for.contains_any(f.a->health)) {
    return -1;
  }
  const bool for_moments = !d.suits.empty();
  const bool for_regions = !d.regions.empty();
  if ((for_moments && !d.suits.contains(f.a->moment)) ||
      (for_regions && !d.regions.contains_any(f.regions))) {
    return -1;
  }
  // A dose for the first hours after onset: only in the acute phase, and only while those
  // hours last (an onset not known may still be recent).
  const std::int32_t low = d.within.low.count();
  const std::int32_t high = d.within.high.count();
  const bool first_hours = low != 0 || high != 0;
  if (first_hours &&
      (!f.acute || (f.known_since && f.lasted.count() > (high != 0 ? high : low) / 24))) {
    return -1;
  }
  return (first_hours ? 4 : 0) + (for_moments ? 2 : 0) + (for_regions ? 1 : 0);
}
// What to do until the person is seen (triage_entry::meanwhile), chosen as a step's dose is.
// None fits: no dose.
[[nodiscard]] constexpr dose choose_dose(const decltype(triage_entry::meanwhile)& doses,
                                         const facts& f) noexcept {
  const dose* best = nullptr;
  int best_fit = -1;
  for (const dose& d : doses) {
    const int fit = dose_fit(d, f);
    if (fit > best_fit) {
      best = &d;
      best_fit = fit;
    }
  }
  return best != nullptr ? *best : dose{};
}

// Who other than the person can give a step.
[[nodiscard]] constexpr flag_set<provider> professionals_of(
    const intervention_profile& profile) noexcept {
  return profile.delivered_by - flag_set<provider>{provider::self};
}

// Whether a caution on how long a session may last goes without saying: the dose names its
// sessions' length, and the longest is under the caution's limit. A dose that reaches the limit
// ("15 to 20 minutes") keeps the caution: there the limit is what the person must not pass.
[[nodiscard]] constexpr bool dose_keeps_within(const dose& d, const precaution& pre) noexcept {
  return pre.longest_session > minutes{0} && d.session.high > minutes{0} &&
         d.session.high < pre.longest_session;
}

// The steps' doses and cautions, from the knowledge base's tables: one pass over each for all
// the steps, not one per step. A step in `from_table` gets the dose of its intervention that
// fits the person best (dose_fit()); none fits: no dose. Then every step gets the cautions of
// its intervention that hold, in the table's order, but for a limit its dose keeps within.
constexpr void fill_doses_and_cautions(plan& out, flag_set<intervention> from_table, const facts& f,
                                       const knowledge_base& kb) noexcept {
  // Each intervention's step, or no_step: a byte each, for a microcontroller's task stack.
  static_assert(max_steps < 0xFF);
  constexpr std::uint8_t no_step = max_steps;
  std::uint8_t step_of[enum_count<intervention>];
  for (std::uint8_t& k : step_of) {
    k = no_step;
  }
  for (std::size_t k = 0; k < out.steps.size(); ++k) {
    step_of[static_cast<std::size_t>(out.steps[k].what)] = static_cast<std::uint8_t>(k);
  }
  const dose* best[max_steps]{};
  int best_fit[max_steps];
  for (int& fit : best_fit) {
    fit = -1;
  }
  for (const dose_entry& row : kb.doses) {
    if (!is_valid(row.which)) {
      continue;  // a row first_problem() refuses, in a knowledge base not checked
    }
    const std::uint8_t k = step_of[static_cast<std::size_t>(row.which)];
    if (k == no_step || !from_table.contains(row.which)) {
      continue;
    }
    const int fit = dose_fit(row.dose, f);
    if (fit > best_fit[k]) {
      best[k] = &row.dose;
      best_fit[k] = fit;
    }
  }
  for (std::size_t k = 0; k < out.steps.size(); ++k) {
    step& s = out.steps[k];
    if (from_table.contains(s.what)) {
      s.dose = best[k] != nullptr ? *best[k] : dose{};
      // A dose given for some moments only (a stretch done lying down is not one for the desk)
      // narrows the step's moments to its own, as long as one is left.
      const flag_set<moment> narrowed = s.timing & s.dose.suits;
      if (!narrowed.empty()) {
        s.timing = narrowed;
      }
    }
  }
  for (const precaution& pre : kb.precautions) {
    if (!is_valid(pre.which)) {
      continue;
    }
    const std::uint8_t k = step_of[static_cast<std::size_t>(pre.which)];
    if (k == no_step || pre.kind != precaution_kind::caution) {
      continue;
    }
    step& s = out.steps[k];
    if (holds(pre.when, f, true) && !dose_keeps_within(s.dose, pre)) {
      (void)s.cautions.try_push_back(pre.text);
    }
  }
}

// A step, but for its dose from the knowledge base's doses (it returns whether it needs one) and
// its cautions: fill_doses_and_cautions() gives those to all the steps at once.
[[nodiscard]] constexpr bool fill_step(step& s, intervention which, const candidate& c,
                                       const intervention_profile& profile, const evaluation& ev,
                                       const knowledge_base& kb, const policy& p) noexcept {
  const facts& f = ev.f;
  const assessment& a = *f.a;
  s.what = which;
  s.score = c.score;
  const triage_entry* level = ev.level_entry;
  const bool level_step = level != nullptr && level->step && level->step.value() == which;
  // The level's step in the person's own words: their country's numbers, else the level's.
  const country_entry* local =
      level_step && a.country ? find_country(kb, a.country.value(), ev.level) : nullptr;
  const bool dose_from_table = local == nullptr && !(level_step && !level->step_dose.text.empty());
  if (local != nullptr) {
    s.dose = dose{.text = local->text, .sources = local->sources};
  } else if (!dose_from_table) {
    s.dose = level->step_dose;
  }
  s.at = c.at;
  s.equipment = profile.equipment & a.equipment;
  // Who: the person, when the step needs no equipment, the person has some, or no professional
  // who delivers it is within reach (then the cheapest equipment is suggested); otherwise the
  // first professional the person can reach.
  const flag_set<provider> professionals = professionals_of(profile);
  const bool has_kit = profile.equipment.empty() || !s.equipment.empty();
  const flag_set<provider> reachable = professionals & a.access;
  if (profile.delivered_by.contains(provider::self) && (has_kit || reachable.empty())) {
    s.delivered_by = provider::self;
  } else if (!reachable.empty()) {
    s.delivered_by = *reachable.begin();
  } else {
    s.delivered_by = professionals.empty() ? provider::self : *professionals.begin();
  }
  // When: only for what the person does, and only where it is not "any time": the person's
  // moment if the step suits it, else the moments it suits. An appointment has no time of day.
  if (s.delivered_by == provider::self) {
    if (a.moment != moment::any_time && profile.suits.contains(a.moment)) {
      s.timing = flag_set<moment>{a.moment};
    } else if (!profile.suits.contains(moment::any_time)) {
      s.timing = profile.suits;
    }
  }
  if (s.delivered_by == provider::self && !profile.equipment.empty() && s.equipment.empty()) {
    for (const knotguide::equipment e : p.cheapest_first) {
      if (profile.equipment.contains(e)) {
        s.suggest = e;
        break;
      }
    }
  }
  s.sources = profile.sources;
  s.grade = profile.grade;
  s.relief_lasts = profile.relief_lasts;
  write_reasons(s.why, c, ev, kb);
  return dose_from_table;
}

// Whether a step left out for safety would otherwise be among the plan's steps: it scores above
// zero, nothing else holds it back, and fewer than the policy's number of steps rank ahead of it
// (the escalations, higher scores, and equal scores declared earlier).
[[nodiscard]] constexpr bool would_show(const evaluation& ev, const policy& p,
                                        intervention which) noexcept {
  const candidate& c = ev.at(which);
  if (c.score <= 0 || c.held_back || ev.escalations.contains(which)) {
    return false;
  }
  std::size_t ahead = 0;
  for (const intervention other : ev.ranked) {
    const int score = ev.at(other).score;
    if (ev.escalations.contains(other) || score > c.score || (score == c.score && other < which)) {
      ++ahead;
    }
  }
  return ahead < p.steps;
}

// What the person might take that is not for them, said rather than silently dropped: a step a
// contraindication or a rule rules out that they have the equipment for or that would otherwise
// be among the steps, and one that does not suit the place when they have its equipment (a
// roller for a neck). Not beside an emergency, which must read as one; and not where a shown
// step's caution already says it (leave a leg with clot signs alone).
constexpr void fill_set_aside(plan& out, const evaluation& ev, const knowledge_base& kb,
                              const policy& p) noexcept {
  out.set_aside.clear();
  if (ev.level == triage::emergency) {
    return;
  }
  const assessment& a = *ev.f.a;
  for (const intervention i : enum_values<intervention>) {
    const candidate& c = ev.at(i);
    const intervention_profile* profile = ev.profile(i);
    if (!c.excluded || profile == nullptr) {
      continue;
    }
    const trace::kind kind = c.because.from();
    const bool unsafe = kind == trace::kind::contraindication || kind == trace::kind::rule;
    const bool owned = profile->equipment.contains_any(a.equipment);
    if (!(unsafe || kind == trace::kind::place) || !(owned || (unsafe && would_show(ev, p, i)))) {
      continue;
    }
    // The sentence that says it, from the knowledge base's ids alone (a base without its
    // catalog makes the same plan).
    const std::size_t at = c.because.index();
    const text_id words = kind == trace::kind::rule               ? kb.rules[at].text
                          : kind == trace::kind::contraindication ? kb.precautions[at].text
                                                                  : kb.engine.wrong_place;
    bool said = false;
    for (const step& s : out.steps) {
      for (const text_id caution : s.cautions) {
        said = said || caution == words;
      }
    }
    if (!said) {
      // Each intervention once: it fits.
      (void)out.set_aside.try_push_back({i, reason_of(c.because, ev, kb)});
    }
  }
}

// The expected course, the review and what would change the advice: only where waiting is the
// advice, so that nobody urgent, or past the course, is told to wait.
constexpr void fill_outlook(plan& out, const evaluation& ev, const knowledge_base& kb,
                            const policy& p) noexcept {
  const assessment& a = *ev.f.a;
  if (ev.level == triage::self_care) {
    for (const course_entry& e : kb.course) {
      const bool where = e.regions.empty() || e.regions.contains_any(ev.f.regions);
      // Not known how long: only the courses that need no minimum duration.
      const bool when =
          e.window.high != days{0}
              ? ev.f.lasted < e.window.high
              : (ev.f.known_since && ev.f.lasted >= e.window.low) || e.window.low == days{0};
      if (where && when) {
        if (!out.course.stated() && e.window.stated()) {
          out.course = e.window;
        }
        (void)out.course_texts.try_push_back(e.text);
      }
    }
    // A review day counts from onset (none when it is not known) and lies ahead (none for
    // knots past it that are settling).
    if (ev.f.known_since && ev.f.lasted < p.review_window) {
      out.review_by = p.review_window;
      (void)out.would_change.try_push_back(
          {engine_rule::review, {}, p.review_window, kb.engine.review_level, kb.engine.review});
    }
  }
  // What the plan could not weigh, and what would change the advice if the person knew.
  // Only where knowing could still raise the level: a plan that already sends the person to
  // a doctor, or further, does not point to lesser care.
  if (ev.level < triage::doctor) {
    if (!a.pain) {
      (void)out.not_known.try_push_back(kb.engine.pain_not_known);
    }
    if (!a.since) {
      (void)out.not_known.try_push_back(kb.engine.since_not_known);
    }
  }
  for (const text_view id : kb.engine.watch_rules) {
    const rule* r = find_rule(kb, id);
    if (r != nullptr && r->effect == rule_effect::escalate && r->level > ev.level &&
        !holds(r->when, ev.f)) {
      (void)out.would_change.try_push_back({r->id, {}, {}, r->level, r->text});
    }
  }
  // The signs of the places where the knots are, in the knowledge base's order (the most
  // urgent first); where no knot's place is known, those of every place.
  for (const red_flag_entry& entry : kb.red_flags) {
    const bool applies = !entry.watch_in.empty() &&
                         (ev.f.regions.empty() || entry.watch_in.contains_any(ev.f.regions));
    if (applies && !ev.f.red_flags.contains(entry.flag) && entry.tier > ev.level) {
      (void)out.would_change.try_push_back(
          {engine_rule::red_flag, entry.flag, {}, entry.tier, entry.text});
    }
  }
  // Prevention, tied to the causes, while care is not urgent; the long view only with
  // self-care, where it reassures no one it should not.
  if (ev.level < triage::doctor_today) {
    for (const cause c : a.causes) {
      const cause_entry* entry = find_cause(kb, c);
      if (entry != nullptr && !entry->prevention.empty()) {
        (void)out.prevention.try_push_back(entry->prevention);
      }
    }
  }
  if (ev.level == triage::self_care) {
    (void)out.prevention.try_push_back(kb.engine.long_term);
  }
}

// Who else to turn to when the plan's first step is the level's care and the person can reach
// none of the professionals who give it: said under the first line, which it qualifies.
[[nodiscard]] constexpr text_id out_of_reach(const plan& out, const evaluation& ev) noexcept {
  const triage_entry* level = ev.level_entry;
  if (level == nullptr || !level->step || out.steps.empty() ||
      out.steps[0].what != level->step.value()) {
    return {};
  }
  const flag_set<provider> professionals = professionals_of(*ev.profile(level->step.value()));
  return !professionals.empty() && !professionals.contains_any(ev.f.a->access) ? level->out_of_reach
                                                                               : text_id{};
}

// Sets every member of out, whatever it held before: recommend_into() fills a plan an
// application owns. (A new member of plan is set here too; a test counts them.)
constexpr void fill_plan(plan& out, const assessment& a, const knowledge_base& kb,
                         const policy& p) noexcept {
  const evaluation ev = evaluate(a, kb, p);
  out.level = ev.level;
  out.summary = ev.level_entry != nullptr ? ev.level_entry->text : text_id{};
  // Until the person is seen; in the first days after an injury, or with swelling, only advice
  // given for those days ("keep up your normal activities" is not for a fresh strain).
  const dose meanwhile =
      ev.level_entry != nullptr ? choose_dose(ev.level_entry->meanwhile, ev.f) : dose{};
  out.meanwhile = !ev.f.acute || meanwhile.within.stated() ? meanwhile.text : text_id{};
  out.steps.clear();
  flag_set<intervention> dose_from_table;
  for (std::size_t i = 0; i < ev.shown; ++i) {
    const intervention which = ev.ranked[i];
    if (step* s = out.steps.grow()) {
      if (fill_step(*s, which, ev.at(which), *ev.profile(which), ev, kb, p)) {
        dose_from_table.insert(which);
      }
    }
  }
  fill_doses_and_cautions(out, dose_from_table, ev.f, kb);
  out.out_of_reach = out_of_reach(out, ev);  // reads the steps
  fill_set_aside(out, ev, kb, p);
  out.course = {};
  out.course_texts.clear();
  out.review_by = days{0};
  out.not_known.clear();
  out.would_change.clear();
  out.prevention.clear();
  fill_outlook(out, ev, kb, p);
  out.disclaimer = kb.engine.disclaimer;
}

}  // namespace detail

// A plan for the assessment, or the error that makes it invalid (see first_error()). With the
// default knowledge base: recommend(a) and recommend(a, policy), in defaults.hpp.
[[nodiscard]] constexpr result<plan> recommend(const assessment& a, const knowledge_base& kb,
                                               const policy& p = default_policy) noexcept {
  // One result, filled in place and returned by name, so that the plan (a few kilobytes) is
  // never copied.
  maybe<error> invalid = first_error(a);
  if (!invalid) {
    invalid = first_error(p);
  }
  result<plan> made =
      invalid ? result<plan>{invalid.value()} : result<plan>{result<plan>::default_value_t{}};
  if (!invalid) {
    detail::fill_plan(*made, a, kb, p);
  }
  return made;
}

// The same plan, written into one the application owns (in static storage on a device, where
// a task's stack has no room for a plan), and nothing but the error returned. On an error,
// out is left as it was.
[[nodiscard]] constexpr maybe<error> recommend_into(plan& out, const assessment& a,
                                                    const knowledge_base& kb,
                                                    const policy& p = default_policy) noexcept {
  if (maybe<error> invalid = first_error(a)) {
    return invalid;
  }
  if (maybe<error> invalid = first_error(p)) {
    return invalid;
  }
  detail::fill_plan(out, a, kb, p);
  return {};
}

// Why an intervention is in the plan for this assessment, or why not; the error for an invalid
// assessment.
[[nodiscard]] constexpr result<explanation> explain(const assessment& a, intervention which,
                                                    const knowledge_base& kb,
                                                    const policy& p = default_policy) noexcept {
  if (const maybe<error> invalid = first_error(a)) {
    return invalid.value();
  }
  if (const maybe<error> invalid = first_error(p)) {
    return invalid.value();
  }
  if (!is_valid(which)) {
    return error{errc::out_of_range, "intervention", "is not one of the allowed values"};
  }
  const detail::evaluation ev = detail::evaluate(a, kb, p);
  const detail::candidate& c = ev.at(which);
  explanation out;
  out.what = which;
  out.score = c.score;
  detail::write_reasons(out.why, c, ev, kb);
  for (std::size_t i = 0; i < ev.ranked.size(); ++i) {
    if (ev.ranked[i] == which) {
      if (i < ev.shown) {
        out.standing = standing::in_plan;
        out.rank = i + 1;
      } else {
        out.standing = standing::outranked;
        if (ev.shown > 0) {  // the last step the plan holds; none when it holds no steps
          out.outranked_by = ev.ranked[ev.shown - 1];
        }
      }
      return out;
    }
  }
  out.standing = c.excluded ? standing::excluded : standing::not_offered;
  out.because = detail::reason_of(c.because, ev, kb);
  return out;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_RECOMMEND_HPP
