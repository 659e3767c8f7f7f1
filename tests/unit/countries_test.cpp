// The numbers to call where the person is: each country's emergency and urgent-advice numbers,
// each with what it is for, and without a country every country's, beside "your local emergency
// number", so that nobody is left with a number that is not theirs (research/knowledge.md,
// section 12.4).
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>
#include <string_view>

namespace kg = knotguide;

namespace {

std::string_view words_of(const kg::plan& plan) {
  REQUIRE_FALSE(plan.steps.empty());
  const kg::text_view t = kg::text_of(kg::default_knowledge, plan.steps[0].dose.text);
  return {t.data(), t.size()};
}

kg::plan emergency_in(kg::maybe<kg::country> where, kg::triage level = kg::triage::emergency) {
  kg::assessment a{.knots = {{.region = kg::region::upper_back}}};
  a.red_flags = {level == kg::triage::emergency ? kg::red_flag::chest_pain
                                                : kg::red_flag::high_temperature};
  a.country = where;
  const auto made = kg::recommend(a);
  REQUIRE(made.has_value());
  REQUIRE(made->level == level);
  return *made;
}

struct expected {
  kg::country where;
  std::string_view emergency;
  std::string_view urgent;  // empty: no national advice line was found
};
constexpr expected numbers[] = {
    {kg::country::united_kingdom, "999", "NHS 111"},
    {kg::country::ireland, "112", ""},
    {kg::country::european_union, "112", ""},
    {kg::country::united_states, "911", ""},
    {kg::country::canada, "911", ""},
    {kg::country::australia, "000", "1800 022 222"},
    {kg::country::new_zealand, "111", "0800 611 116"},
};

}  // namespace

TEST_CASE("each country's emergency plan gives its own number, and no other") {
  for (const expected& e : numbers) {
    CAPTURE(kg::name(e.where));
    const std::string_view said = words_of(emergency_in(e.where));
    CHECK(said.find(e.emergency) != std::string_view::npos);
    for (const expected& other : numbers) {
      if (other.emergency != e.emergency &&
          !(e.where == kg::country::ireland && other.emergency == "999")) {
        CHECK(said.find(other.emergency) == std::string_view::npos);
      }
    }
    const std::string_view urgent = words_of(emergency_in(e.where, kg::triage::doctor_today));
    if (!e.urgent.empty()) {
      CHECK(urgent.find(e.urgent) != std::string_view::npos);
    }
    const bool uk = e.where == kg::country::united_kingdom;
    CHECK((uk || urgent.find("NHS 111") == std::string_view::npos));
  }
}

TEST_CASE("without a country, the local emergency number, with every country's beside it") {
  const std::string_view said = words_of(emergency_in({}));
  CHECK(said.find("local emergency number") != std::string_view::npos);
  for (const expected& e : numbers) {
    CHECK(said.find(e.emergency) != std::string_view::npos);
  }
  CHECK(said.find("111 in New Zealand") != std::string_view::npos);  // never a bare 111
}

TEST_CASE("every country has its words for every level that has them somewhere") {
  const kg::knowledge_base& kb = kg::default_knowledge;
  for (const kg::country c : kg::enum_values<kg::country>) {
    CHECK(kg::find_country(kb, c, kg::triage::emergency) != nullptr);
    CHECK(kg::find_country(kb, c, kg::triage::doctor_today) != nullptr);
    CHECK_FALSE(kg::find_words(kb, c).empty());
  }
}
