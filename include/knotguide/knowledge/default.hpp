// The default knowledge base: data only. Every entry cites sources of default_sources.hpp, and
// every sentence lives in default_texts.hpp. knotguide's tests prove it whole with
// is_whole() and show where it holds each claim of the seed articles.
#ifndef KNOTGUIDE_KNOWLEDGE_DEFAULT_HPP
#define KNOTGUIDE_KNOWLEDGE_DEFAULT_HPP

#include "../knowledge.hpp"
#include "../units.hpp"
#include "../vocabulary.hpp"
#include "default_indexes.hpp"
#include "default_sources.hpp"
#include "default_texts.hpp"

namespace knotguide::defaults {

template <class T>
[[nodiscard]] constexpr range<T> from_to(T low, T high) noexcept {
  return {low, high};
}

// Where the back-pain advice speaks: a plan names its signs to watch for only for knots there.
inline constexpr flag_set<region> back_regions{region::upper_back, region::lower_back,
                                               region::sacrum, region::buttock};
// Where the neck-pain and back-pain leaflets' advice on staying active applies.
inline constexpr flag_set<region> neck_and_back{region::neck,       region::shoulder,
                                                region::upper_back, region::lower_back,
                                                region::sacrum,     region::buttock};
// Where the neck-pain leaflets' advice applies.
inline constexpr flag_set<region> neck_and_shoulders{region::neck, region::shoulder,
                                                     region::upper_back};
// Where a needle could reach the top of a lung: the chest wall, and the neck, shoulders and upper
// back above and behind it.
inline constexpr flag_set<region> over_the_lungs{region::neck, region::shoulder, region::upper_back,
                                                 region::chest};
// Facts that mean a strain is fresh: no heat, no massage and no rolling for the first days.
inline constexpr flag_set<health_fact> fresh_injury{health_fact::fresh_strain,
                                                    health_fact::swelling};
// Causes that are an injury: within their first days, the same as a fresh strain.
inline constexpr flag_set<cause> injuries{cause::muscle_strain, cause::direct_trauma};
// New numbness or tingling: no heat or cold on the area until a clinician has looked.
inline constexpr flag_set<red_flag> new_numbness{red_flag::new_numbness_or_weakness,
                                                 red_flag::pins_and_needles_or_cold_arm};
// Signs of a clot in the leg, or one that has reached the lungs: hands off the leg until a
// doctor has checked it.
inline constexpr flag_set<red_flag> clot_signs{red_flag::leg_clot_signs, red_flag::lung_clot_signs};
// Where a clot in a deep vein of the leg is felt: usually the calf, sometimes the thigh.
inline constexpr flag_set<region> leg_regions{region::thigh, region::calf};
// The spine, from the neck to the base of the back.
inline constexpr flag_set<region> spine_regions{region::neck, region::upper_back,
                                                region::lower_back, region::sacrum};
// Where a heart attack's pain is felt: the chest, and where it may spread from there, the arms,
// jaw, neck and back (the NHS page on elbow and arm pain puts the heart first among arm pain's
// emergencies).
inline constexpr flag_set<region> heart_reach{region::chest,    region::jaw,       region::neck,
                                              region::shoulder, region::upper_arm, region::elbow,
                                              region::forearm,  region::upper_back};
// Where a clot in a deep vein of one leg would be felt beside a knot: pain and swelling in one
// leg, usually the calf or thigh, with the skin below and around it.
inline constexpr flag_set<region> one_leg{region::thigh, region::knee, region::calf, region::shin,
                                          region::ankle};
// Where new numbness or tingling is a sign to act on: the neck leaflets' arms and legs from the
// neck, and the arm itself (the NHS page on elbow and arm pain: an arm that tingles or feels
// numb, "get advice from 111 now").
inline constexpr flag_set<region> nerve_places{
    region::head,  region::neck,    region::shoulder, region::upper_back, region::upper_arm,
    region::elbow, region::forearm, region::wrist,    region::hand};
// Where a stroke's signs would be felt beside a knot's pain: the face, the head, the neck and
// the arms down to the hand (an arm that cannot be lifted and kept up, weak or numb).
inline constexpr flag_set<region> stroke_places{
    region::head,       region::face,  region::neck,    region::shoulder, region::upper_arm,
    region::upper_back, region::elbow, region::forearm, region::wrist,    region::hand};
// One place each, for the signs of a single health-service page.
inline constexpr flag_set<region> the_neck{region::neck};
inline constexpr flag_set<region> the_eye{region::eye};
inline constexpr flag_set<region> the_groin{region::groin};
// Where a fall or an injury can break a bone or tear a tendon that a knot's pain would hide: the
// hip, the leg and foot, the arm and the hand (the NHS, nidirect and NHS Wales pages on hip,
// heel, hand and ankle pain; Portsmouth's page on sprains and strains; Chelsea and
// Westminster's on shoulder pain: A&E for a suspected broken bone).
inline constexpr flag_set<region> breakable{
    region::hip,   region::thigh, region::knee,     region::calf,  region::shin,
    region::ankle, region::foot,  region::heel,     region::elbow, region::forearm,
    region::wrist, region::hand,  region::upper_arm};
// Where temporal arteritis is felt: headaches at the temples, the jaw, the sight.
inline constexpr flag_set<region> temples_and_jaw{region::head, region::eye, region::jaw};
// Where the NHS shoulder-pain page's advice applies.
inline constexpr flag_set<region> shoulder_and_arm{region::shoulder, region::upper_arm};
// Where low back pain guidance (NICE NG59, the NHS back-pain pages) speaks of painkillers.
inline constexpr flag_set<region> low_back{region::lower_back, region::sacrum};
// Health facts for which the sources say not to take ibuprofen, as tablets or gel, without a
// doctor's word.
inline constexpr flag_set<health_fact> no_ibuprofen{health_fact::pregnancy,
                                                    health_fact::reaction_to_anti_inflammatories,
                                                    health_fact::blood_thinners};
// Health facts for which the sources say to ask a pharmacist or doctor before ibuprofen (an older
// NHS page put a past stomach ulcer among the "do not"s: the more cautious reading wins, and a
// plan never suggests ibuprofen to any of them).
inline constexpr flag_set<health_fact> ask_before_ibuprofen{
    health_fact::asthma,
    health_fact::stomach_ulcer,
    health_fact::kidney_problem,
    health_fact::liver_problem,
    health_fact::heart_or_circulation_problem,
    health_fact::high_blood_pressure,
    health_fact::bleeding_disorder,
    health_fact::aged_65_or_over};
// Where on the body each step can be done. Anywhere: advice, appointments and medicines.
inline constexpr flag_set<region> anywhere = flag_set<region>::all();
// Everywhere but around the eye, where no source offers heat, cold or hands-on care.
inline constexpr flag_set<region> not_the_eye = anywhere - flag_set<region>{region::eye};
// Stretching: the muscles of the neck, trunk and limbs that stretches work on; pain felt in the
// head, face, joints, hands, feet or groin is served on the muscles that send it there.
inline constexpr flag_set<region> stretch_places{
    region::neck,       region::shoulder, region::upper_arm, region::upper_back,
    region::lower_back, region::buttock,  region::hip,       region::thigh,
    region::calf,       region::chest,    region::forearm,   region::shin};
// Painkilling gel is rubbed on the sore area: not where that is the head, the face or the eye.
inline constexpr flag_set<region> no_gel_places{region::head, region::eye, region::face};
// A TENS machine's pads: not near the eyes, nor through the head or on the face and jaw (NHS
// leaflets and the machines' makers), nor, as its caution says, the front of the neck or the
// chest.
inline constexpr flag_set<region> tens_places =
    anywhere -
    flag_set<region>{region::head, region::eye, region::face, region::jaw, region::chest};
// Rolling: on the muscles where sources say people roll (the calves, thighs, buttocks and upper
// back, the shoulder's upper trapezius among them), never over the neck, the lower spine, joints,
// bony points or the belly.
inline constexpr flag_set<region> roll_places{region::shoulder, region::upper_back, region::buttock,
                                              region::thigh, region::calf};

inline constexpr intervention_profile interventions[] = {
    {.which = intervention::watchful_waiting,
     .mechanism = "waiting.mechanism",
     .does = {benefit::resolves_knot},
     .suits = {moment::any_time},
     .delivered_by = {provider::self},
     .fits = anywhere,
     .grade = evidence_grade::expert_opinion,
     .sources = "s1 sp1 nhsb hse"},

    {.which = intervention::heat,
     .mechanism = "heat.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::any_time, moment::before_exercise},
     .delivered_by = {provider::self},
     .equipment = {equipment::heating_pad, equipment::hot_water_bottle,
                   equipment::warm_bath_or_shower},
     .fits = not_the_eye,
     .grade = evidence_grade::low,
     .evidence = "heat.trial",
     .sources = "petro s0 mayo cct"},

    {.which = intervention::cold,
     .mechanism = "cold.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::any_time},
     .delivered_by = {provider::self},
     .equipment = {equipment::ice_pack, equipment::frozen_peas},
     .fits = not_the_eye,
     .grade = evidence_grade::expert_opinion,
     .evidence = "heat_cold.studies",
     .sources = "s0 cct mpa"},

    {.which = intervention::stretching,
     .mechanism = "stretch.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::after_exercise, moment::before_bed, moment::at_desk},
     .delivered_by = {provider::self, provider::physical_therapist},
     .fits = stretch_places,
     .grade = evidence_grade::low,
     .evidence = "stretch.evidence",
     .sources = "s0 s1 exma mans wilke"},

    {.which = intervention::massage,
     .mechanism = "massage.mechanism",
     .does = {benefit::eases_symptoms},
     .relief_lasts = from_to(days{1}, days{2}),
     .suits = {moment::any_time},
     .delivered_by = {provider::massage_therapist, provider::physical_therapist},
     .fits = not_the_eye,
     .grade = evidence_grade::ungraded_review,
     .evidence = "massage.evidence",
     .sources = "s0 s1 icma icneck vs den"},

    {.which = intervention::self_myofascial_release,
     .mechanism = "smr.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::any_time, moment::after_exercise},
     .delivered_by = {provider::self},
     .equipment = {equipment::foam_roller, equipment::lacrosse_ball, equipment::hard_ball,
                   equipment::pvc_pipe},
     .fits = roll_places,
     .grade = evidence_grade::low,
     .evidence = "smr.evidence",
     .sources = "s0 s1 smr fr2 harv-roll"},

    {.which = intervention::dry_needling,
     .mechanism = "dn.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::any_time},
     .delivered_by = {provider::physical_therapist, provider::doctor},
     .fits = not_the_eye,
     .grade = evidence_grade::ungraded_review,
     .evidence = "dn.evidence",
     .sources = "s1 cct dn1 dn2"},

    {.which = intervention::electrical_stimulation,
     .mechanism = "tens.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::any_time},
     .delivered_by = {provider::physical_therapist, provider::self},
     .equipment = {equipment::tens_unit},
     .fits = tens_places,
     .grade = evidence_grade::low,
     .evidence = "tens.adjunct",
     .sources = "s1 tens tensl"},

    {.which = intervention::physical_therapy,
     .mechanism = "pt.mechanism",
     .does = {benefit::eases_symptoms, benefit::prevents},
     .suits = {moment::any_time},
     .delivered_by = {provider::physical_therapist},
     .fits = anywhere,
     .grade = evidence_grade::ungraded_review,
     .evidence = "pt.evidence",
     .sources = "s0 cct mayo exma bron"},

    {.which = intervention::micro_breaks,
     .mechanism = "breaks.mechanism",
     .does = {benefit::eases_symptoms, benefit::prevents},
     .suits = {moment::at_desk},
     .delivered_by = {provider::self},
     .fits = anywhere,
     .grade = evidence_grade::moderate,
     .evidence = "breaks.evidence",
     .sources = "waon coch hse s1"},

    {.which = intervention::sleep_and_stress,
     .mechanism = "sleep.mechanism",
     .does = {benefit::eases_symptoms, benefit::prevents},
     .suits = {moment::any_time, moment::before_bed},
     .delivered_by = {provider::self},
     .fits = anywhere,
     .grade = evidence_grade::expert_opinion,
     .sources = "slp mayo cct cch"},

    {.which = intervention::see_doctor,
     .mechanism = "doctor.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::any_time},
     .delivered_by = {provider::doctor},
     .fits = anywhere,
     .grade = evidence_grade::expert_opinion,
     .sources = "afp cct mayo ccl fel"},

    {.which = intervention::emergency_care,
     .mechanism = "emergency.mechanism",
     .suits = {moment::any_time},
     .delivered_by = {provider::emergency_services},
     .fits = anywhere,
     .grade = evidence_grade::expert_opinion,
     .sources = "nhsb kch gpo fast fel"},

    // Painkillers: what each source advises for the place, never an amount: the leaflet and the
    // pharmacist give that (knowledge.md section 12.2).
    {.which = intervention::painkillers,
     .mechanism = "painkillers.mechanism",
     .does = {benefit::eases_symptoms},
     .suits = {moment::any_time},
     .delivered_by = {provider::self},
     .fits = anywhere,
     .grade = evidence_grade::expert_opinion,
     .sources = "hse nhs-sh nhsb ng59 mayo"},
};

// Exercises done lying on the floor: any moment but the desk's.
inline constexpr flag_set<moment> not_at_the_desk =
    flag_set<moment>::all() - flag_set<moment>{moment::at_desk};

// Doses, each for one intervention as one source gives it; a step shows the one that fits the
// person best, ties in this order.
inline constexpr dose_entry doses[] = {
    {.which = intervention::watchful_waiting,
     .dose = {.keep_up = from_to(days{7}, days{14}), .text = "waiting.dose.seed", .sources = "s1"}},
    {.which = intervention::watchful_waiting,
     .dose = {.keep_up = from_to(days{7}, days{14}),
              .text = "waiting.dose",
              .sources = "s1 nhsb hse",
              .regions = neck_and_back}},
    {.which = intervention::watchful_waiting,
     .dose = {.within = from_to(hours{48}, hours{72}),
              .text = "waiting.dose.fresh",
              .sources = "nhss"}},
    {.which = intervention::heat,
     .dose = {.session = from_to(minutes{20}, minutes{20}),
              .sessions_per_day = {2, 3},
              .text = "heat.dose.hse",
              .sources = "hse",
              .regions = neck_and_shoulders}},
    {.which = intervention::heat,
     .dose = {.session = from_to(minutes{15}, minutes{20}),
              .text = "heat.dose.ced",
              .sources = "ced"}},
    {.which = intervention::heat,
     .dose = {.session = from_to(minutes{0}, minutes{20}),
              .text = "heat.dose.bay",
              .sources = "bay"}},
    {.which = intervention::heat,
     .dose = {.session = from_to(minutes{15}, minutes{20}),
              .sessions_per_day = {2, 2},
              .text = "heat.dose.jaw",
              .sources = "nhs-tmd",
              .regions = {region::jaw}}},
    {.which = intervention::cold,
     .dose = {.session = from_to(minutes{5}, minutes{5}),
              .sessions_per_day = {3, 3},
              .text = "cold.dose.hse",
              .sources = "hse",
              .regions = neck_and_shoulders}},
    {.which = intervention::cold,
     .dose = {.session = from_to(minutes{15}, minutes{20}),
              .between_sessions = from_to(hours{2}, hours{3}),
              .within = from_to(hours{48}, hours{72}),
              .text = "cold.dose.mpa",
              .sources = "mpa"}},
    {.which = intervention::cold,
     .dose = {.session = from_to(minutes{5}, minutes{5}),
              .between_sessions = from_to(hours{4}, hours{0}),
              .text = "cold.dose.bpl",
              .sources = "bpl"}},
    {.which = intervention::cold,
     .dose = {.session = from_to(minutes{0}, minutes{5}),
              .text = "cold.dose.jaw",
              .sources = "nhs-tmd",
              .regions = {region::jaw}}},
    {.which = intervention::stretching,
     .dose = {.hold = from_to(seconds{10}, seconds{30}),
              .days_per_week = {2, 7},
              .text = "stretch.dose.acsm",
              .sources = "acsm harv"}},
    {.which = intervention::stretching,
     .dose = {.hold = from_to(seconds{30}, seconds{30}),
              .text = "stretch.dose.mans",
              .sources = "mans",
              .kind = dose_kind::trial_protocol}},
    {.which = intervention::stretching,
     .dose = {.text = "stretch.desk", .sources = "s1", .suits = {moment::at_desk}}},
    // Exercises for the place, as exercise sheets for a lay person give them (research/
    // knowledge.md 12.6: three health services' and, for the neck, where none was found, a
    // charity's; the upper back, buttock and thigh from two more NHS trusts' sheets, the forearm
    // from the charity's tennis-elbow leaflet, none of the services' sheets found giving a dose):
    // a knot there gets its place's sheet over the general dose.
    {.which = intervention::stretching,
     .dose = {.sessions_per_day = {3, 3},
              .hold = from_to(seconds{2}, seconds{2}),
              .repetitions = {5, 5},
              .text = "stretch.dose.low_back",
              .sources = "nhsi-backex",
              .suits = not_at_the_desk,
              .regions = {region::lower_back, region::sacrum}}},
    {.which = intervention::stretching,
     .dose = {.sessions_per_day = {3, 3},
              .hold = from_to(seconds{30}, seconds{30}),
              .repetitions = {3, 3},
              .text = "stretch.dose.calf",
              .sources = "mbg-calf",
              .regions = {region::calf}}},
    {.which = intervention::stretching,
     .dose = {.sessions_per_day = {2, 3},
              .text = "stretch.dose.shoulder",
              .sources = "dyn-sh",
              .regions = {region::shoulder}}},
    {.which = intervention::stretching,
     .dose = {.hold = from_to(seconds{5}, seconds{5}),
              .repetitions = {5, 5},
              .keep_up = from_to(days{42}, days{56}),
              .text = "stretch.dose.neck",
              .sources = "va-neck",
              .regions = {region::neck}}},
    // The upper back's sheet is a check for the working day, sitting: at the desk it is the
    // desk's stretch for that place, and it is not given for after exercise or before bed.
    {.which = intervention::stretching,
     .dose = {.hold = from_to(seconds{10}, seconds{10}),
              .text = "stretch.dose.upper_back",
              .sources = "ncl-oh",
              .suits = {moment::at_desk, moment::any_time},
              .regions = {region::upper_back}}},
    {.which = intervention::stretching,
     .dose = {.hold = from_to(seconds{10}, seconds{15}),
              .text = "stretch.dose.buttock",
              .sources = "kmpt-str",
              .suits = not_at_the_desk,
              .regions = {region::buttock}}},
    {.which = intervention::stretching,
     .dose = {.hold = from_to(seconds{10}, seconds{15}),
              .text = "stretch.dose.thigh",
              .sources = "kmpt-str",
              .suits = not_at_the_desk,
              .regions = {region::thigh}}},
    {.which = intervention::stretching,
     .dose = {.hold = from_to(seconds{15}, seconds{30}),
              .repetitions = {3, 3},
              .text = "stretch.dose.forearm",
              .sources = "va-tennis",
              .regions = {region::forearm, region::elbow}}},
    {.which = intervention::massage,
     .dose = {.hold = from_to(seconds{60}, seconds{60}),
              .days_per_week = {1, 1},
              .keep_up = from_to(days{28}, days{28}),
              .text = "massage.dose.icma",
              .sources = "icma",
              .kind = dose_kind::trial_protocol}},
    {.which = intervention::massage,
     .dose = {.hold = from_to(seconds{90}, seconds{90}),
              .text = "massage.dose.nct",
              .sources = "nct",
              .kind = dose_kind::trial_protocol}},
    {.which = intervention::self_myofascial_release,
     .dose = {.text = "smr.dose.seed", .sources = "s1"}},
    {.which = intervention::self_myofascial_release,
     .dose = {.hold = from_to(seconds{30}, seconds{120}),
              .repetitions = {1, 3},
              .rest = from_to(seconds{30}, seconds{30}),
              .text = "smr.dose.frp",
              .sources = "frp"}},
    {.which = intervention::electrical_stimulation,
     .dose = {.session = from_to(minutes{40}, minutes{0}),
              .sessions_per_day = {3, 4},
              .text = "tens.dose",
              .sources = "tensl"}},
    {.which = intervention::physical_therapy, .dose = {.text = "pt.dose", .sources = "cct"}},
    {.which = intervention::micro_breaks,
     .dose = {.text = "breaks.dose.hse", .sources = "hse", .regions = neck_and_shoulders}},
    {.which = intervention::micro_breaks,
     .dose = {.text = "breaks.dose.active", .sources = "waon"}},
    {.which = intervention::micro_breaks,
     .dose = {.text = "breaks.dose.glutes", .sources = "nam-gmin", .regions = {region::buttock}}},
    {.which = intervention::sleep_and_stress,
     .dose = {.text = "sleep.dose", .sources = "hse", .regions = neck_and_shoulders}},
    {.which = intervention::sleep_and_stress,
     .dose = {.text = "sleep.relax", .sources = "mayo cct"}},
    // Gel "on the sore area" only where no sore area is the head, the face or around the eye:
    // there, tablets. (The place's own dose comes first: of two that fit as well, the first is
    // chosen, so a knot in the face beside one in the neck or back gets no gel.)
    {.which = intervention::painkillers,
     .dose = {.text = "painkillers.dose.tablets",
              .sources = "hse nhs-para nhs-ibu-how",
              .regions = no_gel_places,
              .not_for = no_ibuprofen | ask_before_ibuprofen}},
    {.which = intervention::painkillers,
     .dose = {.text = "painkillers.dose.back",
              .sources = "nhsb ng59 backcare",
              .regions = low_back,
              .not_for = no_ibuprofen | ask_before_ibuprofen}},
    {.which = intervention::painkillers,
     .dose = {.text = "painkillers.dose",
              .sources = "hse nhs-sh nhs-para nhs-ibu-how",
              .not_for = no_ibuprofen | ask_before_ibuprofen}},
    {.which = intervention::painkillers,
     .dose = {.text = "painkillers.dose.ask", .sources = "nhs-sh nhs-para"}},
    {.which = intervention::painkillers,
     .dose = {.within = from_to(hours{48}, hours{72}),
              .text = "painkillers.dose.fresh",
              .sources = "nca-sti nca-br pcc-sprains"}}};

// Precautions, each for one intervention: a contraindication leaves the step out, a caution
// travels with it.
inline constexpr precaution precautions[] = {
    // The neck pages' own advice while it settles: keep the neck moving (section 13).
    {.which = intervention::watchful_waiting,
     .kind = precaution_kind::caution,
     .when = {.regions = the_neck},
     .text = "neck.no_collar",
     .sources = "hse"},
    {.which = intervention::heat,
     .kind = precaution_kind::contraindication,
     .when = {.red_flags = clot_signs},
     .text = "clot.hands_off",
     .sources = "nhsi-dvt gpo-calf frd"},
    {.which = intervention::heat,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::swelling, health_fact::skin_hot_to_touch}},
     .text = "heat.no_swelling",
     .sources = "ced hw nhss"},
    {.which = intervention::heat,
     .kind = precaution_kind::contraindication,
     .when = {.acute_phase = true},
     .text = "heat.no_fresh_injury",
     .sources = "hw nhss mpa"},
    {.which = intervention::heat,
     .kind = precaution_kind::contraindication,
     .when = {.moments = {moment::before_bed}},
     .text = "heat.not_at_bedtime",
     .sources = "ced"},
    {.which = intervention::heat,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::diabetes, health_fact::reduced_skin_sensation}},
     .text = "heat.numb_skin",
     .sources = "hw"},
    {.which = intervention::heat,
     .kind = precaution_kind::contraindication,
     .when = {.red_flags = new_numbness},
     .text = "heat.numb_skin",
     .sources = "hw"},
    {.which = intervention::heat,
     .kind = precaution_kind::caution,
     .text = "heat.warm_not_hot",
     .sources = "hw bay"},
    {.which = intervention::heat,
     .kind = precaution_kind::caution,
     .text = "heat.stop_if_swelling",
     .sources = "hw bay"},
    {.which = intervention::cold,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::diabetes, health_fact::reduced_skin_sensation}},
     .text = "cold.numb_skin",
     .sources = "wsp mbg"},
    {.which = intervention::cold,
     .kind = precaution_kind::contraindication,
     .when = {.red_flags = new_numbness},
     .text = "cold.numb_skin",
     .sources = "wsp mbg"},
    {.which = intervention::cold,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::heart_or_circulation_problem}},
     .text = "cold.circulation",
     .sources = "bpl"},
    {.which = intervention::cold,
     .kind = precaution_kind::caution,
     .text = "cold.not_on_skin",
     .sources = "bpl nhsb-r hse"},
    {.which = intervention::cold,
     .kind = precaution_kind::caution,
     .text = "cold.max_20",
     .sources = "wsp",
     .longest_session = minutes{20}},
    {.which = intervention::cold,
     .kind = precaution_kind::caution,
     .text = "cold.stop_if_pain",
     .sources = "bpl"},
    {.which = intervention::stretching,
     .kind = precaution_kind::contraindication,
     .when = {.red_flags = clot_signs},
     .text = "clot.hands_off",
     .sources = "nhsi-dvt gpo-calf frd"},
    {.which = intervention::stretching,
     .kind = precaution_kind::contraindication,
     .when = {.acute_phase = true},
     .text = "fresh.rest",
     .sources = "nhss"},
    {.which = intervention::stretching,
     .kind = precaution_kind::caution,
     .text = "stretch.if_worse",
     .sources = "nhsb-r"},
    {.which = intervention::massage,
     .kind = precaution_kind::contraindication,
     .when = {.red_flags = clot_signs},
     .text = "clot.hands_off",
     .sources = "nhsi-dvt gpo-calf frd"},
    {.which = intervention::massage,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::open_wound, health_fact::fracture}},
     .text = "precaution.wounds_fractures",
     .sources = "frd"},
    {.which = intervention::massage,
     .kind = precaution_kind::contraindication,
     .when = {.acute_phase = true},
     .text = "fresh.no_massage",
     .sources = "nhss"},
    {.which = intervention::massage,
     .kind = precaution_kind::caution,
     .when = {.health = {health_fact::blood_thinners, health_fact::bleeding_disorder}},
     .text = "massage.blood_thinners",
     .sources = "nccih-mas"},
    // NICE NG59, rec 1.2.7: manual therapy only within a package that includes exercise.
    {.which = intervention::massage,
     .kind = precaution_kind::caution,
     .when = {.regions = low_back},
     .text = "massage.low_back",
     .sources = "ng59-news ng59-fht"},
    {.which = intervention::self_myofascial_release,
     .kind = precaution_kind::contraindication,
     .when = {.red_flags = clot_signs},
     .text = "clot.hands_off",
     .sources = "nhsi-dvt gpo-calf frd"},
    {.which = intervention::self_myofascial_release,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::open_wound, health_fact::fracture}},
     .text = "precaution.wounds_fractures",
     .sources = "frd"},
    {.which = intervention::self_myofascial_release,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::deep_vein_thrombosis}},
     .text = "smr.dvt",
     .sources = "frd"},
    {.which = intervention::self_myofascial_release,
     .kind = precaution_kind::contraindication,
     .when = {.acute_phase = true},
     .text = "fresh.no_rolling",
     .sources = "nhss frd"},
    {.which = intervention::self_myofascial_release,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::osteoporosis}},
     .text = "smr.osteoporosis",
     .sources = "fit"},
    {.which = intervention::self_myofascial_release,
     .kind = precaution_kind::caution,
     .when = {.health = {health_fact::blood_thinners, health_fact::bleeding_disorder}},
     .text = "smr.blood_thinners",
     .sources = "nccih-mas"},
    {.which = intervention::self_myofascial_release,
     .kind = precaution_kind::caution,
     .text = "smr.where",
     .sources = "fit"},
    {.which = intervention::dry_needling,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::bleeding_disorder, health_fact::blood_thinners}},
     .text = "dn.bleeding",
     .sources = "dnae dnci"},
    {.which = intervention::dry_needling,
     .kind = precaution_kind::caution,
     .when = {.health = {health_fact::pregnancy}},
     .text = "dn.pregnancy",
     .sources = "mcd"},
    {.which = intervention::dry_needling,
     .kind = precaution_kind::caution,
     .text = "dn.side_effects",
     .sources = "dnae"},
    {.which = intervention::dry_needling,
     .kind = precaution_kind::caution,
     .when = {.regions = over_the_lungs},
     .text = "dn.chest",
     .sources = "pnx"},
    {.which = intervention::electrical_stimulation,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::pacemaker, health_fact::epilepsy, health_fact::pregnancy}},
     .text = "tens.contraindications",
     .sources = "tensl"},
    {.which = intervention::electrical_stimulation,
     .kind = precaution_kind::contraindication,
     .when = {.health = {health_fact::reduced_skin_sensation}},
     .text = "tens.skin",
     .sources = "nbt"},
    {.which = intervention::electrical_stimulation,
     .kind = precaution_kind::caution,
     .text = "tens.pads",
     .sources = "tensl"},
    {.which = intervention::electrical_stimulation,
     .kind = precaution_kind::caution,
     .text = "tens.adjunct",
     .sources = "tens"},
    // Told to leave the leg alone until seen; the steps that would touch it are excluded.
    {.which = intervention::see_doctor,
     .kind = precaution_kind::caution,
     .when = {.red_flags = clot_signs},
     .text = "clot.hands_off",
     .sources = "nhsi-dvt gpo-calf frd"},
    // Told to leave the leg alone until seen; the steps that would touch it are excluded. How to
    // get there, where the sources say: for a stroke or a heart attack, call at once; for a
    // clot that may have reached the lungs, an ambulance, not driving yourself.
    {.which = intervention::emergency_care,
     .kind = precaution_kind::caution,
     .when = {.red_flags = clot_signs},
     .text = "clot.hands_off",
     .sources = "nhsi-dvt gpo-calf frd"},
    {.which = intervention::emergency_care,
     .kind = precaution_kind::caution,
     .when = {.red_flags = {red_flag::stroke_signs, red_flag::chest_pain}},
     .text = "emergency.call_at_once",
     .sources = "fast nhs-ha"},
    {.which = intervention::emergency_care,
     .kind = precaution_kind::caution,
     .when = {.red_flags = {red_flag::lung_clot_signs}},
     .text = "emergency.ambulance",
     .sources = "nhsi-dvt glos-dvt"},
    {.which = intervention::painkillers,
     .kind = precaution_kind::caution,
     .when = {.health = {health_fact::pregnancy, health_fact::reaction_to_anti_inflammatories}},
     .text = "painkillers.no_ibuprofen",
     .sources = "nhs-ibu nhs-para"},
    {.which = intervention::painkillers,
     .kind = precaution_kind::caution,
     .when = {.health = {health_fact::blood_thinners}},
     .text = "painkillers.blood_thinners",
     .sources = "nhs-chq858 ply-dvt pi-apix"},
    {.which = intervention::painkillers,
     .kind = precaution_kind::caution,
     .when = {.health = ask_before_ibuprofen},
     .text = "painkillers.ask_first",
     .sources = "nhs-ibu nhs-nsaid"},
    {.which = intervention::painkillers,
     .kind = precaution_kind::caution,
     .when = {.health = {health_fact::kidney_problem, health_fact::liver_problem}},
     .text = "painkillers.paracetamol_check",
     .sources = "nhs-para"},
    {.which = intervention::painkillers,
     .kind = precaution_kind::caution,
     .text = "painkillers.leaflet",
     .sources = "nhs-para nhs-ibu-how"},
    {.which = intervention::painkillers,
     .kind = precaution_kind::caution,
     .text = "painkillers.not_helping",
     .sources = "hse"}};

// More a person may want to know about a step, in the order a plan in words says it.
inline constexpr note_entry notes[] = {
    {.which = intervention::watchful_waiting, .text = "knots.help"},
    {.which = intervention::heat, .text = "heat_cold.gerber"},
    {.which = intervention::cold, .text = "heat_cold.gerber"},
    {.which = intervention::cold, .text = "cold.preferred"},
    {.which = intervention::stretching, .text = "stretch.timing"},
    {.which = intervention::stretching, .text = "stretch.at_home"},
    {.which = intervention::stretching, .text = "stretch.numbing_spray"},
    {.which = intervention::massage, .text = "massage.relieves"},
    {.which = intervention::massage, .text = "massage.short_lived"},
    {.which = intervention::massage, .text = "pro.aims"},
    {.which = intervention::dry_needling, .text = "pro.aims"},
    {.which = intervention::dry_needling, .text = "knots.blood_flow"},
    {.which = intervention::electrical_stimulation, .text = "pro.aims"},
    {.which = intervention::physical_therapy, .text = "pt.early"},
    {.which = intervention::physical_therapy, .text = "cold.spray_and_stretch"}};

inline constexpr rule rules[] = {
    // How far the knots reach into a person's life, and how bad the pain is (the NHS's "see a
    // GP if" list; the seeds' quality of life; the Devon pathway: moderate or severe to physio).
    {.id = "pt.daily-life",
     .target = intervention::physical_therapy,
     .when = {.daily_impact = {impact::moderate}},
     .effect = rule_effect::escalate,
     .level = triage::physical_therapist,
     .text = "rule.pt.daily_life",
     .sources = "s0 dev"},
    {.id = "doctor.daily-life",
     .target = intervention::see_doctor,
     .when = {.daily_impact = {impact::severe}},
     .effect = rule_effect::escalate,
     .level = triage::doctor,
     .text = "rule.doctor.daily_life",
     .sources = "nhsb"},
    {.id = "pt.sleep",
     .target = intervention::physical_therapy,
     .when = {.sleep_impact = {impact::moderate}},
     .effect = rule_effect::escalate,
     .level = triage::physical_therapist,
     .text = "rule.pt.sleep",
     .sources = "s0"},
    {.id = "doctor.sleep",
     .target = intervention::see_doctor,
     .when = {.sleep_impact = {impact::severe}},
     .effect = rule_effect::escalate,
     .level = triage::doctor_today,
     .text = "rule.doctor.sleep",
     .sources = "nhsb"},
    {.id = "doctor.severe-pain",
     .target = intervention::see_doctor,
     .when = {.pain_at_least = pain_score{7}},
     .effect = rule_effect::escalate,
     .level = triage::doctor,
     .text = "rule.doctor.severe_pain",
     .sources = "nhsb"},
    {.id = "doctor.worsening",
     .target = intervention::see_doctor,
     .when = {.trends = {trend::worse}},
     .effect = rule_effect::escalate,
     .level = triage::doctor,
     .text = "rule.doctor.worsening",
     .sources = "nhsb mayo"},
    // Pain in the chest that is not one of the heart's emergency signs: the HSE's chest-pain page
    // still says to talk to a GP about chest pain that comes and goes, or that goes away but
    // worries you. A knot in a chest muscle is chest pain, so its plan says so.
    {.id = "chest.see-gp",
     .target = intervention::see_doctor,
     .when = {.regions = {region::chest}},
     .effect = rule_effect::escalate,
     .level = triage::doctor,
     .text = "rule.chest.gp",
     .sources = "hse-cp"},
    // The NHS shoulder-pain page's own tier: sudden or very bad pain, pain after an injury or a
    // fall, and a shoulder that is badly swollen or hot to touch need a GP appointment today or
    // NHS 111, where very bad back pain is a routine appointment. The more urgent wins where a
    // knot is in the shoulder or upper arm.
    {.id = "shoulder.very-bad-pain",
     .target = intervention::see_doctor,
     .when = {.regions = shoulder_and_arm, .pain_at_least = pain_score{7}},
     .effect = rule_effect::escalate,
     .level = triage::doctor_today,
     .text = "rule.shoulder.very_bad_pain",
     .sources = "nhs-sh"},
    {.id = "shoulder.after-injury",
     .target = intervention::see_doctor,
     .when = {.regions = shoulder_and_arm, .causes = {cause::direct_trauma}},
     .effect = rule_effect::escalate,
     .level = triage::doctor_today,
     .text = "rule.shoulder.after_injury",
     .sources = "nhs-sh"},
    {.id = "shoulder.hot-or-swollen",
     .target = intervention::see_doctor,
     .when = {.regions = shoulder_and_arm,
              .health = {health_fact::swelling, health_fact::skin_hot_to_touch}},
     .effect = rule_effect::escalate,
     .level = triage::doctor_today,
     .text = "rule.shoulder.hot_or_swollen",
     .sources = "nhs-sh"},
    {.id = "doctor.chronic",
     .target = intervention::see_doctor,
     .when = {.lasted_at_least = days{180}},
     .effect = rule_effect::escalate,
     .level = triage::doctor,
     .text = "rule.doctor.chronic",
     .sources = "sp1 vitd"},
    {.id = "serious-pain.massage",
     .target = intervention::massage,
     .when = {.pain_at_least = pain_score{7}},
     .effect = rule_effect::raise,
     .amount = 4,
     .text = "rule.serious_pain.massage",
     .sources = "s1"},
    {.id = "serious-pain.dry-needling",
     .target = intervention::dry_needling,
     .when = {.pain_at_least = pain_score{7}},
     .effect = rule_effect::raise,
     .amount = 4,
     .text = "rule.serious_pain.needling",
     .sources = "s1"},
    {.id = "serious-pain.electrical-stimulation",
     .target = intervention::electrical_stimulation,
     .when = {.pain_at_least = pain_score{7}},
     .effect = rule_effect::raise,
     .amount = 4,
     .text = "rule.serious_pain.tens",
     .sources = "s1"},
    // NICE NG59 for low back pain, where it differs from the seed's rules above: no
    // electrotherapy such as TENS, and no acupuncture; dry needling, with the same fine
    // needles, is not among what it recommends (docs/triage.md).
    {.id = "ng59.no-electrotherapy",
     .target = intervention::electrical_stimulation,
     .when = {.regions = low_back},
     .effect = rule_effect::exclude,
     .text = "rule.low_back.no_tens",
     .sources = "ng59-ifp ng59-bmj"},
    {.id = "ng59.no-needling",
     .target = intervention::dry_needling,
     .when = {.regions = low_back},
     .effect = rule_effect::exclude,
     .text = "rule.low_back.no_needling",
     .sources = "ng59-ifp ng59-news cct"},
    {.id = "cold.acute",
     .target = intervention::cold,
     .when = {.acute_phase = true},
     .effect = rule_effect::raise,
     .amount = 3,
     .text = "rule.cold.acute",
     .sources = "mpa nhss hw"},
    {.id = "stretch.after-exercise",
     .target = intervention::stretching,
     .when = {.moments = {moment::after_exercise}},
     .effect = rule_effect::raise,
     .amount = 2,
     .text = "rule.stretch.after_exercise",
     .sources = "s0"},
    {.id = "stretch.before-bed",
     .target = intervention::stretching,
     .when = {.moments = {moment::before_bed}},
     .effect = rule_effect::raise,
     .amount = 2,
     .text = "rule.stretch.before_bed",
     .sources = "s0"},
    // Breaks and sleep start from nothing (policy::base): these rules are what calls for them.
    {.id = "breaks.posture",
     .target = intervention::micro_breaks,
     .when = {.causes = {cause::hunched_sitting, cause::held_posture}},
     .effect = rule_effect::raise,
     .amount = 2,
     .text = "rule.breaks.posture",
     .sources = "s1 waon hse"},
    {.id = "breaks.at-desk",
     .target = intervention::micro_breaks,
     .when = {.moments = {moment::at_desk}},
     .effect = rule_effect::raise,
     .amount = 3,
     .text = "rule.breaks.desk",
     .sources = "s1 waon"},
    {.id = "sleep.causes",
     .target = intervention::sleep_and_stress,
     .when = {.causes = {cause::poor_sleep, cause::stress}},
     .effect = rule_effect::raise,
     .amount = 3,
     .text = "rule.sleep.causes",
     .sources = "slp mayo cch"},
    {.id = "sleep.impact",
     .target = intervention::sleep_and_stress,
     .when = {.sleep_impact = {impact::moderate, impact::severe}},
     .effect = rule_effect::raise,
     .amount = 3,
     .text = "rule.sleep.causes",
     .sources = "slp mayo cch"},
    {.id = "heat.stiffness",
     .target = intervention::heat,
     .when = {.symptoms = {symptom::stiffness}},
     .effect = rule_effect::raise,
     .amount = 1,
     .text = "rule.heat.stiffness",
     .sources = "nhsb-r"},
    {.id = "heat.before-exercise",
     .target = intervention::heat,
     .when = {.moments = {moment::before_exercise}},
     .effect = rule_effect::raise,
     .amount = 1,
     .text = "rule.heat.before_exercise",
     .sources = "ced"},
};

inline constexpr red_flag_entry red_flags[] = {
    // Emergency: call emergency services or go to an emergency department now.
    {red_flag::leg_symptoms_both_sides, triage::emergency, "flag.leg_symptoms_both_sides", "nhsb",
     back_regions},
    {red_flag::saddle_numbness, triage::emergency, "flag.saddle_numbness", "nhsb", back_regions},
    {red_flag::bladder_or_bowel_change, triage::emergency, "flag.bladder_or_bowel_change", "nhsb",
     back_regions},
    // A heart attack's pain can spread to the arms, jaw, neck or back: watched where it spreads.
    {red_flag::chest_pain, triage::emergency, "flag.chest_pain", "nhsb kch nhs-ha hse-cp nhs-arm",
     heart_reach},
    {red_flag::serious_accident, triage::emergency, "flag.serious_accident", "nhsb"},
    {red_flag::severe_headache_fever_or_rash, triage::emergency,
     "flag.severe_headache_fever_or_rash", "gpo", the_neck},
    {red_flag::stroke_signs, triage::emergency, "flag.stroke_signs", "fast", stroke_places},
    // Speech or swallowing changes, double vision and dizziness: "see your doctor" in the neck
    // leaflet, but possible signs of a stroke, an emergency; the more urgent wins.
    {red_flag::vision_speech_or_swallowing_change, triage::emergency,
     "flag.vision_speech_or_swallowing_change", "mpft cks fast"},
    // A broken hip after a fall: "call 999" (NHS); a broken bone or torn tendon at the heel or
    // foot: "go to a minor injuries unit or A&E" (NHS, nidirect); in the hand, wrist or fingers:
    // "go to an emergency department" (nidirect); at the ankle: an emergency department or minor
    // injuries unit (NHS Wales); a crack heard, a changed shape, or a numb, discoloured or cold
    // injury: "call 999" (Portsmouth's health pages). The more urgent wins: an emergency.
    {red_flag::broken_bone_signs, triage::emergency, "flag.broken_bone_signs",
     "nhs-hipfx nhs-heel nid-heel nid-hand abuhb-ankle pcc-sprains cw-sh", breakable},
    // Eye pain that starts suddenly, or a red eye with a change in sight: "call 999 or go to A&E".
    {red_flag::eye_emergency_signs, triage::emergency, "flag.eye_emergency_signs",
     "nhs-eye nhs-red-eye", the_eye},
    // A hernia that is stuck or with sudden pain: A&E. No public page on groin pain was found;
    // the NHS Borders referral guide gives the emergency signs.
    {red_flag::trapped_hernia_signs, triage::emergency, "flag.trapped_hernia_signs",
     "borders-hernia", the_groin},
    // A clot in a deep vein of the leg with breathlessness or chest pain: it may have reached
    // the lungs (NHS inform lists either; the more urgent reading wins).
    {red_flag::lung_clot_signs, triage::emergency, "flag.lung_clot_signs",
     "nhsi-dvt nhs-dvt glos-dvt", one_leg},
    // See a doctor today.
    // With it, until a doctor has checked the leg: hands off (NHS inform, GPonline, the rolling
    // survey), so that a calf plan's rolling, heat and stretching are not done on a clot.
    {red_flag::leg_clot_signs, triage::doctor_today, "flag.leg_clot_signs",
     "nhs-dvt nhsi-dvt hse-dvt", one_leg, "clot.hands_off"},
    {red_flag::cannot_move_arm, triage::doctor_today, "flag.cannot_move_arm", "nhs-sh",
     shoulder_and_arm},
    // Eye pain that is severe, a very red eye, light sensitivity or a change in sight: "an urgent
    // GP or optician appointment, or NHS 111".
    {red_flag::eye_urgent_signs, triage::doctor_today, "flag.eye_urgent_signs", "nhs-eye", the_eye},
    // Temporal arteritis: "an urgent GP appointment or NHS 111" (NHS), "contact your GP
    // immediately" (nidirect); problems with sight, a hospital eye department the same day.
    {red_flag::temporal_arteritis_signs, triage::doctor_today, "flag.temporal_arteritis_signs",
     "nhs-gca nid-gca", temples_and_jaw},
    {red_flag::high_temperature, triage::doctor_today, "flag.high_temperature", "nhsb mpft"},
    {red_flag::unexplained_weight_loss, triage::doctor_today, "flag.unexplained_weight_loss",
     "nhsb mpft"},
    {red_flag::lump_or_changed_shape, triage::doctor_today, "flag.lump_or_changed_shape", "nhsb"},
    {red_flag::night_or_rest_pain, triage::doctor_today, "flag.night_or_rest_pain", "nhsb"},
    {red_flag::worse_on_coughing_or_sneezing, triage::doctor_today,
     "flag.worse_on_coughing_or_sneezing", "nhsb"},
    {red_flag::pain_between_shoulder_blades, triage::doctor_today,
     "flag.pain_between_shoulder_blades", "nhsb"},
    {red_flag::new_numbness_or_weakness, triage::doctor_today, "flag.new_numbness_or_weakness",
     "mpft cks nhs-arm", nerve_places},
    {red_flag::balance_or_coordination_change, triage::doctor_today,
     "flag.balance_or_coordination_change", "mpft cks"},
    {red_flag::recent_neck_injury_or_surgery, triage::doctor_today,
     "flag.recent_neck_injury_or_surgery", "mpft cks"},
    {red_flag::pins_and_needles_or_cold_arm, triage::doctor_today,
     "flag.pins_and_needles_or_cold_arm", "hse"},
    // Routine: see a doctor (or physical therapist) soon. Background history raises the level
    // only as far as its source does: the neck leaflet says "see your doctor".
    {red_flag::serious_illness_history, triage::doctor, "flag.serious_illness_history", "mpft cks"},
    {red_flag::new_pain_under_20_or_over_55, triage::doctor, "flag.new_pain_under_20_or_over_55",
     "mpft cks"},
    {red_flag::painkillers_not_working, triage::doctor, "flag.painkillers_not_working", "hse"},
    {red_flag::cannot_cope, triage::doctor, "flag.cannot_cope", "nhsb"},
    {red_flag::worried, triage::doctor, "flag.worried", "hse"},
};

// Signs the sources read in what a person has said already, so that a health fact weighs as
// much as the same fact given as a warning sign. Swelling or warm skin where a knot in the calf
// or thigh hurts is how a clot in a deep vein of the leg shows itself; a clot before is a risk
// for one, and pain anywhere in one leg with it is read as the sign (research/knowledge.md,
// 12.1). Swelling at the knee, shin or ankle is not: a sprain swells there. Thin bones with pain in
// the spine are the risk history of the neck leaflets and the back-pain pathways' sign of a broken
// bone in the spine (section 13).
inline constexpr implied_sign implied_signs[] = {
    {red_flag::leg_clot_signs,
     {.regions = leg_regions, .health = {health_fact::swelling, health_fact::skin_hot_to_touch}},
     "nhs-dvt nhsi-dvt hse-dvt"},
    {red_flag::leg_clot_signs,
     {.regions = one_leg, .health = {health_fact::deep_vein_thrombosis}},
     "nhsi-dvt hse-dvt"},
    {red_flag::serious_illness_history,
     {.regions = spine_regions, .health = {health_fact::osteoporosis}},
     "mpft cks glos-lbp bnssg-vf"},
    // Hip pain in the first days after a fall or a knock, at 65 or over or with thin bones: pain
    // is the first sign of a broken hip after a fall, which may not stop you standing or
    // walking; falls and thin bones make it likely (the NHS hip-fracture page: call 999).
    {red_flag::broken_bone_signs,
     {.regions = {region::hip},
      .health = {health_fact::aged_65_or_over, health_fact::osteoporosis},
      .causes = {cause::direct_trauma},
      .acute_phase = true},
     "nhs-hipfx"},
};

inline constexpr muscle_entry muscles[] = {
    {muscle::upper_trapezius, {region::neck, region::head, region::eye, region::jaw}, "mlk-t nam"},
    {muscle::levator_scapulae, {region::neck, region::upper_back, region::shoulder}, "mlk-l"},
    {muscle::sternocleidomastoid, {region::head, region::face, region::eye}, "fpn"},
    {muscle::splenius_capitis, {region::head, region::eye}, "fpn"},
    {muscle::infraspinatus,
     {region::shoulder, region::upper_arm, region::forearm, region::hand},
     "mlk-i fpn nam-inf"},
    {muscle::supraspinatus,
     {region::shoulder, region::upper_arm, region::elbow, region::forearm},
     "fpn nam-sup"},
    {muscle::quadratus_lumborum,
     {region::lower_back, region::sacrum, region::buttock, region::hip, region::groin,
      region::knee},
     "nam-ql"},
    {muscle::gluteus_medius, {region::lower_back, region::sacrum, region::buttock}, "nam-gmed"},
    {muscle::gluteus_minimus,
     {region::hip, region::thigh, region::calf, region::knee, region::ankle},
     "nam-gmin"},
    {muscle::gastrocnemius, {region::calf, region::foot, region::knee}, "fpn nam-gas"},
    {muscle::soleus, {region::heel, region::sacrum, region::calf}, "fpn nam-sol"},
    {muscle::middle_trapezius, {region::upper_back, region::shoulder}, "nam"},
    {muscle::rhomboids, {region::upper_back}, "aaom-rhomb"},
    {muscle::latissimus_dorsi,
     {region::upper_back, region::shoulder, region::upper_arm, region::forearm, region::hand},
     "nam-lat"},
    {muscle::scalenes,
     {region::upper_back, region::upper_arm, region::chest, region::forearm, region::hand},
     "nam-scal mlk-s"},
    {muscle::suboccipitals, {region::head}, "subocc"},
    {muscle::masseter, {region::jaw, region::face, region::head}, "fpn mlk-m nam-mass"},
    {muscle::temporalis, {region::head, region::face, region::eye, region::jaw}, "nam-temp fpn"},
    {muscle::teres_minor, {region::shoulder}, "nam-teres"},
    {muscle::biceps, {region::upper_arm, region::shoulder, region::elbow}, "nam-bic"},
    {muscle::triceps,
     {region::upper_arm, region::shoulder, region::elbow, region::forearm, region::hand},
     "nam-tri"},
    {muscle::erector_spinae, {region::buttock, region::sacrum}, "nam-para"},
    {muscle::multifidus, {region::lower_back}, "nam-para"},
    {muscle::iliopsoas, {region::lower_back, region::sacrum, region::thigh}, "nam-ilio"},
    {muscle::piriformis,
     {region::sacrum, region::buttock, region::hip, region::thigh},
     "nam-piri mlk-p"},
    {muscle::gluteus_maximus, {region::buttock, region::thigh}, "aaom-gmax"},
    {muscle::hamstrings, {region::thigh, region::calf}, "aaom-ham"},
    {muscle::rectus_femoris, {region::thigh, region::knee}, "nam-rf"},
    {muscle::vastus_medialis, {region::thigh, region::knee}, "nam-vm"},
    {muscle::vastus_lateralis, {region::thigh, region::knee}, "nam-vl"},
    {muscle::tibialis_posterior, {region::calf, region::heel, region::foot}, "nam-tp"},
    {muscle::pectoralis_major,
     {region::chest, region::shoulder, region::upper_arm, region::elbow, region::forearm,
      region::hand},
     "nam-pec"},
    {muscle::serratus_anterior, {region::chest, region::upper_back, region::upper_arm}, "nam-serr"},
    {muscle::wrist_extensors,
     {region::elbow, region::forearm, region::wrist, region::hand},
     "nam-wext"},
    {muscle::tibialis_anterior, {region::ankle, region::foot}, "aaom-tibant"},
};

inline constexpr cause_entry causes[] = {
    // No source gives advice on preventing knots from new or harder exercise: no prevention.
    {cause::new_activity, "from.new_activity", {}, "s1"},
    {cause::harder_than_usual_exercise, "from.harder_than_usual_exercise", {}, "s1 dom"},
    {cause::hunched_sitting, "from.hunched_sitting", "prevent.hunched_sitting", "s1 hse"},
    {cause::held_posture, "from.held_posture", "prevent.held_posture", "s1 dom hse"},
    {cause::repetitive_motion, "from.repetitive_motion", "prevent.repetitive_motion", "mayo waon"},
    {cause::muscle_strain, "from.muscle_strain", "prevent.muscle_strain", "mayo nhss mpa"},
    {cause::direct_trauma, "from.direct_trauma", {}, "dom sp1"},
    {cause::stress, "from.stress", "prevent.stress", "mayo dom"},
    {cause::poor_sleep, "from.poor_sleep", "prevent.poor_sleep", "slp hse cch"},
    {cause::inactivity, "from.inactivity", "prevent.inactivity", "mayo cch s1"},
};

inline constexpr course_entry course[] = {
    {"seeds",
     {},
     from_to(days{7}, days{14}),
     "course.seeds",
     evidence_grade::expert_opinion,
     "s0 s1"},
    {"neck-few-weeks",
     {region::neck, region::shoulder},
     {},
     "course.neck_few_weeks",
     evidence_grade::expert_opinion,
     "hse"},
    {"neck-nhs",
     {region::neck, region::shoulder},
     from_to(days{42}, days{84}),
     "course.neck_nhs",
     evidence_grade::expert_opinion,
     "uhcw"},
    {"back",
     {region::upper_back, region::lower_back},
     from_to(days{0}, days{14}),
     "course.back",
     evidence_grade::expert_opinion,
     "nhsb"},
    {"acute", {}, {}, "course.acute", evidence_grade::expert_opinion, "sp1"},
    {"chronic",
     {},
     from_to(days{180}, days{0}),
     "course.chronic",
     evidence_grade::expert_opinion,
     "sp1"},
};

// What a plan's urgent step says in each country: the numbers to call there, each with what it
// is for, never a bare number (111 is the emergency number in New Zealand and the advice line in
// the UK: knowledge.md section 12.4).
inline constexpr country_entry countries[] = {
    {country::united_kingdom, triage::emergency, "emergency.united_kingdom", "wmas"},
    {country::united_kingdom, triage::doctor_today, "doctor_today.united_kingdom", "wmas"},
    {country::ireland, triage::emergency, "emergency.ireland", "hse-cp ci-ems"},
    {country::ireland, triage::doctor_today, "doctor_today.ireland", "hse-ooh"},
    {country::european_union, triage::emergency, "emergency.european_union", "ec-112 ci-ems"},
    {country::european_union, triage::doctor_today, "doctor_today.elsewhere", "nhsb cks"},
    {country::united_states, triage::emergency, "emergency.us_canada", "fcc-911"},
    {country::united_states, triage::doctor_today, "doctor_today.elsewhere", "nhsb cks"},
    {country::canada, triage::emergency, "emergency.us_canada", "fcc-911 ab-911"},
    {country::canada, triage::doctor_today, "doctor_today.elsewhere", "nhsb cks"},
    {country::australia, triage::emergency, "emergency.australia", "hd-000"},
    {country::australia, triage::doctor_today, "doctor_today.australia", "hd-care"},
    {country::new_zealand, triage::emergency, "emergency.new_zealand", "nz-hl nz-111"},
    {country::new_zealand, triage::doctor_today, "doctor_today.new_zealand", "nz-hl"},
};

// What to do until a physical therapist or a doctor sees the person: in the first days after an
// injury, rest it, then keep moving (the sprains page); otherwise, for the neck and back, keep up
// normal activities (the NHS and HSE pages, and NICE NG59 as NICE summarises it). No source
// knotguide cites gives advice for while waiting for a doctor today or for emergency care.
inline constexpr fixed_vector<dose, 2> until_seen{
    {.within = from_to(hours{48}, hours{72}), .text = "meanwhile.fresh", .sources = "nhss"},
    {.text = "meanwhile.active", .sources = "nhsb hse ng59-news", .regions = neck_and_back}};

// What the engine needs beyond the tables: what each triage level tells a person and the step
// it puts first, what each preference rules out, the review, and the engine's own sentences.
inline constexpr engine_knowledge engine{
    .levels = {{triage::self_care, "triage.self_care", {}, {}},
               {triage::physical_therapist,
                "triage.physical_therapist",
                intervention::physical_therapy,
                {},
                until_seen,
                "out_of_reach.physical_therapist"},
               {triage::doctor,
                "triage.doctor",
                intervention::see_doctor,
                {.text = "doctor.book", .sources = "nhsb hse"},
                until_seen,
                "out_of_reach.doctor"},
               {triage::doctor_today,
                "triage.doctor_today",
                intervention::see_doctor,
                {.text = "doctor.today", .sources = "nhsb cks wmas"}},
               {triage::emergency,
                "triage.emergency",
                intervention::emergency_care,
                {.text = "emergency.now",
                 .sources = "nhsb kch gpo fast wmas hse-cp ec-112 fcc-911 hd-000 nz-hl"}}},
    .preferences = {{preference::avoid_needles, {intervention::dry_needling}},
                    {preference::avoid_cold, {intervention::cold}},
                    {preference::avoid_heat, {intervention::heat}},
                    {preference::avoid_electrical_stimulation,
                     {intervention::electrical_stimulation}},
                    {preference::prefers_self_care,
                     {intervention::massage, intervention::dry_needling}}},
    .review_level = triage::physical_therapist,
    .review = "review.not_better",
    .past_review = "rule.pt.lasting",
    .watch_rules = {"doctor.worsening"},
    .pain_not_known = "unknown.pain",
    .since_not_known = "unknown.since",
    .long_term = "knots.long_term",
    .disclaimer = "disclaimer",
    // The first 2 to 3 days after a strain or a knock (up to 72 hours: the longer of the NHS's
    // wordings), or while it is swollen.
    .acute_phase = {{.health = fresh_injury}, {.causes = injuries, .lasted_under = days{3}}},
    .acute_phase_sources = "nhss nhs-harm-old nca-sti",
    .wrong_place = "place.not_here",
    .elsewhere = "place.sending",
    .signs_why = "signs.why",
};

}  // namespace knotguide::defaults

namespace knotguide {

// The knowledge base recommend() uses unless given another.
inline constexpr knowledge_base default_knowledge{
    .sources = defaults::sources,
    .source_index = defaults::source_index,
    .texts = defaults::texts,
    .text_index = defaults::text_index,
    .interventions = defaults::interventions,
    .doses = defaults::doses,
    .precautions = defaults::precautions,
    .notes = defaults::notes,
    .rules = defaults::rules,
    .red_flags = defaults::red_flags,
    .implied_signs = defaults::implied_signs,
    .muscles = defaults::muscles,
    .causes = defaults::causes,
    .course = defaults::course,
    .countries = defaults::countries,
    .engine = defaults::engine,
};

}  // namespace knotguide

#endif  // KNOTGUIDE_KNOWLEDGE_DEFAULT_HPP
