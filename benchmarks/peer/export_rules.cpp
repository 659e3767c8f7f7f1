// knotguide's rules as json-rules-engine rules, and the assessments to compare them on: the
// exporter of the peer comparison (bench.sh runs it, then compare.mjs).
//
//   knotguide_peer_export <dir> [--rounds N]
//
// writes <dir>/rules.json (the knowledge base's rules, red flags, precautions, preferences, reach
// and the moment as json-rules-engine rules, in three passes, with the constants the
// application's code needs to turn their events into a plan) and <dir>/cases.json (9,216
// assessments as json-rules-engine facts, each with the triage level and the steps knotguide's
// recommend() gives: 1,024 of the safety sweep's space, which both sides time, and 8,192 varied
// ones, checked only), and prints knotguide's time per evaluation over the 1,024 (the least of N
// rounds, in ns).
//
// A rule's condition is written as the engine reads it (condition.hpp): a listed group holds when
// a fact it lists is held, a threshold when the value is known and meets it, or when it is not
// known and the rule's kind lets the unknown meet it (precautions and the acute phase do, rules
// and implied signs do not). What the knowledge base says through its other tables is resolved
// here into the rules: each red flag's tier, and for a step that suits some places only, the
// places whose pain its muscles may send (muscle_entry::refers_to). The application's code
// (compare.mjs) adds the scores, takes the most urgent level and ranks, as the engine's last
// phases do. Nothing that decides a plan's level or steps is left out; the doses, cautions and
// outlook, which do not, are not compared.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <knotguide/knotguide.hpp>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "../../tests/sweep/space.hpp"

namespace kg = knotguide;
using nlohmann::json;

namespace {

std::string str(kg::text_view t) {
  return {t.data(), t.size()};
}
template <class E>
std::string name_of(E value) {
  return str(kg::name(value));
}
template <class E>
json names(const kg::flag_set<E>& set) {
  json out = json::array();
  for (const E value : set) {
    out.push_back(name_of(value));
  }
  return out;
}

// Whether a fact holds any of `values`: a set fact contains one, a single fact is one of them.
json any_of(const char* fact, const json& values, bool set_fact) {
  if (!set_fact) {
    return {{"fact", fact}, {"operator", "in"}, {"value", values}};
  }
  json any = json::array();
  for (const auto& v : values) {
    any.push_back({{"fact", fact}, {"operator", "contains"}, {"value", v}});
  }
  return {{"any", any}};
}
// Whether a fact holds none of `values` (a set fact).
json none_of(const char* fact, const json& values) {
  json all = json::array();
  for (const auto& v : values) {
    all.push_back({{"fact", fact}, {"operator", "doesNotContain"}, {"value", v}});
  }
  return {{"all", all}};
}
json fact_is(const char* fact, const char* op, const json& value) {
  return {{"fact", fact}, {"operator", op}, {"value", value}};
}
// A threshold on a value that may not be known (`known_fact` equals `unknown_is`): met when
// known and `test` holds, or when not known and `unknown_meets`.
json known_and(const char* known_fact, const json& unknown_is, const json& test,
               bool unknown_meets) {
  const json unknown = fact_is(known_fact, "equal", unknown_is);
  if (unknown_meets) {
    return {{"any", json::array({unknown, test})}};
  }
  return {{"all", json::array({fact_is(known_fact, "notEqual", unknown_is), test})}};
}

// A condition (condition.hpp) as json-rules-engine's "all".
json condition_of(const kg::condition& c, bool unknown_meets, kg::days review_window) {
  json all = json::array();
  const auto group = [&](const char* fact, const auto& set, bool set_fact) {
    if (!set.empty()) {
      all.push_back(any_of(fact, names(set), set_fact));
    }
  };
  group("regions", c.regions, true);
  group("muscles", c.muscles, true);
  group("health", c.health, true);
  group("symptoms", c.symptoms, true);
  group("red_flags", c.red_flags, true);
  group("causes", c.causes, true);
  group("moment", c.moments, false);
  group("preferences", c.preferences, true);
  group("trend", c.trends, false);
  group("daily_impact", c.daily_impact, false);
  group("sleep_impact", c.sleep_impact, false);
  if (c.pain_at_least.value() != 0) {
    all.push_back(known_and("pain", -1,
                            fact_is("pain", "greaterThanInclusive", c.pain_at_least.value()),
                            unknown_meets));
  }
  if (c.lasted_at_least != kg::days{0}) {
    all.push_back(known_and("known_since", false,
                            fact_is("lasted", "greaterThanInclusive", c.lasted_at_least.count()),
                            unknown_meets));
  }
  if (c.lasted_under != kg::days{0}) {
    all.push_back(known_and("known_since", false,
                            fact_is("lasted", "lessThan", c.lasted_under.count()), unknown_meets));
  }
  if (c.past_review_window) {
    all.push_back(known_and("known_since", false,
                            fact_is("lasted", "greaterThanInclusive", review_window.count()),
                            unknown_meets));
  }
  if (c.acute_phase) {
    all.push_back(fact_is("acute", "equal", true));
  }
  return {{"all", all}};
}

json rule_of(json conditions, const std::string& type, json params) {
  return {{"conditions", std::move(conditions)},
          {"event", {{"type", type}, {"params", std::move(params)}}}};
}

json export_rules(const kg::knowledge_base& kb, const kg::policy& p) {
  const kg::flag_set<kg::intervention> escalations = kg::escalation_steps(kb);
  const auto profile = [&](kg::intervention i) { return kg::find_profile(kb, i); };
  // Pass 1: the acute phase; pass 2: the signs the knowledge base reads from other answers
  // (they may read the acute phase); pass 3: what decides the plan.
  json acute = json::array();
  for (const kg::condition& c : kb.engine.acute_phase) {
    if (!kg::detail::asks_nothing(c)) {
      acute.push_back(rule_of(condition_of(c, true, p.review_window), "acute", json::object()));
    }
  }
  json signs = json::array();
  for (const kg::implied_sign& e : kb.implied_signs) {
    if (kg::is_valid(e.sign) && e.when.red_flags.empty() && !kg::detail::asks_nothing(e.when)) {
      signs.push_back(rule_of(condition_of(e.when, false, p.review_window), "sign",
                              {{"sign", name_of(e.sign)}}));
    }
  }
  json decide = json::array();
  for (const kg::red_flag flag : kg::enum_values<kg::red_flag>) {
    decide.push_back(rule_of({{"all", json::array({any_of("red_flags", {name_of(flag)}, true)})}},
                             "flag", {{"level", name_of(kg::tier_of(kb, flag))}}));
  }
  for (const kg::rule& r : kb.rules) {
    if (kg::is_valid(r.target)) {
      decide.push_back(rule_of(condition_of(r.when, false, p.review_window), name_of(r.effect),
                               {{"rule", str(r.id)},
                                {"target", name_of(r.target)},
                                {"amount", r.amount},
                                {"level", name_of(r.level)}}));
    }
  }
  // Past the review window, hurting and not getting better.
  decide.push_back(rule_of(
      {{"all",
        json::array({fact_is("known_since", "equal", true),
                     fact_is("lasted", "greaterThanInclusive", p.review_window.count()),
                     fact_is("trend", "notEqual", "better"), fact_is("pain", "notEqual", 0)})}},
      "review", json::object()));
  for (const kg::precaution& pre : kb.precautions) {
    if (pre.kind == kg::precaution_kind::contraindication && kg::is_valid(pre.which) &&
        profile(pre.which) != nullptr) {
      decide.push_back(rule_of(condition_of(pre.when, true, p.review_window), "exclude",
                               {{"target", name_of(pre.which)}, {"why", "contraindication"}}));
    }
  }
  for (const kg::intervention i : kg::enum_values<kg::intervention>) {
    const kg::intervention_profile* pr = profile(i);
    if (pr == nullptr) {
      continue;
    }
    if (pr->delivered_by.contains(kg::provider::self)) {  // the moment
      json suits = names(pr->suits - kg::flag_set<kg::moment>{kg::moment::any_time});
      if (!suits.empty()) {
        decide.push_back(rule_of({{"all", json::array({any_of("moment", suits, false)})}}, "raise",
                                 {{"target", name_of(i)}, {"amount", p.suits_moment}}));
      }
      if (!pr->suits.contains(kg::moment::any_time)) {
        json missed = names(kg::flag_set<kg::moment>::all() - pr->suits -
                            kg::flag_set<kg::moment>{kg::moment::any_time});
        if (!missed.empty()) {
          decide.push_back(rule_of({{"all", json::array({any_of("moment", missed, false)})}},
                                   "raise", {{"target", name_of(i)}, {"amount", p.misses_moment}}));
        }
      }
    }
    if (escalations.contains(i)) {
      continue;  // not a matter of place, preference or reach
    }
    if (!pr->fits.empty()) {
      // Where the muscles that may send the pain lie, for a knot given by its region alone.
      kg::flag_set<kg::region> sendable;
      for (const kg::muscle_entry& m : kb.muscles) {
        const kg::region lies = kg::region_of(m.which);
        if (pr->fits.contains(lies)) {
          sendable = sendable | (m.refers_to - kg::flag_set<kg::region>{lies});
        }
      }
      json all =
          json::array({fact_is("has_knots", "equal", true), none_of("regions", names(pr->fits))});
      if (!sendable.empty()) {
        all.push_back(none_of("unplaced_regions", names(sendable)));
      }
      decide.push_back(
          rule_of({{"all", all}}, "exclude", {{"target", name_of(i)}, {"why", "place"}}));
    }
    for (const kg::preference_entry& e : kb.engine.preferences) {
      if (e.rules_out.contains(i)) {
        decide.push_back(
            rule_of({{"all", json::array({any_of("preferences", {name_of(e.which)}, true)})}},
                    "exclude", {{"target", name_of(i)}, {"why", "preference"}}));
      }
    }
    if (!pr->delivered_by.contains(kg::provider::self) && !pr->delivered_by.empty()) {
      decide.push_back(rule_of({{"all", json::array({none_of("access", names(pr->delivered_by))})}},
                               "exclude", {{"target", name_of(i)}, {"why", "access"}}));
    }
  }
  // What the application's code needs to turn the events into a plan.
  json interventions = json::array();
  json base = json::object();
  json profiles = json::object();
  for (const kg::intervention i : kg::enum_values<kg::intervention>) {
    interventions.push_back(name_of(i));
    const auto at = static_cast<std::size_t>(i);
    base[name_of(i)] = at < p.base.size() ? p.base[at] : 0;
    if (const kg::intervention_profile* pr = profile(i)) {
      profiles[name_of(i)] = {{"alone", pr->delivered_by.contains(kg::provider::self)}};
    }
  }
  json levels = json::array();
  for (const kg::triage t : kg::enum_values<kg::triage>) {
    const kg::triage_entry* e = kg::find_level(kb, t);
    levels.push_back({{"level", name_of(t)},
                      {"step", e != nullptr && e->step ? json(name_of(e->step.value())) : json()}});
  }
  return {{"passes", {{"acute", acute}, {"signs", signs}, {"decide", decide}}},
          {"app",
           {{"interventions", interventions},
            {"levels", levels},
            {"review_level", name_of(kb.engine.review_level)},
            {"escalations", names(escalations)},
            {"base", base},
            {"profiles", profiles},
            {"steps", p.steps},
            {"self_care_when_urgent", p.self_care_when_urgent}}}};
}

// An assessment as the facts the rules read.
json facts_of(const kg::assessment& a) {
  kg::flag_set<kg::region> regions;
  kg::flag_set<kg::region> unplaced;
  kg::flag_set<kg::muscle> muscles;
  for (const kg::knot& k : a.knots) {
    regions.insert(k.where());
    if (k.muscle) {
      muscles.insert(k.muscle.value());
    } else {
      unplaced.insert(k.where());
    }
  }
  return {{"has_knots", !a.knots.empty()},
          {"regions", names(regions)},
          {"unplaced_regions", names(unplaced)},
          {"muscles", names(muscles)},
          {"health", names(a.health)},
          {"symptoms", names(a.symptoms)},
          {"red_flags", names(a.red_flags)},
          {"causes", names(a.causes)},
          {"moment", name_of(a.moment)},
          {"preferences", names(a.preferences)},
          {"trend", name_of(a.trend)},
          {"daily_impact", name_of(a.daily_impact)},
          {"sleep_impact", name_of(a.sleep_impact)},
          {"access", names(a.access)},
          {"pain", a.pain ? a.pain.value().value() : -1},
          {"lasted", a.since.value_or(kg::days{0}).count()},
          {"known_since", a.since.has_value()},
          {"acute", false}};
}

// Writes one of the files; false when it cannot.
bool write(const std::string& path, const json& document, int indent) {
  std::ofstream out(path);
  out << document.dump(indent) << '\n';
  out.close();
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    return false;
  }
  return true;
}

// The i-th of the assessments checked but not timed: a sweep assessment changed the way the
// sweep's space does not (most of the space carries a red flag, which makes a plan of one
// urgent step): without its red flags, so that scores, the moment, the place, preferences and
// ranking decide; with a symptom, a second knot given by its region alone, no knot at all, or
// only some professionals in reach.
kg::assessment varied(long i) {
  kg::assessment a = sweep_space::nth(i * 7'919 % sweep_space::space);
  const auto n = static_cast<std::size_t>(i);
  a.red_flags = i % 8 == 0 ? a.red_flags : kg::flag_set<kg::red_flag>{};
  if (i % 3 == 0) {
    a.symptoms = {kg::enum_values<kg::symptom>[n / 3 % kg::enum_count<kg::symptom>]};
  }
  if (i % 5 == 1) {
    (void)a.knots.try_push_back(
        {.region = kg::enum_values<kg::region>[n / 5 % kg::enum_count<kg::region>]});
  } else if (i % 5 == 2) {
    a.knots.clear();
  }
  if (i % 7 == 3) {
    a.access = {};
    for (std::size_t k = 0; k < kg::enum_count<kg::provider>; ++k) {
      if ((n >> k) % 2 == 1) {
        a.access.insert(kg::enum_values<kg::provider>[k]);
      }
    }
  }
  return a;
}

// An assessment as a case: its facts, and knotguide's level and steps.
json case_of(const kg::assessment& a, const kg::plan& made, bool timed) {
  json steps = json::array();
  for (const kg::step& s : made.steps) {
    steps.push_back(name_of(s.what));
  }
  return {
      {"facts", facts_of(a)}, {"level", name_of(made.level)}, {"steps", steps}, {"timed", timed}};
}

int run(const std::string& dir, int rounds) {
  // Timed: 1,024 of the sweep's assessments, recommend_varied's set. Checked: those, and 8,192
  // varied ones.
  constexpr long timed_count = 1024;
  constexpr long stride = 17'821;  // as recommend_varied: coprime to every dimension of the space
  constexpr long varied_count = 8192;
  std::vector<kg::assessment> set;
  json cases = json::array();
  for (long i = 0; i < timed_count + varied_count; ++i) {
    const bool timed = i < timed_count;
    const kg::assessment a =
        timed ? sweep_space::nth(i * stride % sweep_space::space) : varied(i - timed_count);
    const auto made = kg::recommend(a);
    if (!made) {
      std::fprintf(stderr, "assessment %ld: %s: %s\n", i, str(made.error().field).c_str(),
                   str(made.error().message).c_str());
      return 1;
    }
    cases.push_back(case_of(a, *made, timed));
    if (timed) {
      set.push_back(a);
    }
  }
  if (!write(dir + "/rules.json", export_rules(kg::default_knowledge, kg::default_policy), 1) ||
      !write(dir + "/cases.json", cases, -1)) {
    return 1;
  }
  // knotguide's time per evaluation over the same assessments: the least of the rounds.
  // Each plan is made whole: the optimiser neither knows the assessment nor may drop a part of
  // the plan (Google Benchmark's DoNotOptimize, as recommend_bench.cpp).
  double best = 0;
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    for (const kg::assessment& a : set) {
      const kg::assessment* given = &a;
      benchmark::DoNotOptimize(given);
      auto made = kg::recommend(*given);
      benchmark::DoNotOptimize(made);
    }
    const std::chrono::duration<double, std::nano> took = std::chrono::steady_clock::now() - start;
    const double each = took.count() / static_cast<double>(timed_count);
    best = r == 0 ? each : std::min(best, each);
  }
  std::printf("%.0f\n", best);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::span<char*> args(argv, static_cast<std::size_t>(argc));
  int rounds = 5;
  if (args.size() == 4 && std::string_view(args[2]) == "--rounds") {
    const std::string_view given(args[3]);
    const auto [end, failed] = std::from_chars(given.data(), given.data() + given.size(), rounds);
    if (failed != std::errc{} || end != given.data() + given.size() || rounds < 1) {
      std::fprintf(stderr, "--rounds: a whole number above 0, not '%s'\n", args[3]);
      return 2;
    }
  } else if (args.size() != 2) {
    std::fprintf(stderr, "usage: %s <dir> [--rounds N]\n", args[0]);
    return 2;
  }
  try {
    return run(args[1], rounds);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
}
