// The output: a plan of ranked steps, each saying what to do, how much, when, with what, who
// delivers it, what to watch for, where the advice comes from, and why it is there; the triage
// level, the expected course, when to review, what would change the advice, and prevention.
// And explanation: why a step is in a plan, or why not.
#ifndef KNOTGUIDE_PLAN_HPP
#define KNOTGUIDE_PLAN_HPP

#include <cstddef>
#include <cstdint>

#include "condition.hpp"
#include "enum_traits.hpp"
#include "field_traits.hpp"
#include "fixed_vector.hpp"
#include "flag_set.hpp"
#include "knowledge.hpp"
#include "maybe.hpp"
#include "units.hpp"
#include "vocabulary.hpp"

namespace knotguide {

// The why-trace ids of the engine's own rules, beside the knowledge base's rule ids and the
// catalog ids of contraindications: a red flag, a preference, the professionals the person can
// reach, the moment, the review window, the triage level (which leaves out waiting, and
// self-care when care is urgent), and the place (a step that does not suit where it hurts).
namespace engine_rule {
inline constexpr text_view red_flag = "red-flag";
inline constexpr text_view preference = "preference";
inline constexpr text_view access = "access";
inline constexpr text_view moment = "moment";
inline constexpr text_view review = "review";
inline constexpr text_view triage = "triage";
inline constexpr text_view place = "place";
}  // namespace engine_rule
inline constexpr text_view engine_rule_ids[] = {
    engine_rule::red_flag, engine_rule::preference, engine_rule::access, engine_rule::moment,
    engine_rule::review,   engine_rule::triage,     engine_rule::place};

// One link of a why-trace: the rule (a knowledge-base rule id, the catalog id of a
// contraindication, or one of engine_rule_ids) and the fact it read.
struct reason {
  text_view rule{};
  fact read{};

  friend constexpr bool operator==(const reason&, const reason&) = default;
};
template <>
struct field_traits<reason> {
  static constexpr text_view type_name = "reason";
  static constexpr text_view names[] = {"rule", "read"};
};

inline constexpr std::size_t max_reasons = 4;
inline constexpr std::size_t max_cautions = 8;

struct step {
  intervention what{};
  int score = 0;              // what ranked it; higher first
  knotguide::dose dose{};     // how much and how often, as its source gives it
  flag_set<moment> timing{};  // when, for what the person does: the person's moment if the step
                              // suits it, else the moments it suits (and its dose, where the dose
                              // names some); empty for appointments and emergency care
  // Where to do it when not where it hurts: the muscles that may send the pain there, for pain
  // in a place the step does not suit (heat for pain around the eye goes on the neck). Empty:
  // where it hurts.
  flag_set<muscle> at{};
  provider delivered_by{};                     // who delivers it
  flag_set<knotguide::equipment> equipment{};  // equipment at hand that will do
  maybe<knotguide::equipment> suggest{};       // none at hand: the cheapest that would do
  fixed_vector<text_id, max_cautions> cautions{};
  citations sources{};
  evidence_grade grade{};
  range<days> relief_lasts{};  // where a source says how long relief lasts
  fixed_vector<reason, max_reasons> why{};

  friend constexpr bool operator==(const step&, const step&) = default;
};
template <>
struct field_traits<step> {
  static constexpr text_view type_name = "step";
  static constexpr text_view names[] = {
      "what",    "score",    "dose",    "timing", "at",           "delivered_by", "equipment",
      "suggest", "cautions", "sources", "grade",  "relief_lasts", "why"};
};

// Something that would change the advice: a sign appearing, or the knots lasting until a day,
// and the triage level it would bring.
struct change {
  text_view rule{};        // what would fire: a rule id, engine_rule::review or ::red_flag
  maybe<red_flag> sign{};  // "if numbness appears"
  days by_day{};           // "if not better by day 14" (when sign is empty)
  triage becomes{};
  text_id text{};  // the sign, or the review

  friend constexpr bool operator==(const change&, const change&) = default;
};
template <>
struct field_traits<change> {
  static constexpr text_view type_name = "change";
  static constexpr text_view names[] = {"rule", "sign", "by_day", "becomes", "text"};
};

inline constexpr std::size_t max_steps = 8;

// A step left out for the person's safety that they might otherwise take: they have its
// equipment (a TENS machine with a pacemaker), or it would have been among the steps. `because`
// is the contraindication, rule or place that rules it out; reason_words() says it.
struct set_aside_step {
  intervention what{};
  reason because{};

  friend constexpr bool operator==(const set_aside_step&, const set_aside_step&) = default;
};
template <>
struct field_traits<set_aside_step> {
  static constexpr text_view type_name = "set_aside_step";
  static constexpr text_view names[] = {"what", "because"};
};

struct plan {
  triage level = triage::self_care;
  text_id summary{};  // what to do at this level: the plan's first line
  // Who else to turn to when the person can reach no one who gives the first step's care;
  // empty otherwise.
  text_id out_of_reach{};
  // What to do until the person is seen, where the level sends them to someone and its sources
  // say (keep up your normal activities); empty otherwise.
  text_id meanwhile{};
  fixed_vector<step, max_steps> steps{};
  fixed_vector<set_aside_step, enum_count<intervention>> set_aside{};  // not for this person
  // The expected course and the review appear only where waiting is the advice (self-care).
  range<days> course{};                     // expected course, in days since onset
  fixed_vector<text_id, 6> course_texts{};  // each source's figure
  days review_by{};  // the day to take stock, counted from onset; 0: no review (not waiting)
  fixed_vector<text_id, 2> not_known{};  // what the plan could not weigh
  // The review, the watched rules, then the signs to watch for where the knots are.
  fixed_vector<change, 1 + decltype(engine_knowledge::watch_rules)::capacity() + max_watched>
      would_change{};
  fixed_vector<text_id, enum_count<cause> + 1> prevention{};
  text_id disclaimer{};

  // The step for an intervention, or nullptr when the plan has none.
  [[nodiscard]] constexpr const step* find(intervention which) const noexcept {
    for (const step& s : steps) {
      if (s.what == which) {
        return &s;
      }
    }
    return nullptr;
  }
  [[nodiscard]] constexpr bool contains(intervention which) const noexcept {
    return find(which) != nullptr;
  }
  friend constexpr bool operator==(const plan&, const plan&) = default;
};
template <>
struct field_traits<plan> {
  static constexpr text_view type_name = "plan";
  static constexpr text_view names[] = {"level",     "summary",   "out_of_reach", "meanwhile",
                                        "steps",     "set_aside", "course",       "course_texts",
                                        "review_by", "not_known", "would_change", "prevention",
                                        "disclaimer"};
};

// Where an intervention stands for an assessment.
enum class standing : std::uint8_t {
  in_plan,      // a step of the plan, at `rank`
  excluded,     // ruled out: `because` says by which rule and fact
  outranked,    // allowed, but the plan was full: `outranked_by` is its last step, if any
  not_offered,  // nothing in the situation calls for it (its score is not above zero)
};
template <>
struct enum_traits<standing> {
  static constexpr text_view type_name = "standing";
  static constexpr text_view names[] = {"in_plan", "excluded", "outranked", "not_offered"};
};

struct explanation {
  intervention what{};
  knotguide::standing standing{};
  std::size_t rank = 0;  // 1 for the first step; 0 when not in the plan
  int score = 0;
  reason because{};  // the exclusion, when excluded
  maybe<intervention> outranked_by{};
  fixed_vector<reason, max_reasons> why{};  // the rules that raised or lowered it

  friend constexpr bool operator==(const explanation&, const explanation&) = default;
};
template <>
struct field_traits<explanation> {
  static constexpr text_view type_name = "explanation";
  static constexpr text_view names[] = {"what",    "standing",     "rank", "score",
                                        "because", "outranked_by", "why"};
};

}  // namespace knotguide

#endif  // KNOTGUIDE_PLAN_HPP
