// The vocabulary's types inside aggregates that Boost.PFR reflects, as the assessment and the
// plan will be.
#include <doctest/doctest.h>

#include <boost/pfr/core.hpp>
#include <boost/pfr/ops.hpp>
#include <knotguide/knotguide.hpp>

namespace kg = knotguide;

namespace {
struct sample {
  kg::muscle muscle{};
  kg::pain_score pain{};
  kg::days since{};
  kg::flag_set<kg::cause> causes{};
  kg::fixed_vector<kg::side, 4> sides{};
};
}  // namespace

TEST_CASE("Boost.PFR sees each vocabulary type as one field") {
  static_assert(boost::pfr::tuple_size_v<sample> == 5);
  constexpr sample s{.muscle = kg::muscle::soleus,
                     .pain = kg::pain_score{4},
                     .since = kg::days{3},
                     .causes = {kg::cause::new_activity},
                     .sides = {kg::side::left}};
  static_assert(boost::pfr::get<1>(s).value() == 4);
  static_assert(boost::pfr::get<3>(s).contains(kg::cause::new_activity));
  sample copy = s;  // and at run time, through a mutable reference
  boost::pfr::get<0>(copy) = kg::muscle::gastrocnemius;
  CHECK(copy.muscle == kg::muscle::gastrocnemius);
  CHECK(boost::pfr::get<2>(copy) == kg::days{3});
}

TEST_CASE("Boost.PFR compares aggregates of vocabulary types field by field") {
  sample a{.muscle = kg::muscle::soleus, .pain = kg::pain_score{4}};
  sample b = a;
  CHECK(boost::pfr::eq(a, b));
  b.causes.insert(kg::cause::stress);
  CHECK(boost::pfr::ne(a, b));
}
