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

#include <cstddef>
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
  // From the dose's own figures: each hold, with the rest between when the dose gives one (a
  // break program marks the start of each, so ten holds of five seconds count as ten), or one
  // session. Empty when the dose gives no time.
  std::vector<timed_step> timed_steps;
  kg::text_id dose;  // the dose's words in the catalog: which movement the pictures show
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
    std::vector<timed_step> steps;
    const long long times = d.repetitions.stated() ? detail::figure(d.repetitions) : 1;
    for (long long i = 0; i < times; ++i) {
      if (i > 0 && d.rest.stated()) {
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

// Workrave hands a title and a description to Pango as markup: after the XML is read, an `&`
// or `<` must still be escaped, so the text is escaped for markup and then for XML.
[[nodiscard]] inline std::string workrave_text(std::string_view text) {
  return xml_escaped(xml_escaped(text));
}

}  // namespace detail

// The pictures Workrave shows for an exercise, in its exercises folder. Where Workrave's own
// pictures show the movement the dose describes, those; otherwise knotguide's own
// (examples/desk-break/pictures, rendered to PNG at build time): one for stretching, one for
// a break away from the desk, one for any other exercise, and one for a rest.
inline constexpr std::string_view workrave_rest_picture = "knotguide-rest.png";

[[nodiscard]] inline std::vector<std::string_view> workrave_pictures(const exercise& e) {
  if (e.dose == kg::text_id{"stretch.desk"}) {  // "roll your shoulders and turn your neck"
    return {"turn-head-1.png", "turn-head-2.png"};
  }
  if (e.dose == kg::text_id{"stretch.dose.neck"}) {  // chin down, ear to shoulder, turn the head
    return {"neck-tilt-stretch-1.png", "neck-tilt-stretch-2.png", "turn-head-1.png",
            "turn-head-2.png"};
  }
  switch (e.what) {
    case kg::intervention::stretching:
      return {"knotguide-stretching.png"};
    case kg::intervention::micro_breaks:
      return {"knotguide-micro_breaks.png"};
    default:
      return {"knotguide-exercise.png"};
  }
}

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
               std::string{kg::text_of(kb, s.dose.text)}, detail::timed_steps(s.dose), s.dose.text};
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

// Workrave's exercises.xml, between two comments that mark knotguide's part, followed by
// `keep`: the exercises of a file Workrave already reads (its own ten, say), with any part an
// earlier export wrote left out, so that exporting again replaces knotguide's exercises and
// keeps the rest. Every picture is timed: each of the dose's holds and rests shows one (the
// exercise's pictures in turn), and an exercise whose dose gives no time shows its pictures
// in turn for Workrave's own default length of an exercise.
inline constexpr std::string_view workrave_begin = "<!-- knotguide: begin -->";
inline constexpr std::string_view workrave_end = "<!-- knotguide: end -->";
inline constexpr long long workrave_default_seconds = 15;

namespace detail {

// The <exercise> elements of an exercises.xml, without knotguide's part.
[[nodiscard]] inline std::string exercises_kept(std::string_view file) {
  const std::size_t open = file.find("<exercises>");
  const std::size_t close = file.rfind("</exercises>");
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return {};
  }
  std::string kept{file.substr(open + 11, close - open - 11)};
  std::size_t begin = kept.find(workrave_begin);
  while (begin != std::string::npos && begin > 0 && kept[begin - 1] == ' ') {
    --begin;  // from the start of its line
  }
  const std::size_t end = kept.find(workrave_end);
  if (begin != std::string::npos && end != std::string::npos && begin < end) {
    std::size_t after = end + workrave_end.size();
    if (after < kept.size() && kept[after] == '\n') {
      ++after;
    }
    kept.erase(begin, after - begin);
  }
  while (!kept.empty() && kept.front() == '\n') {
    kept.erase(0, 1);
  }
  return kept;
}

}  // namespace detail

[[nodiscard]] inline std::string workrave_exercises(const kg::plan& p, const kg::knowledge_base& kb,
                                                    std::string_view keep = {}) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<exercises>\n  ";
  xml.append(workrave_begin).append("\n");
  for (const exercise& e : exercises_of(p, kb)) {
    const std::vector<std::string_view> pictures = workrave_pictures(e);
    std::vector<timed_step> steps = e.timed_steps;
    if (steps.empty()) {
      const auto count = static_cast<long long>(pictures.size());
      for (long long i = 0; i < count; ++i) {
        steps.push_back({workrave_default_seconds / count +
                             (i == count - 1 ? workrave_default_seconds % count : 0),
                         false});
      }
    }
    long long total = 0;
    for (const timed_step& step : steps) {
      total += step.seconds;
    }
    xml += "  <exercise>\n    <title>" + detail::workrave_text(e.title) + "</title>\n";
    xml += "    <description>" + detail::workrave_text(e.description) + "</description>\n";
    xml += "    <sequence duration=\"" + std::to_string(total) + "\">\n";
    std::size_t shown = 0;
    for (const timed_step& step : steps) {
      const std::string_view picture =
          step.rest ? workrave_rest_picture : pictures[shown++ % pictures.size()];
      xml.append("      <image src=\"").append(picture).append("\" duration=\"");
      xml += std::to_string(step.seconds) + "\"/>\n";
    }
    xml += "    </sequence>\n  </exercise>\n";
  }
  xml.append("  ").append(workrave_end).append("\n");
  xml += detail::exercises_kept(keep);
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
