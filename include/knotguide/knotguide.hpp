// knotguide: typed, cited self-care guidance for muscle knots (myofascial trigger points).
//
// The umbrella header: the whole core, constexpr and allocation-free. It includes no <iostream>,
// <string>, <vector> or <chrono>; printing, JSON and std::chrono conversions are opt-in headers
// (for example <knotguide/chrono.hpp>).
//
// The guidance is informational. It is not a diagnosis and does not replace a clinician.
#ifndef KNOTGUIDE_KNOTGUIDE_HPP
#define KNOTGUIDE_KNOTGUIDE_HPP

#include "enums.hpp"
#include "fixed_vector.hpp"
#include "flag_set.hpp"
#include "result.hpp"
#include "units.hpp"
#include "version.hpp"
#include "vocabulary.hpp"

#endif  // KNOTGUIDE_KNOTGUIDE_HPP
