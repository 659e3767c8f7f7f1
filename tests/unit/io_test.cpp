// operator<< for every knotguide type, and a plan rendered for a person.
#include <doctest/doctest.h>

#include <knotguide/io.hpp>
#include <knotguide/words.hpp>
#include <sstream>
#include <string>

#include "../support/plain_words.hpp"
#include "../support/samples.hpp"
#include "../support/variety.hpp"

namespace kg = knotguide;
using plain_words::internal_token;

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

template <class T>
concept streamable = requires(std::ostream& out, const T& value) {
  out << value;
};

TEST_CASE("a catalog id does not print: a person reads its words, or code asks for its key") {
  static_assert(!streamable<kg::text_id>);
  static_assert(streamable<kg::plan> && streamable<kg::text_view>);
  const auto made = kg::recommend(samples::desk_worker);
  REQUIRE(made);
  CHECK(kg::text_of(kg::default_knowledge, made->summary).size() > 20);
  CHECK(made->summary.key() == "triage.self_care");
  std::ostringstream out;
  out << *made;  // inside a value, an id prints as the id it is
  CHECK(out.str().find("summary: \"triage.self_care\"") != std::string::npos);
}

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

TEST_CASE("a plan in words: what to do first, then the steps, the course, the review, the signs") {
  const auto made = kg::recommend(samples::desk_worker);
  REQUIRE(made);
  const std::string text = printed(kg::in_words(*made));
  const std::size_t level = position(text, "You can look after this yourself for now.");
  const std::size_t first = position(text, "1. Stretching (by yourself, before bed)\n");
  const std::size_t course = position(text, "How long it may take: Give it a week or two");
  const std::size_t review =
      position(text, "Check again on day 14: If it is no better by then, counting");
  const std::size_t signs = position(text, "If you have any of these, call emergency services");
  const std::size_t sources = position(text, "Where this comes from: ");
  const std::size_t more = position(text, "More about your steps:\n1. Stretching\n");
  const std::size_t disclaimer = position(text, "This is general information.");
  CHECK(level == 0);
  CHECK(level < first);
  CHECK(first < course);
  CHECK(course < review);
  CHECK(review < signs);
  CHECK(signs < sources);
  CHECK(sources < more);
  CHECK(more < disclaimer);
  // Each step in the knowledge base's words: how, with what, why and what to take care over;
  // then, for a reader who wants more, how it helps and the evidence.
  CHECK(text.find("   How: Shoulder rolls: roll your shoulders up to 10 to 15 times") !=
        std::string::npos);
  // Equipment the dose names already is not named again.
  CHECK(text.find("How: A bag of frozen peas wrapped in a tea towel") != std::string::npos);
  CHECK(text.find("You could use: a bag of frozen peas.") == std::string::npos);
  CHECK(text.find("   Use: a foam roller.") == std::string::npos);
  CHECK(text.find("   Why: Before bed is a good time to stretch.\n") != std::string::npos);
  CHECK(text.find("   Evidence: some evidence from small studies.") != std::string::npos);
  CHECK(text.find("   Take care: Never put ice straight on the skin.") != std::string::npos);
  CHECK(
      text.find("today or, if you cannot, call your urgent health advice line:\n  - You cannot "
                "move your arm.\n  - New tingling, numbness or weakness in your arms or legs.\n") !=
      std::string::npos);
  CHECK(text.find("   How it helps: Stretching eases pain") > more);
  // Sources by the names people know, once each: the few behind what to do, then the rest.
  CHECK(text.find("Where this comes from: NHS Bristol, shoulder exercises;") != std::string::npos);
  CHECK(text.find("The New York Times") > text.find("More sources: "));
}

TEST_CASE("the internal-token check finds what a person must not read") {
  CHECK(internal_token("Why: it suits (moment: before bed)") == "moment:");
  CHECK_FALSE(internal_token("Sources: [s0, s1]").empty());
  CHECK_FALSE(internal_token("as pt.lasting says").empty());
  CHECK(internal_token("see nhsb for more") == "nhsb");
  CHECK(internal_token("A step with score 6.") == "score");
  CHECK_FALSE(internal_token("self_myofascial_release").empty());
  CHECK(internal_token("Wait a moment. Check again on day 14: review it. Fit and fast.").empty());
}

TEST_CASE("a plan in words shows no id, rule, field name, score or source key") {
  variety::each_assessment([](const kg::assessment& a) {
    const auto made = kg::recommend(a);
    REQUIRE(made);
    const std::string text = printed(kg::in_words(*made));
    CHECK_MESSAGE(internal_token(text).empty(), internal_token(text), "\n", text);
  });
}

TEST_CASE("a plan in Markdown escapes the knowledge base's text and links its sources") {
  const auto made = kg::recommend(samples::numb_arm);
  REQUIRE(made);
  const std::string md = printed(kg::in_markdown(*made));
  CHECK(md.rfind("**See a doctor today.", 0) == 0);
  CHECK(md.find("1. **See a doctor**\n") != std::string::npos);
  CHECK(md.find("   - *Why:* New tingling, numbness or weakness in your arms or legs.") !=
        std::string::npos);
  CHECK(md.find("[NHS Midlands, neck pain](https://mpft.nhs.uk/services/msk/self-help/neck)") !=
        std::string::npos);
  CHECK(md.find("*This is general information.") != std::string::npos);

  // Text of an application's knowledge base that looks like Markdown stays text.
  // (Sorted by id, as every catalog is.)
  static constexpr kg::text_entry texts[] = {{"disclaimer", "Not_advice"},
                                             {"triage.self_care", "Rest *a little* [then] move"}};
  static constexpr kg::engine_knowledge engine{
      .levels = {{kg::triage::self_care, "triage.self_care", {}, {}}}};
  constexpr kg::knowledge_base tiny{.texts = texts, .engine = engine};
  kg::plan p;
  p.summary = "triage.self_care";
  p.disclaimer = "disclaimer";
  const std::string escaped = printed(kg::in_markdown(p, tiny));
  CHECK(escaped.find("Rest \\*a little\\* \\[then\\] move") != std::string::npos);
  CHECK(escaped.find("*Not\\_advice*") != std::string::npos);
}
