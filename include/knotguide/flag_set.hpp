// flag_set<E>: a set of enumerators; see detail/flag_set.hpp.
#ifndef KNOTGUIDE_FLAG_SET_HPP
#define KNOTGUIDE_FLAG_SET_HPP

#include "detail/flag_set.hpp"

#endif  // KNOTGUIDE_FLAG_SET_HPP
