// nlohmann/json in and out: round trips, and an error naming the JSON path for each kind of bad
// input.
#include <doctest/doctest.h>

#include <knotguide/json.hpp>
#include <knotguide/nlohmann.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../support/samples.hpp"
#include "../support/variety.hpp"

namespace kg = knotguide;
using nlohmann::json;

namespace {

// The error reading `text` as an assessment gives, as "code | path | problem".
std::string refusal(const char* text, const kg::read_options& options = {}) {
  try {
    (void)kg::read_json<kg::assessment>(kg::text_view{text}, options);
  } catch (const kg::read_error& e) {
    return std::string{kg::name(e.code())} + " | " + e.path() + " | " + e.problem();
  }
  return "read without error";
}

}  // namespace

TEST_CASE("assessment to JSON and back is equal, through both writers") {
  std::size_t checked = 0;
  variety::each_assessment([&checked](const kg::assessment& a) {
    REQUIRE(kg::read_json<kg::assessment>(kg::text_view{kg::write_json(a)}) == a);
    const json j = a;
    REQUIRE(j.get<kg::assessment>() == a);
    REQUIRE(json::parse(kg::write_json(a)) == j);  // the two writers agree
    ++checked;
  });
  CHECK(checked == variety::count);
}

TEST_CASE("plan and explanation to JSON and back are equal") {
  std::size_t plans = 0;
  variety::each_assessment([&plans](const kg::assessment& a) {
    const auto made = kg::recommend(a);
    REQUIRE(made);
    const auto back = kg::read_json<kg::plan>(kg::text_view{kg::write_json(*made)});
    REQUIRE(back == *made);
    const json j = *made;
    REQUIRE(j.get<kg::plan>() == *made);
    const auto why = kg::explain(a, kg::intervention::heat);
    REQUIRE(why);
    REQUIRE(kg::read_json<kg::explanation>(kg::text_view{kg::write_json(*why)}) == *why);
    ++plans;
  });
  CHECK(plans == variety::count);
}

TEST_CASE("text read back points into the knowledge base, not into the JSON") {
  const auto made = kg::recommend(samples::desk_worker);
  REQUIRE(made);
  kg::plan back;
  {
    const std::string text = kg::write_json(*made);
    back = kg::read_json<kg::plan>(kg::text_view{text});
  }  // the JSON text is gone
  const kg::text_entry* disclaimer = kg::find_text(kg::default_knowledge, "disclaimer");
  REQUIRE(disclaimer != nullptr);
  CHECK(back.disclaimer.key().data() == disclaimer->id.key().data());
  CHECK(back.steps[0].sources == made->steps[0].sources);
}

TEST_CASE("wrong types name the path and what was found") {
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":"5","since":3})") ==
        "wrong_type | /pain | must be a whole number from 0 to 10, not the text \"5\"");
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":2.5})") ==
        "wrong_type | /since | must be a whole number from -2147483648 to 2147483647, not the "
        "number 2.5");
  CHECK(refusal(R"({"knots":{"muscle":"soleus"},"pain":5,"since":3})") ==
        "wrong_type | /knots | must be a list, not an object");
  CHECK(refusal(R"({"knots":[{"muscle":7}],"pain":5,"since":3})") ==
        "wrong_type | /knots/0/muscle | must be the name of a muscle, not the number 7");
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":3,"causes":"stress"})") ==
        "wrong_type | /causes | must be a list of cause names, not the text \"stress\"");
  CHECK(refusal(R"([1])") == "wrong_type |  | must be an object (an assessment), not a list");
}

TEST_CASE("unknown enumeration names list the names allowed") {
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":3,"trend":"up"})") ==
        "unknown_name | /trend | \"up\" is not a trend; expected better, same or worse");
  CHECK(refusal(R"({"knots":[{"region":"belly"}],"pain":5,"since":3})")
            .rfind("unknown_name | /knots/0/region | \"belly\" is not a region; expected ", 0) ==
        0);
}

TEST_CASE("values out of range are refused, not clamped") {
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":11,"since":3})") ==
        "out_of_range | /pain | must be a whole number from 0 to 10, not 11");
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":-1,"since":3})") ==
        "out_of_range | /pain | must be a whole number from 0 to 10, not -1");
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":3000000000})") ==
        "out_of_range | /since | must be a whole number from -2147483648 to 2147483647, not "
        "3000000000");
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":-2})") ==
        "negative_duration | /since | cannot be below zero days");
  CHECK(refusal(R"({"knots":[{},{},{},{},{},{},{},{},{}],"pain":5,"since":3})") ==
        "too_many_items | /knots | holds at most 8 items, not 9");
}

TEST_CASE("missing required fields are named; optional ones take their defaults") {
  CHECK(refusal(R"({"pain":5,"since":1})") ==
        "missing_value | /knots | is required in an assessment but missing");
  const auto a = kg::read_json<kg::assessment>(
      kg::text_view{R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":1})"});
  CHECK(a.access == kg::flag_set<kg::provider>::all());
  CHECK(a.moment == kg::moment::any_time);
  CHECK(a.knots[0].side == kg::side::both);
}

TEST_CASE("pain and duration not known: absent or null") {
  const auto absent =
      kg::read_json<kg::assessment>(kg::text_view{R"({"knots":[{"muscle":"soleus"}]})"});
  CHECK_FALSE(absent.pain.has_value());
  CHECK_FALSE(absent.since.has_value());
  const auto null = kg::read_json<kg::assessment>(
      kg::text_view{R"({"knots":[{"muscle":"soleus"}],"pain":null,"since":null})"});
  CHECK(null == absent);
  CHECK(kg::read_json<kg::assessment>(nlohmann::json(absent)) == absent);  // written as null
  CHECK(nlohmann::json(absent)["pain"].is_null());
}

TEST_CASE("the facts first_error() refuses are refused with their path") {
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"},{}],"pain":5,"since":3})") ==
        "missing_value | /knots/1 | needs its muscle, its region, or both");
  CHECK(refusal(R"({"knots":[{"muscle":"soleus","region":"neck"}],"pain":5,"since":3})") ==
        "contradictory_facts | /knots/0/region | is not where the knot's muscle lies; give the "
        "muscle or the region");
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":3,)"
                R"("symptoms":["pain_at_rest","pain_only_when_pressed"]})")
            .rfind("contradictory_facts | /symptoms | ", 0) == 0);
}

TEST_CASE("a key given twice in one object is refused, not read as the last") {
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"}],"red_flags":["chest_pain"],"red_flags":[]})") ==
        "duplicate_item | /red_flags | is given twice in one object; the second would replace "
        "the first");
  CHECK(refusal(R"({"knots":[{"region":"neck"},{"muscle":"soleus","muscle":"gastrocnemius"}]})") ==
        "duplicate_item | /knots/1/muscle | is given twice in one object; the second would "
        "replace the first");
  CHECK(refusal(R"({"a/b":{"x":1,"x":2}})") ==
        "duplicate_item | /a~1b/x | is given twice in one object; the second would replace the "
        "first");
  // The same key in two objects is no duplicate.
  CHECK(refusal(R"({"knots":[{"muscle":"soleus"},{"muscle":"soleus","side":"left"}]})") ==
        "read without error");
}

TEST_CASE("parse_json: a request's own JSON, parsed as strictly as read_json parses") {
  // A service wraps an assessment in a request of its own and parses the whole first.
  const json request =
      kg::parse_json(R"({"assessment": {"knots": [{"region": "neck"}]}, "intervention": "heat"})");
  CHECK(kg::read_json<kg::assessment>(request["assessment"]).knots.size() == 1);
  CHECK(kg::read_json<kg::intervention>(request["intervention"]) == kg::intervention::heat);
  const auto refused = [](kg::text_view text) {
    try {
      (void)kg::parse_json(text);
    } catch (const kg::read_error& e) {
      return std::string{kg::name(e.code())} + " | " + e.path();
    }
    return std::string{"parsed"};
  };
  CHECK(refused(R"({"assessment": {}, "assessment": {}})") == "duplicate_item | /assessment");
  CHECK(refused(R"({"assessment": )") == "malformed_json | ");
  CHECK(refused("1e999") == "malformed_json | ");
  // Nesting is bounded, so that no input makes the parser's bookkeeping large.
  CHECK(refused(std::string(40, '[') + std::string(40, ']')) ==
        "malformed_json | /0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");
  CHECK(refused(std::string(100000, '[')).rfind("malformed_json", 0) == 0);
  CHECK(refused(std::string(32, '[') + std::string(32, ']')) == "parsed");
}

TEST_CASE("an item listed twice in a set is refused") {
  CHECK(refusal(
            R"({"knots":[{"muscle":"soleus"}],"pain":5,"since":3,"causes":["stress","stress"]})") ==
        "duplicate_item | /causes/1 | \"stress\" is listed twice");
}

TEST_CASE("unknown keys are refused by default, and skipped when the options say so") {
  const char* text = R"({"knots":[{"muscle":"soleus","colour":"red"}],"pain":5,"since":3})";
  CHECK(refusal(text) ==
        "unknown_key | /knots/0/colour | is not a field of knot; its fields are muscle, region, "
        "side or activity");
  CHECK(refusal(text, {.ignore_unknown_keys = true}) == "read without error");
  // JSON Pointer escapes "~" and "/" in keys.
  CHECK(refusal(R"({"knots":[],"pain":5,"since":3,"a/b~c":1})")
            .rfind("unknown_key | /a~1b~0c | ", 0) == 0);
}

TEST_CASE("text that is not JSON, and text ids the knowledge base does not have") {
  CHECK(refusal(R"({"knots":[)") ==
        "malformed_json |  | is not JSON: at byte 11 (line 1, column 11): syntax error while "
        "parsing value - unexpected end of input; expected '[', '{', or a literal");
  CHECK(refusal("{\n  \"knots\": tru }") ==
        "malformed_json |  | is not JSON: at byte 17 (line 2, column 15): syntax error while "
        "parsing value - invalid literal; last read: '\"knots\": tru '");
  json plan = kg::recommend(samples::desk_worker).value();
  plan["disclaimer"] = "made.up";
  try {
    (void)kg::read_json<kg::plan>(plan);
    FAIL("read a plan with an unknown text id");
  } catch (const kg::read_error& e) {
    CHECK(e.code() == kg::errc::unknown_id);
    CHECK(std::string{e.what()} ==
          "/disclaimer: \"made.up\" is not the id of a text in the knowledge base's catalog");
  }
  // A catalog id is only a text's: a rule's id in its place is refused, not read as a sentence.
  plan = kg::recommend(samples::desk_worker).value();
  plan["summary"] = "pt.daily-life";
  try {
    (void)kg::read_json<kg::plan>(plan);
    FAIL("read a rule id where a text id belongs");
  } catch (const kg::read_error& e) {
    CHECK(e.code() == kg::errc::unknown_id);
    CHECK(e.path() == "/summary");
  }
  plan = kg::recommend(samples::desk_worker).value();
  plan["steps"][0]["sources"] = json::array({"s1", "nobody"});
  try {
    (void)kg::read_json<kg::plan>(plan);
    FAIL("read a plan with unknown sources");
  } catch (const kg::read_error& e) {
    CHECK(e.path() == "/steps/0/sources");
    CHECK(e.code() == kg::errc::unknown_id);
  }
}

TEST_CASE("error text is bounded and printable, whatever the input holds") {
  // A 100 MB muscle name gave a 100 MB what(); a NUL inside a name cut what() short.
  std::string huge;
  huge.resize(100'000'000, 'x');
  const std::string long_name = R"({"knots":[{"muscle":")" + huge + R"("}]})";
  try {
    (void)kg::read_json<kg::assessment>(kg::text_view{long_name});
    FAIL("read a 100 MB muscle name");
  } catch (const kg::read_error& e) {
    CHECK(std::string_view{e.what()}.size() < 800);
    CHECK(e.problem().rfind(R"(")" + std::string(64, 'x') + "\u2026\" is not a muscle", 0) == 0);
  }
  json nul = {{"knots", json::array({{{"muscle", std::string{"sol\0eus", 7}}}})}};
  try {
    (void)kg::read_json<kg::assessment>(nul);
    FAIL("read a muscle name with a NUL");
  } catch (const kg::read_error& e) {
    CHECK(std::string{e.what()} ==
          R"(/knots/0/muscle: "sol\u0000eus" is not a muscle; expected upper_trapezius, )"
          R"(levator_scapulae, sternocleidomastoid, splenius_capitis, infraspinatus, )"
          R"(supraspinatus, quadratus_lumborum, gluteus_medius, gluteus_minimus, )"
          R"(gastrocnemius, soleus, middle_trapezius, rhomboids, latissimus_dorsi, )"
          R"(scalenes, suboccipitals, masseter, temporalis, )"
          R"(teres_minor, biceps, triceps, erector_spinae, multifidus, iliopsoas, )"
          R"(piriformis, gluteus_maximus, hamstrings, rectus_femoris, vastus_medialis, )"
          R"(vastus_lateralis, tibialis_posterior, pectoralis_major, serratus_anterior, )"
          R"(wrist_extensors or tibialis_anterior)");
  }
  // A key with a control character in it is named printably.
  CHECK(refusal("{\"knots\":[],\"a\\u0001b\":1}").rfind(R"(unknown_key | /a\u0001b | )", 0) == 0);
}

TEST_CASE("one exception type from every form the input came in: text, parsed, CBOR, MessagePack") {
  // Each case: a JSON document and the message read_json gives for it.
  const std::pair<const char*, const char*> cases[] = {
      {R"({"knots":[{"muscle":"soleus"}],"pain":11})",
       "/pain: must be a whole number from 0 to 10, not 11"},
      {R"({"knots":[{"muscle":"soleuss"}]})", "/knots/0/muscle: \"soleuss\" is not a muscle"},
      {R"({"knots":{"muscle":"soleus"}})", "/knots: must be a list"},
      {R"({"knots":[{"muscle":"soleus"}],"colour":1})", "/colour: is not a field of assessment"},
      {R"({"pain":5})", "/knots: is required in an assessment but missing"},
      {R"({"knots":[{"muscle":"soleus"}],"since":-2})", "/since: cannot be below zero days"},
  };
  for (const auto& one : cases) {
    const char* text = one.first;  // (clang 14 cannot capture a structured binding)
    const char* expected = one.second;
    const json parsed = json::parse(text);
    const std::vector<json> forms = {parsed, json::from_cbor(json::to_cbor(parsed)),
                                     json::from_msgpack(json::to_msgpack(parsed))};
    const auto message = [](const auto& read) -> std::string {
      try {
        read();
      } catch (const kg::read_error& e) {
        return e.what();
      }
      return "read without error";
    };
    const std::string from_text =
        message([&] { (void)kg::read_json<kg::assessment>(kg::text_view{text}); });
    CHECK_MESSAGE(from_text.rfind(expected, 0) == 0, from_text);
    for (const json& form : forms) {
      CHECK(message([&] { (void)kg::read_json<kg::assessment>(form); }) == from_text);
    }
  }
  // A wrongly typed string holding invalid UTF-8, as CBOR can carry, threw nlohmann's
  // type_error while the message was built.
  const std::vector<std::uint8_t> cbor = {0xA2,                                  // {2 pairs}
                                          0x65, 'k', 'n', 'o', 't', 's',  0x80,  // "knots":[]
                                          0x64, 'p', 'a', 'i', 'n', 0x62, 0xFF, 0xFE};
  const json odd = json::from_cbor(cbor);
  CHECK_THROWS_WITH_AS(
      (void)kg::read_json<kg::assessment>(odd),
      "/pain: must be a whole number from 0 to 10, not the text \"\xEF\xBF\xBD\xEF\xBF\xBD\"",
      kg::read_error);
}

TEST_CASE("the fuzzer's finds: any text reads or gives a read_error, nothing else") {
  // A number too large for any type threw nlohmann's out_of_range past read_json.
  const std::string finds[] = {
      std::string{"\x7b\x22\x6b\x6e\x6f\x74\x73\x22\x3a\x5b\x31\x31\x31\x31\x31\x45\x31\x31\x31\x31"
                  "\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\xd3\x31\x31\x2c\x31\x31\x6c\x6f"
                  "\x77\x7b\x22\x6d\x75\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30"
                  "\x32\x30\x22\x72\x65\x64\x5f\x66\x6c\x61\x67\x00\x00\x00\x00\x5d\x7d\x0a",
                  78},
      std::string{"\xfa\x3e\x05\x00\x02\x27", 6}};
  for (const std::string& text : finds) {
    CHECK_THROWS_AS((void)kg::read_json<kg::assessment>(kg::text_view{text}), kg::read_error);
    CHECK_THROWS_AS((void)kg::read_json<kg::plan>(kg::text_view{text}), kg::read_error);
    CHECK_THROWS_AS((void)kg::read_json<kg::policy>(kg::text_view{text}), kg::read_error);
  }
  CHECK(refusal(R"({"knots":[1E400]})").rfind("malformed_json |  | is not JSON: ", 0) == 0);
}

TEST_CASE("from_json reports through read_error too") {
  const json bad = json::parse(R"({"knots":[{"muscle":"soleus"}],"pain":12,"since":3})");
  CHECK_THROWS_WITH_AS(bad.get<kg::assessment>(),
                       "/pain: must be a whole number from 0 to 10, not 12", kg::read_error);
}

TEST_CASE("read_json takes a parsed value or text in any of its usual forms") {
  const std::string body = R"({"knots":[{"muscle":"soleus"}],"pain":4,"since":1})";
  const json parsed = json::parse(body);
  CHECK(kg::read_json<kg::assessment>(body).pain == kg::pain_score{4});
  CHECK(kg::read_json<kg::assessment>(std::string_view{body}).pain == kg::pain_score{4});
  CHECK(kg::read_json<kg::assessment>(body.c_str()).pain == kg::pain_score{4});
  CHECK(kg::read_json<kg::assessment>(parsed).pain == kg::pain_score{4});
}

TEST_CASE("an application tunes the engine from a JSON policy") {
  json tuned = kg::default_policy;
  tuned["review_window"] = 10;
  tuned["steps"] = 3;
  const auto p = kg::read_json<kg::policy>(tuned);
  CHECK(p.review_window == kg::days{10});
  CHECK(p.steps == 3);
  CHECK(p.base == kg::default_policy.base);
  CHECK(kg::read_json<kg::policy>(json(kg::default_policy)) == kg::default_policy);
  const auto made = kg::recommend(samples::desk_worker, kg::default_knowledge, p);
  REQUIRE(made);
  CHECK(made->steps.size() == 3);
  CHECK(made->review_by == kg::days{10});
  tuned["base"] = json::array({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
  CHECK_THROWS_WITH_AS((void)kg::read_json<kg::policy>(tuned),
                       "/base: holds at most 14 items, not 15", kg::read_error);
}

TEST_CASE("a policy read from JSON is checked: its bounds, with the JSON Pointer") {
  json tuned = kg::default_policy;
  tuned["base"][2] = 2147483647;
  CHECK_THROWS_WITH_AS((void)kg::read_json<kg::policy>(tuned),
                       "/base/2: must be a whole number from -1000 to 1000", kg::read_error);
  tuned = kg::default_policy;
  tuned["steps"] = 100;
  CHECK_THROWS_WITH_AS((void)kg::read_json<kg::policy>(tuned), "/steps: must be from 0 to 8",
                       kg::read_error);
  tuned = kg::default_policy;
  tuned["review_window"] = 0;
  CHECK_THROWS_WITH_AS((void)kg::read_json<kg::policy>(tuned),
                       "/review_window: must be from 1 to 3650 days", kg::read_error);
}

TEST_CASE("json_pointer_to() spells a deeper pointer as the readers spell theirs") {
  CHECK(kg::json_pointer_to("/context", "assessment") == "/context/assessment");
  CHECK(kg::json_pointer_to("", "a/b~c") == "/a~1b~0c");
  CHECK(kg::json_pointer_to("", std::string{"a\nb"}) == "/a\\u000ab");
}
