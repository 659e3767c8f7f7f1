#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>
#include <sstream>
#include <string>
#include <string_view>

namespace kg = knotguide;

TEST_CASE("text_view converts to std::string_view implicitly and to std::string explicitly") {
  const kg::text_view name = kg::name(kg::muscle::levator_scapulae);
  const std::string_view view = name;
  CHECK(view == "levator_scapulae");
  const std::string copy{name};
  CHECK(copy == "levator_scapulae");
  CHECK(static_cast<std::string>(name).size() == name.size());
}

TEST_CASE("text_view compares with literals, std::string_view and std::string, both ways round") {
  const kg::text_view name = kg::name(kg::side::left);
  const std::string_view view = "left";
  const std::string owned = "left";
  CHECK(name == "left");
  CHECK(name == view);
  CHECK(view == name);
  CHECK(name == owned);
  CHECK(owned == name);
  CHECK(name != "right");
  CHECK(kg::text_view{"abc"} < kg::text_view{"abd"});
  CHECK(kg::text_view{"ab"} < kg::text_view{"abc"});
}

TEST_CASE("text_view takes std::string and std::string_view, so parse() accepts both") {
  const std::string typed = "soleus";
  CHECK(kg::parse<kg::muscle>(typed).value() == kg::muscle::soleus);
  CHECK(kg::parse<kg::muscle>(std::string_view{"soleus"}).value() == kg::muscle::soleus);
  const kg::text_view from_null = static_cast<const char*>(nullptr);
  CHECK(from_null.empty());
}

TEST_CASE("text_view prints on a std::ostream") {
  std::ostringstream out;
  out << kg::name(kg::triage::doctor_today) << '|' << kg::text_view{};
  CHECK(out.str() == "doctor_today|");
}

TEST_CASE("searching never reads outside the text") {
  constexpr kg::text_view text = "s0 hse nhsb";
  static_assert(text.find(' ') == 2);
  static_assert(text.find("nhsb") == 7);
  static_assert(text.find("nhsbx") == kg::text_view::npos);
  static_assert(text.rfind(" ") == 6);
  static_assert(text.substr(3, 3) == "hse");
  static_assert(text.substr(99).empty());
  static_assert(text.find_first_of(";]") == kg::text_view::npos);
  static_assert(kg::text_view{"   x"}.find_first_not_of(' ') == 3);
  CHECK(text.substr(7, 100) == "nhsb");
}
