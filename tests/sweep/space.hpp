// The safety sweep's input space: the i-th assessment of a discretised space of millions, and the
// policies an application might set. The sweep (sweep.cpp) and the interview's replay
// (replay.cpp) walk the same assessments.
#ifndef KNOTGUIDE_TESTS_SWEEP_SPACE_HPP
#define KNOTGUIDE_TESTS_SWEEP_SPACE_HPP

#include <cstddef>
#include <knotguide/knotguide.hpp>

namespace sweep_space {

namespace kg = knotguide;

// One value per position of a dimension.
template <class T, std::size_t N>
struct dimension {
  T values[N];
  static constexpr std::size_t size = N;
};

constexpr dimension<kg::impact, 4> impacts{
    {kg::impact::none, kg::impact::mild, kg::impact::moderate, kg::impact::severe}};
constexpr dimension<int, 6> durations{{0, 1, 3, 14, 30, 200}};
constexpr dimension<kg::trend, 3> trends{{kg::trend::better, kg::trend::same, kg::trend::worse}};
constexpr dimension<kg::moment, 5> moments{{kg::moment::any_time, kg::moment::after_exercise,
                                            kg::moment::before_exercise, kg::moment::before_bed,
                                            kg::moment::at_desk}};
constexpr dimension<kg::flag_set<kg::equipment>, 3> kits{
    {{},
     {kg::equipment::heating_pad, kg::equipment::foam_roller},
     kg::flag_set<kg::equipment>::all()}};
constexpr dimension<kg::flag_set<kg::cause>, 3> cause_sets{
    {{}, {kg::cause::hunched_sitting, kg::cause::held_posture}, kg::flag_set<kg::cause>::all()}};
constexpr dimension<kg::flag_set<kg::red_flag>, 4> flag_sets{
    {{},
     {kg::red_flag::worried},
     {kg::red_flag::new_numbness_or_weakness, kg::red_flag::painkillers_not_working},
     {kg::red_flag::saddle_numbness}}};
constexpr dimension<kg::flag_set<kg::health_fact>, 4> health_sets{
    {{},
     {kg::health_fact::pacemaker, kg::health_fact::bleeding_disorder},
     {kg::health_fact::fresh_strain, kg::health_fact::swelling},
     kg::flag_set<kg::health_fact>::all()}};
// Every muscle and every place, and a few knots given by both their muscle and its place: 67
// knots, a prime, which shares no factor with the other rotations' periods.
constexpr dimension<kg::knot, 67> knots{
    {{.muscle = kg::muscle::upper_trapezius},
     {.muscle = kg::muscle::levator_scapulae},
     {.region = kg::region::head},
     {.muscle = kg::muscle::sternocleidomastoid},
     {.muscle = kg::muscle::splenius_capitis},
     {.region = kg::region::thigh},
     {.muscle = kg::muscle::infraspinatus},
     {.muscle = kg::muscle::supraspinatus},
     {.region = kg::region::eye},
     {.muscle = kg::muscle::quadratus_lumborum},
     {.muscle = kg::muscle::gluteus_medius},
     {.region = kg::region::neck},
     {.muscle = kg::muscle::gluteus_minimus},
     {.muscle = kg::muscle::gastrocnemius},
     {.region = kg::region::upper_arm},
     {.muscle = kg::muscle::soleus},
     {.muscle = kg::muscle::middle_trapezius},
     {.region = kg::region::hip},
     {.muscle = kg::muscle::rhomboids},
     {.muscle = kg::muscle::latissimus_dorsi},
     {.region = kg::region::groin},
     {.muscle = kg::muscle::scalenes},
     {.muscle = kg::muscle::suboccipitals},
     {.region = kg::region::foot},
     {.muscle = kg::muscle::masseter},
     {.muscle = kg::muscle::temporalis},
     {.region = kg::region::heel},

     {.region = kg::region::jaw},
     {.muscle = kg::muscle::teres_minor},
     {.muscle = kg::muscle::biceps},
     {.region = kg::region::face},
     {.muscle = kg::muscle::triceps},
     {.muscle = kg::muscle::erector_spinae},
     {.region = kg::region::buttock},
     {.muscle = kg::muscle::multifidus},
     {.muscle = kg::muscle::iliopsoas},
     {.region = kg::region::sacrum},
     {.muscle = kg::muscle::piriformis},
     {.muscle = kg::muscle::gluteus_maximus},
     {.region = kg::region::lower_back},
     {.muscle = kg::muscle::hamstrings},
     {.muscle = kg::muscle::rectus_femoris},
     {.region = kg::region::shoulder},
     {.muscle = kg::muscle::vastus_medialis},
     {.muscle = kg::muscle::vastus_lateralis},
     {.region = kg::region::upper_back},
     {.muscle = kg::muscle::tibialis_posterior},
     {.region = kg::region::chest},
     {.muscle = kg::muscle::pectoralis_major},
     {.muscle = kg::muscle::serratus_anterior, .region = kg::region::chest},
     {.muscle = kg::muscle::serratus_anterior},
     {.region = kg::region::elbow},
     {.muscle = kg::muscle::wrist_extensors},
     {.region = kg::region::forearm},
     {.muscle = kg::muscle::tibialis_anterior},
     {.region = kg::region::wrist},
     {.region = kg::region::hand},
     {.region = kg::region::knee},
     {.region = kg::region::shin},
     {.region = kg::region::ankle},
     {.muscle = kg::muscle::scalenes, .region = kg::region::neck},
     {.muscle = kg::muscle::piriformis, .region = kg::region::buttock},
     {.muscle = kg::muscle::masseter, .region = kg::region::jaw},
     {.muscle = kg::muscle::iliopsoas, .region = kg::region::groin},
     {.muscle = kg::muscle::temporalis, .region = kg::region::head},
     {.muscle = kg::muscle::hamstrings, .region = kg::region::thigh},
     {.muscle = kg::muscle::wrist_extensors, .region = kg::region::forearm}}};
constexpr dimension<kg::flag_set<kg::cause>, 2> injuries{
    {{kg::cause::muscle_strain}, {kg::cause::direct_trauma, kg::cause::stress}}};

// 11 pain levels x 4 impacts x 6 durations x 3 trends x 5 moments x 32 preference subsets x
// 3 kits x 3 cause sets x 4 red-flag sets x 4 health sets.
constexpr long space = 11L * 4 * 6 * 3 * 5 * 32 * 3 * 3 * 4 * 4;

// The i-th assessment. Dimensions that would multiply the space beyond what runs in a minute
// (the knot, sleep impact, access, one more red flag, one more health fact, an injury as the
// cause, the country, pain or duration not known) rotate with i instead.
kg::assessment nth(long i) {
  kg::assessment a;
  const auto take = [&i](long n) {
    const long digit = i % n;
    i /= n;
    return static_cast<std::size_t>(digit);
  };
  const long whole = i;
  a.pain = kg::pain_score::make(static_cast<int>(take(11))).value();
  a.daily_impact = impacts.values[take(4)];
  a.since = kg::days{durations.values[take(durations.size)]};
  a.trend = trends.values[take(3)];
  a.moment = moments.values[take(5)];
  const std::size_t prefs = take(32);
  for (std::size_t bit = 0; bit < kg::enum_count<kg::preference>; ++bit) {
    if ((prefs >> bit & 1U) != 0) {
      a.preferences.insert(static_cast<kg::preference>(bit));
    }
  }
  a.equipment = kits.values[take(3)];
  a.causes = cause_sets.values[take(3)];
  a.red_flags = flag_sets.values[take(4)];
  a.health = health_sets.values[take(4)];
  (void)a.knots.try_push_back(
      knots.values[static_cast<std::size_t>(whole) % decltype(knots)::size]);
  a.sleep_impact = impacts.values[static_cast<std::size_t>(whole / 7 % 4)];
  if (whole % 3 == 0) {
    a.access = {};
  }
  if (whole % 13 == 0) {
    a.pain = {};  // not known
  }
  if (whole % 17 == 0) {
    a.since = {};  // not known
  }
  if (whole % 11 == 0) {
    const auto flags = static_cast<long>(kg::enum_count<kg::red_flag>);
    a.red_flags.insert(static_cast<kg::red_flag>(whole / 11 % flags));
  }
  if (whole % 19 == 0) {
    const auto facts = static_cast<long>(kg::enum_count<kg::health_fact>);
    a.health.insert(static_cast<kg::health_fact>(whole / 19 % facts));
  }
  if (whole % 23 == 0) {
    a.causes = injuries.values[static_cast<std::size_t>(whole / 23 % 2)];
  }
  const long countries = static_cast<long>(kg::enum_count<kg::country>) + 1;
  if (const long c = whole % countries; c > 0) {
    a.country = static_cast<kg::country>(c - 1);
  }
  return a;
}

// Policies an application might set, each stressing another part of the engine.
const kg::policy* varied_policies() {
  static kg::policy p[6];
  for (int& score : p[0].base) {
    score = 0;  // nothing offered but what rules and the moment lift
  }
  for (int& score : p[1].base) {
    score = 9;  // everything offered that is not excluded
  }
  p[2].suits_moment = 6;
  p[2].misses_moment = -6;
  p[3].steps = 2;
  p[3].self_care_when_urgent = true;
  p[4].steps = kg::max_steps;
  p[4].self_care_when_urgent = true;
  p[4].suits_moment = 3;
  p[5].review_window = kg::days{3};
  p[5].steps = 0;
  return p;
}
constexpr long policy_count = 6;

}  // namespace sweep_space

#endif  // KNOTGUIDE_TESTS_SWEEP_SPACE_HPP
