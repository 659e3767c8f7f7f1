// The words of a plan, beside the plan: in_words() and write_json() of the desk worker's plan,
// to be read against recommend_desk_worker in the same run (issue budgets: the words at most 5x
// recommend(), the JSON at most 3x).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <knotguide/json.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/words.hpp>
#include <string>

#include "../tests/support/samples.hpp"

namespace kg = knotguide;

namespace {

// The plan in words, written to a string an application reuses (what operator<< does before
// it writes to the stream once).
void in_words_desk_worker(benchmark::State& state) {
  const kg::plan plan = kg::recommend(samples::desk_worker).value();
  std::string out;
  for (auto _ : state) {
    out.clear();
    kg::write_words(out, kg::in_words(samples::desk_worker, plan));
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(in_words_desk_worker);

void write_json_desk_worker(benchmark::State& state) {
  const kg::plan plan = kg::recommend(samples::desk_worker).value();
  std::string out;
  for (auto _ : state) {
    out.clear();
    kg::write_json(out, plan);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(write_json_desk_worker);

// Every sentence of the catalog by id, once each: the lookup every reader of a plan makes dozens
// of times, averaged over where in the catalog the sentence is.
void text_of_whole_catalog(benchmark::State& state) {
  const kg::knowledge_base& kb = kg::default_knowledge;
  for (auto _ : state) {
    for (const kg::text_entry& t : kb.texts) {
      benchmark::DoNotOptimize(kg::text_of(kb, t.id));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kb.texts.size()));
}
BENCHMARK(text_of_whole_catalog);

}  // namespace
