// knotguide: typed, cited self-care guidance for muscle knots (myofascial trigger points).
//
// The umbrella header: the whole core, constexpr and allocation-free, with the default
// knowledge base. It includes no <iostream>, <string>, <string_view>, <vector> or <chrono>;
// text is knotguide::text_view, which converts to std::string_view. Conversions to std::chrono
// are in the opt-in <knotguide/chrono.hpp>; the checks of a knowledge base an application
// composes (is_whole(), first_problem(), kb_report) in the opt-in <knotguide/knowledge_check.hpp>.
//
// The guidance is informational. It is not a diagnosis and does not replace a clinician.
#ifndef KNOTGUIDE_KNOTGUIDE_HPP
#define KNOTGUIDE_KNOTGUIDE_HPP

#include "assessment.hpp"
#include "catalog_index.hpp"
#include "citations.hpp"
#include "condition.hpp"
#include "defaults.hpp"
#include "enum_traits.hpp"
#include "enums.hpp"
#include "field_traits.hpp"
#include "fixed_vector.hpp"
#include "flag_set.hpp"
#include "knowledge.hpp"
#include "knowledge/default.hpp"
#include "lookup.hpp"
#include "maybe.hpp"
#include "plan.hpp"
#include "recommend.hpp"
#include "result.hpp"
#include "text_id.hpp"
#include "text_view.hpp"
#include "units.hpp"
#include "version.hpp"
#include "view.hpp"
#include "vocabulary.hpp"

#endif  // KNOTGUIDE_KNOTGUIDE_HPP
