// A clot in a deep vein of the leg is not a knot: its signs, asked for and named to watch for
// with every knot in the calf or thigh, read from a swollen or hot leg, a doctor today (an
// emergency with breathlessness or chest pain), and nothing that rubs, rolls, heats or stretches
// the leg while they hold (research/knowledge.md, section 12.1).
#include <doctest/doctest.h>

#include <iterator>
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>
#include <knotguide/words.hpp>
#include <string>
#include <vector>

namespace kg = knotguide;
using kg::intervention;

namespace {

// A runner with a calf knot two days old, pain 6, the calf swollen and hot to the touch.
constexpr kg::assessment swollen_calf{
    .knots = {{.muscle = kg::muscle::gastrocnemius}},
    .pain = kg::pain_score{6},
    .since = kg::days{2},
    .health = {kg::health_fact::swelling, kg::health_fact::skin_hot_to_touch}};

kg::plan plan_for(const kg::assessment& a, const kg::policy& p = kg::default_policy) {
  const auto made = kg::recommend(a, kg::default_knowledge, p);
  REQUIRE(made.has_value());
  return *made;
}

bool names(const kg::plan& plan, kg::red_flag sign) {
  for (const kg::change& c : plan.would_change) {
    if (c.sign == sign) {
      return true;
    }
  }
  return false;
}

constexpr intervention hands_on[] = {intervention::heat, intervention::massage,
                                     intervention::self_myofascial_release,
                                     intervention::stretching};

}  // namespace

TEST_CASE("a swollen, hot calf is a doctor today, with the clot sign first and nothing to rub") {
  const kg::plan plan = plan_for(swollen_calf);
  CHECK(plan.level == kg::triage::doctor_today);
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.steps[0].what == intervention::see_doctor);
  REQUIRE_FALSE(plan.steps[0].why.empty());
  CHECK(plan.steps[0].why[0].rule == kg::engine_rule::red_flag);
  CHECK(plan.steps[0].why[0].read ==
        kg::fact_of(kg::fact_field::red_flags, kg::red_flag::leg_clot_signs));
  CHECK(names(plan, kg::red_flag::lung_clot_signs));  // what would make it an emergency
  // Until they are seen, the person is told to leave the leg alone.
  bool told_hands_off = false;
  for (const kg::text_id& c : plan.steps[0].cautions) {
    told_hands_off = told_hands_off || c == kg::text_id{"clot.hands_off"};
  }
  CHECK(told_hands_off);

  // Either sign alone, in the thigh as in the calf.
  kg::assessment thigh = swollen_calf;
  thigh.knots = {{.region = kg::region::thigh}};
  thigh.health = {kg::health_fact::skin_hot_to_touch};
  CHECK(plan_for(thigh).level == kg::triage::doctor_today);
}

TEST_CASE("while a clot sign holds, no policy lets heat, massage, rolling or stretching back") {
  kg::policy lenient;
  lenient.self_care_when_urgent = true;
  lenient.steps = kg::max_steps;
  for (int& score : lenient.base) {
    score = 9;
  }
  kg::assessment reported{.knots = {{.region = kg::region::calf}},
                          .red_flags = {kg::red_flag::leg_clot_signs},
                          .equipment = kg::flag_set<kg::equipment>::all()};
  for (const kg::assessment& a : {swollen_calf, reported}) {
    const kg::plan plan = plan_for(a, lenient);
    for (const intervention i : hands_on) {
      CHECK_FALSE(plan.contains(i));
      const auto why = kg::explain(a, i, kg::default_knowledge, lenient);
      REQUIRE(why);
      CHECK(why->standing == kg::standing::excluded);
      CHECK(why->because.rule == "clot.hands_off");
    }
  }
}

TEST_CASE("with breathlessness or chest pain, leg clot signs are an emergency") {
  kg::assessment a = swollen_calf;
  a.red_flags = {kg::red_flag::lung_clot_signs};
  const kg::plan plan = plan_for(a);
  CHECK(plan.level == kg::triage::emergency);
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.steps[0].what == intervention::emergency_care);
  CHECK(kg::tier_of(kg::default_knowledge, kg::red_flag::lung_clot_signs) == kg::triage::emergency);
}

TEST_CASE("every knot in the calf or thigh names the clot signs to watch for; others do not") {
  for (const kg::knot k :
       {kg::knot{.muscle = kg::muscle::gastrocnemius}, kg::knot{.muscle = kg::muscle::soleus},
        kg::knot{.region = kg::region::thigh}}) {
    const kg::plan plan = plan_for({.knots = {k}, .pain = kg::pain_score{3}, .since = kg::days{2}});
    CHECK(plan.level == kg::triage::self_care);
    CHECK(names(plan, kg::red_flag::leg_clot_signs));
    CHECK(names(plan, kg::red_flag::lung_clot_signs));
  }
  const kg::plan neck = plan_for({.knots = {{.region = kg::region::neck}}});
  CHECK_FALSE(names(neck, kg::red_flag::leg_clot_signs));
  // Swelling away from the leg is not read as a clot.
  const kg::plan back = plan_for({.knots = {{.region = kg::region::lower_back}},
                                  .pain = kg::pain_score{3},
                                  .since = kg::days{5},
                                  .health = {kg::health_fact::swelling}});
  CHECK(back.level == kg::triage::self_care);
}

TEST_CASE("the clot signs are in the catalog's words, cited to the health services' pages") {
  const kg::knowledge_base& kb = kg::default_knowledge;
  const kg::red_flag_entry* leg = kg::find_red_flag(kb, kg::red_flag::leg_clot_signs);
  REQUIRE(leg != nullptr);
  CHECK(leg->tier == kg::triage::doctor_today);
  CHECK(kg::text_of(kb, leg->text).find("blood clot") != kg::text_view::npos);
  for (const kg::text_view id : leg->sources) {
    CHECK(kg::find_source(kb, id) != nullptr);
  }
}

TEST_CASE("the clot sign named to watch for says to leave the leg alone until it is checked") {
  const kg::assessment runner{.knots = {{.muscle = kg::muscle::gastrocnemius}},
                              .pain = kg::pain_score{3},
                              .since = kg::days{2},
                              .moment = kg::moment::after_exercise};
  const auto made = kg::recommend(runner);
  REQUIRE(made);
  REQUIRE(made->contains(intervention::self_myofascial_release));  // rolling the calf is a step
  const std::string text = kg::to_string(kg::in_words(runner, *made));
  // Under "see a doctor today", after the sign, in one item: hands off the leg meanwhile.
  const std::size_t today = text.find("If you have any of these, see a doctor today");
  const std::size_t sign = text.find("This may be a blood clot in a deep vein (DVT)");
  REQUIRE(sign != std::string::npos);
  CHECK(today < sign);
  const std::size_t hands_off = text.find(
      "rather than a knot. With signs of a blood clot, do not massage, roll, heat or stretch the "
      "leg until a doctor has checked it.",
      sign);
  CHECK(hands_off != std::string::npos);
  CHECK(text.find('\n', sign) > hands_off);
  // Knots elsewhere name no clot sign, and say nothing of it.
  const auto neck = kg::recommend({.knots = {{.region = kg::region::neck}}});
  REQUIRE(neck);
  CHECK(kg::to_string(kg::in_words(*neck)).find("With signs of a blood clot") == std::string::npos);
  // A sign's words for meanwhile must be in the catalog.
  std::vector<kg::red_flag_entry> flags{std::begin(kg::defaults::red_flags),
                                        std::end(kg::defaults::red_flags)};
  for (kg::red_flag_entry& e : flags) {
    e.meanwhile =
        e.flag == kg::red_flag::leg_clot_signs ? kg::text_id{"clot.no_such"} : e.meanwhile;
  }
  kg::knowledge_base kb = kg::default_knowledge;
  kb.red_flags = flags;
  const kg::kb_report problem = kg::first_problem(kb);
  CHECK(problem.problem == kg::kb_problem::unknown_text);
  CHECK(problem.table == "red_flags");
}
