// A pain score of 11 in a constant expression does not compile.
// expect: pain_score_must_be_between_0_and_10
#include <knotguide/knotguide.hpp>

#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
inline constexpr knotguide::pain_score pain{10};
#else
inline constexpr knotguide::pain_score pain{11};
#endif
