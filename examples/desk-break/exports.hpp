// A plan's self-care for the desk as the break programs load it: Workrave's exercises.xml and a
// Stretchly config.json fragment. Each self-care step the plan times for the desk, with a dose
// in words, becomes one exercise (Workrave) or one break idea (Stretchly); the micro-break's
// dose becomes Stretchly's micro-break idea. Steps for other moments (a heat pack for twenty
// minutes, ice) stay in the plan itself: a break of a few minutes is not their time.
// Give them a plan made from an application's own knowledge base (a physiotherapist's
// prescription, say) and that knowledge base, and the exercises are those.
//
// What each program reads, from its own source: Workrave parses <exercises> of <exercise>,
// each with <title>, <description> and a <sequence duration="seconds"> of <image src="..."
// duration="seconds"> (frontend/common/src/Exercise.cc; src is required, durations default to
// 15 and 1); Stretchly reads `microbreakIdeas` ({"data": text, "enabled": bool}), `breakIdeas`
// ({"data": [title, text], "enabled": bool}) and uses them when `useIdeasFromSettings` is true
// (app/utils/defaultSettings.js). workrave-exercises.xsd and stretchly-ideas.schema.json, beside
// this file, say the same for the tests.
#ifndef KNOTGUIDE_EXAMPLE_EXPORTS_HPP
#define KNOTGUIDE_EXAMPLE_EXPORTS_HPP

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <knotguide/knotguide.hpp>

namespace desk_break {

namespace kg = knotguide;

// A stretch of time a break program counts down: a hold, the rest after it, or a session.
struct timed_step {
  long long seconds = 0;
  bool rest = false;
};

// One self-care step as a break program shows it.
struct exercise {
  kg::intervention what{};
  std::string title;        // the intervention in words: "Stretching"
  std::string description;  // the dose in words, then each caution
  // From the dose's own figures: each hold with the rest after it, when the dose gives the rest;
  // one hold when it does not (a hold repeated with no rest between would count down as one
  // long hold; the description says how many); or one session. Empty when the dose gives no
  // time.
  std::vector<timed_step> timed_steps;
};

namespace detail {

// A figure of a range as a timer can run it: the low end, or the high end of "up to".
template <class T>
[[nodiscard]] long long figure(const kg::range<T>& r) {
  if constexpr (requires { r.low.count(); }) {
    return r.low.count() != 0 ? r.low.count() : r.high.count();
  } else {
    return r.low != 0 ? r.low : r.high;
  }
}

[[nodiscard]] inline std::vector<timed_step> timed_steps(const kg::dose& d) {
  if (d.hold.stated()) {
    if (!d.rest.stated()) {
      return {{detail::figure(d.hold), false}};
    }
    std::vector<timed_step> steps;
    const long long times = d.repetitions.stated() ? detail::figure(d.repetitions) : 1;
    for (long long i = 0; i < times; ++i) {
      if (i > 0) {
        steps.push_back({detail::figure(d.rest), true});
      }
      steps.push_back({detail::figure(d.hold), false});
    }
    return steps;
  }
  if (d.session.stated()) {
    return {{detail::figure(d.session) * 60, false}};
  }
  return {};
}

[[nodiscard]] inline std::string xml_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace detail

// The plan's self-care steps that a person can do at a desk break: done alone, timed by the
// plan for the desk (the plan's moment is the desk, and the step suits it), with a dose in
// words. Urgent plans hold no self-care, so they give none.
[[nodiscard]] inline std::vector<exercise> exercises_of(const kg::plan& p,
                                                        const kg::knowledge_base& kb) {
  std::vector<exercise> out;
  for (const kg::step& s : p.steps) {
    if (s.delivered_by != kg::provider::self || !s.timing.contains(kg::moment::at_desk) ||
        s.dose.text.empty()) {
      continue;
    }
    exercise e{s.what, std::string{kg::find_words(kb, s.what)},
               std::string{kg::text_of(kb, s.dose.text)}, detail::timed_steps(s.dose)};
    for (const kg::text_id caution : s.cautions) {  // labelled as the plan in words labels it
      const kg::text_view label = kg::find_words(kb, kg::label::take_care);
      const kg::text_view words = kg::text_of(kb, caution);
      e.description.append(" ").append(label.data(), label.size()).append(": ");
      e.description.append(words.data(), words.size());
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Workrave's exercises.xml. Workrave shows a picture for each timed step; knotguide has none,
// so each names "<intervention>.png" (a rest, "rest.png") in Workrave's exercises folder, for
// the person or their physiotherapist to provide.
[[nodiscard]] inline std::string workrave_exercises(const kg::plan& p,
                                                    const kg::knowledge_base& kb) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<exercises>\n";
  for (const exercise& e : exercises_of(p, kb)) {
    const std::string picture = std::string{kg::name(e.what)} + ".png";
    xml += "  <exercise>\n    <title>" + detail::xml_escaped(e.title) + "</title>\n";
    xml += "    <description>" + detail::xml_escaped(e.description) + "</description>\n";
    if (e.timed_steps.empty()) {
      // No time given: Workrave's own defaults pace it.
      xml += "    <sequence>\n      <image src=\"" + picture + "\"/>\n    </sequence>\n";
    } else {
      long long total = 0;
      for (const timed_step& step : e.timed_steps) {
        total += step.seconds;
      }
      xml += "    <sequence duration=\"" + std::to_string(total) + "\">\n";
      for (const timed_step& step : e.timed_steps) {
        xml += "      <image src=\"" + (step.rest ? std::string{"rest.png"} : picture) +
               "\" duration=\"" + std::to_string(step.seconds) + "\"/>\n";
      }
      xml += "    </sequence>\n";
    }
    xml += "  </exercise>\n";
  }
  return xml + "</exercises>\n";
}

// The keys of Stretchly's config.json that carry break ideas: merge them into the file.
[[nodiscard]] inline std::string stretchly_ideas(const kg::plan& p, const kg::knowledge_base& kb) {
  nlohmann::json micro = nlohmann::json::array();
  nlohmann::json full = nlohmann::json::array();
  for (const exercise& e : exercises_of(p, kb)) {
    if (e.what == kg::intervention::micro_breaks) {
      micro.push_back({{"data", e.description}, {"enabled", true}});
    } else {
      full.push_back({{"data", {e.title, e.description}}, {"enabled", true}});
    }
  }
  // A list left out keeps Stretchly's own ideas for that kind of break.
  nlohmann::json config = {{"useIdeasFromSettings", true}};
  if (!micro.empty()) {
    config["microbreakIdeas"] = micro;
  }
  if (!full.empty()) {
    config["breakIdeas"] = full;
  }
  return config.dump(2) + "\n";
}

}  // namespace desk_break

#endif  // KNOTGUIDE_EXAMPLE_EXPORTS_HPP
