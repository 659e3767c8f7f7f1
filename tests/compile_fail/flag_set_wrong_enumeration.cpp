// A flag set of causes does not take a symptom.
// expect: no matching (function|constructor) .*flag_set<knotguide::cause>
#include <knotguide/knotguide.hpp>

#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
inline const knotguide::flag_set<knotguide::cause> causes{knotguide::cause::stress};
#else
inline const knotguide::flag_set<knotguide::cause> causes{knotguide::symptom::stiffness};
#endif
