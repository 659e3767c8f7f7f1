// view<T>: a read-only view over a constant table; see detail/view.hpp.
#ifndef KNOTGUIDE_VIEW_HPP
#define KNOTGUIDE_VIEW_HPP

#include "detail/view.hpp"

#endif  // KNOTGUIDE_VIEW_HPP
