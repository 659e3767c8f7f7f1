// Compile-only tests of the typed quantities.
#include <knotguide/knotguide.hpp>
#include <type_traits>

namespace kg = knotguide;

static_assert(kg::pain_score{0}.value() == 0 && kg::pain_score{10}.value() == 10);
static_assert(!kg::pain_score::make(11));
static_assert(kg::pain_score{0}.valid() && kg::pain_score{10}.valid());
static_assert(kg::pain_score{3} < kg::pain_score{7});
static_assert(kg::pain_score::make(-1).error().field == "pain");

// Units never convert implicitly, in either direction, nor from a bare number.
static_assert(!std::is_convertible_v<kg::days, kg::minutes>);
static_assert(!std::is_convertible_v<kg::minutes, kg::days>);
static_assert(!std::is_convertible_v<int, kg::minutes>);
static_assert(!std::is_convertible_v<int, kg::pain_score>);
static_assert(std::is_trivially_copyable_v<kg::days> && sizeof(kg::days) == 4);

static_assert(kg::convert<kg::minutes>(kg::hours{2}).value() == kg::minutes{120});
static_assert(!kg::convert<kg::hours>(kg::minutes{90}));
static_assert((kg::minutes{10} + kg::minutes{5}).value() == kg::minutes{15});
static_assert(!(kg::days{2147483647} + kg::days{1}));
