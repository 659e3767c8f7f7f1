// The safety sweep: recommend() over a discretised input space of millions of assessments,
// checking for every one the properties a person's safety rests on:
//  - a red flag means triage at least that flag's tier, and the escalation is the first step;
//  - no step breaks a preference or a contraindication, nor needs a professional the person
//    cannot reach (escalations aside);
//  - every step cites sources the knowledge base holds;
//  - steps are unique, escalations come first, the rest in order of score;
//  - a valid input never gets an error, and the same input broken in one field always does;
//  - explain() agrees with the plan: a step is in_plan at its rank, anything else is not;
//  - the same input gives the same plan.
//
// Usage: knotguide_sweep <shard> <shards> [stride]. Shard k of n takes every n-th assessment
// from the k-th; a stride above 1 keeps only every stride-th of those (for sanitizer builds).
#include <cstdio>
#include <cstdlib>
#include <knotguide/knotguide.hpp>

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
// (the knot, sleep impact, access, one more red flag) rotate with i instead.
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

void check_plan(long i, const kg::assessment& a, const kg::plan& plan) {
  // Red flags: triage at least the worst tier, the escalation first.
  kg::triage worst = kg::triage::self_care;
  for (const kg::red_flag f : a.red_flags) {
    worst = kg::tier_of(kb, f) > worst ? kg::tier_of(kb, f) : worst;
  }
  if (plan.level < worst) {
    fail(i, "triage below a red flag's tier");
  }
  if (!a.red_flags.empty()) {
    const kg::intervention first = worst == kg::triage::emergency ? kg::intervention::emergency_care
                                                                  : kg::intervention::see_doctor;
    if (plan.steps.empty() || plan.steps[0].what != first) {
      fail(i, "a red flag without the escalation first");
    }
    if (worst == kg::triage::emergency && plan.steps.size() != 1) {
      fail(i, "self-care offered beside an emergency");
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
    for (const kg::precaution& pre : profile->precautions) {
      if (pre.kind == kg::precaution_kind::contraindication &&
          kg::detail::holds(pre.when, kg::detail::facts{a, kg::default_policy})) {
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
    check_plan(i, a, *made);
    if (kg::recommend(broken(a, i))) {
      fail(i, "an invalid assessment got a plan");
    }
    const auto asked =
        static_cast<kg::intervention>(i % static_cast<long>(kg::enum_count<kg::intervention>));
    const auto why = kg::explain(a, asked);
    const kg::step* step = made->find(asked);
    if (!why) {
      fail(i, "explain() refused a valid assessment");
    } else if ((step != nullptr) != (why->where == kg::standing::in_plan) ||
               (step != nullptr && made->steps[why->rank - 1].what != asked)) {
      fail(i, "explain() disagrees with the plan");
    }
    if (i % 16 == 0 && !(kg::recommend(a) == made)) {
      fail(i, "the same input gave another plan");
    }
    ++checked;
  }
  std::printf("sweep shard %ld of %ld: %ld assessments (of %ld in the space), %ld failures\n",
              shard + 1, shards, checked, space, failures);
  return failures == 0 ? 0 : 1;
}
