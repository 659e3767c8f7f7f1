// The words of knotguide: every enumeration an assessment, a knowledge base or a plan is made
// of, each with its name table. Names are the enumerators' identifiers; they are what parse()
// reads and what JSON carries. Human sentences live in the knowledge base's text catalog.
#ifndef KNOTGUIDE_VOCABULARY_HPP
#define KNOTGUIDE_VOCABULARY_HPP

#include <cstddef>
#include <cstdint>

#include "enum_traits.hpp"
#include "field_traits.hpp"

namespace knotguide {

// Where on the body: where a muscle lies and where its knots refer pain (knowledge.md section 2).
enum class region : std::uint8_t {
  head,
  eye,
  face,
  jaw,
  neck,
  shoulder,
  upper_arm,
  upper_back,
  lower_back,
  sacrum,
  buttock,
  hip,
  groin,
  thigh,
  calf,
  foot,
  heel,
  chest,  // new ones go last: enumerator values are a stable storage form (bits())
  elbow,
  forearm,
  wrist,
  hand,
  knee,
  shin,
  ankle,
};

template <>
struct enum_traits<region> {
  static constexpr text_view type_name = "region";
  static constexpr text_view names[] = {
      "head",       "eye",        "face",   "jaw",     "neck",  "shoulder", "upper_arm",
      "upper_back", "lower_back", "sacrum", "buttock", "hip",   "groin",    "thigh",
      "calf",       "foot",       "heel",   "chest",   "elbow", "forearm",  "wrist",
      "hand",       "knee",       "shin",   "ankle"};
};

// Muscles that commonly hold trigger points (knowledge.md section 2, after Travell & Simons).
enum class muscle : std::uint8_t {
  upper_trapezius,
  levator_scapulae,
  sternocleidomastoid,
  splenius_capitis,
  infraspinatus,
  supraspinatus,
  quadratus_lumborum,
  gluteus_medius,
  gluteus_minimus,
  gastrocnemius,
  soleus,
  middle_trapezius,
  rhomboids,
  latissimus_dorsi,
  scalenes,
  suboccipitals,
  masseter,
  temporalis,
  teres_minor,
  biceps,
  triceps,
  erector_spinae,
  multifidus,
  iliopsoas,
  piriformis,
  gluteus_maximus,
  hamstrings,
  rectus_femoris,
  vastus_medialis,
  vastus_lateralis,
  tibialis_posterior,
  pectoralis_major,
  serratus_anterior,
  wrist_extensors,
  tibialis_anterior,
};

template <>
struct enum_traits<muscle> {
  static constexpr text_view type_name = "muscle";
  static constexpr text_view names[] = {
      "upper_trapezius",    "levator_scapulae", "sternocleidomastoid",
      "splenius_capitis",   "infraspinatus",    "supraspinatus",
      "quadratus_lumborum", "gluteus_medius",   "gluteus_minimus",
      "gastrocnemius",      "soleus",           "middle_trapezius",
      "rhomboids",          "latissimus_dorsi", "scalenes",
      "suboccipitals",      "masseter",         "temporalis",
      "teres_minor",        "biceps",           "triceps",
      "erector_spinae",     "multifidus",       "iliopsoas",
      "piriformis",         "gluteus_maximus",  "hamstrings",
      "rectus_femoris",     "vastus_medialis",  "vastus_lateralis",
      "tibialis_posterior", "pectoralis_major", "serratus_anterior",
      "wrist_extensors",    "tibialis_anterior"};
};

// Which side of the body a knot is on.
enum class side : std::uint8_t {
  left,
  right,
  both,
};

template <>
struct enum_traits<side> {
  static constexpr text_view type_name = "side";
  static constexpr text_view names[] = {"left", "right", "both"};
};

// Active knots hurt at rest; latent ones only when pressed (knowledge.md section 1).
enum class knot_activity : std::uint8_t {
  active,
  latent,
};

template <>
struct enum_traits<knot_activity> {
  static constexpr text_view type_name = "knot_activity";
  static constexpr text_view names[] = {"active", "latent"};
};

// What brings knots on or keeps them going (knowledge.md section 3).
enum class cause : std::uint8_t {
  new_activity,
  harder_than_usual_exercise,
  hunched_sitting,
  held_posture,
  repetitive_motion,
  muscle_strain,
  direct_trauma,
  stress,
  poor_sleep,
  inactivity,
};

template <>
struct enum_traits<cause> {
  static constexpr text_view type_name = "cause";
  static constexpr text_view names[] = {"new_activity",      "harder_than_usual_exercise",
                                        "hunched_sitting",   "held_posture",
                                        "repetitive_motion", "muscle_strain",
                                        "direct_trauma",     "stress",
                                        "poor_sleep",        "inactivity"};
};

// What a person with knots may notice (knowledge.md sections 1 and 4).
enum class symptom : std::uint8_t {
  tender_to_touch,
  deep_aching_pain,
  limited_range_of_motion,
  stiffness,
  weakness,
  referred_pain,
  tension_headache,
  jaw_pain,
  sleep_trouble,
  fatigue,
  pain_at_rest,
  pain_only_when_pressed,
};

template <>
struct enum_traits<symptom> {
  static constexpr text_view type_name = "symptom";
  static constexpr text_view names[] = {
      "tender_to_touch",  "deep_aching_pain", "limited_range_of_motion",
      "stiffness",        "weakness",         "referred_pain",
      "tension_headache", "jaw_pain",         "sleep_trouble",
      "fatigue",          "pain_at_rest",     "pain_only_when_pressed"};
};

// Signs that the pain may not be a simple muscle knot (knowledge.md section 7). Their urgency lives
// in the knowledge base.
enum class red_flag : std::uint8_t {
  leg_symptoms_both_sides,
  saddle_numbness,
  bladder_or_bowel_change,
  chest_pain,
  serious_accident,
  severe_headache_fever_or_rash,
  high_temperature,
  unexplained_weight_loss,
  lump_or_changed_shape,
  night_or_rest_pain,
  worse_on_coughing_or_sneezing,
  pain_between_shoulder_blades,
  new_numbness_or_weakness,
  balance_or_coordination_change,
  vision_speech_or_swallowing_change,
  recent_neck_injury_or_surgery,
  pins_and_needles_or_cold_arm,
  serious_illness_history,
  new_pain_under_20_or_over_55,
  painkillers_not_working,
  cannot_cope,
  worried,
  stroke_signs,  // new ones go last: enumerator values are a stable storage form (bits())
  leg_clot_signs,
  lung_clot_signs,
  cannot_move_arm,
  broken_bone_signs,
  eye_emergency_signs,
  eye_urgent_signs,
  temporal_arteritis_signs,
  trapped_hernia_signs,
};

template <>
struct enum_traits<red_flag> {
  static constexpr text_view type_name = "red_flag";
  static constexpr text_view names[] = {"leg_symptoms_both_sides",
                                        "saddle_numbness",
                                        "bladder_or_bowel_change",
                                        "chest_pain",
                                        "serious_accident",
                                        "severe_headache_fever_or_rash",
                                        "high_temperature",
                                        "unexplained_weight_loss",
                                        "lump_or_changed_shape",
                                        "night_or_rest_pain",
                                        "worse_on_coughing_or_sneezing",
                                        "pain_between_shoulder_blades",
                                        "new_numbness_or_weakness",
                                        "balance_or_coordination_change",
                                        "vision_speech_or_swallowing_change",
                                        "recent_neck_injury_or_surgery",
                                        "pins_and_needles_or_cold_arm",
                                        "serious_illness_history",
                                        "new_pain_under_20_or_over_55",
                                        "painkillers_not_working",
                                        "cannot_cope",
                                        "worried",
                                        "stroke_signs",
                                        "leg_clot_signs",
                                        "lung_clot_signs",
                                        "cannot_move_arm",
                                        "broken_bone_signs",
                                        "eye_emergency_signs",
                                        "eye_urgent_signs",
                                        "temporal_arteritis_signs",
                                        "trapped_hernia_signs"};
};

// Facts about a person's health that make some steps unsafe (knowledge.md section 6 precautions,
// and the painkiller leaflets' "check first" lists of section 12.2). New ones go last.
enum class health_fact : std::uint8_t {
  pacemaker,
  epilepsy,
  pregnancy,
  bleeding_disorder,
  blood_thinners,
  diabetes,
  reduced_skin_sensation,
  heart_or_circulation_problem,
  fresh_strain,
  swelling,
  skin_hot_to_touch,
  open_wound,
  fracture,
  deep_vein_thrombosis,
  osteoporosis,
  asthma,
  stomach_ulcer,
  kidney_problem,
  liver_problem,
  high_blood_pressure,
  reaction_to_anti_inflammatories,
  aged_65_or_over,
};

template <>
struct enum_traits<health_fact> {
  static constexpr text_view type_name = "health_fact";
  static constexpr text_view names[] = {"pacemaker",
                                        "epilepsy",
                                        "pregnancy",
                                        "bleeding_disorder",
                                        "blood_thinners",
                                        "diabetes",
                                        "reduced_skin_sensation",
                                        "heart_or_circulation_problem",
                                        "fresh_strain",
                                        "swelling",
                                        "skin_hot_to_touch",
                                        "open_wound",
                                        "fracture",
                                        "deep_vein_thrombosis",
                                        "osteoporosis",
                                        "asthma",
                                        "stomach_ulcer",
                                        "kidney_problem",
                                        "liver_problem",
                                        "high_blood_pressure",
                                        "reaction_to_anti_inflammatories",
                                        "aged_65_or_over"};
};

// When the person is asking: advice differs after exercise, before bed and at the desk.
enum class moment : std::uint8_t {
  any_time,
  after_exercise,
  before_exercise,
  before_bed,
  at_desk,
};

template <>
struct enum_traits<moment> {
  static constexpr text_view type_name = "moment";
  static constexpr text_view names[] = {"any_time", "after_exercise", "before_exercise",
                                        "before_bed", "at_desk"};
};

// Things at hand that self-care can use (knowledge.md section 6).
enum class equipment : std::uint8_t {
  heating_pad,
  hot_water_bottle,
  warm_bath_or_shower,
  ice_pack,
  frozen_peas,
  tea_towel,
  foam_roller,
  lacrosse_ball,
  hard_ball,
  pvc_pipe,
  tens_unit,
};

template <>
struct enum_traits<equipment> {
  static constexpr text_view type_name = "equipment";
  static constexpr text_view names[] = {"heating_pad", "hot_water_bottle", "warm_bath_or_shower",
                                        "ice_pack",    "frozen_peas",      "tea_towel",
                                        "foam_roller", "lacrosse_ball",    "hard_ball",
                                        "pvc_pipe",    "tens_unit"};
};

// Who delivers a step, and which professionals a person can reach.
enum class provider : std::uint8_t {
  self,
  physical_therapist,
  massage_therapist,
  doctor,
  emergency_services,
};

template <>
struct enum_traits<provider> {
  static constexpr text_view type_name = "provider";
  static constexpr text_view names[] = {"self", "physical_therapist", "massage_therapist", "doctor",
                                        "emergency_services"};
};

// What a person wants to avoid or prefers.
enum class preference : std::uint8_t {
  avoid_needles,
  avoid_cold,
  avoid_heat,
  avoid_electrical_stimulation,
  prefers_self_care,
};

template <>
struct enum_traits<preference> {
  static constexpr text_view type_name = "preference";
  static constexpr text_view names[] = {"avoid_needles", "avoid_cold", "avoid_heat",
                                        "avoid_electrical_stimulation", "prefers_self_care"};
};

// Steps a plan can hold (knowledge.md sections 6 to 8).
enum class intervention : std::uint8_t {
  watchful_waiting,
  heat,
  cold,
  stretching,
  massage,
  self_myofascial_release,
  dry_needling,
  electrical_stimulation,
  physical_therapy,
  micro_breaks,
  sleep_and_stress,
  see_doctor,
  emergency_care,
  painkillers,  // new ones go last: declaration order breaks ties between equal scores
};

template <>
struct enum_traits<intervention> {
  static constexpr text_view type_name = "intervention";
  static constexpr text_view names[] = {"watchful_waiting",
                                        "heat",
                                        "cold",
                                        "stretching",
                                        "massage",
                                        "self_myofascial_release",
                                        "dry_needling",
                                        "electrical_stimulation",
                                        "physical_therapy",
                                        "micro_breaks",
                                        "sleep_and_stress",
                                        "see_doctor",
                                        "emergency_care",
                                        "painkillers"};
};

// How urgently to seek care, least urgent first (the levels symptom checkers use).
enum class triage : std::uint8_t {
  self_care,
  physical_therapist,
  doctor,
  doctor_today,
  emergency,
};

template <>
struct enum_traits<triage> {
  static constexpr text_view type_name = "triage";
  static constexpr text_view names[] = {"self_care", "physical_therapist", "doctor", "doctor_today",
                                        "emergency"};
};

// How strong the evidence for a claim is, strongest first: a review's certainty grade; trials or
// reviews that found an effect without grading its certainty; guideline or expert opinion; and
// practice tips that no trial has tested (knowledge.md, header).
enum class evidence_grade : std::uint8_t {
  high,
  moderate,
  low,
  very_low,
  ungraded_review,
  expert_opinion,
  practice,
};

template <>
struct enum_traits<evidence_grade> {
  static constexpr text_view type_name = "evidence_grade";
  static constexpr text_view names[] = {
      "high", "moderate", "low", "very_low", "ungraded_review", "expert_opinion", "practice"};
};

// How the pain is changing.
enum class trend : std::uint8_t {
  better,
  same,
  worse,
};

template <>
struct enum_traits<trend> {
  static constexpr text_view type_name = "trend";
  static constexpr text_view names[] = {"better", "same", "worse"};
};

// How much the knots disturb daily life or sleep.
enum class impact : std::uint8_t {
  none,
  mild,
  moderate,
  severe,
};

template <>
struct enum_traits<impact> {
  static constexpr text_view type_name = "impact";
  static constexpr text_view names[] = {"none", "mild", "moderate", "severe"};
};

// Where the person is, for the numbers a plan gives for emergency and urgent care
// (knowledge.md section 12.4). The European Union's 112 works in every member state.
enum class country : std::uint8_t {
  united_kingdom,
  ireland,
  european_union,
  united_states,
  canada,
  australia,
  new_zealand,
};

template <>
struct enum_traits<country> {
  static constexpr text_view type_name = "country";
  static constexpr text_view names[] = {"united_kingdom", "ireland", "european_union",
                                        "united_states",  "canada",  "australia",
                                        "new_zealand"};
};

// The headings and labels of a plan's reading (reading.hpp), in the words of the catalog entry
// "label.<name>", so that a translated catalog translates them with the rest.
enum class label : std::uint8_t {
  steps,           // the steps' heading: what to do
  set_aside,       // the steps left out for the person's safety
  course,          // how long it may take
  sources_differ,  // said before the course's figures when they differ
  review,          // the day to check again (its number follows)
  // The warning signs, a list for each level they call for, most urgent first, each headed by
  // what to do: "If you have any of these, call emergency services ...".
  if_physical_therapist,
  if_doctor,
  if_doctor_today,
  if_emergency,
  if_so,         // before a list's numbers in the person's country: "If so: call 999 now, ..."
  prevention,    // keeping knots away
  sources,       // where the plan comes from: the few behind what to do
  more_sources,  // the rest
  more_about,    // how each step helps and how well it works, after the main text
  how,
  where,
  use,
  could_use,
  why,
  how_it_helps,
  good_to_know,
  evidence,
  take_care,
  or_,         // before the last of a list of moments a step suits
  heard,       // what the person told us, said back
  heard_also,  // what they told us of their health, said back on a line of its own
  pain,        // "pain" 4 "out of 10"
  out_of_ten,
  for_,  // "for" 3 "days"
  day_,  // (an underscore, as for the keywords: `days` would hide knotguide::days)
  days_,
  since_today,  // for knots that began today
  from,         // what brought the knots on
  and_,         // before the last of a list of causes
};

template <>
struct enum_traits<label> {
  static constexpr text_view type_name = "label";
  static constexpr text_view names[] = {"steps",        "set_aside",
                                        "course",       "sources_differ",
                                        "review",       "if_physical_therapist",
                                        "if_doctor",    "if_doctor_today",
                                        "if_emergency", "if_so",
                                        "prevention",   "sources",
                                        "more_sources", "more_about",
                                        "how",          "where",
                                        "use",          "could_use",
                                        "why",          "how_it_helps",
                                        "good_to_know", "evidence",
                                        "take_care",    "or",
                                        "heard",        "heard_also",
                                        "pain",         "out_of_ten",
                                        "for",          "day",
                                        "days",         "since_today",
                                        "from",         "and"};
};
static_assert(enum_count<label> == static_cast<std::size_t>(label::and_) + 1, "a name per label");

// The region each muscle lies in (knowledge.md section 2, and the sources its words in the
// catalog cite).
struct muscle_region {
  muscle which;
  region lies_in;
};
template <>
struct field_traits<muscle_region> {
  static constexpr text_view type_name = "muscle_region";
  static constexpr text_view names[] = {"which", "lies_in"};
};
inline constexpr muscle_region muscle_regions[] = {
    {muscle::upper_trapezius, region::shoulder},
    {muscle::levator_scapulae, region::neck},
    {muscle::sternocleidomastoid, region::neck},
    {muscle::splenius_capitis, region::neck},
    {muscle::infraspinatus, region::upper_back},
    {muscle::supraspinatus, region::upper_back},
    {muscle::quadratus_lumborum, region::lower_back},
    {muscle::gluteus_medius, region::buttock},
    {muscle::gluteus_minimus, region::buttock},
    {muscle::gastrocnemius, region::calf},
    {muscle::soleus, region::calf},
    {muscle::middle_trapezius, region::upper_back},
    {muscle::rhomboids, region::upper_back},
    {muscle::latissimus_dorsi, region::upper_back},
    {muscle::scalenes, region::neck},
    {muscle::suboccipitals, region::neck},
    {muscle::masseter, region::jaw},
    {muscle::temporalis, region::head},
    {muscle::teres_minor, region::shoulder},
    {muscle::biceps, region::upper_arm},
    {muscle::triceps, region::upper_arm},
    {muscle::erector_spinae, region::lower_back},
    {muscle::multifidus, region::lower_back},
    {muscle::iliopsoas, region::groin},
    {muscle::piriformis, region::buttock},
    {muscle::gluteus_maximus, region::buttock},
    {muscle::hamstrings, region::thigh},
    {muscle::rectus_femoris, region::thigh},
    {muscle::vastus_medialis, region::thigh},
    {muscle::vastus_lateralis, region::thigh},
    {muscle::tibialis_posterior, region::calf},
    {muscle::pectoralis_major, region::chest},
    {muscle::serratus_anterior, region::chest},
    {muscle::wrist_extensors, region::forearm},
    {muscle::tibialis_anterior, region::shin},
};

// The region a muscle lies in; for a value that is not a muscle (see is_valid), the neck, the
// region most knots are found in. Validation refuses such values before they get here.
[[nodiscard]] constexpr region region_of(muscle m) noexcept {
  for (const muscle_region& entry : muscle_regions) {
    if (entry.which == m) {
      return entry.lies_in;
    }
  }
  return region::neck;
}

// Orderings that the enumerations' declaration order carries.
[[nodiscard]] constexpr bool more_urgent(triage a, triage b) noexcept {
  return to_underlying(a) > to_underlying(b);
}
[[nodiscard]] constexpr bool stronger(evidence_grade a, evidence_grade b) noexcept {
  return to_underlying(a) < to_underlying(b);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_VOCABULARY_HPP
