// Compile-only tests: this file builds only if every assertion holds.
#include <cstddef>
#include <knotguide/knotguide.hpp>

#include "../support/all_enums.hpp"

namespace kg = knotguide;

// Every name table lists exactly its enumeration's enumerators, spelt as in the source: adding
// an enumerator without its name, or renaming one on one side only, fails the build here.
static_assert(kg::testing::all_enums::all([]<class E>() { return kg::names_complete<E>(); }));

// Each muscle lies in exactly one region: muscle_regions lists every muscle once (region_of()
// reads the first entry it finds).
namespace {
consteval bool every_muscle_has_one_region() {
  int found[kg::enum_count<kg::muscle>]{};
  for (const kg::muscle_region& entry : kg::muscle_regions) {
    const auto at = static_cast<std::size_t>(entry.which);
    if (at >= kg::enum_count<kg::muscle>) {
      return false;
    }
    ++found[at];
  }
  for (const int count : found) {
    if (count != 1) {
      return false;
    }
  }
  return true;
}
}  // namespace
static_assert(every_muscle_has_one_region(), "list each muscle once in muscle_regions");

static_assert(kg::parse<kg::muscle>("soleus").value() == kg::muscle::soleus);
static_assert(kg::parse<kg::muscle>("Soleus").error().code == kg::errc::unknown_name);
// errc's zero means no error, so a default-constructed error reports no kind of problem.
static_assert(kg::error{}.code == kg::errc::none);
static_assert(kg::name(kg::intervention::self_myofascial_release) == "self_myofascial_release");
static_assert(kg::enum_values<kg::impact>.size() == 4);
static_assert(kg::region_of(kg::muscle::quadratus_lumborum) == kg::region::lower_back);
static_assert(kg::more_urgent(kg::triage::emergency, kg::triage::self_care));
