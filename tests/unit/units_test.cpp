#include <doctest/doctest.h>

#include <chrono>
#include <knotguide/chrono.hpp>
#include <knotguide/knotguide.hpp>

namespace kg = knotguide;

TEST_CASE("pain scores from 0 to 10 are accepted at run time, anything else is an error") {
  for (int v = 0; v <= 10; ++v) {
    const auto score = kg::pain_score::make(v);
    REQUIRE(score);
    CHECK(score->value() == v);
  }
  for (const int v : {-1, 11, 100, -2147483647}) {
    const auto score = kg::pain_score::make(v);
    REQUIRE_FALSE(score);
    CHECK(score.error().code == kg::errc::out_of_range);
    CHECK(score.error().field == "pain");
  }
  CHECK(kg::pain_score{} == kg::pain_score{0});
  CHECK(kg::pain_score{3} < kg::pain_score{7});
}

TEST_CASE("a pain score built from an out-of-range number at run time is the error value") {
  volatile int typed = 11;  // as if read from a form
  const kg::pain_score pain{typed};
  CHECK_FALSE(pain.valid());
  CHECK(pain.value() == -1);
  CHECK(pain != kg::pain_score{10});
  CHECK(kg::pain_score{10}.valid());
  volatile int negative = -1;
  CHECK_FALSE(kg::pain_score{negative}.valid());
}

TEST_CASE("durations keep their unit and convert only exactly") {
  CHECK(kg::days{3}.count() == 3);
  CHECK(kg::convert<kg::hours>(kg::days{2})->count() == 48);
  CHECK(kg::convert<kg::seconds>(kg::minutes{20})->count() == 1200);
  CHECK(kg::convert<kg::minutes>(kg::seconds{120})->count() == 2);
  const auto inexact = kg::convert<kg::minutes>(kg::seconds{90});
  REQUIRE_FALSE(inexact);
  CHECK(inexact.error().code == kg::errc::not_representable);
  CHECK_FALSE(kg::convert<kg::seconds>(kg::days{30000}));  // 2.6e9 s does not fit 32 bits
  CHECK(kg::unit_symbol<kg::minutes> == "min");
}

TEST_CASE("arithmetic within a unit reports overflow instead of wrapping") {
  const auto sum = kg::minutes{15} + kg::minutes{5};
  REQUIRE(sum);
  CHECK(*sum == kg::minutes{20});
  CHECK(*(kg::days{14} - kg::days{3}) == kg::days{11});
  const auto big = kg::seconds{2147483647} + kg::seconds{1};
  REQUIRE_FALSE(big);
  CHECK(big.error().code == kg::errc::not_representable);
  CHECK(kg::days{-1} < kg::days{0});
}

TEST_CASE("std::chrono conversions are exact both ways") {
  CHECK(kg::to_chrono(kg::minutes{20}) == std::chrono::minutes{20});
  CHECK(kg::to_chrono(kg::days{14}) == std::chrono::hours{14 * 24});
  CHECK(*kg::from_chrono<kg::minutes>(std::chrono::hours{2}) == kg::minutes{120});
  CHECK(*kg::from_chrono<kg::seconds>(std::chrono::milliseconds{30000}) == kg::seconds{30});
  CHECK_FALSE(kg::from_chrono<kg::seconds>(std::chrono::milliseconds{1500}));
  CHECK_FALSE(kg::from_chrono<kg::seconds>(std::chrono::duration<double>{0.5}));
  CHECK(*kg::from_chrono<kg::seconds>(std::chrono::duration<double>{30.0}) == kg::seconds{30});
  CHECK_FALSE(kg::from_chrono<kg::seconds>(std::chrono::hours{1'000'000}));
}
