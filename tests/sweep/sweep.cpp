// The safety sweep: recommend() over a discretised input space of millions of assessments,
// checking for every one the properties a person's safety rests on:
//  - a red flag means triage at least that flag's tier, and the escalation is the first step;
//  - only self-care waits: above it no watchful waiting, no course, no review day, no long
//    view; an emergency or a doctor today comes alone, with no prevention;
//  - new numbness or tingling (or numb skin, or diabetes) means no heat or cold; a fresh
//    strain or swelling means no heat, massage, rolling or stretching (rest it first);
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
#include <cstdio>
#include <cstdlib>
#include <knotguide/io.hpp>
#include <sstream>

#include "../support/plain_words.hpp"

namespace kg = knotguide;

namespace {

constexpr const kg::knowledge_base& kb = kg::default_knowledge;

// One value per position of a dimension.
template <class T, std::size_t N>
struct dimension {
  T values[N];
  static constexpr std::size_t size = N;
};

constexpr dimension<kg::impact, 4> impacts{
    {kg::impact::none, kg::impact::mild, kg::impact::moderate, kg::impact::severe}};
constexpr dimension<int, 5> durations{{0, 3, 14, 30, 200}};
constexpr dimension<kg::trend, 3> trends{{kg::trend::better, kg::trend::same, kg::trend::worse}};
constexpr dimension<kg::moment, 5> moments{{kg::moment::any_time, kg::moment::after_exercise,
                                            kg::moment::before_exercise, kg::moment::before_bed,
                                            kg::moment::at_desk}};
constexpr dimension<kg::flag_set<kg::equipment>, 3> kits{
    {{},
     {kg::equipment::heating_pad, kg::equipment::foam_roller},
     kg::flag_set<kg::equipment>::all()}};
constexpr dimension<kg::flag_set<kg::cause>, 3> cause_sets{
    {{}, {kg::cause::hunched_sitting, kg::cause::held_posture}, kg::flag_set<kg::cause>::all()}};
constexpr dimension<kg::flag_set<kg::red_flag>, 4> flag_sets{
    {{},
     {kg::red_flag::worried},
     {kg::red_flag::new_numbness_or_weakness, kg::red_flag::painkillers_not_working},
     {kg::red_flag::saddle_numbness}}};
constexpr dimension<kg::flag_set<kg::health_fact>, 4> health_sets{
    {{},
     {kg::health_fact::pacemaker, kg::health_fact::bleeding_disorder},
     {kg::health_fact::fresh_strain, kg::health_fact::swelling},
     kg::flag_set<kg::health_fact>::all()}};
constexpr dimension<kg::knot, 5> knots{{{.muscle = kg::muscle::upper_trapezius},
                                        {.muscle = kg::muscle::levator_scapulae},
                                        {.muscle = kg::muscle::quadratus_lumborum},
                                        {.muscle = kg::muscle::soleus},
                                        {.region = kg::region::head}}};

// 11 pain levels x 4 impacts x 5 durations x 3 trends x 5 moments x 32 preference subsets x
// 3 kits x 3 cause sets x 4 red-flag sets x 4 health sets.
constexpr long space = 11L * 4 * 5 * 3 * 5 * 32 * 3 * 3 * 4 * 4;

// The i-th assessment. Dimensions that would multiply the space beyond what runs in a minute
// (the knot, sleep impact, access, one more red flag, pain or duration not known) rotate with i
// instead.
kg::assessment nth(long i) {
  kg::assessment a;
  const auto take = [&i](long n) {
    const long digit = i % n;
    i /= n;
    return static_cast<std::size_t>(digit);
  };
  const long whole = i;
  a.pain = kg::pain_score::make(static_cast<int>(take(11))).value();
  a.daily_impact = impacts.values[take(4)];
  a.since = kg::days{durations.values[take(5)]};
  a.trend = trends.values[take(3)];
  a.moment = moments.values[take(5)];
  const std::size_t prefs = take(32);
  for (std::size_t bit = 0; bit < kg::enum_count<kg::preference>; ++bit) {
    if ((prefs >> bit & 1U) != 0) {
      a.preferences.insert(static_cast<kg::preference>(bit));
    }
  }
  a.equipment = kits.values[take(3)];
  a.causes = cause_sets.values[take(3)];
  a.red_flags = flag_sets.values[take(4)];
  a.health = health_sets.values[take(4)];
  (void)a.knots.try_push_back(knots.values[static_cast<std::size_t>(whole % 5)]);
  a.sleep_impact = impacts.values[static_cast<std::size_t>(whole / 7 % 4)];
  if (whole % 3 == 0) {
    a.access = {};
  }
  if (whole % 13 == 0) {
    a.pain = {};  // not known
  }
  if (whole % 17 == 0) {
    a.since = {};  // not known
  }
  if (whole % 11 == 0) {
    const auto flags = static_cast<long>(kg::enum_count<kg::red_flag>);
    a.red_flags.insert(static_cast<kg::red_flag>(whole / 11 % flags));
  }
  return a;
}

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

// Policies an application might set, each stressing another part of the engine.
const kg::policy* varied_policies() {
  static kg::policy p[6];
  for (int& score : p[0].base) {
    score = 0;  // nothing offered but what rules and the moment lift
  }
  for (int& score : p[1].base) {
    score = 9;  // everything offered that is not excluded
  }
  p[2].suits_moment = 6;
  p[2].misses_moment = -6;
  p[3].steps = 2;
  p[3].self_care_when_urgent = true;
  p[4].steps = kg::max_steps;
  p[4].self_care_when_urgent = true;
  p[4].suits_moment = 3;
  p[5].review_window = kg::days{3};
  p[5].steps = 0;
  return p;
}
constexpr long policy_count = 6;

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

void check_plan(long i, const kg::assessment& a, const kg::plan& plan, const kg::policy& p) {
  // Red flags: triage at least the worst tier, the escalation first.
  kg::triage worst = kg::triage::self_care;
  for (const kg::red_flag f : a.red_flags) {
    worst = kg::tier_of(kb, f) > worst ? kg::tier_of(kb, f) : worst;
  }
  if (plan.level < worst) {
    fail(i, "triage below a red flag's tier");
  }
  const bool urgent = plan.level >= kg::triage::doctor_today;
  if (!a.red_flags.empty()) {
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
  if (a.since && a.since.value() >= p.review_window &&
      plan.level < kg::triage::physical_therapist) {
    fail(i, "knots past the review window left to self-care");
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
  const bool fresh = a.health.contains(kg::health_fact::fresh_strain) ||
                     a.health.contains(kg::health_fact::swelling);
  if (fresh && (has(plan, kg::intervention::heat) || has(plan, kg::intervention::massage) ||
                has(plan, kg::intervention::self_myofascial_release) ||
                has(plan, kg::intervention::stretching))) {
    fail(i, "heat, massage, rolling or stretching on a fresh strain or swelling");
  }
  check_texts(i, plan);
  const kg::detail::facts f{a, p.review_window};
  for (std::size_t k = 0; k < plan.steps.size(); ++k) {
    const kg::step& s = plan.steps[k];
    const kg::intervention_profile* profile = kg::find_profile(kb, s.what);
    if (profile == nullptr) {
      fail(i, "a step without a profile");
      continue;
    }
    // Contraindications and preferences.
    for (const kg::precaution& pre : profile->precautions) {
      if (pre.kind == kg::precaution_kind::contraindication && kg::detail::holds(pre.when, f)) {
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
    if (!cites_known_sources(s.sources)) {
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

void check_words(long i, const kg::plan& plan) {
  std::ostringstream words;
  words << kg::in_words(plan);
  const std::string token = plain_words::internal_token(words.str());
  if (!token.empty()) {
    fail(i, "a plan in words shows an internal token");
    std::fprintf(stderr, "  token: %s\n", token.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: knotguide_sweep <shard> <shards> [stride]\n");
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
      check_words(i, *made);
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
