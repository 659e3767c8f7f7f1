// Compile-only tests: the default knowledge base, and an application's own, are whole.
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>

#include "../support/physio_knowledge.hpp"

namespace kg = knotguide;

// Every id resolves, nothing is listed twice, everything is cited, every range is ordered,
// every intervention, red flag, muscle and cause has its entry. This is the proof the build
// rests on; a broken knowledge base fails here (see compile_fail/broken_knowledge_base.cpp).
static_assert(kg::is_whole(kg::default_knowledge));
static_assert(kg::is_whole(physio::knowledge));

static_assert(physio::knowledge.doses[0].which == kg::intervention::stretching &&
              physio::knowledge.doses[0].dose.text == "rx.chin-tucks");
static_assert(kg::tier_of(kg::default_knowledge, kg::red_flag::saddle_numbness) ==
              kg::triage::emergency);
static_assert(
    kg::referral_areas(kg::default_knowledge, kg::muscle::soleus).contains(kg::region::heel));
static_assert(kg::likely_muscles(kg::default_knowledge, kg::region::heel)[0] == kg::muscle::soleus);

// An application's knowledge base built from the default one keeps the tables it does not
// replace: a swollen, hot calf is still read as a clot, and the numbers are still local.
inline constexpr kg::assessment swollen_calf{
    .knots = {{.muscle = kg::muscle::gastrocnemius}},
    .health = {kg::health_fact::swelling, kg::health_fact::skin_hot_to_touch},
    .country = kg::country::australia};
static_assert(kg::recommend(swollen_calf, physio::knowledge)->level == kg::triage::doctor_today);
static_assert(kg::recommend(swollen_calf, physio::knowledge)->steps[0].dose.text ==
              "doctor_today.australia");
