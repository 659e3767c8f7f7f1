// The engine with the default knowledge base: recommend(a), explain(a, which), each also with a
// policy. The engine itself (recommend.hpp) takes any knowledge base and includes none, so that
// an application with its own pays nothing for the default tables.
#ifndef KNOTGUIDE_DEFAULTS_HPP
#define KNOTGUIDE_DEFAULTS_HPP

#include "assessment.hpp"
#include "knowledge/default.hpp"
#include "plan.hpp"
#include "recommend.hpp"
#include "result.hpp"
#include "vocabulary.hpp"

namespace knotguide {

// A plan for the assessment from the default knowledge base.
[[nodiscard]] constexpr result<plan> recommend(const assessment& a,
                                               const policy& p = default_policy) noexcept {
  return recommend(a, default_knowledge, p);
}

// Why an intervention is in the plan the default knowledge base makes, or why not.
[[nodiscard]] constexpr result<explanation> explain(const assessment& a, intervention which,
                                                    const policy& p = default_policy) noexcept {
  return explain(a, which, default_knowledge, p);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_DEFAULTS_HPP
