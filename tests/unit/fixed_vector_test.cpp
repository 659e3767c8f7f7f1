#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>

namespace kg = knotguide;

TEST_CASE("a fixed vector grows to its capacity and says when it is full") {
  kg::fixed_vector<kg::muscle, 2> knots;
  CHECK(knots.empty());
  CHECK(knots.try_push_back(kg::muscle::soleus));
  CHECK(knots.try_push_back(kg::muscle::gastrocnemius));
  CHECK(knots.full());
  CHECK_FALSE(knots.try_push_back(kg::muscle::upper_trapezius));
  CHECK(knots.size() == 2);
  CHECK(knots[1] == kg::muscle::gastrocnemius);
  CHECK_FALSE(knots.overflowed());
}

TEST_CASE("get() is the bounds-checked access") {
  const kg::fixed_vector<int, 4> v{7, 8};
  REQUIRE(v.get(1) != nullptr);
  CHECK(*v.get(1) == 8);
  CHECK(v.get(2) == nullptr);
  CHECK(v.get(99) == nullptr);
}

TEST_CASE("a brace list longer than the capacity is recorded as an overflow at run time") {
  volatile int third = 3;  // not a constant, so the list is built at run time
  const kg::fixed_vector<int, 2> v{1, 2, third};
  CHECK(v.overflowed());
  CHECK(v.size() == 2);
  CHECK(v != kg::fixed_vector<int, 2>{1, 2});
}

TEST_CASE("equality compares the held values only") {
  kg::fixed_vector<int, 3> a{1, 2};
  kg::fixed_vector<int, 3> b{1, 2, 9};
  CHECK(a != b);
  CHECK(b.pop_back());
  CHECK(a == b);
  a.clear();
  CHECK(a.empty());
  CHECK_FALSE(a.pop_back());
  int sum = 0;
  for (const int x : b) {
    sum += x;
  }
  CHECK(sum == 3);
}

TEST_CASE("contains() looks at the held values only, not the empty slots") {
  kg::fixed_vector<int, 3> v{4, 5};
  CHECK(v.contains(5));
  CHECK_FALSE(v.contains(0));  // an unused slot holds 0, but is not held
  CHECK(v.pop_back());
  CHECK_FALSE(v.contains(5));
  static_assert(kg::fixed_vector<int, 2>{1, 2}.contains(2));
}
