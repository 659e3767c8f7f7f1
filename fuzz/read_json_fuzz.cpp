// libFuzzer target: any bytes given to the JSON readers either read or give a read_error; a
// read never crashes, never reads out of bounds and never yields a value that fails to
// round-trip. An assessment that reads is valid, so recommend() gives it a plan, which must
// round-trip too; a policy that reads is valid, so recommend() gives a plan under it, and
// explain() agrees with that plan.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <knotguide/json.hpp>
#include <knotguide/nlohmann.hpp>

namespace kg = knotguide;

namespace {

template <class T>
void must_round_trip(const T& value) {
  if (!(kg::read_json<T>(kg::write_json(value)) == value)) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands over bytes
  const kg::text_view text{reinterpret_cast<const char*>(data), size};
  try {
    const auto a = kg::read_json<kg::assessment>(text);
    must_round_trip(a);
    const auto made = kg::recommend(a);
    if (!made) {
      std::abort();  // read_json runs first_error() on what it reads: a read assessment is valid
    }
    must_round_trip(*made);
  } catch (const kg::read_error&) {
  }
  try {
    must_round_trip(kg::read_json<kg::plan>(text));
  } catch (const kg::read_error&) {
  }
  try {
    const auto p = kg::read_json<kg::policy>(text);
    must_round_trip(p);
    const kg::assessment sample{.knots = {{.muscle = kg::muscle::upper_trapezius}},
                                .pain = kg::pain_score{8},
                                .since = kg::days{3},
                                .moment = kg::moment::after_exercise,
                                .health = {kg::health_fact::deep_vein_thrombosis}};
    const auto made = kg::recommend(sample, kg::default_knowledge, p);
    if (!made) {
      std::abort();  // read_json runs first_error() on the policy it reads: a read policy is usable
    }
    for (const kg::intervention which : kg::enum_values<kg::intervention>) {
      const auto why = kg::explain(sample, which, kg::default_knowledge, p);
      if (!why || (made->find(which) != nullptr) != (why->standing == kg::standing::in_plan)) {
        std::abort();
      }
    }
  } catch (const kg::read_error&) {
  }
  return 0;
}
