// The device's knowledge base: the default one without its words. The device shows ids (a
// triage level, interventions) through its own short labels, never a catalog sentence or a
// source's title, so the catalog and the sources stay out of its flash. The default knowledge
// base is proven whole with its words; recommend() reads neither table, so the plans are the
// same (knotguide's tests compare them over the sweep of assessments, and the firmware's test
// compares what the device shows with the host build's).
#ifndef KNOTGUIDE_EXAMPLE_KNOWLEDGE_HPP
#define KNOTGUIDE_EXAMPLE_KNOWLEDGE_HPP

#include <knotguide/knowledge.hpp>
#include <knotguide/knowledge/default.hpp>
#include <knotguide/knowledge_check.hpp>

namespace device {

static_assert(knotguide::is_whole(knotguide::default_knowledge));
inline constexpr knotguide::knowledge_base knowledge =
    knotguide::without_words(knotguide::default_knowledge);

}  // namespace device

#endif  // KNOTGUIDE_EXAMPLE_KNOWLEDGE_HPP
