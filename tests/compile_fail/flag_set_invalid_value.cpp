// A value that is not an enumerator cannot enter a flag set in a constant expression.
// expect: flag_set_value_is_not_an_enumerator
#include <knotguide/knotguide.hpp>

#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
inline constexpr knotguide::flag_set<knotguide::cause> causes{static_cast<knotguide::cause>(1)};
#else
inline constexpr knotguide::flag_set<knotguide::cause> causes{static_cast<knotguide::cause>(40)};
#endif
