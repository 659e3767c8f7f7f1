// Compile-only tests: whole plans computed inside static_assert, within the compilers' default
// constexpr limits.
#include <knotguide/knotguide.hpp>

#include "../support/samples.hpp"

namespace kg = knotguide;

static_assert(!kg::first_error(kg::default_policy), "the default policy keeps its own bounds");

// The example of the design document.
using samples::desk_worker;

constexpr auto result = kg::recommend(desk_worker);
static_assert(result && result->level == kg::triage::self_care);
static_assert(!result->contains(kg::intervention::heat));  // not at bedtime
static_assert(result->contains(kg::intervention::stretching));
static_assert(kg::explain(desk_worker, kg::intervention::heat)->standing == kg::standing::excluded);

// A red flag: the escalation first.
using samples::numb_arm;
static_assert(kg::recommend(numb_arm)->level == kg::triage::doctor_today);
static_assert(kg::recommend(numb_arm)->steps[0].what == kg::intervention::see_doctor);
static_assert(kg::recommend(numb_arm)->steps.size() == 1);  // urgent care comes alone

// Invalid input is an error in constant expressions too.
static_assert(kg::recommend(kg::assessment{.since = kg::days{-1}}).error().field == "since");

// Serious pain for two weeks after a hard session: a doctor (severe pain), a physical therapist
// (past the review window), and no needles for someone who said no to them.
static_assert(kg::recommend(samples::runner)->level == kg::triage::doctor);
static_assert(kg::recommend(samples::runner)->steps[0].what == kg::intervention::see_doctor);
static_assert(kg::recommend(samples::runner)->steps[1].what == kg::intervention::physical_therapy);
static_assert(kg::explain(samples::runner, kg::intervention::dry_needling)->standing ==
              kg::standing::excluded);
