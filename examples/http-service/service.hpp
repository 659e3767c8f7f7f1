// What the knotguide HTTP service answers, apart from the transport: a request (method, path,
// content type, body) in, a reply (status, JSON body) out. server.hpp puts it on Boost.Beast.
//
// - GET /healthz: {"status": "ok"}.
// - GET /v1/knowledge: the default knowledge base's sources and text catalog.
// - POST /v1/plan: an assessment in, a plan out.
// - POST /v1/explain: {"assessment": ..., "intervention": "heat"} in, an explanation out.
// - POST /v1/next-question: {"interview": ..., "answer": {"question": ..., "picked": [names] or
//   "number": n}} in (both optional: {} starts an interview), the interview with the answer
//   kept and the next question in words, or the plan when settled, out.
// - GET /cds-services: CDS Hooks discovery.
// - POST /cds-services/knotguide: a CDS Hooks request whose context holds the assessment in,
//   cards out.
//
// Every error is JSON, {"error": {"status", "code", "path", "problem"}}: 400 for a body that is
// not JSON or not a valid request, 404 for an unknown route, 405 for a known route with another
// method, 415 for a body that is not application/json (the framing's 400, 411, 413, 415 and 431
// are server.hpp's). No input
// gives a 5xx: whatever the library refuses is a 400 naming the JSON Pointer of the value and
// the problem.
#ifndef KNOTGUIDE_EXAMPLES_HTTP_SERVICE_SERVICE_HPP
#define KNOTGUIDE_EXAMPLES_HTTP_SERVICE_SERVICE_HPP

#include <knotguide/cds_hooks.hpp>
#include <knotguide/interview.hpp>
#include <knotguide/json.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/nlohmann.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace knotguide_service {

namespace kg = knotguide;

struct reply {
  int status = 200;
  std::string body;
  std::string allow;  // for 405: the method the route answers
};

// The CDS Hooks hook of knotguide's own (the specification allows custom hooks): its context
// carries the assessment under "assessment".
inline constexpr std::string_view hook = "knotguide-assessment";

// {"error": {...}}: what went wrong, where (a JSON Pointer into the request body, or empty),
// and in words.
inline reply error_reply(int status, std::string_view code, const std::string& path,
                         const std::string& problem) {
  const nlohmann::json body = {
      {"error",
       {{"status", status}, {"code", std::string{code}}, {"path", path}, {"problem", problem}}}};
  // Text from the request may be any bytes: invalid UTF-8 becomes U+FFFD, never an exception.
  return {status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}};
}

inline reply from_read_error(const kg::read_error& e, const std::string& prefix = "") {
  return error_reply(400, kg::name(e.code()), prefix + e.path(), e.problem());
}

// The member of an object that a request needs, or a read_error naming it.
inline const nlohmann::json& member(const nlohmann::json& j, const std::string& pointer,
                                    const std::string& key) {
  if (!j.is_object()) {
    throw kg::read_error{kg::errc::wrong_type, pointer, "must be an object"};
  }
  const auto found = j.find(key);
  if (found == j.end()) {
    throw kg::read_error{kg::errc::missing_value, kg::json_pointer_to(pointer, key),
                         "is required but missing"};
  }
  return *found;
}

// A knotguide value read from the member `key` of the object at `pointer`; errors name the
// whole path.
template <class T>
T read_at(const nlohmann::json& j, const std::string& pointer, const std::string& key) {
  const nlohmann::json& value = member(j, pointer, key);
  try {
    return kg::read_json<T>(value);
  } catch (const kg::read_error& e) {
    throw kg::read_error{e.code(), kg::json_pointer_to(pointer, key) + e.path(), e.problem()};
  }
}

inline reply plan_reply(const std::string& body) {
  const kg::assessment a = kg::read_json<kg::assessment>(body);
  return {200, kg::write_json(kg::recommend(a).value()), {}};  // read_json refused invalid ones
}

inline reply explain_reply(const std::string& body) {
  const nlohmann::json request = kg::parse_json(body);
  if (!request.is_object()) {
    throw kg::read_error{kg::errc::wrong_type, "", "must be an object (an explain request)"};
  }
  for (const auto& [key, value] : request.items()) {
    (void)value;
    if (key != "assessment" && key != "intervention") {
      throw kg::read_error{kg::errc::unknown_key, kg::json_pointer_to("", key),
                           "is not a field of an explain request; its fields are assessment "
                           "and intervention"};
    }
  }
  const kg::assessment a = read_at<kg::assessment>(request, "", "assessment");
  const auto which = read_at<kg::intervention>(request, "", "intervention");
  return {200, kg::write_json(kg::explain(a, which).value()), {}};
}

inline std::string words(kg::text_view id) {
  const kg::text_view text = kg::text_of(kg::default_knowledge, kg::text_id{id});
  return std::string{text.data(), text.size()};
}

// A question in words: what it asks, why, and its choices by name and in words.
inline nlohmann::json question_json(const kg::question& q) {
  const kg::question_words said = kg::words_of(q.topic);
  nlohmann::json choices = nlohmann::json::array();
  for (const std::uint8_t item : q.items) {
    const kg::text_view name = kg::item_name(q.topic, item);
    const kg::text_view text = kg::item_words(kg::default_knowledge, q.topic, item);
    choices.push_back({{"name", std::string{name.data(), name.size()}},
                       {"text", std::string{text.data(), text.size()}}});
  }
  const bool number = q.topic == kg::topic::pain || q.topic == kg::topic::since;
  const bool many = q.is_checklist() || q.topic == kg::topic::knots;
  return {{"question", nlohmann::json::parse(kg::write_json(q))},
          // Who the person could go to starts all ticked: "picked" is those still ticked.
          {"starts_ticked", q.topic == kg::topic::access},
          {"asks", words(said.asks.key())},
          {"because", words(said.because.key())},
          {"answer", number ? "number"
                     : many ? "any_of"
                            : "one_of"},
          {"choices", choices}};
}

// The reply an answer gives: the picked names (each one of the question's items), or the number
// (null or absent: not known).
inline kg::assessment reply_from(const nlohmann::json& answer, const kg::question& q) {
  kg::assessment reply;
  for (const auto& [key, value] : answer.items()) {
    (void)value;
    if (key != "question" && key != "picked" && key != "number") {
      throw kg::read_error{kg::errc::unknown_key, kg::json_pointer_to("/answer", key),
                           "is not a field of an answer; its fields are question, picked and "
                           "number"};
    }
  }
  const bool number = q.topic == kg::topic::pain || q.topic == kg::topic::since;
  if (answer.contains(number ? "picked" : "number")) {
    throw kg::read_error{kg::errc::unknown_key, number ? "/answer/picked" : "/answer/number",
                         number ? "is not for this question: give its number"
                                : "is not for this question: give the names picked"};
  }
  if (number) {
    const auto found = answer.find("number");
    if (found == answer.end() || found->is_null()) {
      return reply;  // not known
    }
    if (!found->is_number_integer()) {
      throw kg::read_error{kg::errc::wrong_type, "/answer/number", "must be a whole number"};
    }
    const auto n = found->get<long long>();
    if (q.topic == kg::topic::pain && (n < 0 || n > 10)) {
      throw kg::read_error{kg::errc::out_of_range, "/answer/number",
                           "must be a pain score from 0 to 10"};
    }
    if (q.topic == kg::topic::since && (n < 0 || n > 1'000'000)) {
      throw kg::read_error{kg::errc::out_of_range, "/answer/number",
                           "must be a number of days from 0 to 1000000"};
    }
    if (q.topic == kg::topic::pain) {
      reply.pain = kg::pain_score{static_cast<int>(n)};
    } else {
      reply.since = kg::days{static_cast<kg::days::rep>(n)};
    }
    return reply;
  }
  const nlohmann::json& picked = member(answer, "/answer", "picked");
  if (!picked.is_array()) {
    throw kg::read_error{kg::errc::wrong_type, "/answer/picked", "must be an array of names"};
  }
  kg::fixed_vector<std::uint8_t, kg::max_choices> items;
  for (std::size_t i = 0; i < picked.size(); ++i) {
    const std::string at = "/answer/picked/" + std::to_string(i);
    if (!picked[i].is_string()) {
      throw kg::read_error{kg::errc::wrong_type, at, "must be a name, a string"};
    }
    bool found = false;
    for (const std::uint8_t item : q.items) {
      const kg::text_view name = kg::item_name(q.topic, item);
      if (picked[i].is_string() &&
          picked[i].get<std::string>() == std::string_view{name.data(), name.size()}) {
        found = items.try_push_back(item);
      }
    }
    if (!found) {
      throw kg::read_error{
          items.size() == items.capacity() ? kg::errc::too_many_items : kg::errc::unknown_name, at,
          items.size() == items.capacity() ? "is one more than the question's choices"
                                           : "is not one of the question's choices"};
    }
  }
  const kg::result<kg::assessment> made = kg::reply_of(q, items);
  if (!made) {
    throw kg::read_error{made.error().code, "/answer/picked",
                         std::string{made.error().message.data(), made.error().message.size()}};
  }
  return *made;
}

inline reply next_question_reply(const std::string& body) {
  const nlohmann::json request = kg::parse_json(body);
  if (!request.is_object()) {
    throw kg::read_error{kg::errc::wrong_type, "", "must be an object (a next-question request)"};
  }
  for (const auto& [key, value] : request.items()) {
    (void)value;
    if (key != "interview" && key != "answer") {
      throw kg::read_error{kg::errc::unknown_key, kg::json_pointer_to("", key),
                           "is not a field of a next-question request; its fields are interview "
                           "and answer"};
    }
  }
  kg::interview iv;
  if (request.contains("interview")) {
    iv = read_at<kg::interview>(request, "", "interview");
  }
  // The question the interview asks now; its error, that of answers that are not valid.
  const auto asked = kg::next_question(iv, kg::default_knowledge);
  if (!asked) {
    const kg::error& e = asked.error();
    throw kg::read_error{e.code, "/interview/answers",
                         std::string{e.field.data(), e.field.size()} + " " +
                             std::string{e.message.data(), e.message.size()}};
  }
  if (request.contains("answer")) {
    const nlohmann::json& answer = member(request, "", "answer");
    const kg::question q = read_at<kg::question>(answer, "/answer", "question");
    // Only the question the interview asks now (or, answering more, the next one left).
    const bool now = asked->has_value() && asked->value() == q;
    const auto more =
        now ? asked : kg::next_question(iv, kg::default_knowledge, kg::asking::everything);
    if (!now && !(more && more->has_value() && more->value() == q)) {
      throw kg::read_error{kg::errc::contradictory_facts, "/answer/question",
                           "is not the interview's next question"};
    }
    if (const auto refused = kg::record(iv, q, reply_from(answer, q))) {
      throw kg::read_error{
          refused.value().code, "/answer",
          std::string{refused.value().field.data(), refused.value().field.size()} + ": " +
              std::string{refused.value().message.data(), refused.value().message.size()}};
    }
  }
  const auto next = kg::next_question(iv, kg::default_knowledge);
  if (!next) {
    throw kg::read_error{next.error().code, "/interview/answers",
                         std::string{next.error().message.data(), next.error().message.size()}};
  }
  nlohmann::json out = {{"interview", nlohmann::json::parse(kg::write_json(iv))}};
  if (next->has_value()) {
    out["question"] = question_json(next->value());
    out["plan"] = nullptr;
  } else {
    out["question"] = nullptr;
    out["plan"] = nlohmann::json::parse(kg::write_json(kg::recommend(iv.answers).value()));
  }
  return {200, out.dump(), {}};
}

inline reply cds_reply(const std::string& body) {
  const nlohmann::json request = kg::parse_json(body);
  const nlohmann::json& hook_name = member(request, "", "hook");
  if (!hook_name.is_string() || hook_name.get<std::string>() != hook) {
    throw kg::read_error{kg::errc::unknown_name, "/hook",
                         "must be \"" + std::string{hook} + "\", the hook this service answers"};
  }
  const kg::assessment a =
      read_at<kg::assessment>(member(request, "", "context"), "/context", "assessment");
  return {200, kg::cds_hooks_response(kg::recommend(a).value()), {}};
}

inline const std::string& healthy_body() {
  static const std::string body = R"({"status":"ok"})";
  return body;
}

inline const std::string& knowledge_body() {
  static const std::string body = [] {
    std::string out = "{\"sources\":";
    kg::write_json(out, kg::default_knowledge.sources);
    out += ",\"texts\":";
    kg::write_json(out, kg::default_knowledge.texts);
    out += "}";
    return out;
  }();
  return body;
}

inline const std::string& discovery_body() {
  static const std::string body =
      nlohmann::json{
          {"services",
           {{{"hook", std::string{hook}},
             {"id", "knotguide"},
             {"title", "knotguide: self-care for muscle knots"},
             {"description",
              "Cited self-care guidance for muscle knots (myofascial trigger points), with a "
              "triage level. Informational; not a diagnosis. The context carries a knotguide "
              "assessment under \"assessment\"."}}}}}
          .dump();
  return body;
}

// Whether a Content-Type names JSON: "application/json" in any case, with parameters or not.
inline bool is_json(std::string_view content_type) {
  std::string type{content_type.substr(0, content_type.find(';'))};
  type.erase(0, type.find_first_not_of(" \t"));
  type.erase(type.find_last_not_of(" \t") + 1);
  for (char& c : type) {
    c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return type == "application/json";
}

// The answer to one request.
inline reply answer(std::string_view method, std::string_view path, std::string_view content_type,
                    const std::string& body) {
  struct route {
    std::string_view path;
    std::string_view method;
    reply (*post)(const std::string&);
    const std::string& (*get)();
  };
  static const route routes[] = {
      {"/healthz", "GET", nullptr, healthy_body},
      {"/v1/knowledge", "GET", nullptr, knowledge_body},
      {"/v1/plan", "POST", plan_reply, nullptr},
      {"/v1/explain", "POST", explain_reply, nullptr},
      {"/v1/next-question", "POST", next_question_reply, nullptr},
      {"/cds-services", "GET", nullptr, discovery_body},
      {"/cds-services/knotguide", "POST", cds_reply, nullptr},
  };
  for (const route& r : routes) {
    if (r.path != path) {
      continue;
    }
    if (r.method != method && !(r.method == "GET" && method == "HEAD")) {
      reply refused =
          error_reply(405, "method_not_allowed", "",
                      std::string{path} + " answers " + std::string{r.method} + " only");
      refused.allow = r.method == "GET" ? "GET, HEAD" : std::string{r.method};
      return refused;
    }
    if (r.get != nullptr) {
      return {200, r.get(), {}};
    }
    if (!is_json(content_type)) {
      return error_reply(415, "unsupported_media_type", "",
                         "the body must be application/json, not \"" +
                             std::string{content_type.substr(0, 64)} + "\"");
    }
    try {
      return r.post(body);
    } catch (const kg::read_error& e) {
      return from_read_error(e);
    }
  }
  return error_reply(404, "not_found", "", "no such route: " + std::string{path.substr(0, 64)});
}

}  // namespace knotguide_service

#endif  // KNOTGUIDE_EXAMPLES_HTTP_SERVICE_SERVICE_HPP
