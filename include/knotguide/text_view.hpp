// text_view: knotguide's view of text; see detail/text_view.hpp.
#ifndef KNOTGUIDE_TEXT_VIEW_HPP
#define KNOTGUIDE_TEXT_VIEW_HPP

#include "detail/text_view.hpp"

#endif  // KNOTGUIDE_TEXT_VIEW_HPP
