// The dependency-free JSON writer and the JSON Schemas it is described by.
#include <doctest/doctest.h>

#include <knotguide/json.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "../support/samples.hpp"

namespace kg = knotguide;

TEST_CASE("text is escaped as JSON requires, and invalid UTF-8 becomes U+FFFD") {
  CHECK(kg::write_json(kg::text_view{"plain"}) == R"("plain")");
  CHECK(kg::write_json(kg::text_view{"say \"hi\" \\ now"}) == R"("say \"hi\" \\ now")");
  CHECK(kg::write_json(kg::text_view{"a\nb\tc\rd\be\ff"}) == R"("a\nb\tc\rd\be\ff")");
  const char control[] = {'x', '\x01', '\x1f', 'y'};
  CHECK(kg::write_json(kg::text_view{control, sizeof control}) == R"("x\u0001\u001fy")");
  // Well-formed UTF-8 passes through: é, €, 𝄞.
  CHECK(kg::write_json(kg::text_view{"\xC3\xA9 \xE2\x82\xAC \xF0\x9D\x84\x9E"}) ==
        "\"\xC3\xA9 \xE2\x82\xAC \xF0\x9D\x84\x9E\"");
  // A stray continuation byte, a truncated sequence, an overlong form and a surrogate do not.
  CHECK(kg::write_json(kg::text_view{"a\x80z"}) == R"("a\ufffdz")");
  CHECK(kg::write_json(kg::text_view{"a\xE2\x82"}) == R"("a\ufffd\ufffd")");
  CHECK(kg::write_json(kg::text_view{"\xC0\xAF"}) == R"("\ufffd\ufffd")");
  CHECK(kg::write_json(kg::text_view{"\xED\xA0\x80"}) == R"("\ufffd\ufffd\ufffd")");
}

TEST_CASE("long text is written whole, escaped, after what the string already held") {
  // Longer than the writer's buffer, with escapes on either side of where it fills.
  std::string text;
  for (int k = 0; k < 700; ++k) {
    text += k % 7 == 0 ? "\"q\"" : "ab";
  }
  std::string out = "[";
  kg::write_json(out, kg::text_view{text.data(), text.size()});
  CHECK(out.size() > 1500);
  CHECK(out.front() == '[');
  CHECK(nlohmann::json::parse(out.substr(1)).get<std::string>() == text);
  // A plan's JSON, many times the buffer, appended to other text, stays whole.
  const auto made = kg::recommend(samples::desk_worker);
  REQUIRE(made);
  std::string after = "x";
  kg::write_json(after, *made, {.indent = 2});
  CHECK(after.substr(1) == kg::write_json(*made, {.indent = 2}));
  CHECK(nlohmann::json::parse(after.substr(1)) == nlohmann::json::parse(kg::write_json(*made)));
}

TEST_CASE("objects keep declaration order; enumerators are names; maybe is null or the value") {
  const kg::knot k{.muscle = kg::muscle::soleus, .side = kg::side::left};
  CHECK(kg::write_json(k) ==
        R"({"muscle":"soleus","region":null,"side":"left","activity":"active"})");
  CHECK(kg::write_json(kg::range<kg::minutes>{kg::minutes{15}, kg::minutes{20}}) ==
        R"({"low":15,"high":20})");
  CHECK(kg::write_json(kg::flag_set<kg::trend>{kg::trend::worse, kg::trend::better}) ==
        R"(["better","worse"])");
  CHECK(kg::write_json(kg::fixed_vector<int, 3>{}) == "[]");
  CHECK(kg::write_json(kg::citations{"s0 hse"}) == R"(["s0","hse"])");
}

TEST_CASE("values outside their type are written so that no reader accepts them") {
  volatile int raw = 9;
  CHECK(kg::write_json(static_cast<kg::trend>(raw)) == "9");
  kg::flag_set<kg::trend> marked{kg::trend::same};
  marked.insert(static_cast<kg::trend>(raw));
  CHECK(kg::write_json(marked) == R"(["same",null])");
  CHECK(kg::write_json(kg::pain_score{raw + 2}) == "-1");
}

TEST_CASE("a result is {\"value\": ...} or {\"error\": ...}") {
  CHECK(kg::write_json(kg::pain_score::make(4)) == R"({"value":4})");
  CHECK(
      kg::write_json(kg::pain_score::make(40)) ==
      R"({"error":{"code":"out_of_range","field":"pain","message":"must be a whole number from 0 to 10","index":-1}})");
}

TEST_CASE("indented output is the same JSON, one member a line") {
  const auto made = kg::recommend(samples::runner);
  REQUIRE(made);
  const std::string compact = kg::write_json(*made);
  const std::string pretty = kg::write_json(*made, {.indent = 2});
  CHECK(pretty.find("\n  \"level\": \"doctor\",\n") != std::string::npos);
  CHECK(nlohmann::json::parse(compact) == nlohmann::json::parse(pretty));
  CHECK(nlohmann::json::parse(compact).dump() != compact);  // nlohmann sorts keys; we do not
}

TEST_CASE("the assessment's schema requires only the knots; pain and duration may be null") {
  const auto schema = nlohmann::json::parse(
      kg::json_schema<kg::assessment>("assessment", "A situation", {.indent = 2}));
  CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  CHECK(schema["$ref"] == "#/$defs/assessment");
  const auto& a = schema["$defs"]["assessment"];
  CHECK(a["required"] == nlohmann::json::array({"knots"}));
  CHECK(a["additionalProperties"] == false);
  CHECK(a["properties"]["pain"]["anyOf"][0]["type"] == "null");  // not known
  CHECK(a["properties"]["pain"]["anyOf"][1]["maximum"] == 10);
  CHECK(a["properties"]["knots"]["maxItems"] == kg::max_knots);
  CHECK(schema["$defs"]["knot"]["required"] == nlohmann::json::array());
  CHECK(schema["$defs"]["moment"]["enum"].size() == kg::enum_count<kg::moment>);
}

TEST_CASE("the plan's schema requires every field and defines each range by its unit") {
  const auto schema = nlohmann::json::parse(kg::json_schema<kg::plan>("plan", "A plan"));
  const auto& step = schema["$defs"]["step"];
  CHECK(step["required"].size() == std::size(kg::field_traits<kg::step>::names));
  CHECK(schema["$defs"]["dose"]["properties"]["session"]["$ref"] == "#/$defs/range_of_minutes");
  CHECK(schema["$defs"]["range_of_minutes"]["properties"]["low"]["description"] ==
        "a whole number of minutes");
  CHECK(schema["$defs"].contains("range_of_numbers"));
}
