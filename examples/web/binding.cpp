// The page's one door into knotguide, compiled to WebAssembly: JSON in, JSON out, so that no
// rule of the engine, and no word a person reads about their knots, is written again in
// JavaScript. Each function answers {"ok": <value>} or {"error": {"code", "path", "problem"}}.
//
//   vocabulary()       the choices a form offers, each by its name and in the catalog's words
//   muscles(region)    the muscles most likely responsible for pain there, most likely first
//   plan(assessment)   the plan, in words: every id resolved to its sentence, with sources
//   explain(assessment, intervention)   why a step is in the plan, or why not, in words
//   plan_json(assessment)   the plan as knotguide's JSON, for an application that renders it
//   knowledge()        the catalog and the sources, for such an application
#include <emscripten/bind.h>

#include <algorithm>
#include <knotguide/json.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/nlohmann.hpp>
#include <string>

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

// The sources a part of the plan cites, each once, by the name people know it by; a step's
// are also the whole plan's.
class cited {
 public:
  explicit cited(cited* whole = nullptr) : whole_(whole) {}

  void add(const kg::citations& sources) {
    if (whole_ != nullptr) {
      whole_->add(sources);
    }
    for (const kg::text_view id : sources) {
      const kg::source* s = kg::find_source(kb, id);
      if (s == nullptr) {
        continue;
      }
      bool seen = false;
      for (const json& known : list_) {
        seen = seen || known["name"] == str(s->short_name);
      }
      if (!seen) {
        list_.push_back({{"name", str(s->short_name)},
                         {"address", s->address.empty() ? "" : "https://" + str(s->address)}});
      }
    }
  }
  // A catalog sentence, its sources noted.
  std::string text(kg::text_id id) {
    const kg::text_entry* entry = kg::find_text(kb, id);
    if (entry == nullptr) {
      return {};
    }
    add(entry->sources);
    return str(entry->text);
  }
  [[nodiscard]] const json& list() const { return list_; }

 private:
  cited* whole_;
  json list_ = json::array();
};

// The sentences for a list of catalog ids, in order, their sources noted.
template <class Ids>
json sentences(const Ids& ids, cited& sources) {
  json list = json::array();
  for (const kg::text_id id : ids) {
    list.push_back(sources.text(id));
  }
  return list;
}

// The sentences of a why-trace, each once; links with no sentence of their own are left out,
// as in_words() leaves them out.
json reasons_in_words(const kg::fixed_vector<kg::reason, kg::max_reasons>& why, cited& sources) {
  json said = json::array();
  for (const kg::reason& r : why) {
    const std::string sentence = sources.text(kg::reason_words(kb, r));
    if (!sentence.empty() && std::find(said.begin(), said.end(), sentence) == said.end()) {
      said.push_back(sentence);
    }
  }
  return said;
}

json step_in_words(const kg::step& s, const kg::flag_set<kg::intervention>& escalations,
                   const std::string& headline, cited& all) {
  cited sources{&all};
  const kg::intervention_profile* profile = kg::find_profile(kb, s.what);
  const bool escalation = escalations.contains(s.what);
  json when = json::array();
  for (const kg::moment m : s.timing) {
    when.push_back(str(kg::find_words(kb, m)));
  }
  json out{{"what", str(kg::name(s.what))},
           {"title", str(kg::find_words(kb, s.what))},
           {"escalation", escalation},
           {"who", escalation ? "" : str(kg::find_words(kb, s.delivered_by))},
           {"when", when},
           {"how", sources.text(s.dose.text)},
           {"use", s.equipment.empty() ? "" : str(kg::find_words(kb, *s.equipment.begin()))},
           {"could_use", s.suggest ? str(kg::find_words(kb, s.suggest.value())) : ""}};
  sources.add(s.dose.sources);
  // Where, when not where it hurts: the muscles that may send the pain there, as in_words().
  std::string where;
  if (!s.at.empty()) {
    where = sources.text(kb.engine.elsewhere);
    const char* between = " ";
    for (const kg::muscle m : s.at) {
      where += between + str(kg::find_words(kb, m));
      if (const kg::muscle_entry* e = kg::find_muscle(kb, m)) {
        sources.add(e->sources);
      }
      between = "; ";
    }
    where += ".";
  }
  out["where"] = where;
  out["why"] = reasons_in_words(s.why, sources);
  // How it helps, unless it would repeat the plan's first line (emergency care), as in_words().
  const bool repeats = profile != nullptr && str(kg::text_of(kb, profile->mechanism)) == headline;
  out["how_it_helps"] = profile != nullptr && !repeats ? sources.text(profile->mechanism) : "";
  out["good_to_know"] = profile != nullptr ? sentences(profile->notes, sources) : json::array();
  out["evidence"] = escalation ? "" : str(kg::find_words(kb, s.grade));
  out["evidence_says"] = !escalation && profile != nullptr ? sources.text(profile->evidence) : "";
  out["cautions"] = sentences(s.cautions, sources);
  sources.add(s.sources);
  out["sources"] = sources.list();
  return out;
}

// A plan as a person reads it: the level's sentence first, then the steps, what is not for the
// person, the course, the review, the signs that would change it, prevention, the sources and
// the disclaimer.
json plan_in_words(const kg::plan& p) {
  cited sources;
  const std::string headline = sources.text(p.summary);
  json out{{"level", str(kg::name(p.level))}, {"headline", headline}};
  out["out_of_reach"] = p.out_of_reach.empty() ? "" : sources.text(p.out_of_reach);
  out["meanwhile"] = p.meanwhile.empty() ? "" : sources.text(p.meanwhile);
  out["not_known"] = sentences(p.not_known, sources);
  const kg::flag_set<kg::intervention> escalations = kg::escalation_steps(kb);
  json steps = json::array();
  for (const kg::step& s : p.steps) {
    steps.push_back(step_in_words(s, escalations, headline, sources));
  }
  out["steps"] = steps;
  // What is not for the person, and why, as in_words() says it.
  json set_aside = json::array();
  for (const kg::set_aside_step& s : p.set_aside) {
    set_aside.push_back({{"what", str(kg::name(s.what))},
                         {"title", str(kg::find_words(kb, s.what))},
                         {"because", sources.text(kg::reason_words(kb, s.because))}});
  }
  out["set_aside"] = set_aside;
  out["course"] = sentences(p.course_texts, sources);
  out["review_day"] = p.review_by.count();
  json review = json::array();
  json sooner = json::array();
  for (const kg::change& c : p.would_change) {
    if (!c.sign && c.by_day > kg::days{0}) {
      review.push_back(sources.text(c.text));
      continue;
    }
    const kg::triage_entry* level = kg::find_level(kb, c.becomes);
    sooner.push_back({{"sign", sources.text(c.text)},
                      {"then", level != nullptr ? str(kg::text_of(kb, level->text)) : ""},
                      {"level", str(kg::name(c.becomes))}});
  }
  out["review"] = review;
  out["sooner"] = sooner;
  out["prevention"] = sentences(p.prevention, sources);
  out["disclaimer"] = sources.text(p.disclaimer);
  out["sources"] = sources.list();
  return out;
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
  cited sources;
  json out{{"what", str(kg::name(e.what))},
           {"title", str(kg::find_words(kb, e.what))},
           {"standing", str(kg::name(e.standing))},
           {"rank", e.rank},
           {"steps", p.steps.size()}};
  if (e.standing == kg::standing::excluded) {
    out["because"] = sources.text(kg::reason_words(kb, e.because));
    out["because_rule"] = str(e.because.rule);
    out["because_answer"] = answer_in_words(e.because.read);
    out["level_says"] = str(kg::text_of(kb, p.summary));
  }
  out["outranked_by"] = e.outranked_by ? str(kg::find_words(kb, e.outranked_by.value())) : "";
  out["why"] = reasons_in_words(e.why, sources);
  out["sources"] = sources.list();
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
  return for_assessment(assessment, [](const kg::assessment& a) {
    return ok(plan_in_words(kg::recommend(a).value()));
  });
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

}  // namespace

EMSCRIPTEN_BINDINGS(knotguide) {
  emscripten::function("vocabulary", &vocabulary);
  emscripten::function("muscles", &muscles);
  emscripten::function("plan", &plan);
  emscripten::function("explain", &explain);
  emscripten::function("plan_json", &plan_json);
  emscripten::function("knowledge", &knowledge);
}
