// The page's one door into knotguide, compiled to WebAssembly: JSON in, JSON out, so that no
// rule of the engine, and no word a person reads about their knots, is written again in
// JavaScript. Each function answers {"ok": <value>} or {"error": {"code", "path", "problem"}}.
//
//   vocabulary()       the choices a form offers, each by its name and in the catalog's words
//   muscles(region)    the muscles most likely responsible for pain there, most likely first
//   plan(assessment)   the plan as a person reads it: the library's reading (reading.hpp) as a
//                      tree of parts, in the catalog's words, headings and sources included
//   explain(assessment, intervention)   why a step is in the plan, or why not, in words
//   plan_json(assessment)   the plan as knotguide's JSON, for an application that renders it
//   knowledge()        the catalog and the sources, for such an application
//   next_question(interview, reply, more)   the interview, one question at a time
//                      (<knotguide/interview.hpp>): the reply to the question the interview
//                      asks now kept, then the next question in words, and the plan in words
//                      once nothing left could change it
#include <emscripten/bind.h>

#include <algorithm>
#include <cstdint>
#include <knotguide/interview.hpp>
#include <knotguide/json.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/nlohmann.hpp>
#include <knotguide/reading.hpp>
#include <string>
#include <vector>

namespace kg = knotguide;
using nlohmann::json;

namespace {

const kg::knowledge_base& kb = kg::default_knowledge;

std::string str(kg::text_view t) {
  return {t.data(), t.size()};
}

std::string failure(const kg::read_error& e) {
  return json{
      {"error", {{"code", str(kg::name(e.code()))}, {"path", e.path()}, {"problem", e.problem()}}}}
      .dump();
}

std::string ok(const json& value) {
  return json{{"ok", value}}.dump();
}

// One choice: an enumerator's name, which the assessment takes, and its words, which a person
// reads.
template <kg::named_enum E>
json choice(E value) {
  return {{"name", str(kg::name(value))}, {"words", str(kg::find_words(kb, value))}};
}

template <kg::named_enum E>
json choices() {
  json list = json::array();
  for (const E value : kg::enum_values<E>) {
    list.push_back(choice(value));
  }
  return list;
}

// Lays the plan's reading (<knotguide/reading.hpp>) out as a tree the page renders: each part
// is {"part", "key", "parts", "label", "number"}, where "parts" holds, in order, the part's
// words as strings (a number among words, "pain 4 out of 10", is one of them) and the parts
// within it; "label" is a heading's or a labelled line's ("You told us"), "number" a step's rank
// or the day to check again; a list of sources holds {"name", "address"} items.
// The reading decides what is said; this only nests it, writing JSON text as it goes (a
// document tree built and then printed took 2.5 times as long).
class reading_json {
 public:
  // Appends to `out`, inside a parts list it has opened.
  explicit reading_json(std::string& out) : out_(out), open_(1) {}

  void open(kg::part p, kg::text_view key) {
    item();
    out_ += R"({"part":)";
    kg::write_json(out_, kg::name(p));
    if (!key.empty()) {
      out_ += R"(,"key":)";
      kg::write_json(out_, key);
    }
    out_ += R"(,"parts":[)";
    open_.push_back({});
  }
  void label(kg::text_view words) { open_.back().label = str(words); }
  void words(kg::text_view words) { words_.append(words.data(), words.size()); }
  // A number before any words of its part is the part's own (a step's rank, the day to check
  // again); after words, it is one of them ("pain 4 out of 10").
  void number(int n) {
    if (words_.empty() && !open_.back().any) {
      open_.back().number = n;
    } else {
      words_ += std::to_string(n);
    }
  }
  void source(const kg::source& s) {
    item();
    out_ += R"({"name":)";
    kg::write_json(out_, s.short_name);
    out_ += R"(,"address":)";
    const std::string address = s.address.empty() ? "" : "https://" + str(s.address);
    kg::write_json(out_, kg::text_view{address.data(), address.size()});
    out_ += '}';
  }
  void close(kg::part /*p*/) {
    end_words();
    const opened done = open_.back();
    open_.pop_back();
    out_ += ']';
    if (!done.label.empty()) {
      out_ += R"(,"label":)";
      kg::write_json(out_, kg::text_view{done.label.data(), done.label.size()});
    }
    if (done.number != 0) {
      out_ += R"(,"number":)" + std::to_string(done.number);
    }
    out_ += '}';
  }

 private:
  struct opened {
    std::string label;
    int number = 0;
    bool any = false;  // an item of its parts written
  };
  // Before an item of the open part's list: the words said before it, then a comma.
  void item() {
    end_words();
    separate();
  }
  // The words said since the last item, as one string of the list.
  void end_words() {
    if (!words_.empty()) {
      separate();
      kg::write_json(out_, kg::text_view{words_.data(), words_.size()});
      words_.clear();
    }
  }
  void separate() {
    out_ += open_.back().any ? "," : "";
    open_.back().any = true;
  }

  std::string& out_;
  std::vector<opened> open_;  // the list it was given, then each part not yet closed
  std::string words_;         // words said since the last item, written as one string
};

// A plan as a person reads it, as {"level", "parts"}: its level, for the page's colours, and
// the reading; appended to `out`.
void write_reading(std::string& out, const kg::assessment& a, const kg::plan& p) {
  out += R"({"level":")";
  out += str(kg::name(p.level));
  out += R"(","parts":[)";
  reading_json writer{out};
  kg::render(a, p, writer, kb);
  out += "]}";
}

std::string reading_of(const kg::assessment& a, const kg::plan& p) {
  std::string out = R"({"ok":)";
  write_reading(out, a, p);
  return out + "}";
}

// A why-trace link's sentence, its sources added to `sources` by name, each once; empty for a
// link with no sentence of its own (the person's own answer, the triage level).
std::string reason_in_words(const kg::reason& r, json& sources) {
  const kg::text_entry* entry = kg::find_text(kb, kg::reason_words(kb, r));
  if (entry == nullptr) {
    return {};
  }
  for (const kg::text_view id : entry->sources) {
    if (const kg::source* s = kg::find_source(kb, id)) {
      const json named{{"name", str(s->short_name)},
                       {"address", s->address.empty() ? "" : "https://" + str(s->address)}};
      if (std::find(sources.begin(), sources.end(), named) == sources.end()) {
        sources.push_back(named);
      }
    }
  }
  return str(entry->text);
}

// The sentences of a why-trace, each once.
json reasons_in_words(const kg::fixed_vector<kg::reason, kg::max_reasons>& why, json& sources) {
  json said = json::array();
  for (const kg::reason& r : why) {
    const std::string sentence = reason_in_words(r, sources);
    if (!sentence.empty() && std::find(said.begin(), said.end(), sentence) == said.end()) {
      said.push_back(sentence);
    }
  }
  return said;
}

// The person's own answer a link read (a preference, the moment, who they can reach), in words.
std::string answer_in_words(const kg::fact& read) {
  switch (read.field) {
    case kg::fact_field::preferences:
      return str(kg::find_words(kb, static_cast<kg::preference>(read.enumerator)));
    case kg::fact_field::moment:
      return str(kg::find_words(kb, static_cast<kg::moment>(read.enumerator)));
    case kg::fact_field::access:
      return str(kg::find_words(kb, static_cast<kg::provider>(read.enumerator)));
    default:
      return {};
  }
}

json explanation_in_words(const kg::explanation& e, const kg::plan& p) {
  json sources = json::array();
  json out{{"what", str(kg::name(e.what))},
           {"title", str(kg::find_words(kb, e.what))},
           {"standing", str(kg::name(e.standing))},
           {"rank", e.rank},
           {"steps", p.steps.size()}};
  if (e.standing == kg::standing::excluded) {
    out["because"] = reason_in_words(e.because, sources);
    out["because_rule"] = str(e.because.rule);
    out["because_answer"] = answer_in_words(e.because.read);
    out["level_says"] = str(kg::text_of(kb, p.summary));
  }
  out["outranked_by"] = e.outranked_by ? str(kg::find_words(kb, e.outranked_by.value())) : "";
  out["why"] = reasons_in_words(e.why, sources);
  out["sources"] = sources;
  return out;
}

// The answer `respond` gives for an assessment read from JSON, or the reader's error. The
// reader checks the assessment whole, so recommend() and explain() have a value for it.
template <class Respond>
std::string for_assessment(const std::string& text, Respond respond) {
  try {
    return respond(kg::read_json<kg::assessment>(text));
  } catch (const kg::read_error& e) {
    return failure(e);
  }
}

// The plan for an assessment given as JSON.
std::string plan(const std::string& assessment) {
  return for_assessment(
      assessment, [](const kg::assessment& a) { return reading_of(a, kg::recommend(a).value()); });
}

// Why an intervention is in the plan, or why not.
std::string explain(const std::string& assessment, const std::string& intervention) {
  return for_assessment(assessment, [&intervention](const kg::assessment& a) {
    const auto which = kg::parse<kg::intervention>(intervention);
    if (!which) {
      return failure({kg::errc::unknown_name, "/intervention", "names no intervention"});
    }
    return ok(explanation_in_words(kg::explain(a, *which).value(), kg::recommend(a).value()));
  });
}

// The muscles most likely responsible for pain in a region, most likely first, each with the
// region it lies in.
std::string muscles(const std::string& region) {
  const auto r = kg::parse<kg::region>(region);
  if (!r) {
    return failure({kg::errc::unknown_name, "/region", "names no region"});
  }
  json list = json::array();
  for (const kg::muscle m : kg::likely_muscles(kb, *r)) {
    json muscle = choice(m);
    muscle["lies_in"] = str(kg::name(kg::region_of(m)));
    list.push_back(muscle);
  }
  return ok(list);
}

// The choices a form offers, by name and in words, and the answers an assessment assumes when
// none is given. Warning signs come most urgent first, each with the level it brings.
std::string vocabulary() {
  constexpr kg::assessment unanswered{};
  json signs = json::array();
  for (const kg::triage tier :
       {kg::triage::emergency, kg::triage::doctor_today, kg::triage::doctor}) {
    for (const kg::red_flag_entry& e : kb.red_flags) {
      if (e.tier == tier) {
        signs.push_back({{"name", str(kg::name(e.flag))},
                         {"words", str(kg::text_of(kb, e.text))},
                         {"level", str(kg::name(e.tier))}});
      }
    }
  }
  return ok({{"region", choices<kg::region>()},
             {"muscle", choices<kg::muscle>()},
             {"trend", choices<kg::trend>()},
             {"impact", choices<kg::impact>()},
             {"cause", choices<kg::cause>()},
             {"moment", choices<kg::moment>()},
             {"equipment", choices<kg::equipment>()},
             {"preference", choices<kg::preference>()},
             {"health_fact", choices<kg::health_fact>()},
             {"country", choices<kg::country>()},
             {"intervention", choices<kg::intervention>()},
             {"red_flag", signs},
             {"max_pain", kg::pain_score::max},
             {"max_knots", kg::max_knots},
             {"defaults",
              {{"trend", str(kg::name(unanswered.trend))},
               {"daily_impact", str(kg::name(unanswered.daily_impact))},
               {"sleep_impact", str(kg::name(unanswered.sleep_impact))},
               {"moment", str(kg::name(unanswered.moment))}}}});
}

// The plan as knotguide's own JSON (docs/schema/plan.schema.json), ids and all, for an
// application that renders it itself with the catalog below.
std::string plan_json(const std::string& assessment) {
  return for_assessment(assessment, [](const kg::assessment& a) {
    std::string out = R"({"ok":)";
    kg::write_json(out, kg::recommend(a).value());
    return out + "}";
  });
}

// The sources and the text catalog: the words for every id a plan holds.
std::string knowledge() {
  std::string out = R"({"ok":{"sources":)";
  kg::write_json(out, kb.sources);
  out += R"(,"texts":)";
  kg::write_json(out, kb.texts);
  return out + "}}";
}

// A question in words: its topic, what it asks and why, how it is answered ("number",
// "one_of", "any_of"), and its choices by name and in the catalog's words. Who the person could
// go to starts all ticked: the reply keeps those still ticked.
json question_in_words(const kg::question& q) {
  const kg::question_words said = kg::words_of(q.topic);
  json choices = json::array();
  for (const std::uint8_t item : q.items) {
    choices.push_back({{"name", str(kg::item_name(q.topic, item))},
                       {"words", str(kg::item_words(kb, q.topic, item))}});
  }
  std::string answer = "one_of";
  if (q.topic == kg::topic::pain || q.topic == kg::topic::since) {
    answer = "number";
  } else if (q.is_checklist() || q.topic == kg::topic::knots) {
    answer = "any_of";
  }
  return {{"topic", str(kg::name(q.topic))},
          {"asks", str(kg::text_of(kb, said.asks))},
          {"because", str(kg::text_of(kb, said.because))},
          {"answer", answer},
          {"starts_ticked", q.topic == kg::topic::access},
          {"choices", choices}};
}

std::string refused(const kg::error& e) {
  return failure({e.code, "/" + str(e.field), str(e.message)});
}

// The question the interview asks now: the next that can change the plan; when none can and the
// person asked to answer more, the next question left (asking::everything). An answer given
// while answering more can make a question matter again (a warning sign: where they are, for
// the number to call), and then that one comes first.
kg::result<kg::maybe<kg::question>> asked_now(const kg::interview& iv, bool more) {
  auto q = kg::next_question(iv, kb);
  if (!q || q->has_value() || !more) {
    return q;
  }
  return kg::next_question(iv, kb, kg::asking::everything);
}

// One step of the interview. `interview` is the JSON an earlier step answered (empty: a new
// one); `reply`, the answer to the question it asks now (asked_now()), as an assessment holding
// that question's field (empty: none yet); `more`, whether the person asked to answer the
// questions left once the plan was settled. Answers {"interview", "asked", "question", "plan"}:
// the interview with the reply kept, how many topics it has asked, the question it asks now in
// words (null when none is left to ask), and the plan in words once the interview is settled
// (null before). A reply that is not valid is an error that names its field ("/since").
std::string next_question(const std::string& interview, const std::string& reply, bool more) {
  kg::interview iv;
  try {
    if (!interview.empty()) {
      iv = kg::read_json<kg::interview>(interview);
    }
    if (!reply.empty()) {
      // A reply holds its question's field alone; an assessment's one required field, where it
      // hurts, is empty unless it is the reply.
      json fields = kg::parse_json(reply);
      if (fields.is_object() && !fields.contains("knots")) {
        fields["knots"] = json::array();
      }
      const auto answer = kg::read_json<kg::assessment>(fields.dump());
      const auto asked = asked_now(iv, more);
      if (!asked) {
        return refused(asked.error());
      }
      if (!asked->has_value()) {
        return failure(
            {kg::errc::contradictory_facts, "/reply", "answers no question: none is left"});
      }
      if (const auto no = kg::record(iv, asked->value(), answer)) {
        return refused(no.value());
      }
    }
  } catch (const kg::read_error& e) {
    return failure(e);
  }
  const auto settled = kg::next_question(iv, kb);
  const auto next = settled && !settled->has_value() && more ? asked_now(iv, more) : settled;
  if (!next) {
    return refused(next.error());
  }
  std::string out = R"({"ok":{"interview":)";
  kg::write_json(out, iv);
  out += R"(,"asked":)" + std::to_string(iv.asked.size());
  out += R"(,"question":)";
  out += next->has_value() ? question_in_words(next->value()).dump() : "null";
  out += R"(,"plan":)";
  if (settled->has_value()) {
    out += "null";
  } else {
    write_reading(out, iv.answers, kg::recommend(iv.answers).value());
  }
  return out + "}}";
}

}  // namespace

EMSCRIPTEN_BINDINGS(knotguide) {
  emscripten::function("vocabulary", &vocabulary);
  emscripten::function("muscles", &muscles);
  emscripten::function("plan", &plan);
  emscripten::function("explain", &explain);
  emscripten::function("plan_json", &plan_json);
  emscripten::function("knowledge", &knowledge);
  emscripten::function("next_question", &next_question);
}
