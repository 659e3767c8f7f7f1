// libFuzzer target: an assessment and a policy built straight from raw bytes, as a buggy caller
// or a corrupted store could hand them over (enumerators out of range, stray flag bits, too many
// knots, any pain byte, any duration), go through the engine and every writer. For every input:
//  - first_error() refuses it, and then recommend() and explain() give that error, never a plan; or
//  - recommend() gives a plan, never undefined behaviour (the sanitizers watch), and explain()
//    agrees with it on every intervention: in the plan at the step's rank, and no step of the
//    plan excluded;
//  - the plan in JSON, in words, in Markdown and as CDS Hooks cards is valid UTF-8, and the JSON
//    forms parse.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <knotguide/cds_hooks.hpp>
#include <knotguide/io.hpp>
#include <knotguide/json.hpp>
#include <knotguide/words.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace kg = knotguide;

namespace {

// Reads the fuzzer's bytes in order; zeros once they run out.
class bytes {
 public:
  bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  template <class T>
  T take() {
    T value{};
    std::uint8_t raw[sizeof(T)] = {};
    for (std::uint8_t& b : raw) {
      b = at_ < size_ ? data_[at_++] : 0;
    }
    std::memcpy(&value, raw, sizeof(T));
    return value;
  }
  // An enumerator from one byte: in range or not, as the byte says.
  template <class E>
  E enumerator() {
    return static_cast<E>(take<std::uint8_t>());
  }
  // A flag set from a 64-bit word: each set bit is a member, those past the enumeration too.
  template <class E>
  kg::flag_set<E> set() {
    const auto word = take<std::uint64_t>();
    kg::flag_set<E> out;
    for (unsigned bit = 0; bit < 64; ++bit) {
      if ((word >> bit & 1U) != 0) {
        out.insert(static_cast<E>(bit));
      }
    }
    return out;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

kg::assessment assessment_from(bytes& in) {
  kg::assessment a;
  const auto knots = in.take<std::uint8_t>() % (kg::max_knots + 2);  // one past the capacity
  for (unsigned k = 0; k < knots; ++k) {
    kg::knot knot;
    const auto has = in.take<std::uint8_t>();
    if ((has & 1U) != 0) {
      knot.muscle = in.enumerator<kg::muscle>();
    }
    if ((has & 2U) != 0) {
      knot.region = in.enumerator<kg::region>();
    }
    knot.side = in.enumerator<kg::side>();
    knot.activity = in.enumerator<kg::knot_activity>();
    (void)a.knots.try_push_back(knot);
  }
  const auto known = in.take<std::uint8_t>();
  if ((known & 1U) != 0) {
    a.pain = kg::pain_score{in.take<std::int8_t>()};  // the error value outside 0 to 10
  }
  if ((known & 2U) != 0) {
    a.since = kg::days{in.take<std::int32_t>()};
  }
  a.trend = in.enumerator<kg::trend>();
  a.causes = in.set<kg::cause>();
  a.symptoms = in.set<kg::symptom>();
  a.red_flags = in.set<kg::red_flag>();
  a.daily_impact = in.enumerator<kg::impact>();
  a.sleep_impact = in.enumerator<kg::impact>();
  a.moment = in.enumerator<kg::moment>();
  a.equipment = in.set<kg::equipment>();
  a.access = in.set<kg::provider>();
  a.preferences = in.set<kg::preference>();
  a.health = in.set<kg::health_fact>();
  return a;
}

kg::policy policy_from(bytes& in) {
  kg::policy p;
  if ((in.take<std::uint8_t>() & 1U) == 0) {
    return p;  // half the inputs keep the default policy, so the assessment is fuzzed too
  }
  for (int& score : p.base) {
    score = in.take<std::int16_t>();
  }
  p.review_window = kg::days{in.take<std::int16_t>()};
  p.steps = in.take<std::uint8_t>();
  p.suits_moment = in.take<std::int16_t>();
  p.misses_moment = in.take<std::int16_t>();
  p.self_care_when_urgent = (in.take<std::uint8_t>() & 1U) != 0;
  return p;
}

bool valid_utf8(const std::string& text) {
  try {
    (void)nlohmann::json(text).dump();  // throws type_error 316 on invalid UTF-8
    return true;
  } catch (const nlohmann::json::type_error&) {
    return false;
  }
}

void require(bool ok) {
  if (!ok) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bytes in{data, size};
  const kg::assessment a = assessment_from(in);
  const kg::policy p = policy_from(in);
  const kg::knowledge_base& kb = kg::default_knowledge;

  const auto made = kg::recommend(a, kb, p);
  kg::maybe<kg::error> invalid = kg::first_error(a);
  if (!invalid) {
    invalid = kg::first_error(p);
  }
  if (invalid) {
    require(!made && made.error() == invalid.value());
    require(invalid.value().code != kg::errc::none);  // an error always says what kind it is
    require(!kg::explain(a, kg::intervention::heat, kb, p));
    return 0;
  }
  require(made.has_value());
  const kg::plan& plan = *made;
  for (const kg::intervention which : kg::enum_values<kg::intervention>) {
    const auto why = kg::explain(a, which, kb, p);
    require(why.has_value());
    const kg::step* s = plan.find(which);
    require((s != nullptr) == (why->standing == kg::standing::in_plan));
    require(s == nullptr || plan.steps[why->rank - 1].what == which);
    require(s == nullptr || why->standing != kg::standing::excluded);
  }

  const std::string json = kg::write_json(plan);
  require(valid_utf8(json) && nlohmann::json::accept(json));
  require(nlohmann::json::accept(kg::write_json(a)));
  const std::string cards = kg::cds_hooks_response(plan, kb);
  require(valid_utf8(cards) && nlohmann::json::accept(cards));
  std::ostringstream words;
  words << kg::in_words(plan, kb) << kg::in_markdown(plan, kb);
  require(valid_utf8(words.str()));
  return 0;
}
