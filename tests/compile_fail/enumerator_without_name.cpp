// An enumeration whose name table misses an enumerator fails names_complete(): the check
// knotguide's own build applies to each of its enumerations (tests/static).
// expect: every enumerator needs a name
#include <cstdint>
#include <knotguide/enums.hpp>

enum class fruit : std::uint8_t { apple, pear, plum };

template <>
struct knotguide::enum_traits<fruit> {
  static constexpr knotguide::text_view type_name = "fruit";
#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
  static constexpr knotguide::text_view names[] = {"apple", "pear", "plum"};
#else
  static constexpr knotguide::text_view names[] = {"apple", "pear"};  // plum was added, not named
#endif
};

static_assert(knotguide::names_complete<fruit>(), "every enumerator needs a name");
