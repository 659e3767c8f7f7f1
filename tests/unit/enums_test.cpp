#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>
#include <string>

#include "../support/all_enums.hpp"

namespace kg = knotguide;

TEST_CASE("every enumerator of every enumeration parses back from its name") {
  const bool all_round_trip = kg::testing::all_enums::all([]<class E>() {
    for (const E value : kg::enum_values<E>) {
      const auto parsed = kg::parse<E>(kg::name(value));
      if (!parsed || *parsed != value) {
        return false;
      }
    }
    return true;
  });
  CHECK(all_round_trip);
}

TEST_CASE("names are the enumerators' identifiers") {
  CHECK(kg::name(kg::muscle::upper_trapezius) == "upper_trapezius");
  CHECK(kg::name(kg::equipment::pvc_pipe) == "pvc_pipe");
  CHECK(kg::name(kg::triage::doctor_today) == "doctor_today");
  CHECK(kg::name(kg::red_flag::saddle_numbness) == "saddle_numbness");
  CHECK(kg::enum_traits<kg::muscle>::type_name == "muscle");
}

TEST_CASE("an unknown name is an error that names the enumeration") {
  const std::string typed = "upper trapezius";  // a space, not an underscore
  const auto parsed = kg::parse<kg::muscle>(typed);
  REQUIRE_FALSE(parsed);
  CHECK(parsed.error().code == kg::errc::unknown_name);
  CHECK(parsed.error().field == "muscle");
  CHECK_FALSE(parsed.error().message.empty());
  CHECK_FALSE(kg::parse<kg::side>("Left"));
  CHECK_FALSE(kg::parse<kg::side>(""));
}

TEST_CASE("a value cast from an out-of-range integer is not an enumerator and has no name") {
  const auto bogus = static_cast<kg::muscle>(200);
  CHECK_FALSE(kg::is_valid(bogus));
  CHECK(kg::name(bogus).empty());
  CHECK(kg::is_valid(kg::muscle::soleus));
  CHECK_FALSE(kg::is_valid(static_cast<kg::muscle>(kg::enum_count<kg::muscle>)));
}

TEST_CASE("the vocabulary covers the eleven muscles of the knowledge base, each in its region") {
  CHECK(kg::enum_count<kg::muscle> >= 30);
  CHECK(kg::region_of(kg::muscle::upper_trapezius) == kg::region::shoulder);
  CHECK(kg::region_of(kg::muscle::levator_scapulae) == kg::region::neck);
  CHECK(kg::region_of(kg::muscle::sternocleidomastoid) == kg::region::neck);
  CHECK(kg::region_of(kg::muscle::splenius_capitis) == kg::region::neck);
  CHECK(kg::region_of(kg::muscle::infraspinatus) == kg::region::upper_back);
  CHECK(kg::region_of(kg::muscle::supraspinatus) == kg::region::upper_back);
  CHECK(kg::region_of(kg::muscle::quadratus_lumborum) == kg::region::lower_back);
  CHECK(kg::region_of(kg::muscle::gluteus_medius) == kg::region::buttock);
  CHECK(kg::region_of(kg::muscle::gluteus_minimus) == kg::region::buttock);
  CHECK(kg::region_of(kg::muscle::gastrocnemius) == kg::region::calf);
  CHECK(kg::region_of(kg::muscle::soleus) == kg::region::calf);
}

TEST_CASE("triage levels and evidence grades are ordered") {
  CHECK(kg::more_urgent(kg::triage::emergency, kg::triage::doctor_today));
  CHECK(kg::more_urgent(kg::triage::doctor_today, kg::triage::doctor));
  CHECK(kg::more_urgent(kg::triage::physical_therapist, kg::triage::self_care));
  CHECK_FALSE(kg::more_urgent(kg::triage::self_care, kg::triage::self_care));
  CHECK(kg::stronger(kg::evidence_grade::moderate, kg::evidence_grade::low));
  CHECK(kg::stronger(kg::evidence_grade::expert_opinion, kg::evidence_grade::practice));
}

TEST_CASE("enum_values lists every enumerator once, in declaration order") {
  const auto& values = kg::enum_values<kg::trend>;
  REQUIRE(values.size() == 3);
  CHECK(values[0] == kg::trend::better);
  CHECK(values[1] == kg::trend::same);
  CHECK(values[2] == kg::trend::worse);
}

TEST_CASE("a new enumerator goes last: values are a stable storage form") {
  // The values stored before each enumeration grew keep their meaning.
  CHECK(kg::to_underlying(kg::red_flag::stroke_signs) == 22);
  CHECK(kg::to_underlying(kg::red_flag::cannot_move_arm) == 25);
  CHECK(kg::to_underlying(kg::red_flag::trapped_hernia_signs) == kg::enum_count<kg::red_flag> - 1);
  CHECK(kg::to_underlying(kg::health_fact::osteoporosis) == 14);
  CHECK(kg::to_underlying(kg::health_fact::aged_65_or_over) == kg::enum_count<kg::health_fact> - 1);
  CHECK(kg::to_underlying(kg::intervention::emergency_care) == 12);
  CHECK(kg::to_underlying(kg::intervention::painkillers) == kg::enum_count<kg::intervention> - 1);
}
