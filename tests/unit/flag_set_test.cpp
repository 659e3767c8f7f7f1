#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>
#include <vector>

namespace kg = knotguide;

TEST_CASE("a flag set holds each enumerator once and iterates in declaration order") {
  kg::flag_set<kg::cause> causes{kg::cause::stress, kg::cause::hunched_sitting, kg::cause::stress};
  CHECK(causes.size() == 2);
  std::vector<kg::cause> seen;
  for (const kg::cause c : causes) {
    seen.push_back(c);
  }
  CHECK(seen == std::vector{kg::cause::hunched_sitting, kg::cause::stress});
}

TEST_CASE("insert, erase and membership") {
  kg::flag_set<kg::equipment> kit;
  CHECK(kit.empty());
  kit.insert(kg::equipment::foam_roller).insert(kg::equipment::tens_unit);
  CHECK(kit.contains(kg::equipment::foam_roller));
  CHECK_FALSE(kit.contains(kg::equipment::ice_pack));
  kit.erase(kg::equipment::foam_roller);
  CHECK_FALSE(kit.contains(kg::equipment::foam_roller));
  CHECK(kit.size() == 1);
}

TEST_CASE("set algebra") {
  const kg::flag_set<kg::preference> a{kg::preference::avoid_cold, kg::preference::avoid_needles};
  const kg::flag_set<kg::preference> b{kg::preference::avoid_needles,
                                       kg::preference::prefers_self_care};
  CHECK((a | b).size() == 3);
  CHECK((a & b) == kg::flag_set<kg::preference>{kg::preference::avoid_needles});
  CHECK((a - b) == kg::flag_set<kg::preference>{kg::preference::avoid_cold});
  CHECK(a.contains_any(b));
  CHECK_FALSE(a.contains_all(b));
  CHECK((a | b).contains_all(b));
  CHECK(kg::flag_set<kg::red_flag>::all().size() == kg::enum_count<kg::red_flag>);
}

TEST_CASE("the bit form is stable: bit i is the enumerator with value i") {
  const kg::flag_set<kg::trend> trends{kg::trend::better, kg::trend::worse};
  CHECK(trends.bits() == 0b101U);
}

TEST_CASE("a value that is not an enumerator is recorded at run time, never dropped silently") {
  volatile int raw = 77;  // as if read from a wire
  kg::flag_set<kg::cause> causes{kg::cause::stress};
  causes.insert(static_cast<kg::cause>(raw));
  CHECK(causes.holds_invalid());
  CHECK(causes.size() == 1);
  CHECK(causes != kg::flag_set<kg::cause>{kg::cause::stress});
  CHECK_FALSE(causes.contains(static_cast<kg::cause>(raw)));
}

TEST_CASE("the invalid mark is never a member: not counted, iterated, matched or in bits()") {
  volatile int raw = 63;  // the value whose bit would be the mark's
  kg::flag_set<kg::cause> marked;
  marked.insert(static_cast<kg::cause>(raw));
  const kg::flag_set<kg::cause> also_marked = marked;
  CHECK(marked.holds_invalid());
  CHECK(marked.empty());
  CHECK(marked.size() == 0);
  CHECK(marked.begin() == marked.end());
  CHECK(marked.bits() == 0U);
  CHECK_FALSE(marked.contains_any(also_marked));
  CHECK(kg::flag_set<kg::cause>{}.contains_all(marked));
  // It survives | when either set has it, & when both have it, and - when the left one has it.
  const kg::flag_set<kg::cause> clean{kg::cause::stress};
  CHECK((clean | marked).holds_invalid());
  CHECK_FALSE((clean & marked).holds_invalid());
  CHECK((marked & also_marked).holds_invalid());
  CHECK((marked - clean).holds_invalid());
  CHECK_FALSE((clean - marked).holds_invalid());
  CHECK((clean - marked) == clean);
}
