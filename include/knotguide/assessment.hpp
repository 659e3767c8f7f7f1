// The input: one person's situation, as an aggregate of typed facts, and first_error(), which
// refuses an invalid one with the field and the problem.
#ifndef KNOTGUIDE_ASSESSMENT_HPP
#define KNOTGUIDE_ASSESSMENT_HPP

#include <cstddef>

#include "enum_traits.hpp"
#include "field_traits.hpp"
#include "fixed_vector.hpp"
#include "flag_set.hpp"
#include "maybe.hpp"
#include "result.hpp"
#include "units.hpp"
#include "vocabulary.hpp"

namespace knotguide {

// One knot: the muscle it is in, or where on the body it is when the muscle is not known (or
// both, when they agree), its side, and whether it hurts at rest (active) or only when pressed.
struct knot {
  maybe<knotguide::muscle> muscle{};
  maybe<knotguide::region> region{};
  knotguide::side side = knotguide::side::both;
  knot_activity activity = knot_activity::active;

  // Where the knot is: its region as given, or its muscle's.
  [[nodiscard]] constexpr knotguide::region where() const noexcept {
    return region ? region.value() : region_of(muscle.value());
  }
  friend constexpr bool operator==(const knot&, const knot&) = default;
};
template <>
struct field_traits<knot> {
  static constexpr text_view type_name = "knot";
  static constexpr text_view names[] = {"muscle", "region", "side", "activity"};
};

// How many knots one assessment describes at most.
inline constexpr std::size_t max_knots = 8;

// A person's situation. Every field has a default, so an app fills in what it knows:
//
//   constexpr assessment desk_worker{
//       .knots = {{.muscle = muscle::upper_trapezius, .side = side::right}},
//       .pain = pain_score{5},
//       .since = days{3},
//       .causes = {cause::hunched_sitting},
//       .moment = moment::at_desk};
struct assessment {
  fixed_vector<knot, max_knots> knots{};
  // How much it hurts, and how long the knots have lasted; empty when the person did not say
  // (an intake form often lacks them). The engine then assumes neither, and the plan says
  // what it could not weigh and what would change the advice.
  maybe<pain_score> pain{};
  maybe<days> since{};
  knotguide::trend trend = knotguide::trend::same;
  flag_set<cause> causes{};
  flag_set<symptom> symptoms{};
  flag_set<red_flag> red_flags{};
  impact daily_impact = impact::none;  // on daily life
  impact sleep_impact = impact::none;
  knotguide::moment moment = knotguide::moment::any_time;  // when the person is asking
  flag_set<knotguide::equipment> equipment{};              // at hand
  flag_set<provider> access = flag_set<provider>::all();   // who the person can reach
  flag_set<preference> preferences{};
  flag_set<health_fact> health{};  // facts that make some steps unsafe
  // Where the person is, so that a plan gives the numbers for emergency and urgent care there;
  // empty when not known (the plan then names the numbers with their countries).
  maybe<knotguide::country> country{};

  friend constexpr bool operator==(const assessment&, const assessment&) = default;
};
template <>
struct field_traits<assessment> {
  static constexpr text_view type_name = "assessment";
  static constexpr text_view names[] = {"knots",        "pain",     "since",     "trend",
                                        "causes",       "symptoms", "red_flags", "daily_impact",
                                        "sleep_impact", "moment",   "equipment", "access",
                                        "preferences",  "health",   "country"};
};

namespace detail {

template <named_enum E>
[[nodiscard]] constexpr maybe<error> check_value(E value, text_view field, int index = -1) {
  if (!is_valid(value)) {
    return error{errc::out_of_range, field, "is not one of the allowed values", index};
  }
  return {};
}

template <named_enum E>
[[nodiscard]] constexpr maybe<error> check_set(const flag_set<E>& set, text_view field) {
  if (set.holds_invalid()) {
    return error{errc::out_of_range, field, "holds a value that is not one of the allowed ones"};
  }
  return {};
}

[[nodiscard]] constexpr maybe<error> check_knot(const knot& k, int index) {
  if (!k.muscle && !k.region) {
    return error{errc::missing_value, "knots", "needs its muscle, its region, or both", index};
  }
  if (k.muscle) {
    if (auto e = check_value(k.muscle.value(), "knots.muscle", index)) {
      return e;
    }
  }
  if (k.region) {
    if (auto e = check_value(k.region.value(), "knots.region", index)) {
      return e;
    }
  }
  if (k.muscle && k.region && region_of(k.muscle.value()) != k.region.value()) {
    return error{errc::contradictory_facts, "knots.region",
                 "is not where the knot's muscle lies; give the muscle or the region", index};
  }
  if (auto e = check_value(k.side, "knots.side", index)) {
    return e;
  }
  return check_value(k.activity, "knots.activity", index);
}

}  // namespace detail

// The first problem of an assessment, or nothing when it is valid. Refused: a value outside its
// type (an enumerator cast from a bad integer, the pain score's error value, a flag set that
// took one), more knots than max_knots, a negative duration, a knot with neither muscle nor
// region, a knot whose region is not its muscle's, and pain both at rest and only when pressed.
[[nodiscard]] constexpr maybe<error> first_error(const assessment& a) noexcept {
  if (a.knots.overflowed()) {
    return error{errc::too_many_items, "knots", "holds more knots than an assessment can (8)"};
  }
  for (std::size_t i = 0; i < a.knots.size(); ++i) {
    if (auto e = detail::check_knot(a.knots[i], static_cast<int>(i))) {
      return e;
    }
  }
  if (a.pain && !a.pain.value().valid()) {
    return error{errc::out_of_range, "pain", "must be a whole number from 0 to 10"};
  }
  if (a.since && a.since.value() < days{0}) {
    return error{errc::negative_duration, "since", "cannot be below zero days"};
  }
  maybe<error> found;
  const auto first = [&found](maybe<error> e) {
    if (!found && e) {
      found = e;
    }
  };
  first(detail::check_value(a.trend, "trend"));
  first(detail::check_set(a.causes, "causes"));
  first(detail::check_set(a.symptoms, "symptoms"));
  first(detail::check_set(a.red_flags, "red_flags"));
  first(detail::check_value(a.daily_impact, "daily_impact"));
  first(detail::check_value(a.sleep_impact, "sleep_impact"));
  first(detail::check_value(a.moment, "moment"));
  first(detail::check_set(a.equipment, "equipment"));
  first(detail::check_set(a.access, "access"));
  first(detail::check_set(a.preferences, "preferences"));
  first(detail::check_set(a.health, "health"));
  if (a.country) {
    first(detail::check_value(a.country.value(), "country"));
  }
  if (found) {
    return found;
  }
  if (a.symptoms.contains(symptom::pain_at_rest) &&
      a.symptoms.contains(symptom::pain_only_when_pressed)) {
    return error{errc::contradictory_facts, "symptoms",
                 "cannot hold both pain at rest and pain only when pressed"};
  }
  return {};
}

}  // namespace knotguide

#endif  // KNOTGUIDE_ASSESSMENT_HPP
