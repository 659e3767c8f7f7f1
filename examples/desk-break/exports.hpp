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

// How long a break program counts an exercise down, from the dose's own figures: a hold, the
// rest after it, and how many times; a session is one hold of its length. All zero when the
// dose gives no time.
struct timing {
  long long hold = 0;  // seconds
  long long rest = 0;  // seconds, between two holds; 0 when the dose gives none
  long long times = 0;
  [[nodiscard]] bool stated() const noexcept { return times > 0; }
  [[nodiscard]] long long total() const noexcept {
    return times > 0 ? times * hold + (times - 1) * rest : 0;
  }
};

// One self-care step as a break program shows it.
struct exercise {
  kg::intervention what{};
  std::string title;        // the intervention in words: "Stretching"
  std::string description;  // the dose in words, then each caution
  desk_break::timing timing;
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

[[nodiscard]] inline timing timing_of(const kg::dose& d) {
  if (d.hold.stated()) {
    return {figure(d.hold), d.rest.stated() ? figure(d.rest) : 0,
            d.repetitions.stated() ? figure(d.repetitions) : 1};
  }
  if (d.session.stated()) {
    return {figure(d.session) * 60, 0, 1};
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

// The pictures Workrave shows for an exercise, file names in its exercises folder, at least
// one. Where Workrave's own pictures show the movement the dose describes, those; otherwise
// knotguide's (examples/desk-break/pictures, rendered to PNG at build time): the upper back's
// sitting stretch, a break away from the desk, and for any other exercise a person standing
// ready, whose words say what to do. An application with its own exercises passes its own.
inline constexpr std::string_view workrave_rest_picture = "knotguide-rest.png";
inline constexpr std::string_view workrave_any_picture = "knotguide-exercise.png";

[[nodiscard]] inline std::vector<std::string_view> workrave_pictures(const exercise& e) {
  if (e.dose == kg::text_id{"stretch.desk"}) {  // "roll your shoulders and turn your neck"
    return {"turn-head-1.png", "turn-head-2.png"};
  }
  if (e.dose == kg::text_id{"stretch.dose.neck"}) {  // chin down, ear to shoulder, turn the head
    return {"neck-tilt-stretch-1.png", "neck-tilt-stretch-2.png", "turn-head-1.png",
            "turn-head-2.png"};
  }
  if (e.dose == kg::text_id{"stretch.dose.upper_back"}) {  // hands behind the head, elbows back
    return {"knotguide-upper_back.png"};
  }
  if (e.what == kg::intervention::micro_breaks) {
    return {"knotguide-micro_breaks.png"};
  }
  return {workrave_any_picture};
}
using workrave_picture_choice = std::vector<std::string_view> (*)(const exercise&);

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
               std::string{kg::text_of(kb, s.dose.text)}, detail::timing_of(s.dose), s.dose.text};
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
// keeps the rest. Every picture is timed. Workrave shows a sequence's pictures in turn, over
// again until the sequence's duration is over, and marks each with a sound: so a dose's
// pictures are written once, each for one hold with a rest's picture after it when the dose
// gives a rest, and the sequence lasts the dose's holds and rests (ten holds of five seconds:
// fifty seconds, ten marks). An exercise whose dose gives no time shows its pictures in turn
// for Workrave's own default length of an exercise.
inline constexpr std::string_view workrave_begin = "<!-- knotguide: begin -->";
inline constexpr std::string_view workrave_end = "<!-- knotguide: end -->";
inline constexpr long long workrave_default_seconds = 15;

namespace detail {

// The <exercise> elements of an exercises.xml, without knotguide's part.
[[nodiscard]] inline std::string exercises_kept(std::string_view file) {
  constexpr std::string_view opening = "<exercises>";
  const std::size_t open = file.find(opening);
  const std::size_t close = file.rfind("</exercises>");
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return {};
  }
  const std::size_t from = open + opening.size();
  std::string kept{file.substr(from, close - from)};
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

[[nodiscard]] inline std::string workrave_exercises(
    const kg::plan& p, const kg::knowledge_base& kb, std::string_view keep = {},
    workrave_picture_choice pictures_of = workrave_pictures) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<exercises>\n  ";
  xml.append(workrave_begin).append("\n");
  const auto image = [&xml](std::string_view picture, long long seconds) {
    xml.append("      <image src=\"").append(detail::xml_escaped(picture));
    xml += "\" duration=\"" + std::to_string(seconds) + "\"/>\n";
  };
  for (const exercise& e : exercises_of(p, kb)) {
    std::vector<std::string_view> pictures = pictures_of(e);
    if (pictures.empty()) {
      pictures.push_back(workrave_any_picture);
    }
    const auto count = static_cast<long long>(pictures.size());
    const long long total = e.timing.stated() ? e.timing.total() : workrave_default_seconds;
    xml += "  <exercise>\n    <title>" + detail::workrave_text(e.title) + "</title>\n";
    xml += "    <description>" + detail::workrave_text(e.description) + "</description>\n";
    xml += "    <sequence duration=\"" + std::to_string(total) + "\">\n";
    for (long long i = 0; i < count; ++i) {
      const auto picture = pictures[static_cast<std::size_t>(i)];
      if (!e.timing.stated()) {  // shares of the default length, as even as whole seconds go
        image(picture, total * (i + 1) / count - total * i / count);
        continue;
      }
      image(picture, e.timing.hold);
      if (e.timing.rest > 0) {
        image(workrave_rest_picture, e.timing.rest);
      }
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
