// Two field names swapped in field_traits: the count still matches, so only the spelling check
// of tests/support/field_names.hpp can catch it, and it fails the build.
// expect: field_traits names must spell the members of pair_of_knots
#include <knotguide/knotguide.hpp>

#include "../support/field_names.hpp"

struct pair_of_knots {
  knotguide::knot left{};
  knotguide::knot right{};
};
template <>
struct knotguide::field_traits<pair_of_knots> {
  static constexpr text_view type_name = "pair_of_knots";
#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
  static constexpr text_view names[] = {"left", "right"};
#else
  static constexpr text_view names[] = {"right", "left"};
#endif
};

static_assert(field_names::spelled_as_members<pair_of_knots>(),
              "field_traits names must spell the members of pair_of_knots");
