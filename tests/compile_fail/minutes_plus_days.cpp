// Adding minutes to days does not compile: the units differ.
// expect: no match for .*operator\+|invalid operands to binary expression
#include <knotguide/knotguide.hpp>

#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
auto total() {
  return knotguide::minutes{5} + knotguide::minutes{1};
}
#else
auto total() {
  return knotguide::minutes{5} + knotguide::days{1};
}
#endif
