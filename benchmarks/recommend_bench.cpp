// recommend() on three typical assessments and on a varied set, the heap allocations it makes
// (none), and its floor: the cost of returning a zero-filled result<plan> at all. The desk worker
// and the varied set run again over a knowledge base twice the default's size
// (twice_knowledge.hpp), to show how the run time grows with the knowledge.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <knotguide/knotguide.hpp>

#include "../tests/support/samples.hpp"
#include "../tests/sweep/space.hpp"
#include "allocation_counter.hpp"
#include "twice_knowledge.hpp"

namespace kg = knotguide;

namespace {

using samples::desk_worker;
using samples::numb_arm;
using samples::runner;

// 1,024 assessments of the safety sweep's space: what recommend() costs on the mix an
// application sees rather than on three hand-picked people. The step through the space, 17,821
// (71 x 251), shares no factor with the sizes of its dimensions (2, 3, 5, 11, 67), so that every
// pain, impact, duration, trend, moment, kit, set of causes, red flags and health facts, and
// knot, comes round; an even spread (space / 1,024, a multiple of 660) would give every
// assessment the same pain, impact, duration and trend.
constexpr long varied_count = 1024;
constexpr long varied_step = 17'821;

const kg::assessment* varied_set() {
  static const auto* const varied = [] {
    static kg::assessment set[varied_count];
    for (long i = 0; i < varied_count; ++i) {
      set[i] = sweep_space::nth(i * varied_step % sweep_space::space);
    }
    return set;
  }();
  return varied;
}

// recommend() over `count` assessments, one per iteration in turn, with the allocations it made.
void run(benchmark::State& state, const kg::assessment* inputs, long count,
         const kg::knowledge_base& kb) {
  long next = 0;
  const long before = allocation_count();
  for (auto _ : state) {
    const kg::assessment* a = inputs + next;
    next = next + 1 == count ? 0 : next + 1;
    benchmark::DoNotOptimize(a);  // the optimiser no longer knows which assessment it reads
    auto plan = kg::recommend(*a, kb);
    benchmark::DoNotOptimize(plan);
  }
  state.counters["allocations_per_call"] = benchmark::Counter(
      static_cast<double>(allocation_count() - before) / static_cast<double>(state.iterations()));
}

void recommend_desk_worker(benchmark::State& state) {
  run(state, &desk_worker, 1, kg::default_knowledge);
}
void recommend_runner(benchmark::State& state) {
  run(state, &runner, 1, kg::default_knowledge);
}
void recommend_red_flag(benchmark::State& state) {
  run(state, &numb_arm, 1, kg::default_knowledge);
}
void recommend_varied(benchmark::State& state) {
  run(state, varied_set(), varied_count, kg::default_knowledge);
}
void recommend_desk_worker_twice_knowledge(benchmark::State& state) {
  run(state, &desk_worker, 1, twice::knowledge);
}
void recommend_varied_twice_knowledge(benchmark::State& state) {
  run(state, varied_set(), varied_count, twice::knowledge);
}
BENCHMARK(recommend_desk_worker);
BENCHMARK(recommend_runner);
BENCHMARK(recommend_red_flag);
BENCHMARK(recommend_varied);
BENCHMARK(recommend_desk_worker_twice_knowledge);
BENCHMARK(recommend_varied_twice_knowledge);

// The floor of any recommend(): a function the optimiser cannot see into returning a zero-filled
// result<plan> (about 4.5 KB). recommend()'s budget is a multiple of this.
[[gnu::noinline]] kg::result<kg::plan> zero_filled_plan() {
  return kg::result<kg::plan>{kg::result<kg::plan>::default_value_t{}};
}

void floor_zero_filled_plan(benchmark::State& state) {
  for (auto _ : state) {
    auto plan = zero_filled_plan();
    benchmark::DoNotOptimize(plan);
  }
}
BENCHMARK(floor_zero_filled_plan);

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
