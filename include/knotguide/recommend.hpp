// The engine: recommend() turns an assessment into a plan, and explain() says why an
// intervention is in it or not. Both evaluate any knowledge base under a policy, constexpr,
// noexcept, without allocating, and deterministically: the same input gives the same plan.
//
// How a plan is made:
//  1. check() the assessment; an invalid one is an error, never a plan.
//  2. Each red flag raises the triage level to its tier.
//  3. Every intervention starts from the policy's base score. The knowledge base's rules whose
//     condition holds raise or lower it, exclude it, or escalate the triage level.
//  4. Contraindications (precautions whose condition holds), the person's preferences and the
//     professionals the person can reach exclude steps. The person's moment raises the steps
//     that suit it and lowers those that do not.
//  5. Escalation comes first: emergency care, seeing a doctor, or physical therapy as the
//     triage level requires. After an emergency sign nothing else follows (unless the policy
//     says otherwise); after other signs, safe self-care follows with a caution.
//  6. The rest are ranked by score (ties in declaration order); those above zero fill the plan
//     up to the policy's number of steps.
#ifndef KNOTGUIDE_RECOMMEND_HPP
#define KNOTGUIDE_RECOMMEND_HPP

#include <cstddef>

#include "assessment.hpp"
#include "detail/enum_core.hpp"
#include "detail/fields.hpp"
#include "detail/fixed_vector.hpp"
#include "detail/flag_set.hpp"
#include "detail/maybe.hpp"
#include "enums.hpp"
#include "knowledge.hpp"
#include "knowledge/default.hpp"
#include "lookup.hpp"
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
      1,  // micro_breaks: raised at the desk and for postural causes
      1,  // sleep_and_stress: raised by poor sleep and stress
      0,  // see_doctor: offered when escalated
      0,  // emergency_care: offered when escalated
  };
  // After how many days knots that have not settled are reviewed: the seeds' "a week or two".
  days review_window{14};
  // How many steps a plan holds at most (up to max_steps).
  std::size_t steps = 6;
  int suits_moment = 1;    // added when a self-care step suits the person's moment
  int misses_moment = -2;  // added when it suits only other moments (not "any time")
  // Whether safe self-care may follow the emergency step. Off: a plan for an emergency sign
  // says only to get emergency care.
  bool self_care_in_emergency = false;
  // Which equipment to suggest when a self-care step needs some and none is at hand: the first
  // of these that would do. knotguide's rough order of everyday cost, not a medical claim.
  fixed_vector<knotguide::equipment, enum_count<knotguide::equipment>> cheapest_first = {
      knotguide::equipment::tea_towel,        knotguide::equipment::frozen_peas,
      knotguide::equipment::hard_ball,        knotguide::equipment::warm_bath_or_shower,
      knotguide::equipment::hot_water_bottle, knotguide::equipment::lacrosse_ball,
      knotguide::equipment::pvc_pipe,         knotguide::equipment::ice_pack,
      knotguide::equipment::foam_roller,      knotguide::equipment::heating_pad,
      knotguide::equipment::tens_unit};
  // Signs the plan names as changing the advice, should they appear.
  fixed_vector<red_flag, 2> watch_for = {red_flag::new_numbness_or_weakness,
                                         red_flag::leg_symptoms_both_sides};

  friend constexpr bool operator==(const policy&, const policy&) = default;
};
template <>
struct field_traits<policy> {
  static constexpr text_view type_name = "policy";
  static constexpr text_view names[] = {"base",           "review_window", "steps",
                                        "suits_moment",   "misses_moment", "self_care_in_emergency",
                                        "cheapest_first", "watch_for"};
};

inline constexpr policy default_policy{};

static_assert(default_policy.base.size() == enum_count<intervention>,
              "policy::base lists one score per intervention: give a new one its score");

namespace detail {

// What the engine knows about one intervention for one assessment.
struct candidate {
  int score = 0;
  bool excluded = false;
  bool escalated = false;  // required by the triage level: placed first
  reason because{};        // why excluded
  fixed_vector<reason, max_reasons> why{};

  constexpr void note(const reason& r) noexcept {
    (void)why.try_push_back(r);  // the first reasons are kept; later ones change no decision
  }
  constexpr void exclude(const reason& r) noexcept {
    if (!excluded) {
      excluded = true;
      because = r;
    }
  }
};

// The facts of an assessment that conditions read, gathered once.
struct facts {
  const assessment* a = nullptr;
  flag_set<region> regions{};
  flag_set<muscle> muscles{};
  days review_window{};

  constexpr facts(const assessment& input, const policy& p) noexcept
      : a(&input), review_window(p.review_window) {
    for (const knot& k : input.knots) {
      regions.insert(k.where());
      if (k.muscle) {
        muscles.insert(k.muscle.value());
      }
    }
  }
};

struct evaluation {
  facts f;
  candidate of[enum_count<intervention>]{};
  const intervention_profile* profile_of[enum_count<intervention>]{};  // nullptr: none
  triage level = triage::self_care;
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
};

// Whether a condition holds for an assessment: bit operations only. first_fact() says which
// fact it read; the two are apart so that the common answer, "does not hold", is one bool
// (returning an optional fact from here cost a store-forwarding stall on every call).
[[nodiscard]] constexpr bool holds(const condition& c, const facts& f) noexcept {
  const assessment& a = *f.a;
  // Short-circuits matter: most conditions fail at the first group they list.
  const auto group = [](const auto& wanted, const auto& held) {
    return wanted.empty() || wanted.contains_any(held);
  };
  const auto one = [](const auto& wanted, auto held) {
    return wanted.empty() || wanted.contains(held);
  };
  const bool pain = c.pain_at_least.value() == 0 || a.pain >= c.pain_at_least;
  const bool since = (c.lasted_at_least == days{0} || a.since >= c.lasted_at_least) &&
                     (c.lasted_under == days{0} || a.since < c.lasted_under) &&
                     (!c.past_review_window || a.since >= f.review_window);
  return group(c.regions, f.regions) && group(c.muscles, f.muscles) && group(c.health, a.health) &&
         group(c.symptoms, a.symptoms) && group(c.red_flags, a.red_flags) &&
         group(c.causes, a.causes) && one(c.moments, a.moment) &&
         group(c.preferences, a.preferences) && one(c.trends, a.trend) &&
         one(c.daily_impact, a.daily_impact) && one(c.sleep_impact, a.sleep_impact) && pain &&
         since;
}

// The first fact a condition that holds read, in the order holds() tests the groups; an empty
// fact for a condition that always holds.
[[nodiscard]] constexpr fact first_fact(const condition& c, const facts& f) noexcept {
  const assessment& a = *f.a;
  // The first group the condition reads, in the order above.
  const auto first = [](const auto& wanted, const auto& held, fact_field field) {
    return fact_of(field, *(wanted & held).begin());
  };
  if (!c.regions.empty()) {
    return first(c.regions, f.regions, fact_field::knots);
  }
  if (!c.muscles.empty()) {
    return first(c.muscles, f.muscles, fact_field::knot_muscles);
  }
  if (!c.health.empty()) {
    return first(c.health, a.health, fact_field::health);
  }
  if (!c.symptoms.empty()) {
    return first(c.symptoms, a.symptoms, fact_field::symptoms);
  }
  if (!c.red_flags.empty()) {
    return first(c.red_flags, a.red_flags, fact_field::red_flags);
  }
  if (!c.causes.empty()) {
    return first(c.causes, a.causes, fact_field::causes);
  }
  if (!c.moments.empty()) {
    return fact_of(fact_field::moment, a.moment);
  }
  if (!c.preferences.empty()) {
    return first(c.preferences, a.preferences, fact_field::preferences);
  }
  if (!c.trends.empty()) {
    return fact_of(fact_field::trend, a.trend);
  }
  if (!c.daily_impact.empty()) {
    return fact_of(fact_field::daily_impact, a.daily_impact);
  }
  if (!c.sleep_impact.empty()) {
    return fact_of(fact_field::sleep_impact, a.sleep_impact);
  }
  if (c.pain_at_least.value() > 0) {
    return fact{fact_field::pain, 0, a.pain.value()};
  }
  if (c.lasted_at_least > days{0} || c.lasted_under > days{0} || c.past_review_window) {
    return fact{fact_field::since, 0, a.since.count()};
  }
  return fact{};
}

// The preference that rules an intervention out, if any.
[[nodiscard]] constexpr maybe<preference> refused_by(intervention i,
                                                     const flag_set<preference>& prefs) noexcept {
  const auto has = [&prefs](preference p) { return prefs.contains(p); };
  switch (i) {
    case intervention::cold:
      return has(preference::avoid_cold) ? maybe<preference>{preference::avoid_cold}
                                         : maybe<preference>{};
    case intervention::heat:
      return has(preference::avoid_heat) ? maybe<preference>{preference::avoid_heat}
                                         : maybe<preference>{};
    case intervention::dry_needling:
      return has(preference::avoid_needles) ? maybe<preference>{preference::avoid_needles}
                                            : maybe<preference>{};
    case intervention::electrical_stimulation:
      return has(preference::avoid_electrical_stimulation)
                 ? maybe<preference>{preference::avoid_electrical_stimulation}
                 : maybe<preference>{};
    default:
      return {};
  }
}

[[nodiscard]] constexpr bool is_escalation(intervention i) noexcept {
  return i == intervention::emergency_care || i == intervention::see_doctor ||
         i == intervention::physical_therapy;
}

// With `every_reason` false (recommend()), contraindications are tested only for
// interventions that could reach the plan; explain() asks for every exclusion's reason.
[[nodiscard]] constexpr evaluation evaluate(const assessment& a, const knowledge_base& kb,
                                            const policy& p, bool every_reason) noexcept {
  evaluation ev{facts{a, p}};
  const facts& f = ev.f;
  for (const intervention i : enum_values<intervention>) {
    const auto at = static_cast<std::size_t>(i);
    ev.at(i).score = at < p.base.size() ? p.base[at] : 0;
  }
  for (const intervention_profile& profile : kb.interventions) {
    if (is_valid(profile.which) && ev.profile(profile.which) == nullptr) {
      ev.profile_of[static_cast<std::size_t>(profile.which)] = &profile;
    }
  }

  // Red flags set the floor of the triage level.
  for (const red_flag flag : a.red_flags) {
    const triage tier = tier_of(kb, flag);
    if (!ev.worst_flag || tier > ev.level) {
      ev.level = tier > ev.level ? tier : ev.level;
      ev.worst_flag = flag;
    }
  }

  // The knowledge base's rules.
  for (const rule& r : kb.rules) {
    if (!is_valid(r.target) || !holds(r.when, f)) {
      continue;
    }
    candidate& c = ev.at(r.target);
    const reason why{r.id, first_fact(r.when, f)};
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
        if (r.level > ev.level) {
          ev.level = r.level;
        }
        c.escalated = true;
        c.note(why);
        break;
    }
  }

  // Contraindications, preferences, access and the moment.
  for (const intervention_profile& profile : kb.interventions) {
    if (!is_valid(profile.which)) {
      continue;
    }
    candidate& c = ev.at(profile.which);
    const bool could_be_shown = c.escalated || c.score > 0 || is_escalation(profile.which);
    for (const precaution& pre : profile.precautions) {
      if (pre.kind != precaution_kind::contraindication || (!every_reason && !could_be_shown)) {
        continue;
      }
      if (holds(pre.when, f)) {
        c.exclude({pre.text, first_fact(pre.when, f)});
      }
    }
    if (const maybe<preference> refused = refused_by(profile.which, a.preferences)) {
      c.exclude({engine_rule::preference, fact_of(fact_field::preferences, refused.value())});
    }
    const bool self_care = profile.delivered_by.contains(provider::self);
    if (!self_care && !is_escalation(profile.which)) {
      if (a.preferences.contains(preference::prefers_self_care)) {
        c.exclude({engine_rule::preference,
                   fact_of(fact_field::preferences, preference::prefers_self_care)});
      }
      if (!profile.delivered_by.empty() && !profile.delivered_by.contains_any(a.access)) {
        c.exclude(
            {engine_rule::access, fact_of(fact_field::access, *profile.delivered_by.begin())});
      }
    }
    // The moment concerns what the person does now: self-care, not appointments.
    if (self_care && a.moment != moment::any_time) {
      // A step that suits this moment gains; one that suits other moments only loses; one that
      // fits any time neither gains nor loses.
      const fact when = fact_of(fact_field::moment, a.moment);
      if (profile.suits.contains(a.moment)) {
        c.score += p.suits_moment;
        c.note({engine_rule::moment, when});
      } else if (!profile.suits.contains(moment::any_time)) {
        c.score += p.misses_moment;
      }
    }
  }

  // The escalation the triage level requires.
  if (ev.level == triage::emergency) {
    ev.at(intervention::emergency_care).escalated = true;
  } else if (ev.level >= triage::doctor) {
    ev.at(intervention::see_doctor).escalated = true;
  } else if (ev.level == triage::physical_therapist) {
    ev.at(intervention::physical_therapy).escalated = true;
  }
  if (ev.worst_flag) {
    const reason flagged{engine_rule::red_flag,
                         fact_of(fact_field::red_flags, ev.worst_flag.value())};
    ev.at(ev.level == triage::emergency ? intervention::emergency_care : intervention::see_doctor)
        .note(flagged);
    if (ev.level == triage::emergency && !p.self_care_in_emergency) {
      for (const intervention i : enum_values<intervention>) {
        if (i != intervention::emergency_care) {
          ev.at(i).exclude(flagged);
        }
      }
    }
  }

  // Rank: escalations first, most urgent first; then by score, ties in declaration order.
  const intervention escalations[] = {intervention::emergency_care, intervention::see_doctor,
                                      intervention::physical_therapy};
  for (const intervention i : escalations) {
    const candidate& c = ev.at(i);
    if (c.escalated && !c.excluded && ev.profile(i) != nullptr) {
      (void)ev.ranked.try_push_back(i);
    }
  }
  const std::size_t forced = ev.ranked.size();
  for (const intervention i : enum_values<intervention>) {
    const candidate& c = ev.at(i);
    const bool already = c.escalated && is_escalation(i);
    if (!already && !c.excluded && c.score > 0 && ev.profile(i) != nullptr) {
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
  const std::size_t limit = p.steps < max_steps ? p.steps : max_steps;
  ev.shown = ev.ranked.size() < limit ? ev.ranked.size() : limit;
  if (ev.shown < forced) {
    ev.shown = forced;  // escalations are never cut
  }
  return ev;
}

// The dose to show: in the acute phase one that applies within hours of onset, else the first.
[[nodiscard]] constexpr dose choose_dose(const intervention_profile& profile,
                                         const assessment& a) noexcept {
  if (profile.doses.empty()) {
    return {};
  }
  if (a.health.contains(health_fact::fresh_strain) || a.health.contains(health_fact::swelling)) {
    for (const dose& d : profile.doses) {
      if (d.within.stated()) {
        return d;
      }
    }
  }
  return profile.doses[0];
}

constexpr void fill_step(step& s, intervention which, const candidate& c,
                         const intervention_profile& profile, const facts& f, triage level,
                         const policy& p) noexcept {
  const assessment& a = *f.a;
  s.what = which;
  s.score = c.score;
  s.amount = choose_dose(profile, a);
  s.timing = profile.suits.contains(a.moment) || profile.suits.contains(moment::any_time)
                 ? flag_set<moment>{a.moment}
                 : profile.suits;
  s.use = profile.equipment & a.equipment;
  // Who: the person, when the step needs no equipment, the person has some, or no one else
  // delivers it (then the cheapest equipment is suggested); otherwise the first professional
  // the person can reach.
  const flag_set<provider> professionals =
      profile.delivered_by - flag_set<provider>{provider::self};
  const bool has_kit = profile.equipment.empty() || !s.use.empty();
  const flag_set<provider> reachable = professionals & a.access;
  if (profile.delivered_by.contains(provider::self) && (has_kit || professionals.empty())) {
    s.by = provider::self;
  } else if (!reachable.empty()) {
    s.by = *reachable.begin();
  } else {
    s.by = professionals.empty() ? provider::self : *professionals.begin();
  }
  if (s.by == provider::self && !profile.equipment.empty() && s.use.empty()) {
    for (const knotguide::equipment e : p.cheapest_first) {
      if (profile.equipment.contains(e)) {
        s.suggest = e;
        break;
      }
    }
  }
  for (const precaution& pre : profile.precautions) {
    if (pre.kind == precaution_kind::caution && holds(pre.when, f)) {
      (void)s.cautions.try_push_back(pre.text);
    }
  }
  if (level >= triage::doctor && !is_escalation(which)) {
    (void)s.cautions.try_push_back("triage.until_seen");
  }
  s.sources = profile.sources;
  s.grade = profile.grade;
  s.relief_lasts = profile.relief_lasts;
  s.why = c.why;
}

}  // namespace detail

// A plan for the assessment, or the error that makes it invalid (see check()).
[[nodiscard]] constexpr result<plan> recommend(const assessment& a,
                                               const knowledge_base& kb = default_knowledge,
                                               const policy& p = default_policy) noexcept {
  // One result, filled in place and returned by name, so that the plan (a few kilobytes) is
  // never copied.
  const maybe<error> invalid = check(a);
  result<plan> made =
      invalid ? result<plan>{invalid.value()} : result<plan>{result<plan>::default_value_t{}};
  if (invalid) {
    return made;
  }
  const detail::evaluation ev = detail::evaluate(a, kb, p, false);

  plan& out = *made;
  out.level = ev.level;
  out.level_text = level_text(ev.level);
  for (std::size_t i = 0; i < ev.shown; ++i) {
    const intervention which = ev.ranked[i];
    if (step* s = out.steps.grow()) {
      detail::fill_step(*s, which, ev.at(which), *ev.profile(which), ev.f, ev.level, p);
    }
  }

  // The expected course, as each applicable source gives it.
  flag_set<region> regions;
  for (const knot& k : a.knots) {
    regions.insert(k.where());
  }
  for (const course_entry& e : kb.course) {
    const bool where = e.regions.empty() || e.regions.contains_any(regions);
    const bool when = e.window.high != days{0} || a.since >= e.window.low;
    if (where && when) {
      if (!out.course.stated() && e.window.stated()) {
        out.course = e.window;
      }
      (void)out.course_texts.try_push_back(e.text);
    }
  }

  // When to take stock, and what would change the advice.
  out.review_by = p.review_window;
  if (a.since < p.review_window && ev.level < triage::physical_therapist) {
    (void)out.would_change.try_push_back(
        {"pt.lasting", {}, p.review_window, triage::physical_therapist, "review.not_better"});
  }
  if (a.trend != trend::worse && ev.level < triage::physical_therapist) {
    (void)out.would_change.try_push_back(
        {"pt.worsening", {}, {}, triage::physical_therapist, "rule.pt.worsening"});
  }
  for (const red_flag sign : p.watch_for) {
    const triage tier = tier_of(kb, sign);
    const red_flag_entry* entry = find_red_flag(kb, sign);
    if (!a.red_flags.contains(sign) && tier > ev.level && entry != nullptr) {
      (void)out.would_change.try_push_back({engine_rule::red_flag, sign, {}, tier, entry->text});
    }
  }

  // Prevention, tied to the causes, then the seeds' long view.
  for (const cause c : a.causes) {
    const cause_entry* entry = find_cause(kb, c);
    if (entry != nullptr && !entry->prevention.empty()) {
      (void)out.prevention.try_push_back(entry->prevention);
    }
  }
  (void)out.prevention.try_push_back("knots.long_term");
  out.disclaimer = "disclaimer";
  return made;
}

// Why an intervention is in the plan for this assessment, or why not; the error for an invalid
// assessment.
[[nodiscard]] constexpr result<explanation> explain(const assessment& a, intervention which,
                                                    const knowledge_base& kb = default_knowledge,
                                                    const policy& p = default_policy) noexcept {
  if (const maybe<error> invalid = check(a)) {
    return invalid.value();
  }
  if (!is_valid(which)) {
    return error{errc::out_of_range, "intervention", "is not one of the allowed values"};
  }
  const detail::evaluation ev = detail::evaluate(a, kb, p, true);
  const detail::candidate& c = ev.at(which);
  explanation out;
  out.what = which;
  out.score = c.score;
  out.why = c.why;
  for (std::size_t i = 0; i < ev.ranked.size(); ++i) {
    if (ev.ranked[i] == which) {
      if (i < ev.shown) {
        out.where = standing::in_plan;
        out.rank = i + 1;
      } else {
        out.where = standing::outranked;
        if (ev.shown > 0) {  // the last step the plan holds; none when it holds no steps
          out.outranked_by = ev.ranked[ev.shown - 1];
        }
      }
      return out;
    }
  }
  out.where = c.excluded ? standing::excluded : standing::not_offered;
  out.because = c.because;
  return out;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_RECOMMEND_HPP
