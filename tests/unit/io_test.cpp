// operator<< for every knotguide type, and a plan rendered for a person.
#include <doctest/doctest.h>

#include <knotguide/io.hpp>
#include <sstream>
#include <string>

#include "../support/samples.hpp"

namespace kg = knotguide;

namespace {

template <class T>
std::string printed(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

std::size_t position(const std::string& text, const std::string& part) {
  const std::size_t at = text.find(part);
  REQUIRE_MESSAGE(at != std::string::npos, "missing: " << part);
  return at;
}

}  // namespace

TEST_CASE("enumerations print by name, and a value outside one says so") {
  CHECK(printed(kg::muscle::upper_trapezius) == "upper_trapezius");
  volatile int raw = 40;
  CHECK(printed(static_cast<kg::side>(raw)) == "<not a side: 40>");
}

TEST_CASE("flag sets print as lists in declaration order, with the invalid mark shown") {
  kg::flag_set<kg::cause> causes{kg::cause::stress, kg::cause::new_activity};
  CHECK(printed(causes) == "[new_activity, stress]");
  volatile int raw = 60;
  causes.insert(static_cast<kg::cause>(raw));
  CHECK(printed(causes) == "[new_activity, stress, <a value outside the type>]");
  CHECK(printed(kg::flag_set<kg::cause>{}) == "[]");
}

TEST_CASE("durations print with their unit, pain out of ten, maybe as none or the value") {
  CHECK(printed(kg::days{14}) == "14 d");
  CHECK(printed(kg::minutes{20}) == "20 min");
  CHECK(printed(kg::pain_score{7}) == "7/10");
  volatile int raw = 11;
  CHECK(printed(kg::pain_score{raw}) == "<pain out of range>");
  CHECK(printed(kg::maybe<kg::muscle>{}) == "none");
  CHECK(printed(kg::maybe<kg::muscle>{kg::muscle::soleus}) == "soleus");
}

TEST_CASE("aggregates print their type and each field by name, nested ones too") {
  const kg::knot k{.muscle = kg::muscle::soleus, .side = kg::side::left};
  CHECK(printed(k) == "knot{muscle: soleus, region: none, side: left, activity: active}");
  const kg::reason r{"moment", kg::fact_of(kg::fact_field::moment, kg::moment::before_bed)};
  CHECK(printed(r) ==
        "reason{rule: \"moment\", read: fact{field: moment, enumerator: 3, number: 0}}");
  CHECK(printed(kg::range<kg::minutes>{kg::minutes{15}, kg::minutes{20}}) ==
        "range{low: 15 min, high: 20 min}");
}

TEST_CASE("a result prints its value, or its error") {
  const kg::result<kg::pain_score> good = kg::pain_score::make(3);
  const kg::result<kg::pain_score> bad = kg::pain_score::make(12);
  CHECK(printed(good) == "3/10");
  CHECK(printed(bad) ==
        "error{code: out_of_range, field: \"pain\", message: \"must be a whole number from 0 to "
        "10\", index: -1}");
}

TEST_CASE("a whole assessment prints on one line") {
  const std::string line = printed(samples::desk_worker);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.rfind("assessment{knots: [knot{muscle: upper_trapezius", 0) == 0);
  CHECK(line.find("since: 3 d") != std::string::npos);
  CHECK(line.find("moment: before_bed") != std::string::npos);
}

TEST_CASE("a plan in words: triage first, then steps, course, review, cautions, disclaimer") {
  const auto made = kg::recommend(samples::desk_worker);
  REQUIRE(made);
  const std::string text = printed(kg::in_words(*made));
  const std::size_t triage = position(text, "Triage: Self-care at home should be enough");
  const std::size_t first =
      position(text, "1. Watchful waiting (by yourself; evidence: expert opinion)");
  const std::size_t course = position(text, "Expected course: 7-14 days.");
  const std::size_t review = position(text, "Review: by day 14.");
  const std::size_t cautions = position(text, "Cautions:\n");
  const std::size_t disclaimer = position(text, "This guidance is informational.");
  CHECK(triage == 0);
  CHECK(triage < first);
  CHECK(first < course);
  CHECK(course < review);
  CHECK(review < cautions);
  CHECK(cautions < disclaimer);
  // Each step gives its dose, timing, why and sources in the knowledge base's words.
  CHECK(text.find("   Dose: hold 10-30 s; 2-7 days a week; Hold each stretch") !=
        std::string::npos);
  CHECK(text.find("   When: before bed; use your foam roller") != std::string::npos);
  CHECK(text.find("   Why: Before bed is a good time to stretch (moment: before bed)") !=
        std::string::npos);
  CHECK(text.find("   Sources: [s0, s1, exma, mans, wilke]") != std::string::npos);
  CHECK(text.find("   Relief lasts: 1-2 days") != std::string::npos);
  CHECK(text.find("  - Cold: Never put ice straight on the skin") != std::string::npos);
  CHECK(text.find("none at hand, the cheapest that will do: frozen peas") != std::string::npos);
}

TEST_CASE("a plan in Markdown escapes the knowledge base's text and links its sources") {
  const auto made = kg::recommend(samples::numb_arm);
  REQUIRE(made);
  const std::string md = printed(kg::in_markdown(*made));
  CHECK(md.rfind("**Triage:** See a doctor today", 0) == 0);
  CHECK(md.find("1. **See doctor** (doctor; evidence: expert opinion)") != std::string::npos);
  CHECK(md.find("   - Why: A warning sign calls for it (red flags: new numbness or weakness)") !=
        std::string::npos);
  CHECK(md.find("[hse](https://www2.hse.ie/conditions/neck-pain)") != std::string::npos);
  CHECK(md.find("*This guidance is informational.") != std::string::npos);

  // Text of an application's knowledge base that looks like Markdown stays text.
  static constexpr kg::text_entry texts[] = {{"triage.self_care", "Rest *a little* [then] move"},
                                             {"disclaimer", "Not_advice"}};
  constexpr kg::knowledge_base tiny{.texts = texts};
  kg::plan p;
  p.level_text = "triage.self_care";
  p.disclaimer = "disclaimer";
  const std::string escaped = printed(kg::in_markdown(p, tiny));
  CHECK(escaped.find("Rest \\*a little\\* \\[then\\] move") != std::string::npos);
  CHECK(escaped.find("*Not\\_advice*") != std::string::npos);
}
