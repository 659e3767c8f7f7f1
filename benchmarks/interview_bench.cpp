// next_question() at the two ends of an interview: the desk worker's first question after the
// warning signs (the engine run for each answer of the next questions until one changes the
// plan), and the call that finds the interview settled (every answer left tried, alone and in
// pairs); and the heap allocations either makes (none).
#include <benchmark/benchmark.h>

#include <knotguide/interview.hpp>
#include <knotguide/knotguide.hpp>

#include "../tests/support/samples.hpp"
#include "allocation_counter.hpp"

namespace kg = knotguide;

namespace {

// The desk worker's interview, answered until the question after `topic`, or until settled.
kg::interview answered(kg::topic until) {
  kg::interview iv;
  while (const auto next = kg::next_question(iv, kg::default_knowledge).value()) {
    const kg::topic asked = next.value().topic;
    if (kg::record(iv, next.value(), samples::desk_worker) || asked == until) {
      break;
    }
  }
  return iv;
}

void run(benchmark::State& state, const kg::interview& iv) {
  const long before = allocation_count();
  for (auto _ : state) {
    benchmark::DoNotOptimize(iv);
    auto next = kg::next_question(iv, kg::default_knowledge);
    benchmark::DoNotOptimize(next);
  }
  state.counters["allocations_per_call"] = benchmark::Counter(
      static_cast<double>(allocation_count() - before) / static_cast<double>(state.iterations()));
}

void next_question_after_signs(benchmark::State& state) {
  run(state, answered(kg::topic::red_flags));
}
void next_question_settled(benchmark::State& state) {
  const kg::interview iv = answered(kg::topic::country);
  if (kg::next_question(iv, kg::default_knowledge).value()) {
    state.SkipWithError("the desk worker's interview did not settle");
  }
  run(state, iv);
}
BENCHMARK(next_question_after_signs);
BENCHMARK(next_question_settled);

}  // namespace
