// The desk-break companion on a scripted clock, and its exports: what a person at a desk sees,
// and what Workrave and Stretchly load.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../../tests/support/physio_knowledge.hpp"
#include "companion.hpp"
#include "exports.hpp"

namespace kg = knotguide;
using std::chrono::seconds;

namespace {

struct day {
  desk_break::companion c{{}, kg::default_knowledge};
  std::vector<std::string> said;

  [[nodiscard]] bool says(const std::string& text) const {
    for (const std::string& line : said) {
      if (line.find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  }
  [[nodiscard]] std::size_t offers() const {
    std::size_t n = 0;
    for (const std::string& line : said) {
      n += line.find("time for a break") != std::string::npos ? 1U : 0U;
    }
    return n;
  }
};

}  // namespace

TEST_CASE("a break is offered after ten minutes of work, with the knowledge base's dose") {
  day d;
  d.c.worked(seconds{599}, d.said);
  CHECK(d.offers() == 0);
  d.c.worked(seconds{1}, d.said);
  REQUIRE(d.offers() == 1);
  CHECK(d.said.back() ==
        "00:10:00 time for a break. Active breaks: Take breaks where you stand up, move about "
        "and change your posture.");
  // An hour straight: one every ten minutes, at its time.
  d.c.worked(seconds{3600}, d.said);
  CHECK(d.offers() == 7);
  CHECK(d.says("01:10:00 time for a break"));
}

TEST_CASE("idle time: a short pause stops the count, five minutes counts as a break") {
  day d;
  d.c.worked(seconds{500}, d.said);
  d.c.idle(seconds{299}, d.said);  // paused, not reset
  d.c.worked(seconds{100}, d.said);
  CHECK(d.offers() == 1);
  d.c.worked(seconds{500}, d.said);
  d.c.idle(seconds{300}, d.said);  // a natural break
  CHECK(d.says("idle for 300 s: counted as a break"));
  d.c.worked(seconds{599}, d.said);
  CHECK(d.offers() == 1);
  d.c.took_break(d.said);  // a break taken resets the count too
  d.c.worked(seconds{599}, d.said);
  CHECK(d.offers() == 1);
}

TEST_CASE("a knot reported: its plan, and breaks with the dose for where it is") {
  day d;
  d.c.knot({.region = kg::region::neck}, kg::pain_score{4}, d.said);
  CHECK(d.says("the plan for this knot:"));
  CHECK(d.says("What to do:"));
  d.c.worked(seconds{600}, d.said);
  CHECK(d.said.back().ends_with(
      "Active breaks: Change position regularly; do not hold your neck still at a desk."));
}

TEST_CASE("an emergency sign: the plan leads with it, and no more self-care breaks") {
  day d;
  d.c.knot({.region = kg::region::upper_back}, {}, d.said);
  d.c.sign(kg::red_flag::chest_pain, d.said);
  REQUIRE(d.c.urgent());
  const auto plan_text = std::find_if(d.said.begin(), d.said.end(), [](const std::string& line) {
    return line.starts_with("Call emergency services");
  });
  CHECK(plan_text != d.said.end());
  CHECK(d.says("no more break reminders"));
  const std::size_t before = d.offers();
  d.c.worked(seconds{7200}, d.said);
  CHECK(d.offers() == before);
  CHECK(desk_break::exercises_of(d.c.plan(), kg::default_knowledge).empty());
}

TEST_CASE("the exports hold the plan's self-care steps, with their doses and cautions") {
  constexpr kg::assessment desk{.knots = {{.muscle = kg::muscle::upper_trapezius}},
                                .moment = kg::moment::at_desk};
  const auto plan = kg::recommend(desk);
  REQUIRE(plan);
  const auto exercises = desk_break::exercises_of(*plan, kg::default_knowledge);
  REQUIRE_FALSE(exercises.empty());
  for (const auto& e : exercises) {
    CHECK(e.what != kg::intervention::watchful_waiting);  // waiting is not an exercise
    CHECK_FALSE(e.title.empty());
    CHECK_FALSE(e.description.empty());
  }
  const std::string xml = desk_break::workrave_exercises(*plan, kg::default_knowledge);
  CHECK(xml.find("<title>Heat</title>") != std::string::npos);
  // The dose's 20 minutes, as one timed step.
  CHECK(xml.find("<image src=\"heat.png\" duration=\"1200\"/>") != std::string::npos);
  CHECK(xml.find("Take care: It should feel warm and comfortable, never too hot.") !=
        std::string::npos);
  const auto json =
      nlohmann::json::parse(desk_break::stretchly_ideas(*plan, kg::default_knowledge));
  CHECK(json["useIdeasFromSettings"] == true);
  CHECK(json["microbreakIdeas"][0]["data"] ==
        "Change position regularly; do not hold your neck still at a desk.");
  CHECK(json["breakIdeas"][0]["data"][0] == "Stretching");
}

TEST_CASE("an application's own knowledge: the physiotherapist's exercise, timed as prescribed") {
  constexpr kg::assessment desk{.knots = {{.region = kg::region::neck}},
                                .moment = kg::moment::at_desk};
  const auto plan = kg::recommend(desk, physio::knowledge);
  REQUIRE(plan);
  const std::string xml = desk_break::workrave_exercises(*plan, physio::knowledge);
  CHECK(xml.find("Chin tucks: hold 5 seconds, 10 times") != std::string::npos);
  // Ten holds of five seconds: the prescription's own figures.
  CHECK(xml.find("<sequence duration=\"50\">") != std::string::npos);
  const std::string hold = R"(<image src="stretching.png" duration="5"/>)";
  std::size_t holds = 0;
  for (auto at = xml.find(hold); at != std::string::npos; at = xml.find(hold, at + 1)) {
    ++holds;
  }
  CHECK(holds == 10);
  const std::string ideas = desk_break::stretchly_ideas(*plan, physio::knowledge);
  CHECK(ideas.find("Chin tucks") != std::string::npos);
}

TEST_CASE("text is escaped for XML") {
  CHECK(desk_break::detail::xml_escaped("a < b & \"c\" > d") ==
        "a &lt; b &amp; &quot;c&quot; &gt; d");
}
