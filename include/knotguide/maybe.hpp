// maybe<T>: a value or nothing; see detail/maybe.hpp.
#ifndef KNOTGUIDE_MAYBE_HPP
#define KNOTGUIDE_MAYBE_HPP

#include "detail/maybe.hpp"

#endif  // KNOTGUIDE_MAYBE_HPP
