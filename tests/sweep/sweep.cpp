// The safety sweep: recommend() over a discretised input space of millions of assessments,
// checking for every one the properties a person's safety rests on:
//  - a red flag means triage at least that flag's tier, and the escalation is the first step;
//  - only self-care waits: above it no watchful waiting, no course, no review day, no long
//    view; an emergency or a doctor today comes alone, with no prevention;
//  - new numbness or tingling (or numb skin, or diabetes) means no heat or cold; the first days
//    after an injury, however told (a fresh strain, swelling, or a strain or a knock given as
//    the cause within 3 days or on a day not known), mean no heat, massage, rolling or
//    stretching (rest it first);
//  - a knot in the calf or thigh names the clot signs to watch for; a clot sign, reported or read
//    from a swollen or hot leg, means at least a doctor today and no heat, massage, rolling or
//    stretching under any policy;
//  - no step is offered for a place it does not suit, unless it names the muscles that may send
//    the pain there from where it suits;
//  - painkillers come without a number, and never as "take ibuprofen" to someone the sources
//    say must not take it or must ask first; every country's urgent step gives that country's
//    own number;
//  - knots past the review window are past waiting: at least a physical therapist;
//  - every text a plan refers to resolves, and every claim it shows is cited;
//  - no step breaks a preference or a contraindication, nor needs a professional the person
//    cannot reach (escalations aside);
//  - every step cites sources the knowledge base holds;
//  - steps are unique, escalations come first, the rest in order of score;
//  - a valid input never gets an error, and the same input broken in one field always does;
//  - explain() agrees with the plan: a step is in_plan at its rank, anything else is not;
//  - the same input gives the same plan;
//  - every 7th assessment again under one of a set of varied policies (zeroed and raised base
//    scores, strong moment weights, few and many steps, self-care allowed when urgent, a short
//    review window), where explain() must agree with the plan on every intervention;
//  - every 997th plan in words holds no internal token (an id, a rule or field name, a key).
//
// Usage: knotguide_sweep <shard> <shards> [stride]. Shard k of n takes every n-th assessment
// from the k-th; a stride above 1 keeps only every stride-th of those (for sanitizer builds).
// knotguide_sweep show <i> prints the i-th assessment and its plan in words, to read a failure.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <knotguide/io.hpp>
#include <knotguide/words.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "../support/plain_words.hpp"
#include "space.hpp"

namespace kg = knotguide;

namespace {

constexpr const kg::knowledge_base& kb = kg::default_knowledge;
using sweep_space::nth;
using sweep_space::policy_count;
using sweep_space::space;
using sweep_space::varied_policies;

// The same assessment broken in one field, chosen by i.
kg::assessment broken(kg::assessment a, long i) {
  volatile int bad = 200;  // a value no enumeration holds, as if read from a wire
  switch (i % 6) {
    case 0:
      a.pain = kg::pain_score{bad};
      break;
    case 1:
      a.moment = static_cast<kg::moment>(bad);
      break;
    case 2:
      a.since = kg::days{-1};
      break;
    case 3:
      a.health.insert(static_cast<kg::health_fact>(bad / 4));  // 50: no health fact
      break;
    case 4:
      a.knots = {kg::knot{}};
      break;
    default:
      a.trend = static_cast<kg::trend>(bad);
      break;
  }
  return a;
}

long failures = 0;

void fail(long i, const char* what) {
  if (++failures <= 20) {
    std::fprintf(stderr, "assessment %ld: %s\n", i, what);
  }
}

bool cites_known_sources(const kg::citations& sources) {
  if (sources.empty()) {
    return false;
  }
  for (const kg::text_view id : sources) {
    if (kg::find_source(kb, id) == nullptr) {
      return false;
    }
  }
  return true;
}

bool breaks_preference(const kg::step& s, const kg::assessment& a) {
  const auto avoids = [&a](kg::preference p) { return a.preferences.contains(p); };
  switch (s.what) {
    case kg::intervention::cold:
      return avoids(kg::preference::avoid_cold);
    case kg::intervention::heat:
      return avoids(kg::preference::avoid_heat);
    case kg::intervention::dry_needling:
      return avoids(kg::preference::avoid_needles);
    case kg::intervention::electrical_stimulation:
      return avoids(kg::preference::avoid_electrical_stimulation);
    default:
      return false;
  }
}

bool escalation(kg::intervention i) {
  return i == kg::intervention::emergency_care || i == kg::intervention::see_doctor ||
         i == kg::intervention::physical_therapy;
}

bool has(const kg::plan& plan, kg::intervention which) {
  return plan.find(which) != nullptr;
}

// A text the plan refers to: it resolves, and where it makes a claim it is cited.
bool resolves(kg::text_id id, bool claim) {
  const kg::text_entry* t = kg::find_text(kb, id);
  return t != nullptr && !t->text.empty() && (!claim || cites_known_sources(t->sources));
}

void check_texts(long i, const kg::plan& plan) {
  bool ok = resolves(plan.summary, false) && resolves(plan.disclaimer, false);
  for (const kg::step& s : plan.steps) {
    ok = ok && (s.dose.text.empty() ||
                (resolves(s.dose.text, true) && cites_known_sources(s.dose.sources)));
    ok = ok && s.dose.kind == kg::dose_kind::advice;
    for (const kg::text_id caution : s.cautions) {
      ok = ok && resolves(caution, true);
    }
  }
  for (const kg::text_id t : plan.course_texts) {
    ok = ok && resolves(t, true);
  }
  for (const kg::text_id t : plan.prevention) {
    ok = ok && resolves(t, true);
  }
  for (const kg::change& c : plan.would_change) {
    ok = ok && resolves(c.text, true);
  }
  if (!ok) {
    fail(i, "a text that does not resolve, or an uncited claim, or a trial's dose");
  }
}

bool in_leg(const kg::assessment& a) {
  for (const kg::knot& k : a.knots) {
    if (k.where() == kg::region::calf || k.where() == kg::region::thigh) {
      return true;
    }
  }
  return false;
}

bool names_sign(const kg::plan& plan, kg::red_flag sign) {
  for (const kg::change& c : plan.would_change) {
    if (c.sign == sign) {
      return true;
    }
  }
  return false;
}

// A clot in the leg is not a knot: a leg knot names its signs to watch for; a sign, reported or
// read from a swollen or hot leg, is a doctor today at least (with breathlessness or chest pain,
// an emergency), and nothing rubs, rolls, heats or stretches the leg, whatever the policy.
void check_clot(long i, const kg::assessment& a, const kg::plan& plan, bool hands_on) {
  const bool leg = in_leg(a);
  const bool swollen_leg = leg && (a.health.contains(kg::health_fact::swelling) ||
                                   a.health.contains(kg::health_fact::skin_hot_to_touch));
  const bool clot = swollen_leg || a.red_flags.contains(kg::red_flag::leg_clot_signs) ||
                    a.red_flags.contains(kg::red_flag::lung_clot_signs);
  if (clot && plan.level < kg::triage::doctor_today) {
    fail(i, "a clot sign below a doctor today");
  }
  if (a.red_flags.contains(kg::red_flag::lung_clot_signs) && plan.level != kg::triage::emergency) {
    fail(i, "a clot with breathlessness or chest pain that is not an emergency");
  }
  if (clot && hands_on) {
    fail(i, "heat, massage, rolling or stretching with a clot sign");
  }
  if (leg && !clot && plan.level < kg::triage::doctor_today &&
      !names_sign(plan, kg::red_flag::leg_clot_signs)) {
    fail(i, "a leg knot's plan that does not name the clot signs");
  }
  if (leg && plan.level < kg::triage::emergency &&
      !a.red_flags.contains(kg::red_flag::lung_clot_signs) &&
      !names_sign(plan, kg::red_flag::lung_clot_signs)) {
    fail(i, "a leg knot's plan that does not name a clot's emergency signs");
  }
}

// Below the doctor levels every plan names the signs to watch for of each place its knots are
// in (of every place, when none is known), as the knowledge base lists them.
void check_watched(long i, const kg::assessment& a, const kg::plan& plan) {
  if (plan.level >= kg::triage::doctor) {
    return;
  }
  kg::flag_set<kg::region> places;
  for (const kg::knot& k : a.knots) {
    places.insert(k.where());
  }
  for (const kg::red_flag_entry& e : kb.red_flags) {
    const bool here = places.empty() ? !e.watch_in.empty() : e.watch_in.contains_any(places);
    if (here && !names_sign(plan, e.flag)) {
      fail(i, "a plan below a doctor that does not name a sign of its places");
    }
  }
}

// No step for a place it does not suit: it suits where a knot is, or it names the muscles that
// may send the pain there, each lying where the step suits and sending pain to a knot's place.
void check_places(long i, const kg::assessment& a, const kg::plan& plan) {
  if (a.knots.empty()) {
    return;
  }
  kg::flag_set<kg::region> places;
  for (const kg::knot& k : a.knots) {
    places.insert(k.where());
  }
  for (const kg::step& s : plan.steps) {
    const kg::intervention_profile* profile = kg::find_profile(kb, s.what);
    if (profile == nullptr) {
      continue;
    }
    const bool here = profile->fits.contains_any(places);
    bool sending = !s.at.empty();
    for (const kg::muscle m : s.at) {
      sending = sending && profile->fits.contains(kg::region_of(m)) &&
                kg::referral_areas(kb, m).contains_any(places);
    }
    if (here ? !s.at.empty() : !sending) {
      fail(i, "a step for a place it does not suit");
    }
  }
}

// A reason that rules a step out for the person's safety or the place: a contraindication, a
// rule or the place, not the person's choice, reach, moment or the triage level.
bool for_safety(const kg::reason& r) {
  if (r.rule.empty() || r.rule == kg::engine_rule::place) {
    return !r.rule.empty();
  }
  for (const kg::text_view engine : kg::engine_rule_ids) {
    if (r.rule == engine) {
      return false;
    }
  }
  return true;
}

// What is ruled out is said, not silently dropped: below an emergency, a step whose equipment
// the person has and that a safety reason or the place rules out (as explain() gives it) is set
// aside with that reason, unless a shown step's caution already says it; and nothing is set
// aside that explain() does not rule out for the same reason.
void check_set_aside(long i, const kg::assessment& a, const kg::plan& plan, const kg::policy& p) {
  for (const kg::set_aside_step& s : plan.set_aside) {
    const auto why = kg::explain(a, s.what, kb, p);
    if (!why || why->standing != kg::standing::excluded || !(why->because == s.because) ||
        !for_safety(s.because) || plan.contains(s.what)) {
      fail(i, "a step set aside that explain() does not rule out for that reason");
    }
  }
  if (plan.level == kg::triage::emergency) {
    if (!plan.set_aside.empty()) {
      fail(i, "an emergency with anything beside it set aside");
    }
    return;
  }
  for (const kg::intervention_profile& profile : kb.interventions) {
    if (!profile.equipment.contains_any(a.equipment)) {
      continue;
    }
    const auto why = kg::explain(a, profile.which, kb, p);
    if (!why || why->standing != kg::standing::excluded || !for_safety(why->because)) {
      continue;
    }
    const kg::text_id words = kg::reason_words(kb, why->because);
    bool said = false;
    for (const kg::step& s : plan.steps) {
      for (const kg::text_id caution : s.cautions) {
        said = said || caution == words;
      }
    }
    bool set_aside = false;
    for (const kg::set_aside_step& s : plan.set_aside) {
      set_aside = set_aside || s.what == profile.which;
    }
    if (!said && !set_aside) {
      fail(i, "equipment the person has, ruled out without a word");
    }
  }
}

// An amount: a number followed by a unit of medicine or of how often ("2 tablets", "400 mg",
// "3 times a day", "every 4 hours").
bool has_amount(kg::text_view text) {
  const std::string_view all{text.data(), text.size()};
  constexpr std::string_view units[] = {"mg",   "ml",    "g ",   "tablet", "capsule",
                                        "pill", "dose",  "time", "hour",   "a day",
                                        "puff", "spray", "drop", "gram",   "sachet"};
  for (std::size_t at = 0; at < all.size(); ++at) {
    if (all[at] < '0' || all[at] > '9') {
      continue;
    }
    std::size_t after = at;
    while (after < all.size() &&
           ((all[after] >= '0' && all[after] <= '9') || all[after] == ',' || all[after] == '.')) {
      ++after;
    }
    while (after < all.size() && all[after] == ' ') {
      ++after;
    }
    for (const std::string_view unit : units) {
      if (all.substr(after, unit.size()) == unit) {
        return true;
      }
    }
    at = after;
  }
  return false;
}

// Every sentence of the text that names ibuprofen warns against it.
bool only_warns_of_ibuprofen(kg::text_view text) {
  const std::string_view all{text.data(), text.size()};
  std::size_t start = 0;
  while (start < all.size()) {
    const std::size_t end = std::min(all.find(". ", start), all.size());
    const std::string_view sentence = all.substr(start, end - start);
    if (sentence.find("ibuprofen") != std::string_view::npos &&
        sentence.find("not") == std::string_view::npos &&
        sentence.find("slow") == std::string_view::npos) {
      return false;
    }
    start = end + 2;
  }
  return true;
}

// Painkillers: never an amount, and no "take ibuprofen" for someone the sources say must not.
void check_painkillers(long i, const kg::assessment& a, const kg::plan& plan) {
  const kg::step* pills = plan.find(kg::intervention::painkillers);
  if (pills == nullptr) {
    return;
  }
  bool numbers = has_amount(kg::text_of(kb, pills->dose.text));
  for (const kg::text_id caution : pills->cautions) {
    numbers = numbers || has_amount(kg::text_of(kb, caution));
  }
  if (numbers) {
    fail(i, "a number beside a medicine");
  }
  // Must not take it, or must ask a pharmacist or doctor first.
  constexpr kg::flag_set<kg::health_fact> not_without_advice{
      kg::health_fact::pregnancy,           kg::health_fact::reaction_to_anti_inflammatories,
      kg::health_fact::blood_thinners,      kg::health_fact::asthma,
      kg::health_fact::stomach_ulcer,       kg::health_fact::kidney_problem,
      kg::health_fact::liver_problem,       kg::health_fact::heart_or_circulation_problem,
      kg::health_fact::high_blood_pressure, kg::health_fact::bleeding_disorder,
      kg::health_fact::aged_65_or_over};
  if (a.health.contains_any(not_without_advice) &&
      !only_warns_of_ibuprofen(kg::text_of(kb, pills->dose.text))) {
    fail(i, "ibuprofen offered to someone the sources say must not take it, or must ask first");
  }
}

// The urgent step speaks of where the person is: that country's words, or, where the country is
// not known, the level's own, which name every country's numbers.
void check_local_numbers(long i, const kg::assessment& a, const kg::plan& plan) {
  if (plan.level < kg::triage::doctor_today || plan.steps.empty()) {
    return;
  }
  const kg::text_id said = plan.steps[0].dose.text;
  const kg::country_entry* local =
      a.country ? kg::find_country(kb, a.country.value(), plan.level) : nullptr;
  const kg::triage_entry* level = kg::find_level(kb, plan.level);
  const kg::text_id expected = local != nullptr ? local->text : level->step_dose.text;
  if (said != expected) {
    fail(i, "an urgent step without the numbers of where the person is");
  }
}

// Until the person is seen: said only where someone is to be seen and the wait is not urgent;
// in the first days after an injury, never "keep up your normal activities"; and for the neck
// and low back, the guidelines' own places, always something.
void check_meanwhile(long i, const kg::assessment& a, const kg::plan& plan,
                     const kg::detail::facts& f) {
  const bool waiting_for_care =
      plan.level == kg::triage::physical_therapist || plan.level == kg::triage::doctor;
  if (!waiting_for_care && !plan.meanwhile.empty()) {
    fail(i, "advice for until the person is seen, with no one to see or no time to wait");
  }
  if (f.acute && plan.meanwhile.key() == "meanwhile.active") {
    fail(i, "keep up normal activities in the first days after an injury");
  }
  const bool guideline_place =
      f.regions.contains(kg::region::neck) || f.regions.contains(kg::region::lower_back);
  if (waiting_for_care && guideline_place && !f.acute && plan.meanwhile.empty()) {
    fail(i, "a neck or back plan that sends the person to someone says nothing for meanwhile");
  }
  // The level's care from no one the person can reach: said, with who else to turn to.
  if (plan.level == kg::triage::self_care && !plan.out_of_reach.empty()) {
    fail(i, "who else to turn to, at self-care");
  }
  const kg::triage_entry* level = kg::find_level(kb, plan.level);
  if (level == nullptr || !level->step || plan.steps.empty()) {
    return;
  }
  const kg::intervention_profile* profile = kg::find_profile(kb, level->step.value());
  const kg::flag_set<kg::provider> others =
      profile->delivered_by - kg::flag_set<kg::provider>{kg::provider::self};
  const bool unreachable = !others.empty() && !others.contains_any(a.access);
  const bool said = !plan.out_of_reach.empty() && plan.out_of_reach == level->out_of_reach;
  if (said != (unreachable && !level->out_of_reach.empty())) {
    fail(i, unreachable ? "care the person cannot reach, sent to it without a word"
                        : "said to be out of reach when the person can reach it");
  }
}

void check_plan(long i, const kg::assessment& a, const kg::plan& plan, const kg::policy& p) {
  // Red flags, as given or read from the other answers (implied_signs): triage at least the
  // worst tier, the escalation first.
  kg::detail::facts f{a, p.review_window};
  kg::detail::gather_facts(f, kb);
  kg::triage worst = kg::triage::self_care;
  for (const kg::red_flag flag : f.red_flags) {
    worst = kg::tier_of(kb, flag) > worst ? kg::tier_of(kb, flag) : worst;
  }
  if (plan.level < worst) {
    fail(i, "triage below a red flag's tier");
  }
  const bool urgent = plan.level >= kg::triage::doctor_today;
  if (!f.red_flags.empty()) {
    const kg::intervention first = worst == kg::triage::emergency ? kg::intervention::emergency_care
                                                                  : kg::intervention::see_doctor;
    if (plan.steps.empty() || plan.steps[0].what != first) {
      fail(i, "a red flag without the escalation first");
    }
  }
  if (urgent && !p.self_care_when_urgent && plan.steps.size() != 1) {
    fail(i, "self-care offered beside urgent care");
  }
  for (std::size_t k = 1; urgent && k < plan.steps.size(); ++k) {
    const kg::intervention_profile* after = kg::find_profile(kb, plan.steps[k].what);
    if (after == nullptr || !after->delivered_by.contains(kg::provider::self)) {
      fail(i, "an appointment after urgent care");
    }
  }
  // Only self-care waits.
  if (plan.level > kg::triage::self_care) {
    if (has(plan, kg::intervention::watchful_waiting)) {
      fail(i, "waiting offered above self-care");
    }
    if (plan.course.stated() || !plan.course_texts.empty() || plan.review_by != kg::days{0}) {
      fail(i, "a course or a review day above self-care");
    }
    for (const kg::text_id t : plan.prevention) {
      if (t == kb.engine.long_term) {
        fail(i, "the long view's reassurance above self-care");
      }
    }
  }
  if (urgent && !plan.prevention.empty()) {
    fail(i, "prevention beside urgent care");
  }
  if (plan.level == kg::triage::emergency && !plan.would_change.empty()) {
    fail(i, "an emergency plan that names something to wait for");
  }
  // Past the review window, knots that hurt and are not getting better are not left to
  // self-care; knots that are settling are not sent to anyone for their age alone.
  const bool settling = a.trend == kg::trend::better || (a.pain && a.pain.value().value() == 0);
  if (a.since && a.since.value() >= p.review_window && !settling &&
      plan.level < kg::triage::physical_therapist) {
    fail(i, "knots past the review window left to self-care");
  }
  if (a.since && a.since.value() >= p.review_window && plan.review_by != kg::days{0}) {
    fail(i, "a review day already past");
  }
  // What is not known is said, and never counted from.
  const auto says = [&plan](kg::text_id id) {
    for (const kg::text_id t : plan.not_known) {
      if (t == id) {
        return true;
      }
    }
    return false;
  };
  const bool below_doctor = plan.level < kg::triage::doctor;  // where knowing could raise it
  if (says(kb.engine.pain_not_known) != (!a.pain && below_doctor) ||
      says(kb.engine.since_not_known) != (!a.since && below_doctor)) {
    fail(i, "a plan that does not say what it could not weigh, or says it wrongly");
  }
  if (!a.since && plan.review_by != kg::days{0}) {
    fail(i, "a review day counted from an onset that is not known");
  }
  // Exclusions that follow the person.
  const bool numb = a.red_flags.contains(kg::red_flag::new_numbness_or_weakness) ||
                    a.red_flags.contains(kg::red_flag::pins_and_needles_or_cold_arm) ||
                    a.health.contains(kg::health_fact::reduced_skin_sensation) ||
                    a.health.contains(kg::health_fact::diabetes);
  if (numb && (has(plan, kg::intervention::heat) || has(plan, kg::intervention::cold))) {
    fail(i, "heat or cold with new numbness, numb skin or diabetes");
  }
  // The first days after an injury, whichever way it was told.
  const bool injured =
      a.causes.contains(kg::cause::muscle_strain) || a.causes.contains(kg::cause::direct_trauma);
  const bool fresh = a.health.contains(kg::health_fact::fresh_strain) ||
                     a.health.contains(kg::health_fact::swelling) ||
                     (injured && (!a.since || a.since.value() < kg::days{3}));
  const bool hands_on = has(plan, kg::intervention::heat) || has(plan, kg::intervention::massage) ||
                        has(plan, kg::intervention::self_myofascial_release) ||
                        has(plan, kg::intervention::stretching);
  if (fresh && hands_on) {
    fail(i, "heat, massage, rolling or stretching in the first days after an injury");
  }
  // NICE NG59: no electric pulses and no needling for low back pain, under any policy.
  bool low_back = false;
  for (const kg::knot& k : a.knots) {
    low_back = low_back || k.where() == kg::region::lower_back || k.where() == kg::region::sacrum;
  }
  if (low_back && (has(plan, kg::intervention::electrical_stimulation) ||
                   has(plan, kg::intervention::dry_needling))) {
    fail(i, "TENS or dry needling for low back pain");
  }
  // Steps come because something calls for them, not to fill the plan: breaks at the desk or
  // for posture, sleep and stress for poor sleep, stress or bedtime (where the policy starts
  // them from nothing, as the default does).
  const auto starts_at_zero = [&p](kg::intervention which) {
    return p.base[static_cast<std::size_t>(which)] <= 0;
  };
  if (starts_at_zero(kg::intervention::micro_breaks) && has(plan, kg::intervention::micro_breaks) &&
      a.moment != kg::moment::at_desk && !a.causes.contains(kg::cause::hunched_sitting) &&
      !a.causes.contains(kg::cause::held_posture)) {
    fail(i, "active breaks that nothing called for");
  }
  if (starts_at_zero(kg::intervention::sleep_and_stress) &&
      has(plan, kg::intervention::sleep_and_stress) && a.moment != kg::moment::before_bed &&
      !a.causes.contains(kg::cause::poor_sleep) && !a.causes.contains(kg::cause::stress) &&
      a.sleep_impact != kg::impact::moderate && a.sleep_impact != kg::impact::severe) {
    fail(i, "sleep and stress advice that nothing called for");
  }
  check_clot(i, a, plan, hands_on);
  check_places(i, a, plan);
  check_watched(i, a, plan);
  check_set_aside(i, a, plan, p);
  check_painkillers(i, a, plan);
  check_local_numbers(i, a, plan);
  check_meanwhile(i, a, plan, f);
  check_texts(i, plan);
  // A health fact the sources read as a warning sign weighs as much as the sign: told either
  // way, the plan is the same.
  if (!(f.red_flags == a.red_flags)) {
    kg::assessment as_signs = a;
    as_signs.red_flags = f.red_flags;
    const auto told = kg::recommend(as_signs, kb, p);
    if (!told || !(*told == plan)) {
      fail(i, "a health fact read as a sign weighs less than the sign itself");
    }
  }
  for (std::size_t k = 0; k < plan.steps.size(); ++k) {
    const kg::step& s = plan.steps[k];
    const kg::intervention_profile* profile = kg::find_profile(kb, s.what);
    if (profile == nullptr) {
      fail(i, "a step without a profile");
      continue;
    }
    // Contraindications and preferences.
    for (const kg::precaution& pre : kb.precautions) {
      if (pre.which == s.what && pre.kind == kg::precaution_kind::contraindication &&
          kg::detail::holds(pre.when, f)) {
        fail(i, "a contraindicated step");
      }
    }
    if (breaks_preference(s, a)) {
      fail(i, "a step the person said to avoid");
    }
    if (!escalation(s.what) && !profile->delivered_by.contains(kg::provider::self)) {
      if (a.preferences.contains(kg::preference::prefers_self_care)) {
        fail(i, "a professional step for someone who prefers self-care");
      }
      if (!profile->delivered_by.contains_any(a.access)) {
        fail(i, "a professional the person cannot reach");
      }
    }
    if (s.delivered_by != kg::provider::self && !s.timing.empty()) {
      fail(i, "an appointment with a time of day");
    }
    // Sources.
    if (!cites_known_sources(s.sources) ||
        (!s.dose.text.empty() && !cites_known_sources(s.dose.sources))) {
      fail(i, "a step without known sources");
    }
    // Unique, escalations first, then by score.
    for (std::size_t j = 0; j < k; ++j) {
      if (plan.steps[j].what == s.what) {
        fail(i, "a step twice");
      }
    }
    if (k > 0) {
      const kg::step& before = plan.steps[k - 1];
      if (escalation(s.what) && !escalation(before.what)) {
        fail(i, "an escalation after self-care");
      }
      if (!escalation(s.what) && !escalation(before.what) && before.score < s.score) {
        fail(i, "steps out of order");
      }
    }
  }
}

// explain() agrees with the plan: a step is in_plan at its rank, anything else is not.
void check_explanation(long i, const kg::assessment& a, const kg::plan& plan, const kg::policy& p,
                       kg::intervention asked) {
  const auto why = kg::explain(a, asked, kb, p);
  const kg::step* step = plan.find(asked);
  if (!why) {
    fail(i, "explain() refused a valid assessment");
  } else if ((step != nullptr) != (why->standing == kg::standing::in_plan) ||
             (step != nullptr && plan.steps[why->rank - 1].what != asked)) {
    fail(i, "explain() disagrees with the plan");
  }
}

// 111 is the emergency number in New Zealand and the advice line in the UK: never bare.
bool bare_111(const std::string& words) {
  for (std::size_t at = words.find("111"); at != std::string::npos;
       at = words.find("111", at + 3)) {
    const std::size_t start = words.rfind(". ", at);
    const std::size_t end = words.find(". ", at);
    const std::string sentence =
        words.substr(start == std::string::npos ? 0 : start,
                     end == std::string::npos ? std::string::npos
                                              : end - (start == std::string::npos ? 0 : start));
    const bool uk = at >= 4 && words.compare(at - 4, 4, "NHS ") == 0;
    if (!uk && sentence.find("New Zealand") == std::string::npos) {
      return true;
    }
  }
  return false;
}

void check_words(long i, const kg::assessment& a, const kg::plan& plan) {
  std::ostringstream words;
  words << kg::in_words(a, plan);
  const std::string token = plain_words::internal_token(words.str());
  if (!token.empty()) {
    fail(i, "a plan in words shows an internal token");
    std::fprintf(stderr, "  token: %s\n", token.c_str());
  }
  if (bare_111(words.str())) {
    fail(i, "a plan in words shows 111 without its country and meaning");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view{argv[1]} == "show") {  // one assessment, to read a failure
    const kg::assessment a = nth(std::atol(argv[2]));
    std::ostringstream out;
    out << a << "\n\n" << kg::in_words(a, kg::recommend(a).value());
    std::puts(out.str().c_str());
    return 0;
  }
  if (argc < 3) {
    std::fprintf(stderr, "usage: knotguide_sweep <shard> <shards> [stride] | show <i>\n");
    return 2;
  }
  const long shard = std::atol(argv[1]);
  const long shards = std::atol(argv[2]);
  const long stride = argc > 3 ? std::atol(argv[3]) : 1;
  if (shards < 1 || shard < 0 || shard >= shards || stride < 1) {
    std::fprintf(stderr, "knotguide_sweep: shard must be below shards, both positive\n");
    return 2;
  }
  long checked = 0;
  for (long i = shard; i < space; i += shards * stride) {
    const kg::assessment a = nth(i);
    const auto made = kg::recommend(a);
    if (!made) {
      fail(i, "a valid assessment got an error");
      continue;
    }
    check_plan(i, a, *made, kg::default_policy);
    if (kg::recommend(broken(a, i))) {
      fail(i, "an invalid assessment got a plan");
    }
    check_explanation(
        i, a, *made, kg::default_policy,
        static_cast<kg::intervention>(i % static_cast<long>(kg::enum_count<kg::intervention>)));
    if (i % 16 == 0 && !(kg::recommend(a) == made)) {
      fail(i, "the same input gave another plan");
    }
    if (i % 997 == 0) {
      check_words(i, a, *made);
    }
    if (i % 7 == 0) {
      const kg::policy& p = varied_policies()[i / 7 % policy_count];
      const auto tuned = kg::recommend(a, kb, p);
      if (!tuned) {
        fail(i, "a valid assessment got an error under a tuned policy");
      } else {
        check_plan(i, a, *tuned, p);
        for (const kg::intervention asked : kg::enum_values<kg::intervention>) {
          check_explanation(i, a, *tuned, p, asked);
        }
      }
    }
    ++checked;
  }
  std::printf("sweep shard %ld of %ld: %ld assessments (of %ld in the space), %ld failures\n",
              shard + 1, shards, checked, space, failures);
  return failures == 0 ? 0 : 1;
}
