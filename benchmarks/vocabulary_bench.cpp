// Run-time cost of the vocabulary operations that sit on input paths (parsing names from JSON
// or a form) and inside the engine (flag-set membership and iteration).
#include <benchmark/benchmark.h>

#include <knotguide/knotguide.hpp>
#include <string>

namespace kg = knotguide;

namespace {

// Parsing the last name of the longest table: the worst case of the linear search.
void parse_red_flag_worst_case(benchmark::State& state) {
  const std::string text{kg::name(kg::red_flag::worried)};
  for (auto _ : state) {
    benchmark::DoNotOptimize(text.data());
    auto parsed = kg::parse<kg::red_flag>(text);
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(parse_red_flag_worst_case);

void parse_unknown_name(benchmark::State& state) {
  const std::string text = "not_a_red_flag";
  for (auto _ : state) {
    benchmark::DoNotOptimize(text.data());
    auto parsed = kg::parse<kg::red_flag>(text);
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(parse_unknown_name);

void flag_set_iterate_all(benchmark::State& state) {
  auto flags = kg::flag_set<kg::red_flag>::all();
  for (auto _ : state) {
    benchmark::DoNotOptimize(flags);
    int total = 0;
    for (const kg::red_flag f : flags) {
      total += static_cast<int>(kg::to_underlying(f));
    }
    benchmark::DoNotOptimize(total);
  }
}
BENCHMARK(flag_set_iterate_all);

}  // namespace
