// first_problem() finds each kind of problem and says where. Each case breaks one thing in a copy
// of the default knowledge base, as an application editing its own tables might.
#include <doctest/doctest.h>
#include <deque>

#include <iterator>
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>
#include <string>
#include <utility>
#include <vector>

namespace kg = knotguide;

namespace {

template <class T, std::size_t N>
std::vector<T> copy_of(const T (&table)[N]) {
  return {std::begin(table), std::end(table)};
}

struct editable_knowledge {
  std::vector<kg::source> sources = copy_of(kg::defaults::sources);
  std::vector<kg::text_entry> texts = copy_of(kg::defaults::texts);
  std::vector<kg::intervention_profile> interventions = copy_of(kg::defaults::interventions);
  std::vector<kg::dose_entry> doses = copy_of(kg::defaults::doses);
  std::vector<kg::precaution> precautions = copy_of(kg::defaults::precautions);
  std::vector<kg::note_entry> notes = copy_of(kg::defaults::notes);
  std::vector<kg::rule> rules = copy_of(kg::defaults::rules);
  std::vector<kg::red_flag_entry> red_flags = copy_of(kg::defaults::red_flags);
  std::vector<kg::muscle_entry> muscles = copy_of(kg::defaults::muscles);
  std::vector<kg::cause_entry> causes = copy_of(kg::defaults::causes);
  std::vector<kg::course_entry> course = copy_of(kg::defaults::course);
  std::vector<kg::implied_sign> implied_signs = copy_of(kg::defaults::implied_signs);
  std::vector<kg::country_entry> countries = copy_of(kg::defaults::countries);
  kg::engine_knowledge engine = kg::defaults::engine;

  [[nodiscard]] kg::kb_report first_problem() const {
    return kg::first_problem({.sources = sources,
                              .texts = texts,
                              .interventions = interventions,
                              .doses = doses,
                              .precautions = precautions,
                              .notes = notes,
                              .rules = rules,
                              .red_flags = red_flags,
                              .implied_signs = implied_signs,
                              .muscles = muscles,
                              .causes = causes,
                              .course = course,
                              .countries = countries,
                              .engine = engine});
  }
};

kg::intervention_profile& profile(editable_knowledge& kb, kg::intervention which) {
  for (kg::intervention_profile& p : kb.interventions) {
    if (p.which == which) {
      return p;
    }
  }
  FAIL("no profile");
  return kb.interventions.front();
}

// The n-th row of a table for one intervention, and its position in the table.
template <class Row>
std::size_t position(const std::vector<Row>& table, kg::intervention which, std::size_t n) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i].which == which && n-- == 0) {
      return i;
    }
  }
  FAIL("no such row");
  return 0;
}
kg::dose& dose(editable_knowledge& kb, kg::intervention which, std::size_t n) {
  return kb.doses[position(kb.doses, which, n)].dose;
}
kg::precaution& precaution(editable_knowledge& kb, kg::intervention which, std::size_t n) {
  return kb.precautions[position(kb.precautions, which, n)];
}

}  // namespace

TEST_CASE("an unedited copy of the default knowledge base is whole") {
  const editable_knowledge kb;
  CHECK_FALSE(kb.first_problem());
  CHECK(kg::first_problem(kg::default_knowledge) == kg::kb_report{});
}

TEST_CASE("a citation of a source the knowledge base lacks") {
  editable_knowledge kb;
  kb.rules[2].sources = "mayo clinic-handbook";
  const auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::unknown_source);
  CHECK(report.table == "rules");
  CHECK(report.index == 2);
  CHECK(report.id == "clinic-handbook");
}

TEST_CASE("a text id the catalog lacks") {
  editable_knowledge kb;
  profile(kb, kg::intervention::heat).mechanism = "heat.mechanisms";
  const auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::unknown_text);
  CHECK(report.table == "interventions");
  CHECK(report.id == "heat.mechanisms");
}

TEST_CASE("a piece of knowledge that cites nothing") {
  editable_knowledge kb;
  kb.red_flags[0].sources = "";
  const auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::uncited);
  CHECK(report.table == "red_flags");
  CHECK(report.id == kg::name(kb.red_flags[0].flag));
}

TEST_CASE("an uncited precaution or dose") {
  editable_knowledge kb;
  precaution(kb, kg::intervention::cold, 0).sources = "";
  CHECK(kb.first_problem() == kg::kb_report{kg::kb_problem::uncited, "precautions",
                                            position(kb.precautions, kg::intervention::cold, 0),
                                            "cold.numb_skin"});
  editable_knowledge other;
  dose(other, kg::intervention::cold, 1).sources = "";
  CHECK(other.first_problem() == kg::kb_report{kg::kb_problem::uncited, "doses",
                                               position(other.doses, kg::intervention::cold, 1),
                                               "cold.dose.mpa"});
}

TEST_CASE("a row that does not say its intervention is refused, not taken for the first") {
  editable_knowledge kb;
  kb.precautions.push_back({.kind = kg::precaution_kind::contraindication,
                            .when = {.health = {kg::health_fact::pacemaker}},
                            .text = "tens.contraindications",
                            .sources = "ccl"});
  CHECK(kb.first_problem() == kg::kb_report{kg::kb_problem::invalid_value, "precautions",
                                            kb.precautions.size() - 1, "intervention"});
  kb = editable_knowledge{};
  kb.doses.push_back({.dose = {.text = "heat.dose.ced", .sources = "ced"}});
  CHECK(kb.first_problem().problem == kg::kb_problem::invalid_value);
  CHECK(kb.first_problem().table == "doses");
}

TEST_CASE("no more cautions for one intervention than a step can say") {
  editable_knowledge kb;
  std::size_t cold_cautions = 0;
  for (const kg::precaution& c : kb.precautions) {
    if (c.which == kg::intervention::cold && c.kind == kg::precaution_kind::caution) {
      ++cold_cautions;
    }
  }
  while (cold_cautions < kg::max_cautions) {
    kb.precautions.push_back({.which = kg::intervention::cold,
                              .kind = kg::precaution_kind::caution,
                              .text = "cold.preferred",
                              .sources = "ced"});
    ++cold_cautions;
  }
  CHECK_FALSE(kb.first_problem());  // a step holds this many
  kb.precautions.push_back({.which = kg::intervention::cold,
                            .kind = kg::precaution_kind::caution,
                            .text = "cold.preferred",
                            .sources = "ced"});
  CHECK(kb.first_problem() == kg::kb_report{kg::kb_problem::too_many_cautions, "precautions",
                                            kb.precautions.size() - 1, "cold.preferred"});
}

TEST_CASE("a dose, precaution or note for no intervention, or a note the catalog lacks") {
  volatile int past_the_last = kg::enum_count<kg::intervention>;
  const auto nowhere = static_cast<kg::intervention>(past_the_last);
  editable_knowledge kb;
  kb.doses[3].which = nowhere;
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::invalid_value, "doses", 3, "intervention"});
  kb = editable_knowledge{};
  kb.precautions[5].which = nowhere;
  CHECK(kb.first_problem().problem == kg::kb_problem::invalid_value);
  CHECK(kb.first_problem().table == "precautions");
  CHECK(kb.first_problem().index == 5);
  kb = editable_knowledge{};
  kb.notes[2].which = nowhere;
  CHECK(kb.first_problem().problem == kg::kb_problem::invalid_value);
  CHECK(kb.first_problem().table == "notes");
  kb = editable_knowledge{};
  kb.notes[2].text = "stretch.no-such-note";
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::unknown_text, "notes", 2, "stretch.no-such-note"});
}

TEST_CASE("two entries with one id, and an entry with none") {
  editable_knowledge kb;
  kb.sources[5].id = kb.sources[4].id;
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::duplicate_id);
  CHECK(report.table == "sources");
  CHECK(report.index == 4);

  editable_knowledge other;
  other.texts[3].id = "";
  report = other.first_problem();
  CHECK(report.problem == kg::kb_problem::missing_id);
  CHECK(report.table == "texts");
  CHECK(report.index == 3);
}

TEST_CASE("of several repeated ids, the one that comes first is named, with where it first is") {
  editable_knowledge kb;
  const kg::text_id first = kb.texts[1].id;
  kb.texts[200].id = kb.texts[2].id;  // repeated, but first seen later than texts[1]
  kb.texts[150].id = first;
  kb.texts[7].id = "";  // an empty id after the first repeated one
  auto report = kb.first_problem();
  CHECK(report == kg::kb_report{kg::kb_problem::duplicate_id, "texts", 1, first.key()});

  kb.texts[0].id = "";  // an empty id before it comes first
  report = kb.first_problem();
  CHECK(report == kg::kb_report{kg::kb_problem::missing_id, "texts", 0, {}});
  // A catalog of hundreds of distinct ids has ids that share a bucket of the check's bitmap:
  // none of them is taken for a repeat.
  CHECK_FALSE(editable_knowledge{}.first_problem());
}

TEST_CASE(
    "a catalog out of order is refused at the first text out of place; sorted_by_id() sorts") {
  editable_knowledge kb;
  std::swap(kb.texts[40], kb.texts[41]);
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::unsorted_texts, "texts", 41, kb.texts[41].id.key()});
  // An application's texts added after the default ones, then sorted: whole again.
  static constexpr kg::text_entry added[] = {{"aa.first", "Said first."},
                                             {"zz.last", "Said last."}};
  static constexpr auto joined = kg::concat(added, kg::defaults::texts);
  static constexpr auto texts = kg::sorted_by_id(joined);
  static_assert(texts.size() == joined.size() && texts[0].id == "aa.first" &&
                texts[texts.size() - 1].id == "zz.last");
  kb.texts.assign(texts.begin(), texts.end());
  CHECK_FALSE(kb.first_problem());
  CHECK(kg::text_of({.texts = texts}, "zz.last") == "Said last.");
  kb.texts.assign(joined.begin(), joined.end());
  CHECK(kb.first_problem().problem == kg::kb_problem::unsorted_texts);
}

TEST_CASE("more sources than a plan in words can list are refused, not dropped") {
  editable_knowledge kb;
  std::deque<std::string> ids;
  while (kb.sources.size() <= kg::max_sources) {
    const std::string& id = ids.emplace_back("extra-" + std::to_string(ids.size()));
    kb.sources.push_back(
        {.id = kg::text_view{id.data(), id.size()}, .short_name = "Extra", .title = "Extra"});
  }
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::too_many_sources, "sources", kg::max_sources, {}});
  kb.sources.pop_back();
  CHECK_FALSE(kb.first_problem());
}

TEST_CASE("advice for until the person is seen, where no one is to be seen or it is an emergency") {
  editable_knowledge kb;
  kb.engine.levels[4].meanwhile = kb.engine.levels[2].meanwhile;  // the emergency
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::invalid_value, "engine.levels", 4, "emergency"});
  kb = editable_knowledge{};
  kb.engine.levels[0].meanwhile = kb.engine.levels[2].meanwhile;  // self-care: no one to see
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::invalid_value, "engine.levels", 0, "self_care"});
}

TEST_CASE("a source without a title and a catalog entry without text") {
  editable_knowledge kb;
  kb.sources[0].title = "";
  CHECK(kb.first_problem().problem == kg::kb_problem::missing_text);
  editable_knowledge other;
  other.texts[0].text = "";
  CHECK(other.first_problem().problem == kg::kb_problem::missing_text);
}

TEST_CASE("a reversed or negative range") {
  editable_knowledge kb;
  dose(kb, kg::intervention::heat, 1).session = {kg::minutes{20}, kg::minutes{15}};
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::unordered_range);
  CHECK(report.table == "doses");
  CHECK(report.id == "heat.dose.ced");

  editable_knowledge other;
  other.course[0].window = {kg::days{-3}, kg::days{14}};
  report = other.first_problem();
  CHECK(report.problem == kg::kb_problem::unordered_range);
  CHECK(report.table == "course");
}

TEST_CASE("open-ended ranges are ordered") {
  CHECK(kg::range<kg::hours>{kg::hours{4}, kg::hours{0}}.ordered());         // at least 4
  CHECK(kg::range<kg::minutes>{kg::minutes{0}, kg::minutes{20}}.ordered());  // up to 20
  CHECK_FALSE(kg::range<int>{}.stated());
  CHECK(kg::range<int>{2, 3}.stated());
}

TEST_CASE("a value outside its type") {
  editable_knowledge kb;
  kb.red_flags[1].tier = static_cast<kg::triage>(42);
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::invalid_value);
  CHECK(report.id == "triage");

  editable_knowledge other;
  volatile int raw = 60;
  profile(other, kg::intervention::heat).equipment.insert(static_cast<kg::equipment>(raw));
  CHECK(other.first_problem().problem == kg::kb_problem::invalid_value);
}

TEST_CASE("a condition with a value outside its type, or a duration below zero, by its field") {
  editable_knowledge kb;
  volatile int raw = 60;
  kb.rules[0].when.regions.insert(static_cast<kg::region>(raw));
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::invalid_value);
  CHECK(report.table == "rules");
  CHECK(report.id == "regions");

  editable_knowledge other;
  other.rules[0].when.lasted_under = kg::days{-1};
  report = other.first_problem();
  CHECK(report.problem == kg::kb_problem::unordered_range);
  CHECK(report.id == "lasted_under");

  editable_knowledge third;
  volatile int eleven = 11;
  precaution(third, kg::intervention::heat, 0).when.pain_at_least = kg::pain_score{eleven};
  report = third.first_problem();
  CHECK(report.problem == kg::kb_problem::invalid_value);
  CHECK(report.table == "precautions");
  CHECK(report.id == "pain_at_least");
}

TEST_CASE("two entries for one enumerator, and an enumerator without its entry") {
  editable_knowledge kb;
  kb.muscles[3].which = kg::muscle::soleus;
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::missing_entry);  // splenius_capitis lost its entry
  CHECK(report.id == "splenius_capitis");

  editable_knowledge other;
  other.causes.push_back(other.causes[0]);
  report = other.first_problem();
  CHECK(report.problem == kg::kb_problem::duplicate_entry);
  CHECK(report.id == kg::name(other.causes[0].which));

  editable_knowledge fewer;
  fewer.red_flags.pop_back();
  CHECK(fewer.first_problem().problem == kg::kb_problem::missing_entry);
}

TEST_CASE("a knowledge base without the engine's texts, or a level without its words") {
  editable_knowledge kb;
  kb.engine = {};
  CHECK(kb.first_problem().problem == kg::kb_problem::missing_engine_text);

  kb = editable_knowledge{};
  kb.engine.levels[3].text = "triage.soon";
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::unknown_text, "engine.levels", 3, "triage.soon"});

  kb = editable_knowledge{};
  kb.engine.long_term = {};
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::missing_engine_text, "engine", 0, "long_term"});

  kb = editable_knowledge{};
  kb.engine.watch_rules = {"pt.worsening"};
  CHECK(kb.first_problem().problem == kg::kb_problem::unknown_text);
}

TEST_CASE("a preference may not rule out the care a triage level requires") {
  editable_knowledge kb;
  kb.engine.preferences[4].rules_out.insert(kg::intervention::see_doctor);
  CHECK(kb.first_problem() == kg::kb_report{kg::kb_problem::refuses_escalation,
                                            "engine.preferences", 4, "prefers_self_care"});
}

TEST_CASE("a limit on a session's length is a caution's, and not below zero") {
  editable_knowledge kb;
  for (kg::precaution& c : kb.precautions) {
    c.longest_session = c.text == "cold.max_20" ? kg::minutes{-1} : c.longest_session;
  }
  const kg::kb_report report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::unordered_range);
  CHECK(report.table == "precautions");
  CHECK(report.id == "cold.max_20");

  // Only a caution is said beside a dose: a limit on a step's removal means nothing.
  editable_knowledge other;
  kg::precaution& removal = precaution(other, kg::intervention::cold, 0);
  REQUIRE(removal.kind == kg::precaution_kind::contraindication);
  removal.longest_session = kg::minutes{20};
  CHECK(other.first_problem().problem == kg::kb_problem::invalid_value);
  CHECK(other.first_problem().id == removal.text.key());
}

TEST_CASE("care a level requires cannot be excluded, and escalations go through its step") {
  editable_knowledge kb;
  kb.precautions.push_back({.which = kg::intervention::see_doctor,
                            .kind = kg::precaution_kind::contraindication,
                            .when = {.health = {kg::health_fact::diabetes}},
                            .text = "heat.numb_skin",
                            .sources = "hw"});
  CHECK(kb.first_problem().problem == kg::kb_problem::refuses_escalation);

  kb = editable_knowledge{};
  kb.rules[0].effect = kg::rule_effect::exclude;  // pt.daily-life, on physical therapy
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::refuses_escalation, "rules", 0, "pt.daily-life"});

  kb = editable_knowledge{};
  kb.rules[0].target = kg::intervention::heat;  // escalating to a physical therapist with heat
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::invalid_value, "rules", 0, "pt.daily-life"});

  kb = editable_knowledge{};
  kb.engine.watch_rules = {"cold.acute"};  // a rule that raises a score changes no level
  CHECK(kb.first_problem().problem == kg::kb_problem::invalid_value);

  kb = editable_knowledge{};
  kb.engine.levels[4].step_dose.kind = kg::dose_kind::trial_protocol;
  CHECK(kb.first_problem().problem == kg::kb_problem::invalid_value);
}

TEST_CASE("every enumerator a plan shows has its words in the catalog") {
  editable_knowledge kb;
  std::erase_if(kb.texts, [](const kg::text_entry& t) { return t.id == "moment.at_desk"; });
  CHECK(kb.first_problem() == kg::kb_report{kg::kb_problem::missing_words, "texts", 0, "at_desk"});
  CHECK(kg::find_words(kg::default_knowledge, kg::moment::at_desk) == "at your desk");
}

TEST_CASE("every enumerator a form asks about has its words in the catalog") {
  editable_knowledge kb;
  std::erase_if(kb.texts, [](const kg::text_entry& t) { return t.id == "region.sacrum"; });
  CHECK(kb.first_problem() == kg::kb_report{kg::kb_problem::missing_words, "texts", 0, "sacrum"});
  kb = editable_knowledge{};
  std::erase_if(kb.texts, [](const kg::text_entry& t) { return t.id == "health_fact.pregnancy"; });
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::missing_words, "texts", 0, "pregnancy"});
  // The words for a cause are a choice on a form; the sentence on how it brings knots on is
  // another entry.
  CHECK(kg::find_words(kg::default_knowledge, kg::cause::hunched_sitting) ==
        "sitting hunched over a computer");
  CHECK(kg::find_words(kg::default_knowledge, kg::muscle::soleus) == "deep in the calf (soleus)");
}

TEST_CASE("every source has the short name a person knows it by") {
  editable_knowledge kb;
  kb.sources[1].short_name = {};
  CHECK(kb.first_problem() == kg::kb_report{kg::kb_problem::missing_text, "sources", 1, "s1"});
}

TEST_CASE("a rule may not change a score by more than the engine can add safely") {
  editable_knowledge kb;
  kb.rules[7].amount = kg::rule_amount_limit + 1;
  CHECK(kb.first_problem() ==
        kg::kb_report{kg::kb_problem::invalid_value, "rules", 7, kb.rules[7].id});
  kb.rules[7].amount = -1;
  CHECK(kb.first_problem().problem == kg::kb_problem::invalid_value);
}

TEST_CASE("more rules than the engine can add up and name are refused, before any is read") {
  // A view that claims one rule more than max_rules over one real rule: the check must refuse
  // it from its size alone (reading the rules would go past the one that exists).
  struct claims_too_many {
    const kg::rule* rules = kg::defaults::rules;
    [[nodiscard]] const kg::rule* data() const { return rules; }
    [[nodiscard]] static std::size_t size() { return kg::max_rules + 1; }
  };
  kg::knowledge_base kb = kg::default_knowledge;
  kb.rules = kg::view<kg::rule>{claims_too_many{}};
  CHECK(kg::first_problem(kb) ==
        kg::kb_report{kg::kb_problem::too_many_rules, "rules", kg::max_rules, {}});
}

TEST_CASE("a red flag may not be put below seeing a doctor") {
  editable_knowledge kb;
  kb.red_flags[3].tier = kg::triage::self_care;
  const auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::red_flag_tier_too_low);
  CHECK(report.id == kg::name(kb.red_flags[3].flag));
}

TEST_CASE("a place with no warning sign to watch for is refused, by its name") {
  editable_knowledge kb;
  for (kg::red_flag_entry& e : kb.red_flags) {
    e.watch_in.erase(kg::region::heel);
  }
  const auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::unwatched_place);
  CHECK(report.table == "red_flags");
  CHECK(report.index == kb.red_flags.size());
  CHECK(report.id == "heel");
}

TEST_CASE("more signs to watch for than a plan can hold are refused at the one too many") {
  editable_knowledge kb;
  std::size_t watched = 0;
  for (std::size_t i = 0; i < kb.red_flags.size(); ++i) {
    kb.red_flags[i].watch_in = {kg::region::neck};
    if (++watched > kg::max_watched) {
      const auto report = kb.first_problem();
      CHECK(report.problem == kg::kb_problem::too_many_watched);
      CHECK(report.index == i);
      CHECK(report.id == kg::name(kb.red_flags[i].flag));
      return;
    }
  }
  FAIL("the default knowledge base has too few signs to test this");
}

TEST_CASE("an intervention that names no place on the body where it can be done") {
  editable_knowledge kb;
  profile(kb, kg::intervention::stretching).fits = {};
  const auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::unplaced_step);
  CHECK(report.table == "interventions");
  CHECK(report.id == "stretching");
}

TEST_CASE("urgent care that does not suit every place would leave someone without it") {
  editable_knowledge kb;
  profile(kb, kg::intervention::see_doctor).fits = {kg::region::neck};
  const auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::refuses_escalation);
  CHECK(report.id == "see_doctor");
}

TEST_CASE("a sign read from other signs, or from nothing at all") {
  editable_knowledge kb;
  kb.implied_signs[0].when.red_flags = {kg::red_flag::chest_pain};
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::invalid_value);
  CHECK(report.table == "implied_signs");
  CHECK(report.id == "leg_clot_signs");
  kb.implied_signs[0].when = {};
  report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::invalid_value);
  CHECK(report.table == "implied_signs");
}

TEST_CASE("a country left with another country's numbers, or named twice for one level") {
  editable_knowledge kb;
  kb.countries.pop_back();  // New Zealand's urgent-advice words
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::missing_entry);
  CHECK(report.table == "countries");
  CHECK(report.id == "new_zealand");

  kb = editable_knowledge{};
  kb.countries.push_back(kb.countries.front());
  report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::duplicate_entry);
  CHECK(report.index == kb.countries.size() - 1);
  CHECK(report.id == "united_kingdom");
}

TEST_CASE("an acute phase that holds for everyone, or cites nothing") {
  editable_knowledge kb;
  kb.engine.acute_phase[1] = {};
  auto report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::invalid_value);
  CHECK(report.id == "acute_phase");
  kb = editable_knowledge{};
  kb.engine.acute_phase_sources = {};
  report = kb.first_problem();
  CHECK(report.problem == kg::kb_problem::uncited);
  CHECK(report.id == "acute_phase");
}
