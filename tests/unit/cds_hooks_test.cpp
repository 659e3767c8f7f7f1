// CDS Hooks cards: the rules of the specification, and how the plan maps onto them.
#include <doctest/doctest.h>

#include <knotguide/cds_hooks.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "../support/samples.hpp"

namespace kg = knotguide;

namespace {

nlohmann::json card_for(const kg::assessment& a) {
  const auto made = kg::recommend(a);
  REQUIRE(made);
  const auto response = nlohmann::json::parse(kg::cds_hooks_response(*made));
  REQUIRE(response["cards"].size() == 1);
  return response["cards"][0];
}

}  // namespace

TEST_CASE("the indicator follows the triage level") {
  CHECK(kg::cds_indicator(kg::triage::self_care) == "info");
  CHECK(kg::cds_indicator(kg::triage::physical_therapist) == "info");
  CHECK(kg::cds_indicator(kg::triage::doctor) == "warning");
  CHECK(kg::cds_indicator(kg::triage::doctor_today) == "warning");
  CHECK(kg::cds_indicator(kg::triage::emergency) == "critical");
  volatile int raw = 9;
  CHECK(kg::cds_indicator(static_cast<kg::triage>(raw)) == "critical");
  CHECK(card_for(samples::desk_worker)["indicator"] == "info");
  CHECK(card_for(samples::numb_arm)["indicator"] == "warning");
  kg::assessment emergency = samples::desk_worker;
  emergency.red_flags = {kg::red_flag::chest_pain};
  CHECK(card_for(emergency)["indicator"] == "critical");
}

TEST_CASE("every triage level's summary is under 140 characters") {
  for (const kg::triage level : kg::enum_values<kg::triage>) {
    kg::plan p;
    p.level = level;
    p.summary = kg::find_level(kg::default_knowledge, level)->text;
    const std::string summary = kg::cds_summary(p);
    CHECK(summary.rfind("Muscle knot: ", 0) == 0);
    CHECK(kg::detail::code_points(summary) < 140);
  }
}

TEST_CASE("a long triage sentence is cut at a word, with an ellipsis, under 140 characters") {
  std::string long_sentence;
  for (int i = 0; i < 30; ++i) {
    long_sentence += "\xC3\xA9tape ";  // "étape": two bytes for one character
  }
  const kg::text_entry texts[] = {{"triage.self_care", long_sentence.c_str()}};
  const kg::knowledge_base kb{.texts = texts};
  kg::plan p;
  p.summary = "triage.self_care";
  const std::string summary = kg::cds_summary(p, kb);
  CHECK(kg::detail::code_points(summary) < 140);
  CHECK(kg::detail::code_points(summary) > 130);
  // Cut after a whole word, then the ellipsis.
  CHECK(summary.substr(summary.size() - 9) == "\xC3\xA9tape\u2026");
}

TEST_CASE("the card's detail is the plan in Markdown, its source the first step's") {
  const nlohmann::json card = card_for(samples::desk_worker);
  CHECK(card["summary"] ==
        "Muscle knot: You can look after this yourself for now. Watch for the warning signs "
        "below.");
  const std::string detail = card["detail"];
  CHECK(detail.rfind("**You can look after this yourself for now.", 0) == 0);
  CHECK(detail.find("1. **Stretching** (by yourself, before bed)") != std::string::npos);
  CHECK(detail.find("*This is general information.") != std::string::npos);
  // The first step (stretching) cites s0, s1, exma, mans and wilke, none with an address: the
  // card names the first, the NYT article.
  const auto made = kg::recommend(samples::desk_worker);
  REQUIRE(made);
  CHECK(made->steps[0].sources.text() == "s0 s1 exma mans wilke");
  CHECK(card["source"]["label"] ==
        "Muscles in Knots? Here's How to Loosen Them Up (The New York Times)");
  CHECK_FALSE(card["source"].contains("url"));
  // The runner's first step (the doctor) cites afp first, then cct, which has an address.
  const nlohmann::json runner = card_for(samples::runner);
  const kg::source* cct = kg::find_source(kg::default_knowledge, "cct");
  REQUIRE(cct != nullptr);
  CHECK(runner["source"]["url"] == "https://" + std::string{cct->address});
}

TEST_CASE("without an address among the first step's sources, the card names its first") {
  static constexpr kg::source sources[] = {{.id = "a", .title = "Print A", .publisher = "P"},
                                           {.id = "b", .title = "Print B", .publisher = "Q"}};
  constexpr kg::knowledge_base kb{.sources = sources};
  kg::plan p;
  (void)p.steps.try_push_back(kg::step{.sources = "a b"});
  const auto card = nlohmann::json::parse(kg::cds_hooks_response(p, kb))["cards"][0];
  CHECK(card["source"]["label"] == "Print A (P)");
  CHECK_FALSE(card["source"].contains("url"));
}

TEST_CASE("suggestions: one per step, the first recommended, with a selection behaviour") {
  const auto made = kg::recommend(samples::runner);
  REQUIRE(made);
  const nlohmann::json card = card_for(samples::runner);
  REQUIRE(card["suggestions"].size() == made->steps.size());
  CHECK(card["suggestions"][0]["label"] == "See a doctor");  // as the detail names the step
  CHECK(card["suggestions"][1]["label"] == "Physical therapy");
  CHECK(card["suggestions"][0]["isRecommended"] == true);
  for (std::size_t i = 1; i < made->steps.size(); ++i) {
    CHECK(card["suggestions"][i]["isRecommended"] == false);
  }
  CHECK(card["selectionBehavior"] == "any");
}

TEST_CASE("a plan without steps has no suggestions and no selection behaviour") {
  const kg::plan empty{.summary = "triage.self_care", .disclaimer = "disclaimer"};
  const auto card = nlohmann::json::parse(kg::cds_hooks_response(empty))["cards"][0];
  CHECK_FALSE(card.contains("suggestions"));
  CHECK_FALSE(card.contains("selectionBehavior"));
  CHECK(card["source"]["label"] == "knotguide knowledge base");
}
