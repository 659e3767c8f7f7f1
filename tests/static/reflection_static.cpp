// Compile-only: every knotguide aggregate names each of its fields, in the order Boost.PFR sees
// them, so that printing and JSON can walk it.
#include <knotguide/detail/reflect.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>

namespace kg = knotguide;
using kg::detail::reflected;

static_assert(reflected<kg::knot>);
static_assert(reflected<kg::assessment>);
static_assert(reflected<kg::error>);
static_assert(reflected<kg::source>);
static_assert(reflected<kg::text_entry>);
static_assert(reflected<kg::range<kg::days>>);
static_assert(reflected<kg::range<int>>);
static_assert(reflected<kg::condition>);
static_assert(reflected<kg::precaution>);
static_assert(reflected<kg::dose>);
static_assert(reflected<kg::intervention_profile>);
static_assert(reflected<kg::rule>);
static_assert(reflected<kg::red_flag_entry>);
static_assert(reflected<kg::muscle_entry>);
static_assert(reflected<kg::cause_entry>);
static_assert(reflected<kg::course_entry>);
static_assert(reflected<kg::knowledge_base>);
static_assert(reflected<kg::fact>);
static_assert(reflected<kg::reason>);
static_assert(reflected<kg::step>);
static_assert(reflected<kg::change>);
static_assert(reflected<kg::plan>);
static_assert(reflected<kg::explanation>);
static_assert(reflected<kg::kb_report>);
static_assert(reflected<kg::version_info>);
static_assert(reflected<kg::muscle_region>);
static_assert(reflected<kg::policy>);

// The walk visits the fields in order, with their names, in a constant expression.
constexpr bool walks_a_knot_in_order() {
  const kg::knot k{.muscle = kg::muscle::soleus, .side = kg::side::left};
  int visited = 0;
  bool in_order = true;
  kg::detail::for_each_named_field(k, [&](kg::text_view name, const auto& field) {
    using F = std::remove_cvref_t<decltype(field)>;
    if constexpr (std::is_same_v<F, kg::side>) {
      in_order = in_order && visited == 2 && name == "side" && field == kg::side::left;
    }
    ++visited;
  });
  return in_order && visited == 4;
}
static_assert(walks_a_knot_in_order());
