// The text catalog of the default knowledge base: every sentence a person may read, in English,
// keyed by id. Claims cite their sources (ids of default_sources.hpp); interface text cites
// none. An application translates by supplying its own catalog with the same ids.
#ifndef KNOTGUIDE_KNOWLEDGE_DEFAULT_TEXTS_HPP
#define KNOTGUIDE_KNOWLEDGE_DEFAULT_TEXTS_HPP

#include "../knowledge.hpp"

namespace knotguide::defaults {

inline constexpr text_entry texts[] = {
    // What knots are.
    {"knots.found",
     "Small, painful bumps deep in a muscle are often found during a shoulder massage or while "
     "foam rolling.",
     "s0"},
    {"knots.name",
     "Their official name is myofascial trigger points; most people call them muscle knots.",
     "s0 s1"},
    {"knots.where",
     "They are tender bumps, usually in the neck or back, and hard to ignore once noticed.", "s0"},
    {"knots.common",
     "Everyone's muscles knot up now and then, above all in the back and neck, where most of "
     "the day's tension is carried.",
     "s1"},
    {"knots.definition",
     "A trigger point is an irritable spot in a tight band of muscle, often a hard, tender "
     "nodule that hurts when pressed and can send pain elsewhere.",
     "afp sp2"},
    {"knots.active_latent",
     "Active knots hurt even at rest; latent ones hurt only when pressed, yet can still stiffen "
     "a muscle and limit its movement.",
     "sp2 med"},
    {"knots.relapse",
     "Latent knots are common in muscles that do not hurt, and treated knots tend to turn "
     "latent rather than vanish, so they can flare up again.",
     "cel"},
    {"knots.identified", "Knots are found by feeling the muscle; no blood test or scan shows them.",
     "sp1 afp"},
    {"knots.fascia", "Fascia is the thin layer of connective tissue that surrounds each muscle.",
     "s1"},
    {"knots.inflammation",
     "Any damage to a muscle may inflame the fascia around it, and knots are clumps of that "
     "inflamed tissue.",
     "s1", "sp1"},
    {"knots.mechanism_debated",
     "What makes the tight band is still debated; a leading idea is a local energy crisis in "
     "the muscle fibres that keeps them contracted.",
     "sp1 ger shah"},
    {"knots.tender", "Knots are usually tender to the touch.", "s1"},
    {"knots.range", "Because moving them hurts, knots can limit how far you can move.", "s1"},
    {"knots.prevalence", "Up to 85 percent of people have myofascial pain at some point.", "cc"},
    {"knots.prevalence_clinic",
     "Among people with muscle or joint pain, 30 to 85 percent have myofascial pain, most often "
     "between the ages of 27 and 50.",
     "sp1"},
    {"knots.symptoms",
     "Deep, aching pain; a tender knot; pain felt elsewhere, such as tension headaches or jaw or "
     "low back pain; poor sleep and tiredness.",
     "mayo afp"},
    {"knots.persists",
     "Pain that lasts or keeps getting worse sets myofascial pain apart from ordinary muscle "
     "soreness.",
     "mayo"},
    {"knots.maps",
     "Maps of where knots send pain are guides only: the pain does not always go where the "
     "chart says.",
     "del"},
    {"knots.help", "A few treatments can ease the pain and speed healing.", "s0"},
    {"knots.blood_flow",
     "More blood flowing through the tissue brings nutrients and oxygen, which speeds "
     "recovery.",
     "s1"},
    {"knots.long_term",
     "Knots are nothing to worry about in the long run: keep exercising and keep stretching, "
     "and they will work themselves out.",
     "s1"},

    // Waiting.
    {"waiting.mechanism",
     "The easiest option, if perhaps the most painful, is to wait: muscles need time to adapt "
     "to new movements and routines, and the knots then settle without treatment.",
     "s1"},
    {"waiting.dose",
     "Give it a week or two and keep up your normal activities; long rest makes neck and back "
     "pain worse.",
     "s1 nhsb hse"},

    // Heat and cold.
    {"heat_cold.studies", "Studies suggest that both heat and ice can ease knot pain.", "s0"},
    {"heat_cold.gerber",
     "Heat or ice packs are \"almost always useful for symptomatic improvement\", says Dr. Lynn "
     "Gerber, who has studied and treated muscle knots for decades.",
     "s0"},
    {"heat_cold.no_break", "Neither heat nor ice breaks up the knot itself.", "s0"},
    {"heat.mechanism",
     "Warmth widens blood vessels and relaxes the muscle. It eases the pain but does not break "
     "up the knot.",
     "ced s0"},
    {"heat.trial", "In a small trial, a heat patch over neck trigger points eased the pain.",
     "petro"},
    {"heat.dose.hse",
     "A hot water bottle wrapped in a tea towel for 20 minutes, two or three times a day.", "hse"},
    {"heat.dose.ced",
     "A hot pack for 15 to 20 minutes with layers of towel between it and the skin; check the "
     "skin every 5 minutes.",
     "ced"},
    {"heat.dose.bay", "No more than 20 minutes at a time.", "bay"},
    {"heat.no_swelling", "Not on fresh swelling or on skin that already feels hot.", "ced hw"},
    {"heat.no_fresh_injury",
     "Not in the first 48 hours or so after an injury: cold suits that time better.", "hw"},
    {"heat.not_at_bedtime",
     "Do not lie on a hot pack or use one at bedtime: falling asleep on it can burn.", "ced"},
    {"heat.warm_not_hot", "Warm, never uncomfortably hot.", "hw bay"},
    {"heat.numb_skin", "With diabetes or numb skin, use heat only if a clinician advises it.",
     "hw"},
    {"heat.stop_if_swelling", "Stop if swelling increases.", "hw bay"},
    {"cold.mechanism",
     "Cold numbs the nerve endings and limits swelling. It eases the pain but does not break up "
     "the knot.",
     "mpa s0"},
    {"cold.preferred", "Some people simply prefer cold to heat.", "cct hse"},
    {"cold.dose.hse",
     "A bag of frozen peas wrapped in a tea towel for 5 minutes, three times a day.", "hse"},
    {"cold.dose.mpa",
     "For a fresh strain, 15 to 20 minutes every 2 to 3 hours during the first 48 to 72 "
     "hours.",
     "mpa"},
    {"cold.dose.bpl", "5 minutes at a time, at least 4 hours apart.", "bpl"},
    {"cold.not_on_skin",
     "Never put ice straight on the skin: wrap it in a tea towel to avoid a cold burn.",
     "bpl nhsb-r"},
    {"cold.numb_skin", "Not over skin that has lost its feeling.", "wsp"},
    {"cold.max_20", "No more than 20 minutes at a time.", "wsp"},
    {"cold.circulation",
     "With heart or circulation problems, use cold only if a clinician advises it.", "bpl"},
    {"cold.stop_if_pain", "Stop if the pain increases.", "bpl"},

    // Stretching.
    {"stretch.mechanism",
     "Stretching eases pain partly by bringing fluid into the tissue around the knot so that "
     "everything can \"slide and glide\", and by making muscle and fascia less taut. It does not "
     "get rid of the knot.",
     "s0 s1"},
    {"stretch.timing", "Stretch after exercise, while the muscles are warm, or before bed.", "s0"},
    {"stretch.at_home", "Stretching is something you can do at home.", "s1"},
    {"stretch.dose.acsm",
     "Hold each stretch 10 to 30 seconds (30 to 60 if you are older) to the point of tightness "
     "or slight discomfort, about 60 seconds in all per stretch, on at least 2 to 3 days a week; "
     "every day is best.",
     "acsm harv"},
    {"stretch.dose.mans",
     "For long-standing neck knots, 30-second holds worked best in a trial; 60-second holds did "
     "harm.",
     "mans"},
    {"stretch.desk",
     "If you sit at a desk all day, roll your shoulders and turn your neck when you stand up.",
     "s1"},
    {"stretch.evidence",
     "Exercise programmes that include stretching reduce knot pain; for neck knots, acupuncture "
     "with stretching did better than a placebo in the short term.",
     "exma wilke"},
    {"stretch.numbing_spray",
     "If stretching sets off the knot's pain, a physical therapist may use a numbing spray "
     "first.",
     "mayo"},
    {"cold.spray_and_stretch",
     "From a physical therapist: a cooling spray over the muscle followed by a passive stretch "
     "(\"spray and stretch\"), a traditional technique without strong trials behind it.",
     "cct afp"},
    {"stretch.if_worse", "If stretching makes the pain worse, stop and see a doctor.", "nhsb-r"},

    // Massage and self-massage.
    {"massage.relieves", "Massage can ease knot pain.", "s0"},
    {"massage.short_lived",
     "Massage relaxes the contraction behind a knot only for a while, usually a day or two.", "s0"},
    {"massage.mechanism",
     "One theory: pressing around a knot briefly restricts its blood flow; when the pressure "
     "lifts, blood rushes in, which helps the contraction relax and brings nutrients.",
     "s0"},
    {"massage.dose.icma",
     "In trials, pressure was raised to the most the person could bear and held for about 60 "
     "seconds, once a week for 4 weeks.",
     "icma"},
    {"massage.dose.nct", "One trial protocol held each pressure for 90 seconds.", "nct"},
    {"massage.evidence",
     "Reviews find quick, short-lived relief; pressure release raises how much pressure a knot "
     "can bear more than it lowers reported pain.",
     "icma icneck vs den"},
    {"pro.aims",
     "Massage, dry needling and electrical stimulation each aim to make muscle and fascia less "
     "taut and to increase blood flow to the area.",
     "s1"},
    {"precaution.wounds_fractures", "Not over open wounds or broken bones.", "frd"},
    {"smr.mechanism",
     "Self-massage with a foam roller or a ball can have an effect like that of a professional "
     "massage.",
     "s0 s1"},
    {"smr.dose.seed",
     "Roll a foam roller, a hard ball or a length of PVC pipe back and forth over the sore "
     "spots.",
     "s1"},
    {"smr.dose.frp",
     "30 to 120 seconds per area, 1 to 3 rounds with 30 seconds of rest between them, about 3 "
     "seconds per roll, with moderate pressure; you may pause on tender spots.",
     "frp"},
    {"smr.dvt", "Not with a deep-vein thrombosis.", "frd"},
    {"smr.where", "Do not roll over joints, bony points, the neck, the lower spine or the belly.",
     "fit"},
    {"smr.osteoporosis", "Not with osteoporosis.", "fit"},
    {"smr.evidence",
     "Rolling gives a short-term gain in movement and less soreness after exercise; programmes "
     "of four weeks or more give mixed results.",
     "smr fr2"},

    // Dry needling and electrical stimulation.
    {"dn.mechanism",
     "A trained clinician puts a thin needle into the knot to ease its tightness, raise blood "
     "flow and relieve pain.",
     "cct s1"},
    {"dn.evidence",
     "Reviews find that it eases neck knot pain straight away and for some weeks after, more "
     "than a sham treatment does.",
     "dn1 dn2"},
    {"dn.bleeding",
     "With a bleeding disorder or blood thinners, dry needling needs a clinician's go-ahead.",
     "dnae dnci"},
    {"dn.needles", "Not for people who fear needles.", "dnae dnci"},
    {"dn.side_effects",
     "Mild bruising, bleeding or soreness follows about 1 in 5 treatments; serious events are "
     "very rare (0.04 percent or fewer).",
     "dnae"},
    {"dn.chest",
     "Needling over the chest wall carries a rare but serious risk of a collapsed lung.", "pnx"},
    {"tens.mechanism",
     "A small device sends mild electrical pulses through the skin, which block pain signals "
     "and release endorphins.",
     "tensl"},
    {"tens.dose", "At least 40 minutes, 3 to 4 times a day, at a strong but comfortable tingle.",
     "tensl"},
    {"tens.contraindications", "Not with a pacemaker, with epilepsy, or during pregnancy.",
     "tensl"},
    {"tens.pads", "No pads on the throat, the front of the neck or the chest.", "tensl"},
    {"tens.skin", "Only on skin with normal feeling.", "nbt"},
    {"tens.adjunct",
     "It eases pain more than exercise alone in trials; use it alongside other care, not on its "
     "own.",
     "tens"},

    // Physical therapy, breaks, sleep and stress, doctors.
    {"pt.mechanism",
     "A physical therapist can give targeted massage and guide you through exercises that "
     "strengthen, stretch and relax the muscles.",
     "s0 cct"},
    {"pt.dose", "Strength, stretching and aerobic exercise.", "cct"},
    {"pt.early",
     "Treatment tends to work better when it starts early, before knots become established.",
     "cct"},
    {"pt.evidence",
     "Exercise programmes ease knot pain a little to moderately; in a trial of physical therapy "
     "for chronic shoulder pain, 55 percent improved at 12 weeks against 14 percent without it.",
     "exma bron"},
    {"breaks.mechanism",
     "Active breaks that change your posture reduce pain and discomfort in office workers.",
     "waon"},
    {"breaks.dose.hse", "Change position regularly; do not hold your neck still at a desk.", "hse"},
    {"breaks.dose.glutes",
     "With knots in the buttock muscles, sit for no more than 15 to 20 minutes at a time.",
     "nam-gmin"},
    {"breaks.evidence", "Extra breaks on their own may help work without changing pain.", "coch"},
    {"sleep.mechanism",
     "Poor sleep goes with myofascial pain, and stress can keep muscles tense, for example "
     "through clenching; easing both helps.",
     "slp mayo"},
    {"sleep.dose", "Sleep on a low, firm pillow and a firm mattress, and not on your front.",
     "hse"},
    {"sleep.relax",
     "Relaxation techniques help; biofeedback or talking therapy (CBT) can help with sleep and "
     "anxiety.",
     "mayo cct"},
    {"doctor.when",
     "See a doctor when pain lasts despite rest, massage and self-care, or when it is "
     "unbearable or long-lasting.",
     "mayo ccl"},
    {"doctor.mechanism",
     "A doctor can look for other causes and offer what self-care cannot, such as trigger-point "
     "injections or medicines.",
     "afp cct mayo"},
    {"emergency.mechanism", "Call emergency services or go to an emergency department now.",
     "nhsb"},

    // Why rules fire.
    {"rule.pt.daily_life",
     "Knots that affect your daily life are worth showing to a physical therapist.", "s0 dev"},
    {"rule.pt.lasting",
     "Knots usually settle within a week or two; one that has lasted longer deserves a "
     "physical therapist's look.",
     "s0 s1 mpft"},
    {"rule.pt.worsening", "Pain that keeps getting worse needs a professional's look.",
     "mayo nhsb"},
    {"rule.serious_pain",
     "For serious pain, massage, dry needling or electrical stimulation from a professional can "
     "help recovery along. knotguide reads \"serious\" as 7 or more out of 10.",
     "s1"},
    {"rule.cold.acute",
     "In the first days after a strain, or with swelling, cold suits better than heat.",
     "mpa nhsb-r hw"},
    {"rule.stretch.after_exercise",
     "Right after exercise the muscles are warm: a good time to "
     "stretch.",
     "s0"},
    {"rule.stretch.before_bed", "Before bed is a good time to stretch.", "s0"},
    {"rule.breaks.posture",
     "Sitting hunched or holding one posture strains the muscles; breaking it up helps.",
     "s1 waon hse"},
    {"rule.breaks.desk", "At the desk, short active breaks are the step that fits.", "s1 waon"},
    {"rule.sleep.causes", "Poor sleep and stress go with knots; easing them helps.", "slp mayo"},
    {"rule.heat.stiffness", "Heat suits stiffness and spasm.", "nhsb-r"},
    {"rule.heat.before_exercise", "Heat before exercise or stretching loosens the muscles.", "ced"},
    {"rule.smr.neck_spine", "Rolling over the neck or the lower spine is best avoided.", "fit"},
    {"rule.doctor.chronic",
     "Knots that have lasted 6 months or more do worse and deserve a doctor's look at other "
     "factors, such as vitamin D levels, sleep and stress.",
     "sp1 vitd"},

    // Red flags: the signs, in the person's words.
    {"flag.leg_symptoms_both_sides", "Pain, tingling, weakness or numbness in both legs.", "nhsb"},
    {"flag.saddle_numbness", "Numbness around the genitals or the buttocks.", "nhsb"},
    {"flag.bladder_or_bowel_change",
     "Trouble passing urine, or losing control of the bladder or bowels.", "nhsb"},
    {"flag.chest_pain",
     "Chest pain, or chest discomfort spreading to the arm, neck, jaw or back, with "
     "breathlessness, sweating or sickness.",
     "nhsb kch"},
    {"flag.serious_accident", "Pain that started after a serious accident.", "nhsb"},
    {"flag.severe_headache_fever_or_rash",
     "Neck pain with a severe headache, a fever, or a rash that does not fade when pressed.",
     "gpo"},
    {"flag.high_temperature", "A high temperature, or feeling unwell.", "nhsb mpft"},
    {"flag.unexplained_weight_loss", "Weight loss you cannot explain.", "nhsb mpft"},
    {"flag.lump_or_changed_shape", "A lump, a swelling, or a change in the shape of your back.",
     "nhsb"},
    {"flag.night_or_rest_pain", "Pain that rest does not ease, or that is worse at night.", "nhsb"},
    {"flag.worse_on_coughing_or_sneezing",
     "Pain that gets worse when you cough, sneeze or go to the toilet.", "nhsb"},
    {"flag.pain_between_shoulder_blades", "Pain between the shoulder blades.", "nhsb"},
    {"flag.new_numbness_or_weakness",
     "New tingling, numbness or weakness in the arms, face or legs.", "mpft"},
    {"flag.balance_or_coordination_change", "Changes in your balance or walking, or clumsy hands.",
     "mpft"},
    {"flag.vision_speech_or_swallowing_change",
     "Double vision, dizziness, fainting, or changes in speech or swallowing.", "mpft"},
    {"flag.recent_neck_injury_or_surgery", "A recent injury to, or operation on, the neck.",
     "mpft"},
    {"flag.pins_and_needles_or_cold_arm", "Pins and needles, or an arm that feels cold.", "hse"},
    {"flag.serious_illness_history",
     "A history of cancer, inflammatory arthritis, a weakened immune system, TB, HIV, drug "
     "misuse or osteoporosis.",
     "mpft cks"},
    {"flag.new_pain_under_20_or_over_55",
     "Pain like this that is new to you while you are under 20 or over 55.", "mpft cks"},
    {"flag.painkillers_not_working", "Painkillers are not helping.", "hse"},
    {"flag.cannot_cope", "The pain stops your daily activities, or you cannot cope with it.",
     "nhsb"},
    {"flag.worried", "You are worried about the pain.", "hse"},
    {"flags.expert_opinion",
     "Warning signs in guidelines rest mostly on expert opinion, and guidelines differ; "
     "knotguide errs on the side of caution.",
     "fel"},

    // Causes and how to prevent them.
    {"cause.new_activity", "Trying a new activity can leave knots.", "s1"},
    {"prevent.new_activity",
     "Take up new activities gradually: muscles need time to adapt to new movements.", "s1"},
    {"cause.harder_than_usual_exercise",
     "Going harder than usual at a sport or in the gym can leave knots.", "s1 dom"},
    {"prevent.harder_than_usual_exercise",
     "Build up gradually, and keep exercising and stretching.", "s1"},
    {"cause.hunched_sitting", "Sitting hunched over a computer all day stresses the muscles.",
     "s1"},
    {"prevent.hunched_sitting",
     "Break up long sitting: stand up, roll your shoulders and turn your neck.", "s1 hse"},
    {"cause.held_posture", "Holding any one position for a long time stresses the muscles.",
     "s1 dom"},
    {"prevent.held_posture", "Change position regularly.", "hse"},
    {"cause.repetitive_motion",
     "Overuse and repetitive motions at work or in hobbies can lead to knots.", "mayo"},
    {"prevent.repetitive_motion", "Take active breaks from repetitive work.", "waon"},
    {"cause.muscle_strain", "A strained spot in a muscle can become a trigger point.", "mayo"},
    {"prevent.muscle_strain",
     "Let a fresh strain settle with cold, then return to activity gradually.", "mpa s1"},
    {"cause.direct_trauma", "A direct blow to a muscle can leave a knot.", "dom sp1"},
    {"cause.stress", "Stress and anxiety can keep muscles tense, for example through clenching.",
     "mayo dom"},
    {"prevent.stress", "Relaxation techniques help.", "mayo"},
    {"cause.poor_sleep",
     "People with myofascial pain sleep much worse; which causes which is not known.", "slp"},
    {"prevent.poor_sleep",
     "Sleep on a low, firm pillow and a firm mattress, not on your front, and get enough sleep.",
     "hse cch"},
    {"cause.inactivity", "Inactive, weak muscles are prone to knots.", "mayo cch"},
    {"prevent.inactivity", "Keep exercising: swimming, for example.", "cch s1"},

    // The natural course.
    {"course.seeds", "Many knots go away on their own within a week or two.", "s0 s1"},
    {"course.neck_few_weeks", "Most neck pain lasts a few weeks.", "hse"},
    {"course.neck_nhs", "NHS advice gives 6 to 12 weeks for neck pain to settle.", "uhcw"},
    {"course.back", "Most back pain improves a lot within about 2 weeks.", "nhsb"},
    {"course.acute", "Recent myofascial pain often clears by itself or with simple treatment.",
     "sp1"},
    {"course.chronic", "Myofascial pain that has lasted 6 months or more has a worse outlook.",
     "sp1"},

    // Interface text: triage levels and the disclaimer.
    {"triage.self_care", "Self-care at home should be enough; watch for the warning signs."},
    {"triage.physical_therapist", "See a physical therapist."},
    {"triage.doctor", "Make an appointment with your doctor."},
    {"triage.doctor_today", "See a doctor today, or call your urgent health advice line."},
    {"triage.emergency", "Call emergency services or go to an emergency department now."},
    {"triage.until_seen", "Until you are seen, this is safe to try."},
    {"review.not_better", "If the knots are no better by then, see a physical therapist."},
    {"disclaimer",
     "This guidance is informational. It is not a diagnosis and does not replace a doctor or a "
     "physical therapist."},
};

}  // namespace knotguide::defaults

#endif  // KNOTGUIDE_KNOWLEDGE_DEFAULT_TEXTS_HPP
