// The default knowledge base answers the questions apps ask of it.
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>
#include <vector>

namespace kg = knotguide;

namespace {
constexpr const kg::knowledge_base& kb = kg::default_knowledge;

std::vector<kg::muscle> likely(kg::region area) {
  const auto ranked = kg::likely_muscles(kb, area);
  return {ranked.begin(), ranked.end()};
}
}  // namespace

TEST_CASE("muscle to referral areas") {
  using kg::region;
  CHECK(kg::referral_areas(kb, kg::muscle::upper_trapezius) ==
        kg::flag_set<region>{region::neck, region::head, region::eye, region::jaw});
  CHECK(kg::referral_areas(kb, kg::muscle::quadratus_lumborum) ==
        kg::flag_set<region>{region::lower_back, region::sacrum, region::buttock, region::hip,
                             region::groin, region::knee});
  CHECK(kg::referral_areas(kb, kg::muscle::gluteus_minimus).contains(region::thigh));
  CHECK(kg::referral_areas(kb, kg::muscle::soleus) ==
        kg::flag_set<region>{region::heel, region::sacrum, region::calf});
  CHECK(kg::referral_areas(kb, kg::muscle::wrist_extensors) ==
        kg::flag_set<region>{region::elbow, region::forearm, region::wrist, region::hand});
  for (const kg::muscle m : kg::enum_values<kg::muscle>) {
    CHECK_FALSE(kg::referral_areas(kb, m).empty());
  }
}

TEST_CASE("pain area to the muscles most likely responsible, most likely first") {
  using kg::muscle;
  // Lies in the neck and refers there; refers there from elsewhere; lies there only.
  CHECK(likely(kg::region::neck) ==
        std::vector{muscle::levator_scapulae, muscle::upper_trapezius, muscle::sternocleidomastoid,
                    muscle::splenius_capitis, muscle::scalenes, muscle::suboccipitals});
  CHECK(likely(kg::region::head) ==
        std::vector{muscle::temporalis, muscle::upper_trapezius, muscle::sternocleidomastoid,
                    muscle::splenius_capitis, muscle::suboccipitals, muscle::masseter});
  CHECK(likely(kg::region::calf) == std::vector{muscle::gastrocnemius, muscle::soleus,
                                                muscle::tibialis_posterior, muscle::gluteus_minimus,
                                                muscle::hamstrings});
  // The places of the arms, chest and legs that no muscle lies in are served by those that send
  // pain there; those that lie there come first.
  CHECK(likely(kg::region::knee) == std::vector{muscle::quadratus_lumborum, muscle::gluteus_minimus,
                                                muscle::gastrocnemius, muscle::rectus_femoris,
                                                muscle::vastus_medialis, muscle::vastus_lateralis});
  CHECK(likely(kg::region::forearm).front() == muscle::wrist_extensors);
  CHECK(likely(kg::region::chest) ==
        std::vector{muscle::pectoralis_major, muscle::serratus_anterior, muscle::scalenes});
  CHECK(likely(kg::region::shin) == std::vector{muscle::tibialis_anterior});
  CHECK(likely(kg::region::heel) == std::vector{muscle::soleus, muscle::tibialis_posterior});
  CHECK(likely(kg::region::groin) == std::vector{muscle::quadratus_lumborum, muscle::iliopsoas});
}

TEST_CASE("both lookups agree, and every region of the body map has a muscle") {
  for (const kg::region area : kg::enum_values<kg::region>) {
    const auto muscles = likely(area);
    CHECK_FALSE(muscles.empty());
    for (const kg::muscle m : muscles) {
      CHECK((kg::referral_areas(kb, m).contains(area) || kg::region_of(m) == area));
    }
  }
}

TEST_CASE("every red flag's tier, as its sources sort them; the more urgent where they differ") {
  using kg::red_flag;
  using kg::triage;
  const auto tier = [](red_flag f) { return kg::tier_of(kb, f); };
  // Emergency: call emergency services or go to an emergency department now (NHS back pain,
  // heart attack signs, GPonline; stroke signs by the NHS FAST test, which also makes a speech
  // or swallowing change an emergency where the neck leaflet says "see your doctor").
  for (const red_flag f : {red_flag::leg_symptoms_both_sides, red_flag::saddle_numbness,
                           red_flag::bladder_or_bowel_change, red_flag::chest_pain,
                           red_flag::serious_accident, red_flag::severe_headache_fever_or_rash,
                           red_flag::stroke_signs, red_flag::vision_speech_or_swallowing_change}) {
    CHECK(tier(f) == triage::emergency);
  }
  // Urgent: see a doctor today.
  for (const red_flag f :
       {red_flag::high_temperature, red_flag::unexplained_weight_loss,
        red_flag::lump_or_changed_shape, red_flag::night_or_rest_pain,
        red_flag::worse_on_coughing_or_sneezing, red_flag::pain_between_shoulder_blades,
        red_flag::new_numbness_or_weakness, red_flag::balance_or_coordination_change,
        red_flag::recent_neck_injury_or_surgery, red_flag::pins_and_needles_or_cold_arm}) {
    CHECK(tier(f) == triage::doctor_today);
  }
  // Routine: see a doctor soon; background history only as far as its source says.
  for (const red_flag f :
       {red_flag::painkillers_not_working, red_flag::cannot_cope, red_flag::worried,
        red_flag::serious_illness_history, red_flag::new_pain_under_20_or_over_55}) {
    CHECK(tier(f) == triage::doctor);
  }
  CHECK(kb.red_flags.size() == kg::enum_count<red_flag>);
}

TEST_CASE("a red flag the knowledge base does not know counts as an emergency") {
  const kg::knowledge_base empty{};
  CHECK(kg::tier_of(empty, kg::red_flag::worried) == kg::triage::emergency);
}

TEST_CASE("every red flag says in words what the sign is") {
  for (const kg::red_flag_entry& e : kb.red_flags) {
    CHECK_FALSE(kg::text_of(kb, e.text).empty());
  }
}

TEST_CASE("claims only the seed articles make are marked as such") {
  const kg::text_entry* inflammation = kg::find_text(kb, "knots.inflammation");
  REQUIRE(inflammation != nullptr);
  CHECK(kg::seed_only(kb, inflammation->sources));
  CHECK(inflammation->disputed_by.text() == "sp1");  // StatPearls: the mechanism is unknown
  CHECK_FALSE(kg::seed_only(kb, kg::find_text(kb, "heat.mechanism")->sources));
  CHECK_FALSE(kg::seed_only(kb, kg::citations{}));
  CHECK(kg::find_source(kb, "s0")->seed);
  CHECK(kg::find_source(kb, "s1")->seed);
  CHECK_FALSE(kg::find_source(kb, "mayo")->seed);
}

TEST_CASE("citations list ids separated by spaces") {
  const kg::citations cited = "s0  hse nhsb ";
  std::vector<kg::text_view> ids(cited.begin(), cited.end());
  CHECK(ids == std::vector<kg::text_view>{"s0", "hse", "nhsb"});
  CHECK(cited.size() == 3);
  CHECK(kg::citations{"   "}.empty());
  CHECK(kg::citations{}.size() == 0);
}

TEST_CASE("concat joins tables in order") {
  constexpr int a[] = {1, 2};
  constexpr int b[] = {3};
  constexpr auto joined = kg::concat(a, b);
  static_assert(joined.size() == 3 && joined[2] == 3);
  CHECK(joined.full());
}

TEST_CASE("every intervention, muscle and cause has its entry") {
  CHECK(kb.interventions.size() == kg::enum_count<kg::intervention>);
  CHECK(kb.muscles.size() == kg::enum_count<kg::muscle>);
  CHECK(kb.causes.size() == kg::enum_count<kg::cause>);
  for (const kg::intervention i : kg::enum_values<kg::intervention>) {
    CHECK(kg::find_profile(kb, i) != nullptr);
  }
}
