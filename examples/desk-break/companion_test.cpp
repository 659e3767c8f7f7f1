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

TEST_CASE("a break is offered after ten minutes of work, with the plan's steps for the desk") {
  day d;
  d.c.worked(seconds{599}, d.said);
  CHECK(d.offers() == 0);
  d.c.worked(seconds{1}, d.said);
  REQUIRE(d.offers() == 1);
  CHECK(d.said.back() ==
        "00:10:00 time for a break. Stretching: If you sit at a desk all day, roll your shoulders "
        "and turn your neck when you stand up. Take care: If stretching makes the pain worse, "
        "stop and see a doctor. Active breaks: Take breaks where you stand up, move about and "
        "change your posture.");
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
  CHECK(d.says("no keyboard or mouse for 300 s: counted as a break"));
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
  CHECK(d.says("break reminders stop here"));
  const std::size_t before = d.offers();
  d.c.worked(seconds{7200}, d.said);
  CHECK(d.offers() == before);
  CHECK(desk_break::exercises_of(d.c.plan(), kg::default_knowledge).empty());
}

TEST_CASE("the exports hold the plan's self-care for the desk, with doses and cautions") {
  constexpr kg::assessment desk{.knots = {{.muscle = kg::muscle::upper_trapezius}},
                                .moment = kg::moment::at_desk};
  const auto plan = kg::recommend(desk);
  REQUIRE(plan);
  REQUIRE(plan->contains(kg::intervention::heat));
  const auto exercises = desk_break::exercises_of(*plan, kg::default_knowledge);
  REQUIRE(exercises.size() == 2);
  CHECK(exercises[0].what == kg::intervention::stretching);
  CHECK(exercises[1].what == kg::intervention::micro_breaks);
  const std::string xml = desk_break::workrave_exercises(*plan, kg::default_knowledge);
  CHECK(xml.find("<title>Stretching</title>") != std::string::npos);
  CHECK(xml.find("Take care: If stretching makes the pain worse, stop and see a doctor.") !=
        std::string::npos);
  // A heat pack for twenty minutes is in the plan, not in a break of a few minutes.
  CHECK(xml.find("Heat") == std::string::npos);
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
  // Ten holds of five seconds, the prescription's own figures: the picture of one hold, which
  // Workrave shows again, with a sound, until the fifty seconds are over.
  CHECK(xml.find(R"(<sequence duration="50">)") != std::string::npos);
  CHECK(xml.find(R"(<image src="knotguide-exercise.png" duration="5"/>)") != std::string::npos);
  // The micro-break gives no time: its picture shows for Workrave's own length of an exercise.
  CHECK(xml.find(R"(<image src="knotguide-micro_breaks.png" duration="15"/>)") !=
        std::string::npos);
  const std::string ideas = desk_break::stretchly_ideas(*plan, physio::knowledge);
  CHECK(ideas.find("Chin tucks") != std::string::npos);
}

TEST_CASE("timing follows the dose's figures: holds with the rests between, or a session") {
  const kg::dose holds{.hold = {kg::seconds{30}, kg::seconds{30}},
                       .repetitions = {3, 3},
                       .rest = {kg::seconds{10}, kg::seconds{10}}};
  const desk_break::timing t = desk_break::detail::timing_of(holds);
  CHECK((t.hold == 30 && t.rest == 10 && t.times == 3));
  CHECK(t.total() == 110);  // three holds and the two rests between them
  const kg::dose session{.session = {kg::minutes{15}, kg::minutes{20}}};
  CHECK(desk_break::detail::timing_of(session).total() == 900);  // the low end of a range
  CHECK(!desk_break::detail::timing_of(kg::dose{}).stated());
}

TEST_CASE("a hold with rests: each picture once, then the rest's, the sequence as long as all") {
  constexpr kg::assessment calf{.knots = {{.muscle = kg::muscle::gastrocnemius}},
                                .moment = kg::moment::at_desk};
  const auto made = kg::recommend(calf);
  REQUIRE(made);
  kg::plan p = *made;
  kg::step* stretch = nullptr;
  for (kg::step& s : p.steps) {
    stretch = s.what == kg::intervention::stretching ? &s : stretch;
  }
  REQUIRE(stretch != nullptr);
  stretch->timing = {kg::moment::at_desk};
  stretch->dose.text = "stretch.dose.calf";  // a movement without a picture of Workrave's own
  stretch->dose.hold = {kg::seconds{30}, kg::seconds{30}};
  stretch->dose.repetitions = {3, 3};
  stretch->dose.rest = {kg::seconds{10}, kg::seconds{10}};
  const std::string xml = desk_break::workrave_exercises(p, kg::default_knowledge);
  CHECK(xml.find("<sequence duration=\"110\">\n"
                 "      <image src=\"knotguide-exercise.png\" duration=\"30\"/>\n"
                 "      <image src=\"knotguide-rest.png\" duration=\"10\"/>\n"
                 "    </sequence>") != std::string::npos);
  // An application's own pictures; none given falls back to the one for any exercise.
  const std::string none = desk_break::workrave_exercises(
      p, kg::default_knowledge, {},
      [](const desk_break::exercise&) { return std::vector<std::string_view>{}; });
  CHECK(none.find(R"(<image src="knotguide-exercise.png" duration="30"/>)") != std::string::npos);
}

TEST_CASE("text is escaped for XML, and for Workrave's markup inside it") {
  CHECK(desk_break::detail::xml_escaped("a < b & \"c\" > d") ==
        "a &lt; b &amp; &quot;c&quot; &gt; d");
  // Read as XML, "&amp;amp;" is "&amp;", which Pango shows as "&".
  CHECK(desk_break::detail::workrave_text("heat & ice <5 min>") ==
        "heat &amp;amp; ice &amp;lt;5 min&amp;gt;");
}

TEST_CASE("the Workrave export names a picture Workrave has or knotguide ships for every step") {
  constexpr kg::assessment desk{.knots = {{.muscle = kg::muscle::upper_trapezius}},
                                .moment = kg::moment::at_desk};
  const auto plan = kg::recommend(desk);
  REQUIRE(plan);
  const std::string xml = desk_break::workrave_exercises(*plan, kg::default_knowledge);
  // "Roll your shoulders and turn your neck": Workrave's own turning head, timed.
  CHECK(xml.find(R"(<sequence duration="15">)") != std::string::npos);
  CHECK(xml.find(R"(<image src="turn-head-1.png" duration="7"/>)") != std::string::npos);
  CHECK(xml.find(R"(<image src="turn-head-2.png" duration="8"/>)") != std::string::npos);
  CHECK(xml.find("<image src=\"stretching.png") == std::string::npos);
  CHECK(xml.find("<image src=\"micro_breaks.png") == std::string::npos);
  // The upper back's sitting stretch at the desk: knotguide's picture of it.
  constexpr kg::assessment upper_back{.knots = {{.muscle = kg::muscle::rhomboids}},
                                      .moment = kg::moment::at_desk};
  const auto back = kg::recommend(upper_back);
  REQUIRE(back);
  const std::string back_xml = desk_break::workrave_exercises(*back, kg::default_knowledge);
  CHECK(back_xml.find("Upper back stretches, sitting up straight") != std::string::npos);
  CHECK(back_xml.find(R"(<image src="knotguide-upper_back.png" duration="10"/>)") !=
        std::string::npos);
}

TEST_CASE("exporting again replaces knotguide's exercises and keeps Workrave's own") {
  constexpr kg::assessment desk{.knots = {{.muscle = kg::muscle::upper_trapezius}},
                                .moment = kg::moment::at_desk};
  const auto plan = kg::recommend(desk);
  REQUIRE(plan);
  const std::string stock =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<exercises>\n  <exercise>\n"
      "    <title>Turn your head</title>\n  </exercise>\n</exercises>\n";
  const std::string once = desk_break::workrave_exercises(*plan, kg::default_knowledge, stock);
  const std::string twice = desk_break::workrave_exercises(*plan, kg::default_knowledge, once);
  CHECK(once == twice);
  CHECK(once.find("<title>Turn your head</title>") > once.find("<title>Stretching</title>"));
  CHECK(once.find(desk_break::workrave_end) < once.find("<title>Turn your head</title>"));
  CHECK(once.rfind("</exercises>") == once.size() - 13);
}
