// A condition: the facts of an assessment that make a rule fire or a precaution apply, and
// the one description of how each of its fields reads the assessment. holds(), first_fact(),
// first_problem() and fact::value_name() all walk that description (detail::condition_fields), so
// a new condition field is its member, its name and one line there.
#ifndef KNOTGUIDE_CONDITION_HPP
#define KNOTGUIDE_CONDITION_HPP

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "assessment.hpp"
#include "enum_traits.hpp"
#include "field_traits.hpp"
#include "flag_set.hpp"
#include "units.hpp"
#include "vocabulary.hpp"

namespace knotguide {

// The fields of an assessment a rule can read.
enum class fact_field : std::uint8_t {
  none,     // a condition that always holds
  regions,  // where the knots are
  muscles,  // the muscles the knots are in
  health,
  symptoms,
  red_flags,
  causes,
  moment,
  preferences,
  trend,
  daily_impact,
  sleep_impact,
  pain,
  since,
  access,
};
template <>
struct enum_traits<fact_field> {
  static constexpr text_view type_name = "fact_field";
  static constexpr text_view names[] = {"none",        "regions",   "muscles",      "health",
                                        "symptoms",    "red_flags", "causes",       "moment",
                                        "preferences", "trend",     "daily_impact", "sleep_impact",
                                        "pain",        "since",     "access"};
};

// A fact of the assessment that a rule read: the field, and the enumerator that matched (by
// its value) or the number (pain, days). Eight bytes, so that why-traces stay cheap to carry.
struct fact {
  fact_field field = fact_field::none;
  std::uint8_t enumerator = 0;  // the matching enumerator's value, for enumeration fields
  std::int32_t number = 0;      // for pain and since

  // The field's name as the assessment spells it: "moment", "health", "pain"; "knots" for
  // where the knots are and the muscles they are in.
  [[nodiscard]] constexpr text_view field_name() const noexcept {
    return field == fact_field::regions || field == fact_field::muscles ? text_view{"knots"}
                                                                        : name(field);
  }
  // The matching enumerator's name; empty for numbers and for `none`.
  [[nodiscard]] constexpr text_view value_name() const noexcept;
  friend constexpr bool operator==(const fact&, const fact&) = default;
};
template <>
struct field_traits<fact> {
  static constexpr text_view type_name = "fact";
  static constexpr text_view names[] = {"field", "enumerator", "number"};
};

// The fact that an enumeration field holds `value`.
template <named_enum E>
[[nodiscard]] constexpr fact fact_of(fact_field field, E value) noexcept {
  return {field, static_cast<std::uint8_t>(to_underlying(value)), 0};
}

// Facts about an assessment. It holds when every group that lists something matches at least
// one listed fact, and every stated threshold is met; an empty condition always holds.
struct condition {
  flag_set<region> regions{};  // where a knot is (its muscle's region or the region given)
  flag_set<muscle> muscles{};
  flag_set<health_fact> health{};
  flag_set<symptom> symptoms{};
  flag_set<red_flag> red_flags{};
  flag_set<cause> causes{};
  flag_set<moment> moments{};
  flag_set<preference> preferences{};
  flag_set<trend> trends{};
  flag_set<impact> daily_impact{};
  flag_set<impact> sleep_impact{};
  pain_score pain_at_least{};       // 0: any pain
  days lasted_at_least{};           // 0: any duration
  days lasted_under{};              // 0: no upper bound
  bool past_review_window = false;  // lasted at least the engine's review window (policy)
  // In the first days after an injury, as the knowledge base defines them
  // (engine_knowledge::acute_phase): a strain told as a health fact or as a recent cause.
  bool acute_phase = false;

  friend constexpr bool operator==(const condition&, const condition&) = default;
};
template <>
struct field_traits<condition> {
  static constexpr text_view type_name = "condition";
  static constexpr text_view names[] = {
      "regions",      "muscles",       "health",          "symptoms",     "red_flags",
      "causes",       "moments",       "preferences",     "trends",       "daily_impact",
      "sleep_impact", "pain_at_least", "lasted_at_least", "lasted_under", "past_review_window",
      "acute_phase"};
};

namespace detail {

// The facts of an assessment that conditions read, gathered once per evaluation: where the
// knots are, and the pain and duration as plain values (conditions test them dozens of times a
// call); the warning signs, and whether the injury is fresh, which the engine completes from the
// knowledge base (detail::gather_facts() in recommend.hpp). The other facts are read from the
// assessment itself.
struct facts {
  const assessment* a = nullptr;
  flag_set<region> regions{};
  flag_set<muscle> muscles{};
  days review_window{};
  int pain = -1;  // -1: not known
  days lasted{};
  bool known_since = false;
  // The signs reported, and those the knowledge base reads from the other answers (a swollen,
  // hot calf is a sign of a clot).
  flag_set<red_flag> red_flags{};
  bool acute = false;    // in the first days after an injury (engine_knowledge::acute_phase)
  fact acute_because{};  // the answer that made it so

  constexpr facts(const assessment& input, days window) noexcept
      : a(&input),
        review_window(window),
        pain(input.pain ? input.pain.value().value() : -1),
        lasted(input.since.value_or(days{0})),
        known_since(input.since.has_value()),
        red_flags(input.red_flags) {
    for (const knot& k : input.knots) {
      regions.insert(k.where());
      if (k.muscle) {
        muscles.insert(k.muscle.value());
      }
    }
  }
};

// The fact a condition field reads: a field of the assessment, or one gathered in facts.
template <class M>
[[nodiscard]] constexpr const M& fact_at(const facts& f, M assessment::*field) noexcept {
  return (*f.a).*field;
}
template <class M>
[[nodiscard]] constexpr const M& fact_at(const facts& f, M facts::*field) noexcept {
  return f.*field;
}

// The class a pointer to member belongs to.
template <class Pointer>
struct member_of;
template <class M, class C>
struct member_of<M C::*> {
  using type = C;
};

// A condition field that lists enumerators: it holds when nothing is listed, or when the
// fact (a set, or one value) is among them. (Reads is a fact_field, taken as auto so that
// flag_set.hpp, which knows no fact_field, can make it a friend.)
template <auto Wanted, auto Held, auto Reads>
struct listed_field {
  static constexpr fact_field reads = Reads;
  static constexpr bool in_facts = std::is_same_v<typename member_of<decltype(Held)>::type, facts>;
  using value_type = typename std::remove_cvref_t<decltype(condition{}.*Wanted)>::value_type;

  [[nodiscard]] static constexpr const auto& wanted(const condition& c) noexcept {
    return c.*Wanted;
  }
  [[nodiscard]] static constexpr bool listed(const condition& c) noexcept {
    return !wanted(c).empty();
  }
  // Whether first_fact() names this field's fact when the condition holds.
  [[nodiscard]] static constexpr bool reported(const condition& c) noexcept { return listed(c); }
  // The members, and the sets' words, are read here directly rather than through wanted(),
  // fact_at() and the sets' own tests: holds() calls this for each field of each condition up
  // to the first not met, and under the constant evaluators each call costs more than the test
  // (through them, a plan proved by static_assert cost g++ about a quarter more instructions).
  [[nodiscard]] static constexpr bool meets(const condition& c, const facts& f,
                                            bool /*unknown_meets*/) noexcept {
    using set = std::remove_cvref_t<decltype(c.*Wanted)>;
    const auto wanted_bits = static_cast<std::uint64_t>((c.*Wanted).bits_ & set::members);
    if (wanted_bits == 0) {
      return true;
    }
    const auto& held = [&]() -> decltype(auto) {
      if constexpr (in_facts) {
        return (f.*Held);
      } else {
        return (f.a->*Held);
      }
    }();
    if constexpr (requires { held.begin(); }) {
      return (wanted_bits & held.bits_) != 0;
    } else {
      const auto at = static_cast<std::size_t>(held);
      return at < enum_count<value_type> && ((wanted_bits >> at) & 1U) != 0;
    }
  }
  // The first listed enumerator the assessment holds; called only when meets() and listed().
  [[nodiscard]] static constexpr fact first(const condition& c, const facts& f) noexcept {
    const auto& held = fact_at(f, Held);
    if constexpr (requires { held.begin(); }) {
      return fact_of(Reads, *(wanted(c) & held).begin());
    } else {
      return fact_of(Reads, held);
    }
  }
  [[nodiscard]] static constexpr bool valid(const condition& c) noexcept {
    return !wanted(c).holds_invalid();
  }
};

// How a threshold compares the known value with the condition's.
enum class threshold : std::uint8_t { at_least, under, past_review_window };

// A condition field that sets a threshold on the pain or the duration: it holds when unset,
// when the value is known and meets it, or, when the value is not known, as `unknown_meets`
// says. A precaution passes true, erring on the side of safety; a rule that raises or
// escalates passes false and does not assume what it cannot know.
template <auto Wanted, fact_field Reads, threshold Test>
struct threshold_field {
  static_assert(Reads != fact_field::pain || Test == threshold::at_least,
                "a pain threshold is a lowest pain: meets() tests no other");
  static constexpr fact_field reads = Reads;

  [[nodiscard]] static constexpr const auto& wanted(const condition& c) noexcept {
    return c.*Wanted;
  }
  [[nodiscard]] static constexpr bool listed(const condition& c) noexcept {
    if constexpr (Test == threshold::past_review_window) {
      return wanted(c);
    } else if constexpr (Reads == fact_field::pain) {
      return wanted(c).value() != 0;
    } else {
      return wanted(c) != days{0};
    }
  }
  // A threshold a why-trace names: one above zero. (A value below zero, which validation
  // refuses, is tested but not named.)
  [[nodiscard]] static constexpr bool reported(const condition& c) noexcept {
    if constexpr (Test == threshold::past_review_window) {
      return wanted(c);
    } else if constexpr (Reads == fact_field::pain) {
      return wanted(c).value() > 0;
    } else {
      return wanted(c) > days{0};
    }
  }
  // Reads the member directly, as listed_field::meets() does, for the same reason.
  [[nodiscard]] static constexpr bool meets(const condition& c, const facts& f,
                                            bool unknown_meets) noexcept {
    const auto& want = c.*Wanted;
    if constexpr (Reads == fact_field::pain) {
      const int least = want.value();
      return least == 0 || (f.pain < 0 ? unknown_meets : f.pain >= least);
    } else if constexpr (Test == threshold::at_least) {
      return want == days{0} || (!f.known_since ? unknown_meets : f.lasted >= want);
    } else if constexpr (Test == threshold::under) {
      return want == days{0} || (!f.known_since ? unknown_meets : f.lasted < want);
    } else {
      return !want || (!f.known_since ? unknown_meets : f.lasted >= f.review_window);
    }
  }
  [[nodiscard]] static constexpr fact first(const condition& /*c*/, const facts& f) noexcept {
    if constexpr (Reads == fact_field::pain) {
      return fact{fact_field::pain, 0, f.pain < 0 ? 0 : f.pain};  // 0 when not known
    } else {
      return fact{fact_field::since, 0, f.lasted.count()};
    }
  }
  [[nodiscard]] static constexpr bool valid(const condition& c) noexcept {
    if constexpr (Test == threshold::past_review_window) {
      return true;
    } else if constexpr (Reads == fact_field::pain) {
      return wanted(c).valid();
    } else {
      return !(wanted(c) < days{0});
    }
  }
};

// A condition field that asks for a state the engine works out from the knowledge base (the
// first days after an injury): it holds when not asked for, or when the state holds, and names
// the answer that made the state hold.
template <auto Wanted, auto State, auto Because>
struct state_field {
  static constexpr fact_field reads = fact_field::none;

  [[nodiscard]] static constexpr const bool& wanted(const condition& c) noexcept {
    return c.*Wanted;
  }
  [[nodiscard]] static constexpr bool listed(const condition& c) noexcept { return wanted(c); }
  [[nodiscard]] static constexpr bool reported(const condition& c) noexcept { return listed(c); }
  [[nodiscard]] static constexpr bool meets(const condition& c, const facts& f,
                                            bool /*unknown_meets*/) noexcept {
    return !(c.*Wanted) || f.*State;
  }
  [[nodiscard]] static constexpr fact first(const condition& /*c*/, const facts& f) noexcept {
    return f.*Because;
  }
  [[nodiscard]] static constexpr bool valid(const condition& /*c*/) noexcept { return true; }
};

template <class... Field>
struct field_list {
  static constexpr std::size_t size = sizeof...(Field);
};

// The one description of a condition: one entry per field, in declaration order (its name is
// field_traits<condition>::names at the same index), saying which fact it reads and how. The
// order is also the order in which holds() tests and first_fact() reports: most conditions
// fail at the first field they list, so the groups come before the thresholds.
using condition_fields = field_list<
    listed_field<&condition::regions, &facts::regions, fact_field::regions>,
    listed_field<&condition::muscles, &facts::muscles, fact_field::muscles>,
    listed_field<&condition::health, &assessment::health, fact_field::health>,
    listed_field<&condition::symptoms, &assessment::symptoms, fact_field::symptoms>,
    listed_field<&condition::red_flags, &facts::red_flags, fact_field::red_flags>,
    listed_field<&condition::causes, &assessment::causes, fact_field::causes>,
    listed_field<&condition::moments, &assessment::moment, fact_field::moment>,
    listed_field<&condition::preferences, &assessment::preferences, fact_field::preferences>,
    listed_field<&condition::trends, &assessment::trend, fact_field::trend>,
    listed_field<&condition::daily_impact, &assessment::daily_impact, fact_field::daily_impact>,
    listed_field<&condition::sleep_impact, &assessment::sleep_impact, fact_field::sleep_impact>,
    threshold_field<&condition::pain_at_least, fact_field::pain, threshold::at_least>,
    threshold_field<&condition::lasted_at_least, fact_field::since, threshold::at_least>,
    threshold_field<&condition::lasted_under, fact_field::since, threshold::under>,
    threshold_field<&condition::past_review_window, fact_field::since,
                    threshold::past_review_window>,
    state_field<&condition::acute_phase, &facts::acute, &facts::acute_because>>;
static_assert(condition_fields::size == std::extent_v<decltype(field_traits<condition>::names)>,
              "describe every field of condition in condition_fields, in declaration order");

// Calls visit(name, field_description{}) for each field of a condition, in declaration order.
template <class Visit>
constexpr void for_each_condition_field(Visit&& visit) {
  [&]<class... Field>(field_list<Field...>) {
    std::size_t i = 0;
    (visit(field_traits<condition>::names[i++], Field{}), ...);
  }(condition_fields{});
}

// Whether a condition holds for an assessment: every field it lists is met. first_fact() says
// which fact it read; the two are apart so that the common answer, "does not hold", is one bool
// (returning an optional fact from here cost a store-forwarding stall on every call).
[[nodiscard]] constexpr bool holds(const condition& c, const facts& f,
                                   bool unknown_meets = false) noexcept {
  return [&]<class... Field>(field_list<Field...>) {
    return (Field::meets(c, f, unknown_meets) && ...);  // stops at the first field not met
  }(condition_fields{});
}

// Whether a condition lists nothing at all (and so always holds).
[[nodiscard]] constexpr bool asks_nothing(const condition& c) noexcept {
  return [&]<class... Field>(field_list<Field...>) {
    return (!Field::listed(c) && ...);
  }(condition_fields{});
}

// The first fact a condition that holds read, in the order holds() tests its fields; an empty
// fact for a condition that always holds.
[[nodiscard]] constexpr fact first_fact(const condition& c, const facts& f) noexcept {
  fact found{};
  [&]<class... Field>(field_list<Field...>) {
    (void)((Field::reported(c) && (found = Field::first(c, f), true)) || ...);
  }(condition_fields{});
  return found;
}

// The name of enumerator `value` of the enumeration a fact field reads; empty for the rest.
[[nodiscard]] constexpr text_view enumerator_name(fact_field field, std::uint8_t value) noexcept {
  if (field == fact_field::access) {  // the engine's own fact, read by no condition
    return name(static_cast<provider>(value));
  }
  text_view found{};
  [&]<class... Field>(field_list<Field...>) {
    const auto try_field = [&](auto description) {
      using described = decltype(description);
      if constexpr (requires { typename described::value_type; }) {
        if (described::reads == field) {
          found = name(static_cast<typename described::value_type>(value));
          return true;
        }
      }
      return false;
    };
    (void)(try_field(Field{}) || ...);
  }(condition_fields{});
  return found;
}

}  // namespace detail

constexpr text_view fact::value_name() const noexcept {
  return detail::enumerator_name(field, enumerator);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_CONDITION_HPP
