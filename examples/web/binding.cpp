// The page's one door into knotguide, compiled to WebAssembly: JSON in, JSON out, so that no
// rule of the engine is written again in JavaScript. Each function answers
// {"ok": <value>} or {"error": {"code", "path", "problem"}}.
#include <emscripten/bind.h>

#include <knotguide/json.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/nlohmann.hpp>
#include <string>

namespace kg = knotguide;

namespace {

std::string failure(const kg::read_error& e) {
  return nlohmann::json{{"error",
                         {{"code", std::string{kg::name(e.code())}},
                          {"path", e.path()},
                          {"problem", e.problem()}}}}
      .dump();
}

template <class T>
std::string ok(const T& value) {
  std::string out = "{\"ok\":";
  kg::write_json(out, value);
  return out + "}";
}

// The plan for an assessment given as JSON.
std::string plan(const std::string& assessment) {
  try {
    const auto a = kg::read_json<kg::assessment>(assessment);
    return ok(kg::recommend(a).value());
  } catch (const kg::read_error& e) {
    return failure(e);
  }
}

// Why an intervention is in the plan, or why not.
std::string explain(const std::string& assessment, const std::string& intervention) {
  try {
    const auto a = kg::read_json<kg::assessment>(assessment);
    const auto which = kg::parse<kg::intervention>(intervention);
    if (!which) {
      return failure({kg::errc::unknown_name, "/intervention", "names no intervention"});
    }
    return ok(kg::explain(a, *which).value());
  } catch (const kg::read_error& e) {
    return failure(e);
  }
}

// The muscles that most often send pain to a region, most likely first.
std::string muscles(const std::string& region) {
  const auto r = kg::parse<kg::region>(region);
  if (!r) {
    return failure({kg::errc::unknown_name, "/region", "names no region"});
  }
  return ok(kg::likely_muscles(kg::default_knowledge, *r));
}

// The sources and the text catalog: the words for every id a plan holds.
std::string knowledge() {
  std::string out = "{\"ok\":{\"sources\":";
  kg::write_json(out, kg::default_knowledge.sources);
  out += ",\"texts\":";
  kg::write_json(out, kg::default_knowledge.texts);
  return out + "}}";
}

}  // namespace

EMSCRIPTEN_BINDINGS(knotguide) {
  emscripten::function("plan", &plan);
  emscripten::function("explain", &explain);
  emscripten::function("muscles", &muscles);
  emscripten::function("knowledge", &knowledge);
}
