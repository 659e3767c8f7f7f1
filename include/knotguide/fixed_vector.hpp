// fixed_vector<T, N>: a vector with inline storage; see detail/fixed_vector.hpp.
#ifndef KNOTGUIDE_FIXED_VECTOR_HPP
#define KNOTGUIDE_FIXED_VECTOR_HPP

#include "detail/fixed_vector.hpp"

#endif  // KNOTGUIDE_FIXED_VECTOR_HPP
