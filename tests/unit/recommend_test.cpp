// recommend() and explain() on named situations: one test per behaviour the engine promises.
#include <doctest/doctest.h>
#include <algorithm>

#include <boost/pfr/core.hpp>
#include <cstddef>
#include <iterator>
#include <knotguide/knotguide.hpp>
#include <utility>
#include <vector>

#include "../support/variety.hpp"

namespace kg = knotguide;
using kg::intervention;

namespace {

const kg::plan& plan_for(const kg::assessment& a, const kg::policy& p = kg::default_policy) {
  static kg::plan keep;  // the tests read one plan at a time
  const auto made = kg::recommend(a, kg::default_knowledge, p);
  REQUIRE(made.has_value());
  keep = *made;
  return keep;
}

bool has(const kg::plan& plan, intervention i) {
  return plan.find(i) != nullptr;
}

bool fired(const kg::step& s, kg::text_view rule) {
  for (const kg::reason& r : s.why) {
    if (r.rule == rule) {
      return true;
    }
  }
  return false;
}

bool cautions(const kg::step& s, kg::text_id text) {
  for (const kg::text_id t : s.cautions) {
    if (t == text) {
      return true;
    }
  }
  return false;
}

kg::explanation why(const kg::assessment& a, intervention i,
                    const kg::policy& p = kg::default_policy) {
  const auto e = kg::explain(a, i, kg::default_knowledge, p);
  REQUIRE(e.has_value());
  return *e;
}

// A desk worker with a knot in the right upper trapezius, asking at the desk.
constexpr kg::assessment desk_worker{
    .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::right}},
    .pain = kg::pain_score{4},
    .since = kg::days{3},
    .causes = {kg::cause::hunched_sitting},
    .symptoms = {kg::symptom::tender_to_touch},
    .moment = kg::moment::at_desk,
    .equipment = {kg::equipment::heating_pad}};

// The same desk worker, the knot at the side and back of the neck: away from the shoulder,
// whose own page sets a more urgent tier for very bad pain.
constexpr kg::assessment neck_worker = [] {
  kg::assessment a = desk_worker;
  a.knots = {{.muscle = kg::muscle::levator_scapulae, .side = kg::side::right}};
  return a;
}();

}  // namespace

TEST_CASE("invalid input is an error naming the field, never a plan") {
  kg::assessment a = desk_worker;
  volatile int raw = 11;
  a.pain = kg::pain_score{raw};
  auto made = kg::recommend(a);
  REQUIRE_FALSE(made);
  CHECK(made.error().code == kg::errc::out_of_range);
  CHECK(made.error().field == "pain");

  a = desk_worker;
  a.moment = static_cast<kg::moment>(raw);
  CHECK(kg::recommend(a).error().field == "moment");

  a = desk_worker;
  a.since = kg::days{-2};
  CHECK(kg::recommend(a).error().code == kg::errc::negative_duration);

  a = desk_worker;
  a.knots = {{.side = kg::side::left}};
  made = kg::recommend(a);
  CHECK(made.error().code == kg::errc::missing_value);
  CHECK(made.error().index == 0);

  a = desk_worker;
  a.knots = {{.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus, .region = kg::region::neck}};
  made = kg::recommend(a);
  CHECK(made.error().code == kg::errc::contradictory_facts);
  CHECK(made.error().field == "knots.region");
  CHECK(made.error().index == 1);

  a = desk_worker;
  a.symptoms = {kg::symptom::pain_at_rest, kg::symptom::pain_only_when_pressed};
  CHECK(kg::recommend(a).error().code == kg::errc::contradictory_facts);

  a = desk_worker;
  a.causes.insert(static_cast<kg::cause>(raw + 30));
  CHECK(kg::recommend(a).error().field == "causes");

  a = desk_worker;
  volatile int ninth = 8;
  a.knots = {{.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus},
             {.muscle = kg::muscle::soleus},
             {.muscle = static_cast<kg::muscle>(ninth)}};
  CHECK(kg::recommend(a).error().code == kg::errc::too_many_items);
  CHECK(kg::explain(a, intervention::heat).error().code == kg::errc::too_many_items);
}

TEST_CASE("an emergency sign: emergency care first, and nothing else by default") {
  kg::assessment a = desk_worker;
  a.red_flags = {kg::red_flag::saddle_numbness};
  const kg::plan& plan = plan_for(a);
  CHECK(plan.level == kg::triage::emergency);
  CHECK(plan.summary == "triage.emergency");
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.steps[0].what == intervention::emergency_care);
  CHECK(fired(plan.steps[0], "red-flag"));
  CHECK(plan.steps[0].why[0].read ==
        kg::fact_of(kg::fact_field::red_flags, kg::red_flag::saddle_numbness));
  CHECK(why(a, intervention::heat).standing == kg::standing::excluded);
  CHECK(why(a, intervention::heat).because.rule == "triage");
  CHECK(plan.steps[0].why[0].read.field_name() == "red_flags");
  CHECK(plan.steps[0].why[0].read.value_name() == "saddle_numbness");
}

TEST_CASE("an emergency plan holds nothing that suggests waiting") {
  kg::assessment a = desk_worker;
  a.red_flags = {kg::red_flag::chest_pain};
  a.causes = {kg::cause::hunched_sitting};
  const kg::plan& plan = plan_for(a);
  CHECK(plan.steps.size() == 1);
  CHECK(plan.steps[0].dose.text == "emergency.now");
  CHECK(plan.steps[0].timing.empty());  // emergency care has no time of day
  CHECK_FALSE(plan.course.stated());
  CHECK(plan.course_texts.empty());
  CHECK(plan.review_by == kg::days{0});
  CHECK(plan.would_change.empty());
  CHECK(plan.prevention.empty());  // no prevention, no "nothing to worry about"
  CHECK(plan.disclaimer == "disclaimer");
}

TEST_CASE("an emergency sign with a policy that allows self-care after it: still no waiting") {
  kg::assessment a = desk_worker;
  a.red_flags = {kg::red_flag::chest_pain};
  kg::policy p;
  p.self_care_when_urgent = true;
  const kg::plan& plan = plan_for(a, p);
  CHECK(plan.steps[0].what == intervention::emergency_care);
  REQUIRE(plan.steps.size() > 1);
  CHECK_FALSE(has(plan, intervention::watchful_waiting));
  CHECK_FALSE(has(plan, intervention::see_doctor));  // no lesser escalation beside it
  CHECK(why(a, intervention::watchful_waiting, p).because.rule == "triage");
  for (std::size_t k = 1; k < plan.steps.size(); ++k) {  // only what the person does alone
    CHECK(kg::find_profile(kg::default_knowledge, plan.steps[k].what)
              ->delivered_by.contains(kg::provider::self));
  }
  a.pain = kg::pain_score{9};
  CHECK_FALSE(has(plan_for(a, p), intervention::massage));
  CHECK_FALSE(has(plan_for(a, p), intervention::dry_needling));
}

TEST_CASE("a see-a-doctor-today sign: the doctor today, alone, and no waiting") {
  kg::assessment a = desk_worker;
  a.red_flags = {kg::red_flag::new_numbness_or_weakness};
  const kg::plan& plan = plan_for(a);
  CHECK(plan.level == kg::triage::doctor_today);
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.steps[0].what == intervention::see_doctor);
  CHECK(plan.steps[0].dose.text == "doctor.today");  // not "when pain lasts despite rest"
  CHECK(plan.steps[0].timing.empty());
  CHECK(why(a, intervention::watchful_waiting).because.rule == "triage");
  CHECK(plan.review_by == kg::days{0});
  CHECK(plan.course_texts.empty());
  CHECK(plan.prevention.empty());
  // The emergency signs of the neck and shoulder still worth naming: a heart attack's, a
  // stroke's.
  REQUIRE(plan.would_change.size() == 2);
  CHECK(plan.would_change[0].sign == kg::red_flag::chest_pain);
  CHECK(plan.would_change[1].sign == kg::red_flag::stroke_signs);
  for (const kg::change& c : plan.would_change) {
    CHECK(c.becomes == kg::triage::emergency);
  }
}

TEST_CASE("new numbness or tingling: no heat or cold, whatever the policy") {
  kg::policy p;
  p.self_care_when_urgent = true;
  for (const kg::red_flag sign :
       {kg::red_flag::new_numbness_or_weakness, kg::red_flag::pins_and_needles_or_cold_arm}) {
    kg::assessment a = desk_worker;
    a.moment = kg::moment::any_time;
    a.red_flags = {sign};
    const kg::plan& plan = plan_for(a, p);
    CHECK_FALSE(has(plan, intervention::heat));
    CHECK_FALSE(has(plan, intervention::cold));
    CHECK(why(a, intervention::heat, p).because.rule == "heat.numb_skin");
    CHECK(why(a, intervention::cold, p).because.rule == "cold.numb_skin");
  }
}

TEST_CASE("diabetes: the same care for cold as for heat") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::any_time;
  a.health = {kg::health_fact::diabetes};
  CHECK(why(a, intervention::heat).because.rule == "heat.numb_skin");
  CHECK(why(a, intervention::cold).because.rule == "cold.numb_skin");
}

TEST_CASE("a routine sign: see a doctor, self-care beside it, no waiting") {
  kg::assessment a = desk_worker;
  a.red_flags = {kg::red_flag::worried};
  const kg::plan& plan = plan_for(a);
  CHECK(plan.level == kg::triage::doctor);
  CHECK(plan.steps[0].what == intervention::see_doctor);
  CHECK(plan.steps[0].dose.text == "doctor.book");
  CHECK(plan.steps.size() > 1);
  CHECK_FALSE(has(plan, intervention::watchful_waiting));
  CHECK(plan.review_by == kg::days{0});
  CHECK(plan.course_texts.empty());
  REQUIRE_FALSE(plan.prevention.empty());
  CHECK(plan.prevention[plan.prevention.size() - 1] != "knots.long_term");
}

TEST_CASE("triage follows the sources' words on pain, sleep, daily life and the trend") {
  kg::assessment a = neck_worker;
  a.pain = kg::pain_score{10};
  CHECK(plan_for(a).level == kg::triage::doctor);  // NHS: severe pain, see a GP
  CHECK(fired(plan_for(a).steps[0], "doctor.severe-pain"));
  a.pain = kg::pain_score{7};
  CHECK(plan_for(a).level == kg::triage::doctor);
  a.pain = kg::pain_score{6};
  CHECK(plan_for(a).level == kg::triage::self_care);

  a = desk_worker;
  a.sleep_impact = kg::impact::severe;  // NHS: so bad you cannot sleep, a GP or 111 now
  CHECK(plan_for(a).level == kg::triage::doctor_today);
  a.sleep_impact = kg::impact::moderate;  // the seeds: quality of life, a physical therapist
  CHECK(plan_for(a).level == kg::triage::physical_therapist);

  a = desk_worker;
  a.daily_impact = kg::impact::severe;  // NHS: stops your daily activities, see a GP
  CHECK(plan_for(a).level == kg::triage::doctor);

  a = desk_worker;
  a.trend = kg::trend::worse;  // NHS and Mayo Clinic: getting worse, see a doctor
  CHECK(plan_for(a).level == kg::triage::doctor);
  CHECK(plan_for(a).steps[0].what == intervention::see_doctor);
}

TEST_CASE("red-flag tiers follow each source's urgency") {
  const auto level = [](kg::red_flag f) {
    kg::assessment a = desk_worker;
    a.red_flags = {f};
    return plan_for(a).level;
  };
  CHECK(level(kg::red_flag::stroke_signs) == kg::triage::emergency);
  CHECK(level(kg::red_flag::vision_speech_or_swallowing_change) == kg::triage::emergency);
  CHECK(level(kg::red_flag::severe_headache_fever_or_rash) == kg::triage::emergency);
  CHECK(level(kg::red_flag::high_temperature) == kg::triage::doctor_today);  // fever alone
  CHECK(level(kg::red_flag::serious_illness_history) == kg::triage::doctor);
  CHECK(level(kg::red_flag::new_pain_under_20_or_over_55) == kg::triage::doctor);
}

TEST_CASE("no red flag: watchful waiting with the course, heat with its dose and precautions") {
  const kg::plan& plan = plan_for(desk_worker);
  CHECK(plan.level == kg::triage::self_care);
  REQUIRE(has(plan, intervention::watchful_waiting));
  CHECK(plan.course == kg::range<kg::days>{kg::days{7}, kg::days{14}});
  const kg::step* heat = plan.find(intervention::heat);
  REQUIRE(heat != nullptr);
  CHECK(heat->dose.session == kg::range<kg::minutes>{kg::minutes{20}, kg::minutes{20}});
  CHECK(heat->dose.sessions_per_day == kg::range<int>{2, 3});
  CHECK(heat->dose.sources.text() == "hse");
  CHECK(cautions(*heat, "heat.warm_not_hot"));
  CHECK(heat->equipment.contains(kg::equipment::heating_pad));
  CHECK(heat->delivered_by == kg::provider::self);
  CHECK(heat->grade == kg::evidence_grade::low);
  for (const kg::step& s : plan.steps) {
    CHECK_FALSE(s.sources.empty());
  }
  CHECK(plan.disclaimer == "disclaimer");
}

TEST_CASE("at the desk with a postural cause: micro-breaks, and prevention tied to the cause") {
  const kg::plan& plan = plan_for(desk_worker);
  const kg::step* breaks = plan.find(intervention::micro_breaks);
  REQUIRE(breaks != nullptr);
  CHECK(fired(*breaks, "breaks.posture"));
  CHECK(fired(*breaks, "breaks.at-desk"));
  CHECK(breaks->timing == kg::flag_set<kg::moment>{kg::moment::at_desk});
  REQUIRE(plan.prevention.size() == 2);
  CHECK(plan.prevention[0] == "prevent.hunched_sitting");
  CHECK(plan.prevention[1] == "knots.long_term");
}

TEST_CASE("before bed: no heat pack to sleep on, and stretching fits") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::before_bed;
  const kg::plan& plan = plan_for(a);
  CHECK_FALSE(has(plan, intervention::heat));
  CHECK(why(a, intervention::heat).because ==
        kg::reason{"heat.not_at_bedtime",
                   kg::fact_of(kg::fact_field::moment, kg::moment::before_bed)});
  const kg::step* stretching = plan.find(intervention::stretching);
  REQUIRE(stretching != nullptr);
  CHECK(fired(*stretching, "stretch.before-bed"));
  CHECK(why(a, intervention::stretching).rank <= 2);
}

TEST_CASE("after exercise: stretch while warm") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::after_exercise;
  a.causes = {kg::cause::harder_than_usual_exercise};
  const kg::step* stretching = plan_for(a).find(intervention::stretching);
  REQUIRE(stretching != nullptr);
  CHECK(fired(*stretching, "stretch.after-exercise"));
  CHECK(stretching->timing == kg::flag_set<kg::moment>{kg::moment::after_exercise});
}

TEST_CASE(
    "in the first days after a strain, or with swelling: cold, and no heat, massage or rolling") {
  // However the person tells it: a fresh strain, swelling, or a strain or a knot given as the
  // cause within its first days (or on a day not known, which may be one of them).
  kg::assessment fresh = neck_worker;
  fresh.health = {kg::health_fact::fresh_strain};
  kg::assessment swollen = neck_worker;
  swollen.health = {kg::health_fact::swelling};
  kg::assessment strained = neck_worker;
  strained.causes = {kg::cause::muscle_strain};
  strained.since = kg::days{2};
  kg::assessment knocked = neck_worker;
  knocked.causes = {kg::cause::direct_trauma};
  knocked.since = kg::days{0};
  kg::assessment not_known = strained;
  not_known.since = {};
  for (kg::assessment a : {fresh, swollen, strained, knocked, not_known}) {
    a.moment = kg::moment::any_time;
    kg::policy all;
    all.steps = kg::max_steps;
    const kg::plan& plan = plan_for(a, all);
    CHECK_FALSE(has(plan, intervention::heat));
    CHECK_FALSE(has(plan, intervention::massage));
    CHECK_FALSE(has(plan, intervention::self_myofascial_release));
    CHECK(why(a, intervention::massage).because.rule == "fresh.no_massage");
    CHECK(why(a, intervention::self_myofascial_release).because.rule == "fresh.no_rolling");
    CHECK(why(a, intervention::stretching).because.rule == "fresh.rest");
    const kg::step* cold = plan.find(intervention::cold);
    REQUIRE(cold != nullptr);
    CHECK(fired(*cold, "cold.acute"));
    CHECK(cold->dose.within == kg::range<kg::hours>{kg::hours{48}, kg::hours{72}});
    CHECK(cold->suggest == kg::equipment::frozen_peas);  // none at hand: the cheapest
  }
  // Past those days a strain is no longer fresh.
  kg::assessment healing = strained;
  healing.since = kg::days{3};
  CHECK(why(healing, intervention::massage).standing != kg::standing::excluded);
  CHECK(why(healing, intervention::heat).standing != kg::standing::excluded);
}

TEST_CASE("doses are advice a person can follow, chosen for the moment and the region") {
  kg::assessment a = desk_worker;  // at the desk
  kg::policy all;
  all.steps = kg::max_steps;
  const kg::plan& at_desk = plan_for(a, all);
  const kg::step* breaks = at_desk.find(intervention::micro_breaks);
  REQUIRE(breaks != nullptr);
  CHECK(breaks->dose.text == "breaks.dose.hse");  // the neck leaflet's, for a shoulder knot
  CHECK(at_desk.find(intervention::stretching)->dose.text == "stretch.desk");  // the seeds

  a.moment = kg::moment::any_time;
  a.pain = kg::pain_score{5};
  const kg::plan& plan = plan_for(a, all);
  // A knot in the shoulder: the exercise sheet for the shoulder, over the general dose.
  CHECK(plan.find(intervention::stretching)->dose.text == "stretch.dose.shoulder");
  const kg::step* massage = plan.find(intervention::massage);
  REQUIRE(massage != nullptr);
  CHECK(massage->dose.text.empty());  // trial protocols are evidence, never a dose
  CHECK(massage->timing.empty());     // an appointment has no time of day

  a.knots = {{.muscle = kg::muscle::gastrocnemius}};
  const kg::plan& calf = plan_for(a, all);
  const kg::step* heat = calf.find(intervention::heat);
  REQUIRE(heat != nullptr);
  CHECK(heat->dose.text == "heat.dose.ced");  // the neck leaflet's dose is for the neck
  CHECK(calf.find(intervention::stretching)->dose.text == "stretch.dose.calf");
  // Each place with an exercise sheet gets its own; a place without one, the general dose.
  a.knots = {{.region = kg::region::lower_back}};
  CHECK(plan_for(a, all).find(intervention::stretching)->dose.text == "stretch.dose.low_back");
  a.knots = {{.region = kg::region::neck}};
  CHECK(plan_for(a, all).find(intervention::stretching)->dose.text == "stretch.dose.neck");
  // A knot named by its muscle gets the sheet of the muscle's place: one for each place the
  // exercise sheets cover.
  const std::pair<kg::muscle, kg::text_id> sheets[] = {
      {kg::muscle::rhomboids, "stretch.dose.upper_back"},
      {kg::muscle::middle_trapezius, "stretch.dose.upper_back"},
      {kg::muscle::piriformis, "stretch.dose.buttock"},
      {kg::muscle::gluteus_maximus, "stretch.dose.buttock"},
      {kg::muscle::vastus_lateralis, "stretch.dose.thigh"},
      {kg::muscle::hamstrings, "stretch.dose.thigh"},
      {kg::muscle::wrist_extensors, "stretch.dose.forearm"},
      {kg::muscle::erector_spinae, "stretch.dose.low_back"},
      {kg::muscle::levator_scapulae, "stretch.dose.neck"},
  };
  for (const auto& sheet : sheets) {
    const kg::text_view muscle = kg::name(sheet.first);
    CAPTURE(muscle);
    a.knots = {{.muscle = sheet.first}};
    CHECK(plan_for(a, all).find(intervention::stretching)->dose.text == sheet.second);
  }
  a.knots = {{.region = kg::region::elbow}};
  CHECK(plan_for(a, all).find(intervention::stretching)->dose.text == "stretch.dose.forearm");
  // A stretch done lying on the floor is not timed for the desk; at the desk, the desk's.
  a.knots = {{.muscle = kg::muscle::piriformis}};
  const kg::step* lying = plan_for(a, all).find(intervention::stretching);
  CHECK(lying->timing ==
        kg::flag_set<kg::moment>{kg::moment::after_exercise, kg::moment::before_bed});
  a.moment = kg::moment::at_desk;
  CHECK(plan_for(a, all).find(intervention::stretching)->dose.text == "stretch.desk");
  a.knots = {{.muscle = kg::muscle::rhomboids}};
  CHECK(plan_for(a, all).find(intervention::stretching)->dose.text == "stretch.dose.upper_back");
  a.moment = kg::moment::any_time;
  a.knots = {{.region = kg::region::chest}};
  CHECK(plan_for(a, all).find(intervention::stretching)->dose.text == "stretch.dose.acsm");
}

TEST_CASE("a caution on how long a session lasts is said only where the dose does not keep it") {
  kg::assessment a = desk_worker;  // a shoulder knot: cold for 5 minutes, from the neck leaflet
  a.moment = kg::moment::any_time;
  const kg::step* cold = plan_for(a).find(intervention::cold);
  REQUIRE(cold != nullptr);
  CHECK(cold->dose.text == "cold.dose.hse");
  CHECK_FALSE(cautions(*cold, "cold.max_20"));  // "5 minutes" beside "no more than 20" misled
  CHECK(cautions(*cold, "cold.not_on_skin"));   // the others stay

  // A dose that reaches the limit keeps it: "15 to 20 minutes", and no more than 20.
  kg::assessment strained = a;
  strained.health = {kg::health_fact::fresh_strain};
  strained.since = kg::days{2};
  const kg::step* fresh = plan_for(strained).find(intervention::cold);
  REQUIRE(fresh != nullptr);
  REQUIRE(fresh->dose.text == "cold.dose.mpa");
  CHECK(cautions(*fresh, "cold.max_20"));

  // A dose that does not say how long: the limit is said.
  std::vector<kg::dose_entry> doses{std::begin(kg::defaults::doses), std::end(kg::defaults::doses)};
  const auto with_cold_sessions = [&](kg::range<kg::minutes> session) {
    for (kg::dose_entry& row : doses) {
      row.dose.session = row.which == intervention::cold ? session : row.dose.session;
    }
    kg::knowledge_base kb = kg::default_knowledge;
    kb.doses = doses;
    const auto made = kg::recommend(a, kb);
    REQUIRE(made);
    REQUIRE(made->find(intervention::cold) != nullptr);
    return cautions(*made->find(intervention::cold), "cold.max_20");
  };
  CHECK(with_cold_sessions({}));
  // "At least 5 minutes" does not say how long at most: the limit is said.
  CHECK(with_cold_sessions({kg::minutes{5}, kg::minutes{0}}));
  CHECK_FALSE(with_cold_sessions({kg::minutes{5}, kg::minutes{19}}));
}

TEST_CASE("self-myofascial release with a tool at hand, or the cheapest alternative") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::any_time;
  a.equipment = {kg::equipment::lacrosse_ball};
  const kg::step* with_ball = plan_for(a).find(intervention::self_myofascial_release);
  REQUIRE(with_ball != nullptr);
  CHECK(with_ball->equipment == kg::flag_set<kg::equipment>{kg::equipment::lacrosse_ball});
  CHECK_FALSE(with_ball->suggest.has_value());

  a.equipment = {};
  const kg::step* without = plan_for(a).find(intervention::self_myofascial_release);
  REQUIRE(without != nullptr);
  CHECK(without->equipment.empty());
  CHECK(without->suggest == kg::equipment::hard_ball);
}

TEST_CASE("a step only where it suits: no rolling on the neck, heat for the eye on the neck") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::any_time;
  a.knots = {{.muscle = kg::muscle::levator_scapulae}};
  a.equipment = {kg::equipment::foam_roller};
  kg::policy all;
  all.steps = kg::max_steps;
  // A knot known to be in a neck muscle: rolling is not done on the neck.
  CHECK_FALSE(has(plan_for(a, all), intervention::self_myofascial_release));
  const auto left_out = why(a, intervention::self_myofascial_release, all);
  CHECK(left_out.standing == kg::standing::excluded);
  CHECK(left_out.because.rule == kg::engine_rule::place);
  CHECK(kg::reason_words(kg::default_knowledge, left_out.because) == "place.not_here");

  // Pain felt in the neck, its muscle not known: rolling goes to the muscle that may send the
  // pain there from where rolling suits, with where not to roll.
  a.knots = {{.region = kg::region::neck}};
  const kg::step* rolling = plan_for(a, all).find(intervention::self_myofascial_release);
  REQUIRE(rolling != nullptr);
  CHECK(rolling->at == kg::flag_set<kg::muscle>{kg::muscle::upper_trapezius});
  CHECK(cautions(*rolling, "smr.where"));

  // Pain around the eye: no heat, cold or rolling there; heat goes on the neck, shoulder and
  // temple muscles that send pain to the eye.
  a.knots = {{.region = kg::region::eye}};
  const kg::plan& eye = plan_for(a, all);
  const kg::step* heat = eye.find(intervention::heat);
  REQUIRE(heat != nullptr);
  CHECK(heat->at == kg::flag_set<kg::muscle>{kg::muscle::upper_trapezius,
                                             kg::muscle::sternocleidomastoid,
                                             kg::muscle::splenius_capitis, kg::muscle::temporalis});
  for (const kg::step& s : eye.steps) {
    const kg::intervention_profile* profile = kg::find_profile(kg::default_knowledge, s.what);
    REQUIRE(profile != nullptr);
    CHECK((profile->fits.contains(kg::region::eye) || !s.at.empty()));
  }
  // A knot where the step suits needs no other place.
  a.knots = {{.muscle = kg::muscle::gastrocnemius}};
  const kg::step* calf = plan_for(a, all).find(intervention::self_myofascial_release);
  REQUIRE(calf != nullptr);
  CHECK(calf->at.empty());
}

TEST_CASE("dry needling in pregnancy carries its sources' caution") {
  kg::assessment a = neck_worker;
  a.pain = kg::pain_score{8};
  a.moment = kg::moment::any_time;
  a.health = {kg::health_fact::pregnancy};
  const kg::step* needling = plan_for(a).find(intervention::dry_needling);
  REQUIRE(needling != nullptr);
  CHECK(cautions(*needling, "dn.pregnancy"));
}

TEST_CASE("under any policy, a step the moment alone lifts is still tested for its dangers") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::after_exercise;  // rolling suits it: +1
  a.equipment = {kg::equipment::foam_roller};
  a.health = {kg::health_fact::deep_vein_thrombosis};
  kg::policy p;
  p.base[static_cast<std::size_t>(intervention::self_myofascial_release)] = 0;
  const kg::plan& plan = plan_for(a, p);
  CHECK_FALSE(has(plan, intervention::self_myofascial_release));
  CHECK(why(a, intervention::self_myofascial_release, p).standing == kg::standing::excluded);
  CHECK(why(a, intervention::self_myofascial_release, p).because.rule == "smr.dvt");
}

TEST_CASE("massage, with the honest note that relief lasts a day or two") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::any_time;
  kg::policy all;
  all.steps = kg::max_steps;
  const kg::step* massage = plan_for(a, all).find(intervention::massage);
  REQUIRE(massage != nullptr);
  CHECK(massage->relief_lasts == kg::range<kg::days>{kg::days{1}, kg::days{2}});
  CHECK(massage->dose.text.empty());
  // Said as something to know, not a caution.
  CHECK(std::find_if(std::begin(kg::defaults::notes), std::end(kg::defaults::notes),
                     [](const kg::note_entry& note) {
                       return note.which == intervention::massage &&
                              note.text == "massage.short_lived";
                     }) != std::end(kg::defaults::notes));
  for (const kg::precaution& pre : kg::defaults::precautions) {
    CHECK_FALSE(pre.text == "massage.short_lived");
  }
  CHECK(massage->delivered_by != kg::provider::self);
}

TEST_CASE("a physical therapist when daily life suffers or the knot outlasts the window") {
  kg::assessment a = desk_worker;
  a.daily_impact = kg::impact::moderate;
  const kg::plan& by_impact = plan_for(a);
  CHECK(by_impact.level == kg::triage::physical_therapist);
  CHECK(by_impact.steps[0].what == intervention::physical_therapy);
  CHECK(fired(by_impact.steps[0], "pt.daily-life"));

  a = desk_worker;
  a.since = kg::days{15};
  const kg::plan& by_time = plan_for(a);
  CHECK(by_time.steps[0].what == intervention::physical_therapy);
  CHECK(by_time.steps[0].why[0] == kg::reason{"review", {kg::fact_field::since, 0, 15}});
  CHECK_FALSE(has(by_time, intervention::watchful_waiting));  // past the course: no more waiting
  CHECK(by_time.course_texts.empty());
  CHECK(by_time.review_by == kg::days{0});

  a = desk_worker;
  a.since = kg::days{13};
  CHECK(plan_for(a).level == kg::triage::self_care);
}

TEST_CASE("the review window is the policy's: 14 days by default") {
  kg::assessment a = desk_worker;
  a.since = kg::days{8};
  kg::policy week;
  week.review_window = kg::days{7};
  CHECK(plan_for(a).level == kg::triage::self_care);
  CHECK(plan_for(a, week).level == kg::triage::physical_therapist);
  a.since = kg::days{3};
  CHECK(plan_for(a, week).review_by == kg::days{7});
}

TEST_CASE("serious pain: dry needling and electrical stimulation as professional options") {
  kg::assessment a = neck_worker;
  a.pain = kg::pain_score{8};
  a.moment = kg::moment::any_time;
  const kg::plan& plan = plan_for(a);  // the default policy's six steps
  CHECK(plan.level == kg::triage::doctor);
  const kg::step* needling = plan.find(intervention::dry_needling);
  REQUIRE(needling != nullptr);
  CHECK(fired(*needling, "serious-pain.dry-needling"));
  CHECK(needling->delivered_by == kg::provider::physical_therapist);
  const kg::step* tens = plan.find(intervention::electrical_stimulation);
  REQUIRE(tens != nullptr);
  CHECK(tens->delivered_by == kg::provider::physical_therapist);  // no TENS unit at hand

  a.pain = kg::pain_score{6};
  CHECK(why(a, intervention::dry_needling).standing == kg::standing::not_offered);
}

TEST_CASE(
    "contraindications: pacemaker, epilepsy or pregnancy rule out electrical stimulation; "
    "bleeding disorders rule out needling") {
  kg::assessment a = desk_worker;
  a.pain = kg::pain_score{9};
  for (const kg::health_fact h :
       {kg::health_fact::pacemaker, kg::health_fact::epilepsy, kg::health_fact::pregnancy}) {
    a.health = {h};
    const auto e = why(a, intervention::electrical_stimulation);
    CHECK(e.standing == kg::standing::excluded);
    CHECK(e.because.rule == "tens.contraindications");
    CHECK(e.because.read == kg::fact_of(kg::fact_field::health, h));
  }
  for (const kg::health_fact h :
       {kg::health_fact::bleeding_disorder, kg::health_fact::blood_thinners}) {
    a.health = {h};
    CHECK(why(a, intervention::dry_needling).because.rule == "dn.bleeding");
  }
}

TEST_CASE("preferences are respected") {
  kg::assessment a = desk_worker;
  a.pain = kg::pain_score{8};
  a.preferences = {kg::preference::avoid_needles, kg::preference::avoid_cold,
                   kg::preference::avoid_electrical_stimulation};
  kg::policy all;
  all.steps = kg::max_steps;
  const kg::plan& plan = plan_for(a, all);
  CHECK_FALSE(has(plan, intervention::dry_needling));
  CHECK_FALSE(has(plan, intervention::cold));
  CHECK_FALSE(has(plan, intervention::electrical_stimulation));
  CHECK(why(a, intervention::cold).because ==
        kg::reason{"preference",
                   kg::fact_of(kg::fact_field::preferences, kg::preference::avoid_cold)});

  a.preferences = {kg::preference::prefers_self_care};
  a.moment = kg::moment::any_time;
  CHECK_FALSE(has(plan_for(a, all), intervention::massage));
}

TEST_CASE("professionals the person cannot reach are not offered; the triage still says so") {
  kg::assessment a = desk_worker;
  a.access = {};
  a.daily_impact = kg::impact::moderate;
  a.moment = kg::moment::any_time;
  const kg::plan& plan = plan_for(a);
  CHECK(plan.level == kg::triage::physical_therapist);
  CHECK(plan.steps[0].what == intervention::physical_therapy);
  CHECK(why(a, intervention::massage).because.rule == "access");
}

TEST_CASE("explain: in the plan at a rank, outranked by a step, or not offered") {
  kg::policy two;
  two.steps = 2;
  const auto first = why(desk_worker, intervention::watchful_waiting, two);
  CHECK(first.standing == kg::standing::in_plan);
  CHECK(first.rank == 1);
  const auto out = why(desk_worker, intervention::stretching, two);
  CHECK(out.standing == kg::standing::outranked);
  REQUIRE(out.outranked_by.has_value());
  CHECK(plan_for(desk_worker, two).steps[1].what == out.outranked_by.value());
  CHECK(why(desk_worker, intervention::see_doctor).standing == kg::standing::not_offered);
  CHECK(kg::explain(desk_worker, static_cast<intervention>(77)).error().field == "intervention");
}

TEST_CASE("the expected course and the review point follow the knots and the sources") {
  kg::assessment a = desk_worker;  // upper trapezius: the shoulder, where neck-pain advice applies
  const kg::plan& neck = plan_for(a);
  CHECK(neck.review_by == kg::days{14});
  bool nhs = false;
  for (const kg::text_id t : neck.course_texts) {
    nhs = nhs || t == "course.neck_nhs";
  }
  CHECK(nhs);
  REQUIRE_FALSE(neck.would_change.empty());
  CHECK(neck.would_change[0].by_day == kg::days{14});
  CHECK(neck.would_change[0].becomes == kg::triage::physical_therapist);
  bool numbness = false;
  for (const kg::change& c : neck.would_change) {
    numbness = numbness || (c.sign == kg::red_flag::new_numbness_or_weakness &&
                            c.becomes == kg::triage::doctor_today);
  }
  CHECK(numbness);

  a.since = kg::days{200};
  const kg::plan& chronic = plan_for(a);
  CHECK(chronic.level == kg::triage::doctor);
  CHECK(chronic.steps[0].what == intervention::see_doctor);
  CHECK(chronic.course_texts.empty());  // no course to wait out past six months
}

TEST_CASE("pain not known: not taken as severe, and the plan says so") {
  kg::assessment a = desk_worker;
  a.pain = {};
  const kg::plan& plan = plan_for(a);
  CHECK(plan.level == kg::triage::self_care);
  REQUIRE(plan.not_known.size() == 1);
  CHECK(plan.not_known[0] == "unknown.pain");
  CHECK(why(a, intervention::dry_needling).standing == kg::standing::not_offered);
}

TEST_CASE("duration not known: no review day counted from it, and the plan says so") {
  kg::assessment a = desk_worker;
  a.since = {};
  const kg::plan& plan = plan_for(a);
  CHECK(plan.level == kg::triage::self_care);
  REQUIRE(plan.not_known.size() == 1);
  CHECK(plan.not_known[0] == "unknown.since");
  CHECK(plan.review_by == kg::days{0});
  for (const kg::text_id t : plan.course_texts) {
    CHECK(t != "course.chronic");  // a minimum duration is not assumed
  }
  a.pain = {};
  CHECK(plan_for(a).not_known.size() == 2);
  CHECK(kg::recommend(desk_worker)->not_known.empty());
}

TEST_CASE("a policy out of bounds is an error naming its field, never a plan") {
  const auto refused = [](const kg::policy& p) {
    const auto made = kg::recommend(desk_worker, kg::default_knowledge, p);
    REQUIRE_FALSE(made.has_value());
    CHECK(kg::explain(desk_worker, intervention::heat, kg::default_knowledge, p).error() ==
          made.error());
    return made.error();
  };
  kg::policy p;
  p.base[3] = 2147483647;  // summed with rule amounts, it overflowed int inside the engine
  CHECK(refused(p) ==
        kg::error{kg::errc::out_of_range, "base", "must be a whole number from -1000 to 1000", 3});
  p = {};
  p.steps = 9;  // was cut to 8 without a word
  CHECK(refused(p).field == "steps");
  p = {};
  p.review_window = kg::days{0};
  CHECK(refused(p).field == "review_window");
  p = {};
  p.misses_moment = -1001;
  CHECK(refused(p).field == "misses_moment");
  p = {};
  p.suits_moment = 1001;
  CHECK(refused(p).field == "suits_moment");
  p = {};
  p.cheapest_first = {kg::equipment::tea_towel, kg::equipment::tea_towel};
  CHECK(refused(p) == kg::error{kg::errc::duplicate_item, "cheapest_first", "is listed twice", 1});
  p = {};
  volatile int bad = 99;
  p.cheapest_first = {static_cast<kg::equipment>(bad)};
  CHECK(refused(p).code == kg::errc::out_of_range);
  p = {};
  p.base = {1000, -1000};  // the bounds themselves are allowed
  p.suits_moment = -1000;
  CHECK(kg::recommend(desk_worker, kg::default_knowledge, p).has_value());
  CHECK_FALSE(kg::first_error(kg::default_policy).has_value());
}

TEST_CASE("not known, where it cannot matter, is not said: urgent plans point to nothing less") {
  kg::assessment a = desk_worker;
  a.pain = {};
  a.since = {};
  a.red_flags = {kg::red_flag::chest_pain};
  CHECK(plan_for(a).not_known.empty());
  a.red_flags = {kg::red_flag::high_temperature};
  CHECK(plan_for(a).not_known.empty());
}

TEST_CASE("what is not known meets a precaution's threshold, never a rule's") {
  kg::assessment a = desk_worker;
  a.pain = {};
  a.since = {};
  const kg::detail::facts f{a, kg::default_policy.review_window};
  const kg::condition severe{.pain_at_least = kg::pain_score{8}};
  const kg::condition recent{.lasted_under = kg::days{3}};
  CHECK_FALSE(kg::detail::holds(severe, f));
  CHECK(kg::detail::holds(severe, f, true));
  CHECK_FALSE(kg::detail::holds(recent, f));
  CHECK(kg::detail::holds(recent, f, true));
}

TEST_CASE("a dose for the first days after a strain only while those days last") {
  kg::assessment a = desk_worker;
  a.moment = kg::moment::any_time;
  a.health = {kg::health_fact::fresh_strain};
  a.since = kg::days{2};
  CHECK(plan_for(a).find(intervention::cold)->dose.text == "cold.dose.mpa");
  a.since = kg::days{10};
  const kg::step* cold = plan_for(a).find(intervention::cold);
  REQUIRE(cold != nullptr);
  CHECK(cold->dose.text != "cold.dose.mpa");
  CHECK_FALSE(cold->dose.within.stated());
  a.since = kg::days{2147483647};  // the fuzzer's find: days * 24 overflowed int
  REQUIRE(kg::recommend(a).has_value());
  CHECK_FALSE(kg::recommend(a)->find(intervention::cold)->dose.within.stated());
}

TEST_CASE("the sign that set the level is the doctor step's first reason") {
  kg::assessment a = desk_worker;
  a.pain = kg::pain_score{8};
  a.trend = kg::trend::worse;
  a.daily_impact = kg::impact::severe;
  a.since = kg::days{200};
  a.red_flags = {kg::red_flag::high_temperature};
  const kg::plan& plan = plan_for(a);
  CHECK(plan.level == kg::triage::doctor_today);
  CHECK(plan.steps[0].why[0] ==
        kg::reason{"red-flag",
                   kg::fact_of(kg::fact_field::red_flags, kg::red_flag::high_temperature)});
}

TEST_CASE("reason_words(): each why-trace link a person can read, in the catalog's words") {
  const kg::knowledge_base& kb = kg::default_knowledge;
  const auto words = [](const kg::reason& r) {
    return kg::text_of(kg::default_knowledge, kg::reason_words(kg::default_knowledge, r));
  };
  kg::assessment a = desk_worker;
  a.moment = kg::moment::before_bed;
  // A contraindication: its own sentence.
  CHECK(words(why(a, intervention::heat).because) ==
        "Do not lie on a hot pack or use one at bedtime: falling asleep on it can burn.");
  // A rule: the rule's sentence.
  const kg::step* stretching = plan_for(a).find(intervention::stretching);
  REQUIRE(stretching != nullptr);
  CHECK(words(stretching->why[0]) == "Before bed is a good time to stretch.");
  // A warning sign: the sign's words.
  a.red_flags = {kg::red_flag::high_temperature};
  CHECK(words(plan_for(a).steps[0].why[0]) == "A fever, or feeling unwell.");
  // The person's own answer and the level have no sentence of their own.
  a = desk_worker;
  a.preferences = {kg::preference::avoid_cold};
  CHECK(kg::reason_words(kb, why(a, intervention::cold).because).empty());
  a.red_flags = {kg::red_flag::chest_pain};
  CHECK(kg::reason_words(kb, why(a, intervention::heat).because).empty());
  CHECK(kg::reason_words(kb, kg::reason{}).empty());
}

TEST_CASE("with no knot's place known, the signs of every place are named") {
  kg::assessment a = desk_worker;
  a.knots = {};
  const kg::plan& plan = plan_for(a);
  std::size_t signs = 0;
  for (const kg::change& c : plan.would_change) {
    signs += c.sign ? 1U : 0U;
  }
  std::size_t watched = 0;
  for (const kg::red_flag_entry& e : kg::default_knowledge.red_flags) {
    watched += !e.watch_in.empty() && e.tier > plan.level ? 1U : 0U;
  }
  CHECK(signs == watched);
  CHECK(signs > 8);
}

TEST_CASE("a step the person can do alone is theirs when no professional is within reach") {
  kg::assessment a = neck_worker;
  a.pain = kg::pain_score{8};
  a.moment = kg::moment::any_time;
  a.access = {kg::provider::doctor};
  kg::policy all;
  all.steps = kg::max_steps;
  const kg::step* tens = plan_for(a, all).find(intervention::electrical_stimulation);
  REQUIRE(tens != nullptr);
  CHECK(tens->delivered_by == kg::provider::self);
  CHECK(tens->suggest == kg::equipment::tens_unit);
}

TEST_CASE("the same input gives the same plan") {
  const auto one = kg::recommend(desk_worker);
  const auto two = kg::recommend(desk_worker);
  CHECK(one == two);
}

TEST_CASE("a policy of no steps leaves only escalations, and explain() says so") {
  kg::policy none;
  none.steps = 0;
  CHECK(plan_for(desk_worker, none).steps.empty());
  const auto e = why(desk_worker, intervention::watchful_waiting, none);
  CHECK(e.standing == kg::standing::outranked);
  CHECK_FALSE(e.outranked_by.has_value());  // nothing outranked it: the plan holds no steps

  kg::assessment flagged = desk_worker;
  flagged.red_flags = {kg::red_flag::worried};
  const kg::plan& plan = plan_for(flagged, none);
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.steps[0].what == intervention::see_doctor);
}

TEST_CASE("recommend_into() fills a plan the application owns, whatever it held before") {
  // A plan that held an emergency, then the desk worker's: the same as a fresh plan.
  kg::plan owned;
  kg::assessment emergency = desk_worker;
  emergency.red_flags = {kg::red_flag::chest_pain};
  emergency.health = {kg::health_fact::pregnancy};
  REQUIRE_FALSE(kg::recommend_into(owned, emergency, kg::default_knowledge));
  CHECK(owned.level == kg::triage::emergency);
  REQUIRE_FALSE(kg::recommend_into(owned, desk_worker, kg::default_knowledge));
  CHECK(owned == *kg::recommend(desk_worker));

  // Every variety assessment, each into the plan the one before it filled.
  std::size_t alike = 0;
  variety::each_assessment([&](const kg::assessment& a) {
    REQUIRE_FALSE(kg::recommend_into(owned, a, kg::default_knowledge));
    alike += owned == *kg::recommend(a) ? 1U : 0U;
  });
  CHECK(alike == variety::count);

  // An error leaves the plan as it was, and is the error recommend() gives.
  kg::assessment invalid = desk_worker;
  const int eleven = 11;
  invalid.pain = kg::pain_score{eleven};
  const kg::plan before = owned;
  const auto refused = kg::recommend_into(owned, invalid, kg::default_knowledge);
  REQUIRE(refused.has_value());
  CHECK(refused.value() == kg::recommend(invalid).error());
  CHECK(owned == before);
  kg::policy too_many;
  too_many.steps = kg::max_steps + 1;
  CHECK(kg::recommend_into(owned, desk_worker, kg::default_knowledge, too_many).value().field ==
        "steps");
}

// detail::fill_plan() sets each member of plan by name: a new member must be set there too.
static_assert(boost::pfr::tuple_size_v<kg::plan> == 13,
              "a new member of plan: set it in detail::fill_plan() and count it here");

TEST_CASE("without_words(): the same plans, with neither the catalog nor the sources") {
  static constexpr kg::knowledge_base device = kg::without_words(kg::default_knowledge);
  static_assert(device.texts.empty() && device.sources.empty());
  static_assert(device.rules.size() == kg::default_knowledge.rules.size());
  std::size_t alike = 0;
  variety::each_assessment([&](const kg::assessment& a) {
    alike += *kg::recommend(a, device) == *kg::recommend(a) ? 1U : 0U;
    for (const kg::intervention i : kg::enum_values<kg::intervention>) {
      alike += *kg::explain(a, i, device) == *kg::explain(a, i) ? 0U : 1000000U;
    }
  });
  CHECK(alike == variety::count);
  CHECK(kg::text_of(device, kg::default_knowledge.engine.disclaimer).empty());
}

namespace {

bool watches(const kg::plan& plan, kg::red_flag sign) {
  for (const kg::change& c : plan.would_change) {
    if (c.sign == kg::maybe<kg::red_flag>{sign}) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("the new places: a chest muscle, the arm below the shoulder, the lower leg") {
  using kg::red_flag;
  kg::policy all;
  all.steps = kg::max_steps;
  // A knot in a chest muscle, bad enough for a professional's options: a routine appointment
  // (the HSE's chest-pain page), no TENS pads on the chest, needling with the lung's caution,
  // and the heart's emergency signs to watch for.
  const kg::assessment chest{.knots = {{.muscle = kg::muscle::pectoralis_major}},
                             .pain = kg::pain_score{8},
                             .since = kg::days{3},
                             .equipment = {kg::equipment::tens_unit}};
  const kg::plan& chest_plan = plan_for(chest, all);
  CHECK(chest_plan.level == kg::triage::doctor);
  CHECK_FALSE(has(chest_plan, intervention::electrical_stimulation));
  const kg::step* needling = chest_plan.find(intervention::dry_needling);
  REQUIRE(needling != nullptr);
  CHECK(cautions(*needling, "dn.chest"));
  CHECK(watches(chest_plan, red_flag::chest_pain));
  // The hand: a stroke, new numbness, a broken bone; not the leg's clot.
  const kg::plan& hand = plan_for(
      {.knots = {{.region = kg::region::hand}}, .pain = kg::pain_score{3}, .since = kg::days{4}});
  CHECK(watches(hand, red_flag::stroke_signs));
  CHECK(watches(hand, red_flag::new_numbness_or_weakness));
  CHECK(watches(hand, red_flag::broken_bone_signs));
  CHECK_FALSE(watches(hand, red_flag::leg_clot_signs));
  // The ankle: a clot in one leg, one that reached the lungs, a broken bone; a swollen ankle is
  // not read as a clot (sprains swell), but a clot before is.
  kg::assessment ankle{.knots = {{.region = kg::region::ankle}},
                       .pain = kg::pain_score{4},
                       .since = kg::days{5},
                       .health = {kg::health_fact::swelling}};
  const kg::plan& swollen = plan_for(ankle);
  CHECK(swollen.level < kg::triage::doctor_today);
  CHECK(watches(swollen, red_flag::leg_clot_signs));
  CHECK(watches(swollen, red_flag::lung_clot_signs));
  CHECK(watches(swollen, red_flag::broken_bone_signs));
  ankle.health = {kg::health_fact::deep_vein_thrombosis};
  CHECK(plan_for(ankle).level == kg::triage::doctor_today);
}
