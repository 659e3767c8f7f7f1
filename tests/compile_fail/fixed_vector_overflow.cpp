// More values than a fixed vector holds is a compile error in a constant expression.
// expect: fixed_vector_capacity_exceeded
#include <knotguide/knotguide.hpp>

#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
inline constexpr knotguide::fixed_vector<int, 2> values{1, 2};
#else
inline constexpr knotguide::fixed_vector<int, 2> values{1, 2, 3};
#endif
