// Painkillers, as the health services advise them: which for where, gel or tablets, never an
// amount (the leaflet and the pharmacist give that), and who must not take ibuprofen or must ask
// first; and what a blood thinner means for the other steps (research/knowledge.md, sections
// 12.2 and 12.3).
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>

namespace kg = knotguide;
using kg::intervention;

namespace {

kg::plan plan_for(const kg::assessment& a) {
  kg::policy all;
  all.steps = kg::max_steps;
  const auto made = kg::recommend(a, kg::default_knowledge, all);
  REQUIRE(made.has_value());
  return *made;
}

// A neck knot, three days old, pain 4.
constexpr kg::assessment neck{
    .knots = {{.region = kg::region::neck}}, .pain = kg::pain_score{4}, .since = kg::days{3}};

bool cautions(const kg::step& s, kg::text_id text) {
  for (const kg::text_id t : s.cautions) {
    if (t == text) {
      return true;
    }
  }
  return false;
}

kg::text_view how(const kg::plan& plan) {
  const kg::step* pills = plan.find(intervention::painkillers);
  REQUIRE(pills != nullptr);
  return kg::text_of(kg::default_knowledge, pills->dose.text);
}

}  // namespace

TEST_CASE("a neck knot: paracetamol or ibuprofen, tablets or gel, by the leaflet") {
  const kg::plan plan = plan_for(neck);
  const kg::step* pills = plan.find(intervention::painkillers);
  REQUIRE(pills != nullptr);
  CHECK(pills->delivered_by == kg::provider::self);
  CHECK(pills->dose.text == "painkillers.dose");
  CHECK(cautions(*pills, "painkillers.leaflet"));
  CHECK(cautions(*pills, "painkillers.not_helping"));
  CHECK_FALSE(cautions(*pills, "painkillers.no_ibuprofen"));
  // In the default plan of six steps too: people ask about painkillers first.
  CHECK(kg::recommend(neck)->contains(intervention::painkillers));
}

TEST_CASE("pain in the head, the face or around the eye: no gel to rub on the sore area") {
  for (const kg::region place : {kg::region::head, kg::region::face, kg::region::eye}) {
    kg::assessment a = neck;
    a.knots = {{.region = place}};
    CAPTURE(kg::name(place));
    const kg::plan plan = plan_for(a);
    CHECK(plan.find(intervention::painkillers)->dose.text == "painkillers.dose.tablets");
    CHECK(how(plan).find("gel") == kg::text_view::npos);
    // With a knot in the neck besides, still none: the gel would go on the sore face too.
    a.knots = {{.region = place}, {.region = kg::region::neck}};
    CHECK(how(plan_for(a)).find("gel") == kg::text_view::npos);
  }
}

TEST_CASE("low back pain: an anti-inflammatory, never paracetamol alone (NICE NG59)") {
  kg::assessment back = neck;
  back.knots = {{.muscle = kg::muscle::quadratus_lumborum}};
  CHECK(plan_for(back).find(intervention::painkillers)->dose.text == "painkillers.dose.back");
  // Someone who must not take ibuprofen is not told to take paracetamol alone either.
  back.health = {kg::health_fact::pregnancy};
  const kg::text_view said = how(plan_for(back));
  CHECK(said.find("ibuprofen") == kg::text_view::npos);
  CHECK(said.find("paracetamol") == kg::text_view::npos);
}

TEST_CASE("pregnancy, a reaction to anti-inflammatories or a blood thinner: no ibuprofen") {
  for (const kg::health_fact fact :
       {kg::health_fact::pregnancy, kg::health_fact::reaction_to_anti_inflammatories,
        kg::health_fact::blood_thinners}) {
    kg::assessment a = neck;
    a.health = {fact};
    const kg::plan plan = plan_for(a);
    CHECK(how(plan).find("ibuprofen") == kg::text_view::npos);
    const kg::step* pills = plan.find(intervention::painkillers);
    CHECK((cautions(*pills, "painkillers.no_ibuprofen") ||
           cautions(*pills, "painkillers.blood_thinners")));
  }
}

TEST_CASE("who must ask a pharmacist first is told so, and paracetamol's own checks") {
  for (const kg::health_fact fact :
       {kg::health_fact::asthma, kg::health_fact::stomach_ulcer, kg::health_fact::kidney_problem,
        kg::health_fact::liver_problem, kg::health_fact::high_blood_pressure,
        kg::health_fact::heart_or_circulation_problem, kg::health_fact::aged_65_or_over}) {
    kg::assessment a = neck;
    a.health = {fact};
    const kg::plan plan = plan_for(a);
    const kg::step* pills = plan.find(intervention::painkillers);
    REQUIRE(pills != nullptr);
    CHECK(cautions(*pills, "painkillers.ask_first"));
    const bool organs =
        fact == kg::health_fact::kidney_problem || fact == kg::health_fact::liver_problem;
    CHECK(cautions(*pills, "painkillers.paracetamol_check") == organs);
    // Never told to take ibuprofen before asking: "ask a pharmacist which is safe for you".
    CHECK(pills->dose.text == "painkillers.dose.ask");
  }
}

TEST_CASE("in the first days after a strain, no anti-inflammatory is suggested") {
  kg::assessment a = neck;
  a.causes = {kg::cause::muscle_strain};
  a.since = kg::days{1};
  CHECK(plan_for(a).find(intervention::painkillers)->dose.text == "painkillers.dose.fresh");
  a.since = kg::days{4};
  CHECK(plan_for(a).find(intervention::painkillers)->dose.text == "painkillers.dose");
}

TEST_CASE("no painkiller sentence gives an amount") {
  const kg::intervention_profile* p =
      kg::find_profile(kg::default_knowledge, intervention::painkillers);
  REQUIRE(p != nullptr);
  const auto no_digits = [](kg::text_id id) {
    for (const char c : kg::text_of(kg::default_knowledge, id)) {
      if (c >= '0' && c <= '9') {
        return false;
      }
    }
    return true;
  };
  for (const kg::dose_entry& row : kg::default_knowledge.doses) {
    if (row.which != intervention::painkillers) {
      continue;
    }
    const kg::dose& d = row.dose;
    CHECK(no_digits(d.text));
    CHECK_FALSE(d.session.stated());
    CHECK_FALSE(d.sessions_per_day.stated());
    CHECK_FALSE(d.between_sessions.stated());
  }
  CHECK(no_digits(p->mechanism));
}

TEST_CASE("a blood thinner: tell the therapist, press lightly, no dry needling") {
  kg::assessment a = neck;
  a.knots = {{.muscle = kg::muscle::upper_trapezius}};
  a.pain = kg::pain_score{6};
  a.health = {kg::health_fact::blood_thinners};
  a.equipment = {kg::equipment::foam_roller};
  const kg::plan plan = plan_for(a);
  const kg::step* massage = plan.find(intervention::massage);
  REQUIRE(massage != nullptr);
  CHECK(cautions(*massage, "massage.blood_thinners"));
  const kg::step* rolling = plan.find(intervention::self_myofascial_release);
  REQUIRE(rolling != nullptr);
  CHECK(cautions(*rolling, "smr.blood_thinners"));
  const auto needling = kg::explain(a, intervention::dry_needling);
  REQUIRE(needling);
  CHECK(needling->standing == kg::standing::excluded);
  CHECK(needling->because.rule == "dn.bleeding");
}
