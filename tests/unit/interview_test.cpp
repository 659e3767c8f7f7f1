// The interview as people meet it: a desk worker and a person with chest pain answer one
// question at a time, a stroke sign with no place is caught, a pacemaker is asked only while
// electrical stimulation could be offered, every question has its words, and a reply that is
// not one of a question's choices is refused and leaves the interview as it was.
#include <doctest/doctest.h>

#include <knotguide/interview.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/lookup.hpp>
#include <string>
#include <vector>

namespace kg = knotguide;
using kg::topic;

namespace {

constexpr const kg::knowledge_base& kb = kg::default_knowledge;

constexpr kg::assessment desk_worker{
    .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::right}},
    .pain = kg::pain_score{5},
    .since = kg::days{3},
    .causes = {kg::cause::hunched_sitting},
    .moment = kg::moment::at_desk};

constexpr kg::assessment chest_pain{.knots = {{.region = kg::region::chest}},
                                    .red_flags = {kg::red_flag::chest_pain},
                                    .country = kg::country::united_kingdom};

// Answers every question from `person` until settled; the questions asked.
std::vector<kg::question> interview_of(const kg::assessment& person, kg::interview& iv) {
  std::vector<kg::question> asked;
  while (asked.size() < 64) {
    const auto next = kg::next_question(iv, kb);
    REQUIRE(next.has_value());
    if (!*next) {
      break;
    }
    asked.push_back(next->value());
    REQUIRE_FALSE(kg::record(iv, asked.back(), person));
  }
  return asked;
}

std::vector<topic> topics_of(const std::vector<kg::question>& asked) {
  std::vector<topic> topics;
  topics.reserve(asked.size());
  for (const kg::question& q : asked) {
    topics.push_back(q.topic);
  }
  return topics;
}

bool shows(const kg::question& q, kg::health_fact fact) {
  for (const std::uint8_t item : q.items) {
    if (item == static_cast<std::uint8_t>(fact)) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("the first question is where it hurts, and it needs no engine run to be known") {
  static_assert(kg::next_question(kg::interview{}, kb).value().value().topic == topic::knots);
  const kg::question first = kg::next_question(kg::interview{}, kb).value().value();
  CHECK(first.items.size() == kg::enum_count<kg::region>);
}

TEST_CASE(
    "a desk worker's interview: the neck's warning signs first, then what can change "
    "the plan, and the plan the form would give") {
  kg::interview iv;
  const std::vector<kg::question> asked = interview_of(desk_worker, iv);
  const std::vector<topic> expected{
      topic::knots,        topic::red_flags,    topic::pain,   topic::since,    topic::trend,
      topic::daily_impact, topic::sleep_impact, topic::causes, topic::symptoms, topic::moment,
      topic::equipment,    topic::preferences,  topic::health};
  CHECK(topics_of(asked) == expected);
  // The upper trapezius lies at the shoulder: its signs (chest pain that spreads there, a stroke,
  // new numbness) and those that count anywhere, the most urgent first; not the back's or the
  // eye's.
  const kg::question& signs = asked[1];
  CHECK(signs.items[0] == static_cast<std::uint8_t>(kg::red_flag::chest_pain));
  for (const std::uint8_t item : signs.items) {
    const auto sign = static_cast<kg::red_flag>(item);
    CHECK(sign != kg::red_flag::saddle_numbness);
    CHECK(sign != kg::red_flag::eye_emergency_signs);
  }
  CHECK(kg::recommend(iv.answers).value() == kg::recommend(desk_worker).value());
}

TEST_CASE("chest pain is an emergency after three questions: where, the signs, the country") {
  kg::interview iv;
  const std::vector<kg::question> asked = interview_of(chest_pain, iv);
  CHECK(topics_of(asked) == std::vector<topic>{topic::knots, topic::red_flags, topic::country});
  const kg::plan plan = kg::recommend(iv.answers).value();
  CHECK(plan.level == kg::triage::emergency);
  CHECK(plan == kg::recommend(chest_pain).value());
}

TEST_CASE("a stroke sign with no place: every warning sign is asked, and it is an emergency") {
  constexpr kg::assessment stroke{.red_flags = {kg::red_flag::stroke_signs}};
  kg::interview iv;
  const std::vector<kg::question> asked = interview_of(stroke, iv);
  REQUIRE(asked.size() >= 2);
  CHECK(asked[1].items.size() == kg::enum_count<kg::red_flag>);
  CHECK(asked.size() <= 3);
  CHECK(kg::recommend(iv.answers).value().level == kg::triage::emergency);
}

TEST_CASE("a pacemaker is asked only while electrical stimulation could be offered") {
  // A TENS machine at hand puts electrical stimulation within reach; without it, no question
  // shows the pacemaker.
  kg::assessment with_tens = desk_worker;
  with_tens.equipment = {kg::equipment::tens_unit};
  kg::policy stim_first;
  stim_first.base[static_cast<std::size_t>(kg::intervention::electrical_stimulation)] = 9;
  const auto health_question = [&](const kg::assessment& person) -> kg::question {
    kg::interview iv;
    while (const auto next = kg::next_question(iv, kb, stim_first).value()) {
      if (next.value().topic == topic::health) {
        return next.value();
      }
      REQUIRE_FALSE(kg::record(iv, next.value(), person));
    }
    return {};
  };
  CHECK(shows(health_question(with_tens), kg::health_fact::pacemaker));
  kg::assessment avoids = with_tens;
  avoids.preferences = {kg::preference::avoid_electrical_stimulation};
  avoids.access = {kg::provider::self};
  avoids.equipment = {};
  CHECK_FALSE(shows(health_question(avoids), kg::health_fact::pacemaker));
}

TEST_CASE("answering more asks every question left, and then the plan is the whole form's") {
  kg::assessment person = desk_worker;
  person.red_flags = {kg::red_flag::saddle_numbness};  // a sign of the back, not the shoulder
  kg::interview iv;
  (void)interview_of(person, iv);
  CHECK_FALSE(iv.red_flags_asked.contains(kg::red_flag::saddle_numbness));
  CHECK(kg::recommend(iv.answers).value().level == kg::triage::self_care);
  while (const auto next = kg::next_question(iv, kb, kg::asking::everything).value()) {
    REQUIRE_FALSE(kg::record(iv, next.value(), person));
  }
  CHECK(iv.answers == person);
  CHECK(kg::recommend(iv.answers).value().level == kg::triage::emergency);
}

TEST_CASE("every question and every item it shows has words in the catalog") {
  kg::interview iv;
  for (const topic t : kg::enum_values<topic>) {
    const kg::question_words words = kg::words_of(t);
    const std::string topic_name{kg::name(t).data(), kg::name(t).size()};
    CAPTURE(topic_name);
    CHECK(kg::find_text(kb, words.asks) != nullptr);
    CHECK(kg::find_text(kb, words.because) != nullptr);
  }
  kg::assessment everything = desk_worker;
  while (const auto next = kg::next_question(iv, kb, kg::asking::everything).value()) {
    const kg::question& q = next.value();
    for (const std::uint8_t item : q.items) {
      const kg::text_view name = kg::item_name(q.topic, item);
      const std::string item_name{name.data(), name.size()};
      CAPTURE(item_name);
      CHECK(!name.empty());
      CHECK(!kg::item_words(kb, q.topic, item).empty());
    }
    REQUIRE_FALSE(kg::record(iv, q, everything));
  }
}

TEST_CASE("a reply that is not one of the question's choices is refused, the interview kept") {
  kg::interview iv;
  const kg::question where = kg::next_question(iv, kb).value().value();
  REQUIRE_FALSE(kg::record(iv, where, desk_worker));
  const kg::interview before = iv;
  const auto again = kg::record(iv, where, desk_worker);
  REQUIRE(again);
  CHECK(again.value().field == kg::text_view{"knots"});
  CHECK(iv == before);

  const kg::question trend{topic::trend, {static_cast<std::uint8_t>(kg::trend::better)}};
  kg::assessment worse;
  worse.trend = kg::trend::worse;
  const auto refused = kg::record(iv, trend, worse);
  REQUIRE(refused);
  CHECK(refused.value().field == kg::text_view{"trend"});
  CHECK(iv == before);

  const kg::question symptoms{topic::symptoms,
                              {static_cast<std::uint8_t>(kg::symptom::pain_at_rest),
                               static_cast<std::uint8_t>(kg::symptom::pain_only_when_pressed)}};
  kg::assessment both;
  both.symptoms = {kg::symptom::pain_at_rest};
  REQUIRE_FALSE(kg::record(iv, symptoms, both));
  CHECK(iv.answers.symptoms.contains(kg::symptom::pain_at_rest));
}

TEST_CASE("reply_of() builds a reply from what the person picked, and refuses what was not shown") {
  const kg::question signs{topic::red_flags,
                           {static_cast<std::uint8_t>(kg::red_flag::chest_pain),
                            static_cast<std::uint8_t>(kg::red_flag::stroke_signs)}};
  const auto ticked = kg::reply_of(signs, {static_cast<std::uint8_t>(kg::red_flag::stroke_signs)});
  REQUIRE(ticked.has_value());
  CHECK(ticked->red_flags == kg::flag_set<kg::red_flag>{kg::red_flag::stroke_signs});
  const auto unshown = kg::reply_of(signs, {static_cast<std::uint8_t>(kg::red_flag::worried)});
  REQUIRE_FALSE(unshown.has_value());
  CHECK(unshown.error().field == kg::text_view{"red_flags"});

  const kg::question where = kg::next_question(kg::interview{}, kb).value().value();
  const auto places = kg::reply_of(where, {static_cast<std::uint8_t>(kg::region::neck),
                                           static_cast<std::uint8_t>(kg::region::shoulder)});
  REQUIRE(places.has_value());
  CHECK(places->knots.size() == 2);
  CHECK(places->knots[1].where() == kg::region::shoulder);

  const kg::question trend{
      topic::trend,
      {static_cast<std::uint8_t>(kg::trend::better), static_cast<std::uint8_t>(kg::trend::same),
       static_cast<std::uint8_t>(kg::trend::worse)}};
  CHECK(kg::reply_of(trend, {static_cast<std::uint8_t>(kg::trend::worse)})->trend ==
        kg::trend::worse);
  CHECK_FALSE(kg::reply_of(trend, {}).has_value());
  CHECK_FALSE(kg::reply_of(kg::question{topic::pain, {}}, {}).has_value());
}
