// recommend() on three typical assessments, and the heap allocations it makes (none).
#include <benchmark/benchmark.h>

#include <knotguide/knotguide.hpp>

#include "../tests/support/samples.hpp"
#include "allocation_counter.hpp"

namespace kg = knotguide;

namespace {

using samples::desk_worker;
using samples::numb_arm;
using samples::runner;

void run(benchmark::State& state, const kg::assessment& input) {
  kg::assessment a = input;
  const long before = allocation_count();
  for (auto _ : state) {
    benchmark::DoNotOptimize(a);
    auto plan = kg::recommend(a);
    benchmark::DoNotOptimize(plan);
  }
  state.counters["allocations_per_call"] = benchmark::Counter(
      static_cast<double>(allocation_count() - before) / static_cast<double>(state.iterations()));
}

void recommend_desk_worker(benchmark::State& state) {
  run(state, desk_worker);
}
void recommend_runner(benchmark::State& state) {
  run(state, runner);
}
void recommend_red_flag(benchmark::State& state) {
  run(state, numb_arm);
}
BENCHMARK(recommend_desk_worker);
BENCHMARK(recommend_runner);
BENCHMARK(recommend_red_flag);

void explain_heat(benchmark::State& state) {
  kg::assessment a = desk_worker;
  for (auto _ : state) {
    benchmark::DoNotOptimize(a);
    auto why = kg::explain(a, kg::intervention::heat);
    benchmark::DoNotOptimize(why);
  }
}
BENCHMARK(explain_heat);

}  // namespace
