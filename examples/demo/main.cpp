// knotguide's demo: the plan for a desk worker with a knot in the right upper trapezius, asking
// before bed, computed while compiling and printed in the knowledge base's words.
//
// Run `knotguide_demo --json` for the plan's JSON form, `--cds` for a CDS Hooks card.
#include <iostream>
#include <knotguide/cds_hooks.hpp>
#include <knotguide/io.hpp>
#include <knotguide/json.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/words.hpp>
#include <string_view>

namespace kg = knotguide;

int main(int argc, char** argv) {
  constexpr kg::assessment desk_worker{
      .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::right}},
      .pain = kg::pain_score{5},
      .since = kg::days{3},
      .causes = {kg::cause::hunched_sitting},
      .symptoms = {kg::symptom::tender_to_touch, kg::symptom::limited_range_of_motion},
      .moment = kg::moment::before_bed,
      .equipment = {kg::equipment::foam_roller, kg::equipment::heating_pad},
  };
  // Computed while compiling: the program carries the finished plan.
  static constexpr auto result = kg::recommend(desk_worker);
  static_assert(result.has_value());
  const kg::plan& plan = *result;

  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (mode == "--json") {
    std::cout << kg::write_json(plan, {.indent = 2}) << '\n';
  } else if (mode == "--cds") {
    std::cout << kg::cds_hooks_response(plan, kg::default_knowledge, {.indent = 2}) << '\n';
  } else if (mode.empty()) {
    std::cout << kg::in_words(desk_worker, plan);
  } else {
    std::cerr << "usage: knotguide_demo [--json | --cds]\n";
    return 2;
  }
  return 0;
}
