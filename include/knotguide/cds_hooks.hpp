// Opt-in: a plan as an HL7 CDS Hooks response, {"cards": [...]}, for clinical systems that show
// decision support as cards. One card per plan:
//  - summary: "Muscle knot: " and the triage sentence, under 140 characters as the
//    specification requires (cut at a word, with an ellipsis, should a knowledge base's
//    sentence be longer);
//  - indicator from the triage level: info for self-care and a physical therapist, warning
//    for a doctor (routine or today), critical for an emergency;
//  - detail: the whole plan in GitHub-flavoured Markdown (see in_markdown());
//  - source: a publication behind the first step, the first with an address;
//  - suggestions: one per step, the first recommended, with selectionBehavior "any".
//
// Builds on json.hpp and io.hpp; no other dependency.
#ifndef KNOTGUIDE_CDS_HOOKS_HPP
#define KNOTGUIDE_CDS_HOOKS_HPP

#include <cstddef>
#include <string>

#include "json.hpp"
#include "knotguide.hpp"
#include "words.hpp"

namespace knotguide {

// The CDS Hooks indicator for a triage level: "info", "warning" or "critical".
[[nodiscard]] constexpr text_view cds_indicator(triage level) noexcept {
  switch (level) {
    case triage::self_care:
    case triage::physical_therapist:
      return "info";
    case triage::doctor:
    case triage::doctor_today:
      return "warning";
    case triage::emergency:
      return "critical";
  }
  return "critical";  // a value outside the enumeration: the conservative answer
}

// How many characters (Unicode code points) a CDS Hooks card summary may hold: "<140".
inline constexpr std::size_t cds_summary_limit = 139;

namespace detail {

// The number of code points in UTF-8 text (continuation bytes are not counted).
[[nodiscard]] inline std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (const char c : text) {
    count += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  }
  return count;
}

// The text cut to `limit` code points at the last space that leaves room for an ellipsis.
[[nodiscard]] inline std::string shorten(const std::string& text, std::size_t limit) {
  if (code_points(text) <= limit) {
    return text;
  }
  std::size_t kept = 0;  // bytes of the first limit - 1 code points
  std::size_t points = 0;
  while (kept < text.size()) {
    if ((static_cast<unsigned char>(text[kept]) & 0xC0U) != 0x80U) {
      if (points == limit - 1) {
        break;
      }
      ++points;
    }
    ++kept;
  }
  const std::size_t space = text.rfind(' ', kept);
  const std::size_t cut = space == std::string::npos || space == 0 ? kept : space;
  return cat(text.substr(0, cut), "\u2026");
}

}  // namespace detail

// The card's summary for a plan: "Muscle knot: " and the triage sentence, under 140 characters.
[[nodiscard]] inline std::string cds_summary(const plan& p,
                                             const knowledge_base& kb = default_knowledge) {
  return detail::shorten(detail::cat("Muscle knot: ", text_of(kb, p.summary)), cds_summary_limit);
}

// The CDS Hooks response for a plan: {"cards": [card]}. The knowledge base must be the one that
// made the plan.
[[nodiscard]] inline std::string cds_hooks_response(const plan& p,
                                                    const knowledge_base& kb = default_knowledge,
                                                    json_style style = {}) {
  std::string json;
  detail::json_out out{json, style};
  out.open('{');
  out.key("cards");
  out.open('[');
  out.open('{');
  const std::string summary = cds_summary(p, kb);
  out.key("summary");
  out.string_value(summary);
  out.key("indicator");
  out.string_value(cds_indicator(p.level));
  out.key("detail");
  out.string_value(to_string(in_markdown(p, kb)));

  // Who says so: the first source of the first step that has an address a clinician can
  // follow, else its first source, else knotguide's own knowledge base.
  const source* first = nullptr;
  if (!p.steps.empty()) {
    for (const text_view id : p.steps[0].sources) {
      const source* cited = find_source(kb, id);
      if (cited != nullptr &&
          (first == nullptr || (first->address.empty() && !cited->address.empty()))) {
        first = cited;
      }
    }
  }
  out.key("source");
  out.open('{');
  out.key("label");
  if (first != nullptr) {
    out.string_value(detail::cat(first->title, " (", first->publisher, ")"));
    if (!first->address.empty()) {
      out.key("url");
      out.string_value(detail::cat("https://", first->address));
    }
  } else {
    out.string_value("knotguide knowledge base");
  }
  out.close('}');

  if (!p.steps.empty()) {
    out.key("suggestions");
    out.open('[');
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      out.open('{');
      out.key("label");  // as the detail names the step
      out.string_value(find_words(kb, p.steps[i].what));
      out.key("isRecommended");
      out.raw(i == 0 ? "true" : "false");
      out.close('}');
    }
    out.close(']');
    out.key("selectionBehavior");
    out.string_value("any");
  }
  out.close('}');
  out.close(']');
  out.close('}');
  return json;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_CDS_HOOKS_HPP
