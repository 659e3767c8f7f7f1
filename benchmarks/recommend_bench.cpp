// recommend() on three typical assessments, and the heap allocations it makes (none).
#include <benchmark/benchmark.h>

#include <knotguide/knotguide.hpp>

#include "allocation_counter.hpp"

namespace kg = knotguide;

namespace {

// The design document's desk worker, before bed.
constexpr kg::assessment desk_worker{
    .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::right}},
    .pain = kg::pain_score{5},
    .since = kg::days{3},
    .causes = {kg::cause::hunched_sitting},
    .symptoms = {kg::symptom::tender_to_touch, kg::symptom::limited_range_of_motion},
    .moment = kg::moment::before_bed,
    .equipment = {kg::equipment::foam_roller, kg::equipment::heating_pad}};

// A runner after a harder session than usual, with a calf knot, in serious pain for two weeks.
constexpr kg::assessment runner{
    .knots = {{.muscle = kg::muscle::gastrocnemius, .side = kg::side::left}},
    .pain = kg::pain_score{7},
    .since = kg::days{15},
    .trend = kg::trend::same,
    .causes = {kg::cause::harder_than_usual_exercise},
    .daily_impact = kg::impact::moderate,
    .moment = kg::moment::after_exercise,
    .equipment = {kg::equipment::foam_roller},
    .preferences = {kg::preference::avoid_needles}};

// Neck pain with a new numb arm: a red flag.
constexpr kg::assessment numb_arm{.knots = {{.region = kg::region::neck}},
                                  .pain = kg::pain_score{6},
                                  .since = kg::days{5},
                                  .red_flags = {kg::red_flag::new_numbness_or_weakness},
                                  .health = {kg::health_fact::blood_thinners}};

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
