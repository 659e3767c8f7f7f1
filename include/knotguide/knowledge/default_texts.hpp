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
     "People often find small, painful bumps deep in a muscle. This may happen during a shoulder "
     "massage or while using a foam roller.",
     "s0"},
    {"knots.name",
     "Most people call them muscle knots. Their official name is myofascial trigger points. "
     "Myofascial means to do with muscle and the thin layer around it.",
     "s0 s1"},
    {"knots.where",
     "They are tender bumps, usually in the neck or back, and hard to ignore once noticed.", "s0"},
    {"knots.common",
     "Everyone's muscles knot up now and then. It happens most in the back and neck, where we "
     "carry most of the day's tension.",
     "s1"},
    {"knots.definition",
     "A trigger point is a very sensitive spot in a tight band of muscle. It is often a hard, "
     "tender lump. It hurts when pressed and can cause pain in another part of the body.",
     "afp sp2"},
    {"knots.active_latent",
     "Some knots, called active knots, hurt even when you rest. Others, called latent or hidden "
     "knots, hurt only when pressed. These can still make a muscle stiff and stop it moving as "
     "far.",
     "sp2 med"},
    {"knots.relapse",
     "Hidden (latent) knots are common in muscles that do not hurt. A treated knot often turns "
     "hidden rather than going away, so it can flare up again.",
     "cel"},
    {"knots.identified", "Knots are found by feeling the muscle; no blood test or scan shows them.",
     "sp1 afp"},
    {"knots.fascia", "Fascia is the thin layer of connective tissue that surrounds each muscle.",
     "s1"},
    {"knots.inflammation",
     "Any damage to a muscle can make the fascia around it inflamed. Knots are clumps of this "
     "inflamed tissue.",
     "s1", "sp1"},
    {"knots.mechanism_debated",
     "No one is sure yet what causes the tight band. One idea is that the muscle fibres run short "
     "of oxygen and energy in one spot, and this keeps them tight.",
     "sp1 ger shah"},
    {"knots.tender", "Knots are usually tender to the touch.", "s1"},
    {"knots.range", "Because moving them hurts, knots can limit how far you can move.", "s1"},
    {"knots.prevalence", "Up to 85 in 100 people have pain from muscle knots at some point.", "cc"},
    {"knots.prevalence_clinic",
     "Of people who see a doctor for muscle or joint pain, 30 to 85 in 100 have pain from muscle "
     "knots. Most are aged 27 to 50.",
     "sp1"},
    {"knots.symptoms",
     "Signs include deep, aching pain and a tender knot. Pain may also be felt in other places, "
     "such as tension headaches or pain in the jaw or low back. Poor sleep and tiredness can come "
     "with it.",
     "mayo afp"},
    {"knots.persists",
     "Pain that lasts or keeps getting worse is a sign of pain from muscle knots, not just "
     "ordinary sore muscles.",
     "mayo"},
    {"knots.maps",
     "Maps of where knots send pain are guides only: the pain does not always go where the "
     "chart says.",
     "del"},
    {"knots.help", "A few treatments can ease the pain and speed healing.", "s0"},
    {"knots.blood_flow",
     "More blood flowing through the tissue brings food and oxygen to it. This speeds healing.",
     "s1"},
    {"knots.long_term",
     "In the long run, knots are nothing to worry about. Keep exercising and keep stretching, and "
     "in time they will sort themselves out.",
     "s1"},

    // Waiting.
    {"waiting.mechanism",
     "The easiest choice, though maybe the most painful, is to wait. Muscles need time to get used "
     "to new movements and routines, and knots from them should clear up by themselves.",
     "s1"},
    {"waiting.dose.fresh",
     "For the first 2 to 3 days after a strain, rest it and use wrapped ice. Once you can move "
     "without the pain stopping you, keep moving.",
     "nhss"},
    {"waiting.dose.seed", "Give it a week or two, and keep exercising and stretching.", "s1"},
    {"waiting.dose",
     "Give it a week or two and keep up your normal activities; long rest makes neck and back "
     "pain worse.",
     "s1 nhsb hse"},

    // Heat and cold.
    {"heat_cold.studies", "Studies suggest that both heat and ice can ease knot pain.", "s0"},
    {"heat_cold.gerber",
     "Heat or ice packs are \"almost always useful\" to ease symptoms, says Dr. Lynn Gerber. She "
     "has studied and treated muscle knots for decades.",
     "s0"},
    {"heat.mechanism",
     "Warmth widens blood vessels and relaxes the muscle. It eases the pain but does not break "
     "up the knot.",
     "ced s0"},
    {"heat.trial",
     "In a small trial, a heat patch over knots in the neck eased neck pain. A fake patch also "
     "helped a little.",
     "petro"},
    {"heat.dose.hse",
     "A hot water bottle wrapped in a tea towel for 20 minutes, two or three times a day.", "hse"},
    {"heat.dose.ced",
     "Use a hot pack for 15 to 20 minutes, with layers of towel between it and your skin. Check "
     "your skin every 5 minutes.",
     "ced"},
    {"heat.dose.bay", "No more than 20 minutes at a time.", "bay"},
    {"heat.dose.jaw",
     "Hold a hot water bottle wrapped in a tea towel to your jaw for 15 to 20 minutes, twice a "
     "day.",
     "nhs-tmd"},
    {"heat.no_swelling", "Not on fresh swelling or on skin that already feels hot.", "ced hw nhss"},
    {"heat.no_fresh_injury",
     "Do not use heat in the first 2 days or so after an injury. Use cold then instead.",
     "hw nhss mpa"},
    {"heat.not_at_bedtime",
     "Do not lie on a hot pack or use one at bedtime: falling asleep on it can burn.", "ced"},
    {"heat.warm_not_hot", "It should feel warm and comfortable, never too hot.", "hw bay"},
    {"heat.numb_skin",
     "If you have diabetes or numb or tingling skin, use heat only if a doctor or nurse says it is "
     "safe.",
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
     "For a fresh strain: 15 to 20 minutes every 2 to 3 hours for the first 2 to 3 days.", "mpa"},
    {"cold.dose.bpl", "5 minutes at a time, at least 4 hours apart.", "bpl"},
    {"cold.dose.jaw",
     "Hold a bag of frozen peas wrapped in a tea towel to your jaw, for no more than 5 minutes at "
     "a time.",
     "nhs-tmd"},
    {"cold.not_on_skin",
     "Never put ice straight on the skin. Wrap it in a tea towel so the cold does not burn your "
     "skin.",
     "bpl nhsb-r hse"},
    {"cold.numb_skin", "If you have diabetes or numb or tingling skin, do not use ice packs.",
     "wsp mbg"},
    {"cold.max_20", "No more than 20 minutes at a time.", "wsp"},
    {"cold.circulation",
     "If you have heart or blood flow problems, use cold only if a doctor or nurse says it is "
     "safe.",
     "bpl"},
    {"cold.stop_if_pain", "Stop if the pain increases.", "bpl"},

    // Stretching.
    {"stretch.mechanism",
     "Stretching eases pain partly by bringing more fluid into the tissue around the knot. This "
     "lets everything \"slide and glide\" more easily. It does not get rid of the knot.",
     "s0"},
    {"stretch.timing", "Stretch after exercise, while the muscles are warm, or before bed.", "s0"},
    {"stretch.at_home", "Stretching is something you can do at home.", "s1"},
    {"stretch.dose.acsm",
     "Hold each stretch for 10 to 30 seconds, until you feel tightness or slight discomfort. Aim "
     "for about 60 seconds in all for each stretch. Do this on at least 2 to 3 days a week; every "
     "day is best.",
     "acsm harv"},
    {"stretch.dose.mans",
     "In a trial of people with long-lasting neck knots, holding a stretch for 30 seconds worked "
     "best. Holding it for 60 seconds gave worse results on a test of the nerves in the neck.",
     "mans"},
    {"stretch.desk",
     "If you sit at a desk all day, roll your shoulders and turn your neck when you stand up.",
     "s1"},
    {"stretch.evidence",
     "Exercise programmes that include stretching ease knot pain a little. For neck knots, "
     "acupuncture plus stretching did better than a fake treatment for a short time.",
     "exma wilke"},
    {"stretch.numbing_spray",
     "If stretching sets off the knot's pain, a physical therapist may use a numbing spray "
     "first.",
     "mayo"},
    {"cold.spray_and_stretch",
     "A physical therapist may spray a cooling spray on the muscle and then stretch it for you. "
     "This is an old method called \"spray and stretch\".",
     "cct afp"},
    {"stretch.if_worse", "If stretching makes the pain worse, stop and see a doctor.", "nhsb-r"},

    // Massage and self-massage.
    {"massage.relieves", "Massage can ease knot pain.", "s0"},
    {"massage.short_lived",
     "Massage can relax the tight muscle behind a knot. But this only lasts a while, usually a day "
     "or two.",
     "s0"},
    {"massage.mechanism",
     "One idea is that pressing on the tissue around a knot slows its blood flow for a moment. "
     "When the pressure lifts, blood rushes in. This helps the muscle relax and brings it "
     "nutrients.",
     "s0"},
    {"massage.dose.icma",
     "In trials, the therapist pressed as hard as the person could bear. Each press lasted about "
     "60 seconds, once a week for 4 weeks.",
     "icma"},
    {"massage.dose.nct", "One trial protocol held each pressure for 90 seconds.", "nct"},
    {"massage.evidence",
     "Reviews do not agree. Some find that pressing on a knot gives quick relief that does not "
     "last long. One review found it made the knot less tender to press, but it did not change the "
     "pain people felt. Another found the proof weak for pain that has lasted a long time.",
     "icneck vs icma den"},
    {"pro.aims",
     "Massage, dry needling and electrical stimulation all aim to loosen tight muscle and fascia. "
     "They also aim to bring more blood to the area.",
     "s1"},
    {"precaution.wounds_fractures", "Not over open wounds or broken bones.", "frd"},
    {"smr.mechanism",
     "Rubbing your own knots with a foam roller or a ball can work a bit like a massage from a "
     "professional.",
     "s0 s1"},
    {"smr.dose.seed",
     "Roll a foam roller, a hard ball or a length of plastic pipe back and forth over the sore "
     "spots.",
     "s1"},
    {"smr.dose.frp",
     "Roll each area for 30 to 120 seconds. Do 1 to 3 rounds, with 30 seconds of rest between "
     "them. Take about 3 seconds for each roll and press with medium force. You may pause on "
     "tender spots.",
     "frp"},
    {"smr.dvt",
     "If you have a blood clot in a deep vein (called DVT), ask a doctor before you use a roller.",
     "frd"},
    {"smr.where",
     "Roll only on muscle, such as the calves, thighs, buttocks and upper back. Do not roll over "
     "joints, bony points, the neck, the lower spine or the belly.",
     "harv-roll fit"},
    {"smr.osteoporosis", "If you have thin, weak bones (osteoporosis), do not use a roller.",
     "fit"},
    {"smr.evidence",
     "In studies, rolling helped people move further for a short time and made them less sore "
     "after exercise. Programmes of four weeks or more gave mixed results. These studies did not "
     "look at knots.",
     "smr fr2"},

    // Dry needling and electrical stimulation.
    {"dn.mechanism",
     "A trained physical therapist or doctor puts a thin needle into the knot. This aims to ease "
     "its tightness, bring more blood and relieve pain.",
     "cct s1"},
    {"dn.evidence",
     "Reviews find that dry needling eases neck knot pain straight away and for a short time "
     "after. It works better than a fake (sham) treatment.",
     "dn1 dn2"},
    {"dn.bleeding",
     "If you have a bleeding problem or take blood thinners, ask a doctor before dry needling.",
     "dnae dnci"},
    {"dn.needles", "Not for people who fear needles.", "dnae dnci"},
    {"dn.side_effects",
     "About 1 in 5 treatments leave mild bruises, bleeding or soreness. Serious problems are very "
     "rare: 4 in 10,000 or fewer.",
     "dnae"},
    {"dn.chest",
     "Needling over the chest wall carries a rare but serious risk of a collapsed lung.", "pnx"},
    {"tens.mechanism",
     "A TENS machine is a small device that sends mild electric pulses through the skin. These "
     "block pain signals and help the body make its own painkillers (endorphins).",
     "tensl"},
    {"tens.dose", "At least 40 minutes, 3 to 4 times a day, at a strong but comfortable tingle.",
     "tensl"},
    {"tens.contraindications",
     "Do not use it if you have a pacemaker or epilepsy, or if you are pregnant.", "tensl"},
    {"tens.pads",
     "No pads on the throat, the front of the neck or the chest, over the spine, or near the "
     "eyes.",
     "tensl cuh-tens"},
    {"tens.skin", "Only on skin with normal feeling.", "nbt"},
    {"tens.adjunct",
     "It eases pain more than exercise alone in trials; use it alongside other care, not on its "
     "own.",
     "tens"},

    // Physical therapy, breaks, sleep and stress, doctors.
    {"pt.mechanism",
     "A physical therapist can massage the sore spots and guide you through exercises. These "
     "exercises build strength, stretch and relax the muscles.",
     "s0 cct"},
    {"pt.dose", "Strength work, stretches, and exercise that gets your heart going.", "cct"},
    {"pt.early", "Care tends to work better if it starts early, before knots settle in.", "cct"},
    {"pt.evidence",
     "Exercise programmes ease knot pain by a small to medium amount. In a trial for long-lasting "
     "shoulder pain, 55 in 100 people who had physical therapy were better at 12 weeks. Of those "
     "who did not, 14 in 100 were.",
     "exma bron"},
    {"breaks.mechanism",
     "Active breaks that change your posture reduce pain and discomfort in office workers.",
     "waon"},
    {"breaks.dose.hse", "Change position regularly; do not hold your neck still at a desk.", "hse"},
    {"breaks.dose.active", "Take breaks where you stand up, move about and change your posture.",
     "waon"},
    {"breaks.dose.glutes",
     "With knots in the buttock muscles, sit for no more than 15 to 20 minutes at a time.",
     "nam-gmin"},
    {"breaks.evidence",
     "Extra work breaks on their own may help you get more done, but may not change the pain.",
     "coch"},
    {"sleep.mechanism",
     "Poor sleep goes with knot pain, but no one knows yet which causes which. Stress may make "
     "knots more likely, perhaps because people under stress clench their muscles.",
     "slp mayo"},
    {"sleep.dose", "Sleep on a low, firm pillow and a firm mattress, and not on your front.",
     "hse"},
    {"sleep.relax",
     "Ways to relax can help. Biofeedback (a machine shows how tense your muscles are, so you "
     "learn to relax them) or talking therapy (CBT) can help with sleep and worry.",
     "mayo cct"},
    {"doctor.mechanism",
     "A doctor can find out what is causing the pain. They can offer care you cannot give "
     "yourself, such as medicines or injections.",
     "afp cct mayo"},
    {"emergency.mechanism", "Call emergency services or go to an emergency department now.",
     "nhsb"},

    // Why rules fire.
    {"rule.pt.daily_life",
     "Knots that affect your daily life are worth showing to a physical therapist.", "s0 dev"},
    {"rule.pt.lasting",
     "Many knots settle within a week or two. If yours has lasted longer without getting better, "
     "have a physical therapist look at it.",
     "s0 s1 mpft"},
    {"rule.serious_pain.massage",
     "If the pain is serious, a professional can help you get better faster. Massage is one way "
     "they may help.",
     "s1"},
    {"rule.serious_pain.needling",
     "If the pain is serious, a professional can help you get better faster. Dry needling is one "
     "way they may help.",
     "s1"},
    {"rule.serious_pain.tens",
     "If the pain is serious, a professional can help you get better faster. Mild electric pulses "
     "are one way they may help.",
     "s1"},
    {"rule.low_back.no_tens",
     "For low back pain, NICE (which advises the NHS in England) says not to use electric pulses "
     "such as TENS.",
     "ng59-ifp ng59-bmj"},
    {"rule.low_back.no_needling",
     "For low back pain, NICE (which advises the NHS in England) says not to offer acupuncture. "
     "Dry needling uses the same kind of thin needle, and it is not among the treatments NICE "
     "recommends.",
     "ng59-ifp ng59-news cct"},
    {"massage.low_back",
     "For low back pain, NICE advises massage only along with exercise. There is not enough proof "
     "that massage helps on its own.",
     "ng59-news ng59-fht"},
    {"emergency.call_at_once",
     "With signs of a stroke or a heart attack, call the emergency number straight away.",
     "fast nhs-ha"},
    {"emergency.ambulance", "Ask for an ambulance. Do not drive yourself.", "nhsi-dvt glos-dvt"},
    {"neck.no_collar",
     "Do not wear a neck collar unless a doctor tells you to. It is better to keep your neck "
     "moving.",
     "hse"},
    {"rule.cold.acute", "In the first days after a strain, or with swelling, use cold, not heat.",
     "mpa nhss hw"},
    {"rule.stretch.after_exercise",
     "Right after exercise the muscles are warm: a good time to "
     "stretch.",
     "s0"},
    {"rule.stretch.before_bed", "Before bed is a good time to stretch.", "s0"},
    {"rule.breaks.posture",
     "Sitting hunched or holding one posture strains the muscles; breaking it up helps.",
     "s1 waon hse"},
    {"rule.breaks.desk",
     "If you work at a desk, take active breaks: stand up, change your posture, roll your "
     "shoulders and turn your neck.",
     "s1 waon"},
    {"rule.sleep.causes",
     "Poor sleep goes with knots, but no one knows which causes which. Stress may make knots more "
     "likely. Ways to relax and getting enough sleep are part of self-care.",
     "slp mayo cch"},
    {"rule.heat.stiffness", "Heat suits stiffness and spasm.", "nhsb-r"},
    {"rule.heat.before_exercise", "Heat before you exercise or stretch loosens the muscles.",
     "ced"},
    {"rule.doctor.chronic",
     "Knots that have lasted 6 months or more tend to do worse. A doctor can look for things that "
     "keep them going, such as low vitamin D or iron, how you sit or work, and stress or worry.",
     "sp1 vitd"},

    {"rule.doctor.severe_pain", "Very bad pain is a reason to see a doctor.", "nhsb"},
    {"rule.doctor.worsening", "Pain that keeps getting worse is a reason to see a doctor.",
     "nhsb mayo"},
    {"rule.doctor.daily_life",
     "Pain that stops you doing your daily activities is a reason to see a doctor.", "nhsb"},
    {"rule.doctor.sleep",
     "Pain so bad that you have trouble sleeping should be checked by a doctor today.", "nhsb"},
    {"rule.pt.sleep",
     "Knots that spoil your sleep affect your quality of life. A physical therapist can help.",
     "s0"},
    {"fresh.rest", "For the first 2 to 3 days after a strain or a knock, rest it.", "nhss"},
    {"fresh.no_massage",
     "In the first couple of days after a strain or a knock, do not have a massage: it can make "
     "swelling worse.",
     "nhss"},
    {"fresh.no_rolling",
     "In the first couple of days after a strain or a knock, or with swelling, do not roll over "
     "the area.",
     "nhss frd"},
    {"rule.shoulder.very_bad_pain",
     "Sudden or very bad pain in the shoulder should be seen by a doctor today.", "nhs-sh"},
    {"rule.shoulder.after_injury",
     "Shoulder pain that started after an injury or a fall should be seen by a doctor today.",
     "nhs-sh"},
    {"rule.shoulder.hot_or_swollen",
     "A shoulder that is badly swollen, or hot to touch, should be seen by a doctor today.",
     "nhs-sh"},
    {"clot.hands_off",
     "With signs of a blood clot, do not massage, roll, heat or stretch the leg until a doctor "
     "has checked it.",
     "nhsi-dvt gpo-calf frd"},
    {"massage.blood_thinners",
     "If you take a blood thinner or have a bleeding problem, tell the therapist. Deep or "
     "forceful massage is not advised for you.",
     "nccih-mas"},
    {"smr.blood_thinners",
     "If you take a blood thinner or have a bleeding problem, press only lightly. Deep, forceful "
     "pressure is not advised for you.",
     "nccih-mas"},
    {"place.not_here", "It is not done on that part of the body."},
    {"place.sending", "Not where it hurts, but on the muscles that may send the pain there:"},

    // Painkillers: which, for where, and who must ask first; never an amount.
    {"painkillers.mechanism", "Painkillers can ease the pain. You can buy them at a pharmacy.",
     "hse nhs-sh mayo cct"},
    {"painkillers.dose",
     "Take paracetamol or ibuprofen tablets, or rub ibuprofen gel on the sore area. A pharmacist "
     "can tell you which suits you. Follow the leaflet that comes with the medicine.",
     "hse nhs-sh nhs-para nhs-ibu-how"},
    {"painkillers.dose.back",
     "For low back pain, try an anti-inflammatory painkiller such as ibuprofen. Paracetamol on "
     "its own is not advised. A pharmacist can tell you which suits you, and the leaflet how to "
     "take it. Take the lowest dose that helps, for the shortest time you need it.",
     "nhsb ng59 backcare"},
    {"painkillers.dose.ask",
     "Ask a pharmacist which painkiller is safe for you. Follow the leaflet that comes with it.",
     "nhs-sh nhs-para"},
    {"painkillers.dose.fresh",
     "For the first couple of days after a strain, ibuprofen and painkillers like it may slow "
     "healing. Ask a pharmacist which painkiller to take. Follow the leaflet that comes with it.",
     "nca-sti nca-br pcc-sprains"},
    {"painkillers.no_ibuprofen",
     "Do not take ibuprofen, as tablets or gel, if you are pregnant. Do not take it if aspirin, "
     "ibuprofen or a medicine like them ever gave you a bad reaction. Paracetamol is safe in "
     "pregnancy.",
     "nhs-ibu nhs-para"},
    {"painkillers.blood_thinners",
     "If you take a blood thinner, do not take ibuprofen or aspirin unless your doctor says so. "
     "This includes gels you rub on the skin. Paracetamol is usually safer. Ask a pharmacist "
     "before you buy any "
     "medicine.",
     "nhs-chq858 ply-dvt pi-apix"},
    {"painkillers.ask_first",
     "Ask a pharmacist or doctor before you take ibuprofen: it is not safe for everyone. Ask "
     "first if you have asthma, a stomach ulcer or a bleeding problem. Ask first if you have "
     "heart, kidney or liver problems or high blood pressure, or if you are over 65.",
     "nhs-ibu nhs-nsaid"},
    {"painkillers.paracetamol_check",
     "Do you have kidney or liver problems? Then ask a doctor or pharmacist before you take "
     "paracetamol too.",
     "nhs-para"},
    {"painkillers.leaflet",
     "Take no more than the leaflet says. Do not take two medicines that both have paracetamol "
     "in them.",
     "nhs-para nhs-ibu-how"},
    {"painkillers.not_helping", "If painkillers are not helping, see a doctor.", "hse"},

    {"dn.pregnancy",
     "If you are pregnant, tell the therapist. Experts advise care with needles while you are "
     "pregnant.",
     "mcd"},

    // Red flags: the signs, in the person's words.
    {"flag.leg_clot_signs",
     "Pain and swelling in one leg (rarely both), usually in the calf, with skin that is warm, red "
     "or darker than usual. This may be a blood clot in a deep vein (DVT) rather than a knot.",
     "nhs-dvt nhsi-dvt hse-dvt uclh-dvt"},
    {"flag.lung_clot_signs",
     "Pain or swelling in one leg with breathlessness, chest pain, coughing up blood or "
     "fainting. A clot may have reached the lungs.",
     "nhsi-dvt nhs-dvt glos-dvt"},
    {"flag.cannot_move_arm", "You cannot move your arm.", "nhs-sh"},
    {"flag.stroke_signs",
     "Signs of a stroke: a face that droops on one side, arms you cannot lift and keep up, or "
     "slurred speech. Or a sudden loss of sight, weakness or numbness on one side, confusion, or "
     "dizziness.",
     "fast"},
    {"flag.leg_symptoms_both_sides", "Pain, tingling, weakness or numbness in both legs.", "nhsb"},
    {"flag.saddle_numbness", "Numbness around the genitals or the buttocks.", "nhsb"},
    {"flag.bladder_or_bowel_change", "Trouble peeing, or losing control of your bladder or bowels.",
     "nhsb"},
    {"flag.chest_pain",
     "Chest pain or tightness, or pain spreading from your chest to your arm, neck, jaw or back. "
     "You may also be short of breath, sweaty, or feel or be sick. Some heart attacks cause back "
     "or jaw pain with breathlessness or feeling sick, but no chest pain.",
     "nhsb kch nhs-ha"},
    {"flag.broken_bone_signs",
     "After a fall or an injury: very bad pain, or you cannot stand, put weight on your leg or "
     "move it, or your leg looks shorter or turns outwards. At the foot or heel: it is an odd "
     "shape, or you heard a snap or pop as it happened. You may have broken a bone or torn a "
     "tendon. You may still be able to stand or walk with a broken hip.",
     "nhs-hipfx nhs-heel"},
    {"flag.eye_emergency_signs",
     "Eye pain that came on suddenly or keeps you awake at night. Or a red eye with a change in "
     "your sight, light that hurts your eyes, or a very bad headache and feeling sick.",
     "nhs-eye nhs-red-eye"},
    {"flag.eye_urgent_signs",
     "Very bad eye pain, a very red eye, light that hurts your eyes, or a change in your sight, "
     "such as blurring.",
     "nhs-eye"},
    {"flag.temporal_arteritis_signs",
     "Bad headaches that come often, sore and tender temples, jaw pain when you eat or talk, or "
     "problems with your sight, such as seeing double. These can be signs of temporal arteritis, "
     "where blood vessels in the head swell. It is most common over 50 and needs treating "
     "quickly.",
     "nhs-gca nid-gca"},
    {"flag.trapped_hernia_signs",
     "You have a hernia (a lump in your groin) and it becomes firm or tender, or you can no "
     "longer push it back in. Or it comes with sudden, very bad pain, being sick, or trouble "
     "pooing or passing wind.",
     "borders-hernia"},
    {"flag.serious_accident", "Pain that started after a serious accident.", "nhsb"},
    {"flag.severe_headache_fever_or_rash",
     "Neck pain with a very bad headache, with or without a fever or a rash that does not fade "
     "when pressed.",
     "gpo"},
    {"flag.high_temperature", "A fever, or feeling unwell.", "nhsb mpft"},
    {"flag.unexplained_weight_loss", "Weight loss you cannot explain.", "nhsb mpft"},
    {"flag.lump_or_changed_shape", "A lump, a swelling, or a change in the shape of your back.",
     "nhsb"},
    {"flag.night_or_rest_pain", "Pain that rest does not ease, or that is worse at night.", "nhsb"},
    {"flag.worse_on_coughing_or_sneezing",
     "Pain that gets worse when you cough, sneeze or go to the toilet.", "nhsb"},
    {"flag.pain_between_shoulder_blades", "Pain between the shoulder blades.", "nhsb"},
    {"flag.new_numbness_or_weakness", "New tingling, numbness or weakness in your arms or legs.",
     "mpft"},
    {"flag.balance_or_coordination_change", "Changes in your balance or walking, or clumsy hands.",
     "mpft"},
    {"flag.vision_speech_or_swallowing_change",
     "Seeing double, feeling dizzy, fainting, or changes in your speech or swallowing.",
     "mpft fast"},
    {"flag.recent_neck_injury_or_surgery", "A recent injury to, or operation on, the neck.",
     "mpft"},
    {"flag.pins_and_needles_or_cold_arm", "Pins and needles, or an arm that feels cold.", "hse"},
    {"flag.serious_illness_history",
     "A health problem that means new pain should be checked. That is cancer, TB or HIV, now or "
     "in the past, or drug misuse. Or a weak immune system, thin bones (osteoporosis), or "
     "arthritis that makes joints swell.",
     "mpft cks"},
    {"flag.new_pain_under_20_or_over_55",
     "Pain like this that is new to you while you are under 20 or over 55.", "mpft cks"},
    {"flag.painkillers_not_working", "Painkillers are not helping.", "hse"},
    {"flag.cannot_cope", "The pain stops your daily activities, or you cannot cope with it.",
     "nhsb"},
    {"flag.worried", "You are worried about the pain.", "hse"},
    {"flags.expert_opinion",
     "Most warning signs in health advice are based on what experts think. Different advice does "
     "not always agree.",
     "fel"},

    // Causes and how to prevent them.
    {"from.new_activity", "Trying a new activity can leave knots.", "s1"},
    {"from.harder_than_usual_exercise",
     "Going harder than usual at a sport or in the gym can leave knots.", "s1 dom"},
    {"from.hunched_sitting", "Sitting hunched over a computer all day puts stress on your muscles.",
     "s1"},
    {"prevent.hunched_sitting",
     "Break up long sitting: stand up, roll your shoulders and turn your neck.", "s1 hse"},
    {"from.held_posture", "Holding any one position for a long time stresses the muscles.",
     "s1 dom"},
    {"prevent.held_posture", "Change your position often.", "hse"},
    {"from.repetitive_motion",
     "Overuse and repetitive motions at work or in hobbies can lead to knots.", "mayo"},
    {"prevent.repetitive_motion",
     "Take active breaks that change your posture. In office workers, such breaks eased pain.",
     "waon"},
    {"from.muscle_strain", "A strained spot in a muscle can turn into a knot.", "mayo"},
    {"prevent.muscle_strain",
     "For the first couple of days after a strain, use wrapped ice and avoid heat, alcohol and "
     "massage. Once you can move without the pain stopping you, keep moving.",
     "nhss mpa"},
    {"from.direct_trauma", "A direct blow to a muscle can leave a knot.", "dom sp1"},
    {"from.stress",
     "Stress and worry may make knots more likely. One idea is that they make people clench their "
     "muscles.",
     "mayo dom"},
    {"prevent.stress", "Ways to relax can help.", "mayo"},
    {"from.poor_sleep",
     "People with knot pain say they sleep much worse than others. It is not known which causes "
     "which.",
     "slp"},
    {"prevent.poor_sleep",
     "Sleep on a low, firm pillow and a firm mattress, not on your front, and get enough sleep.",
     "hse cch"},
    {"from.inactivity", "Inactive, weak muscles are prone to knots.", "mayo cch"},
    {"prevent.inactivity", "Keep active, for example by swimming.", "cch s1"},

    // The natural course.
    {"course.seeds", "Many knots go away on their own within a week or two.", "s0 s1"},
    {"course.neck_few_weeks", "Most neck pain lasts a few weeks.", "hse"},
    {"course.neck_nhs", "Some NHS advice says neck pain can take 6 to 12 weeks to settle.", "uhcw"},
    {"course.back", "Most back pain improves a lot within about 2 weeks.", "nhsb"},
    {"course.acute", "New knot pain often clears up by itself or with simple care.", "sp1"},
    {"course.chronic", "Knot pain that has lasted 6 months or more is less likely to clear up.",
     "sp1"},

    // What each triage level tells a person, and the steps they put first.
    {"triage.self_care",
     "You can look after this yourself for now. Watch for the warning signs below."},
    {"triage.physical_therapist", "See a physical therapist."},
    {"triage.doctor", "Make an appointment with your doctor."},
    {"triage.doctor_today",
     "See a doctor today. If you cannot, call your urgent health advice line."},
    {"triage.emergency", "Call emergency services or go to an emergency department now."},
    {"doctor.book", "Book an appointment with your doctor.", "nhsb hse"},
    // Until the person is seen: the guidelines' advice, which is not waiting.
    {"meanwhile.active",
     "Until you are seen, keep up your normal activities as far as you can. Long rest makes neck "
     "and back pain worse.",
     "nhsb hse ng59-news"},
    {"meanwhile.fresh",
     "Until you are seen, rest it for the first 2 to 3 days after a strain or a knock. Once you "
     "can move without the pain stopping you, keep moving.",
     "nhss"},
    // Who else to turn to, when the person can reach no one who gives the level's care.
    {"out_of_reach.physical_therapist",
     "If you cannot see a physical therapist, see a doctor instead. If you have no doctor you can "
     "see, call your local urgent health advice line (in the UK, NHS 111) to ask where to go.",
     "mpft nhsb neas-111"},
    {"out_of_reach.doctor",
     "If you have no doctor you can see, call your local urgent health advice line (in the UK, NHS "
     "111) to ask where to go.",
     "neas-111"},
    {"doctor.today",
     "See a doctor today. If you cannot, call your local urgent health advice line (in the UK, "
     "NHS 111).",
     "nhsb cks wmas"},
    {"emergency.now",
     "Call your local emergency number now, or go to an emergency department. It is 999 in the "
     "UK, 999 or 112 in Ireland, 112 in the rest of the EU, 911 in the US and Canada, 000 in "
     "Australia and 111 in New Zealand.",
     "nhsb kch gpo fast wmas hse-cp ec-112 fcc-911 hd-000 nz-hl"},
    // The same steps where the person is: each number with what it is for.
    {"emergency.united_kingdom", "Call 999 now, or go to A&E (the emergency department).", "wmas"},
    {"doctor_today.united_kingdom",
     "See a doctor today. If you cannot, call NHS 111 for urgent advice. It is free, day and "
     "night.",
     "wmas"},
    {"emergency.ireland", "Call 999 or 112 now, or go to an emergency department.",
     "hse-cp ci-ems"},
    {"doctor_today.ireland",
     "See your GP today. If the surgery is closed, call the GP out-of-hours service.", "hse-ooh"},
    {"emergency.european_union",
     "Call 112 now, or go to an emergency department. 112 works in every EU country.",
     "ec-112 ci-ems"},
    {"emergency.us_canada", "Call 911 now, or go to an emergency department.", "fcc-911 ab-911"},
    {"emergency.australia", "Call triple zero (000) now. Or go to an emergency department.",
     "hd-000"},
    {"doctor_today.australia",
     "See a doctor today. If you cannot, call healthdirect on 1800 022 222 to talk to a nurse.",
     "hd-care"},
    {"emergency.new_zealand", "In New Zealand, call 111 now, or go to an emergency department.",
     "nz-hl nz-111"},
    {"doctor_today.new_zealand",
     "See a doctor today. If you cannot, call Healthline on 0800 611 116. It is free, day and "
     "night.",
     "nz-hl"},
    {"doctor_today.elsewhere",
     "See a doctor today. If you cannot, get urgent medical advice where you are.", "nhsb cks"},
    {"review.not_better", "If the knots are no better by then, see a physical therapist.",
     "s1 mpft"},
    {"unknown.pain", "You did not say how bad the pain is. If it is very bad, see a doctor.",
     "nhsb"},
    {"unknown.since",
     "You did not say how long you have had the knots. If it is two weeks or more, see a "
     "physical therapist. If it is six months or more, see a doctor.",
     "s1 mpft sp1"},
    {"disclaimer",
     "This is general information. It is not a diagnosis. It does not replace a doctor or a "
     "physical therapist."},

    // Names in words: "<type>.<enumerator>", for every enumerator a plan shows a person.
    // The words for what a person reports (a form's choices): places, muscles, how it is going,
    // what brought it on, what they would rather, and their health. Labels, not claims, but for
    // where each muscle lies, which its sources give.
    {"region.head", "head"},
    {"region.eye", "around the eye"},
    {"region.face", "face"},
    {"region.jaw", "jaw"},
    {"region.neck", "neck"},
    {"region.shoulder", "shoulder"},
    {"region.upper_arm", "upper arm"},
    {"region.upper_back", "upper back"},
    {"region.lower_back", "lower back"},
    {"region.sacrum", "base of the spine"},
    {"region.buttock", "buttock"},
    {"region.hip", "hip"},
    {"region.groin", "groin"},
    {"region.thigh", "thigh"},
    {"region.calf", "calf"},
    {"region.foot", "foot"},
    {"region.heel", "heel"},
    {"muscle.upper_trapezius", "upper trapezius, along the top of the shoulder", "mlk-t nam"},
    {"muscle.levator_scapulae", "levator scapulae, at the side and back of the neck", "mlk-l"},
    {"muscle.sternocleidomastoid", "sternocleidomastoid, at the front and side of the neck", "fpn"},
    {"muscle.splenius_capitis", "splenius capitis, at the back of the neck", "fpn"},
    {"muscle.infraspinatus", "infraspinatus, on the shoulder blade", "mlk-i fpn"},
    {"muscle.supraspinatus", "supraspinatus, along the top of the shoulder blade", "fpn"},
    {"muscle.quadratus_lumborum", "quadratus lumborum, in the lower back", "nam-ql"},
    {"muscle.gluteus_medius", "gluteus medius, in the upper, outer buttock", "nam-gmed"},
    {"muscle.gluteus_minimus", "gluteus minimus, deep in the buttock", "nam-gmin"},
    {"muscle.gastrocnemius", "gastrocnemius, the calf muscle", "fpn"},
    {"muscle.soleus", "soleus, deep in the calf", "fpn"},
    {"trend.better", "getting better"},
    {"trend.same", "about the same"},
    {"trend.worse", "getting worse"},
    {"impact.none", "not at all"},
    {"impact.mild", "a little"},
    {"impact.moderate", "a lot"},
    {"impact.severe", "it stops me"},
    {"cause.new_activity", "a new activity"},
    {"cause.harder_than_usual_exercise", "exercise harder than usual"},
    {"cause.hunched_sitting", "sitting hunched, for example over a computer"},
    {"cause.held_posture", "holding one position for a long time"},
    {"cause.repetitive_motion", "the same movement over and over"},
    {"cause.muscle_strain", "a strained muscle"},
    {"cause.direct_trauma", "a blow to the muscle"},
    {"cause.stress", "stress or worry"},
    {"cause.poor_sleep", "poor sleep"},
    {"cause.inactivity", "not moving much"},
    {"preference.avoid_needles", "avoid needles"},
    {"preference.avoid_cold", "avoid cold"},
    {"preference.avoid_heat", "avoid heat"},
    {"preference.avoid_electrical_stimulation", "avoid electrical nerve stimulation (TENS)"},
    {"preference.prefers_self_care", "look after it myself where I can"},
    {"health_fact.pacemaker", "a pacemaker"},
    {"health_fact.epilepsy", "epilepsy"},
    {"health_fact.pregnancy", "pregnancy"},
    {"health_fact.bleeding_disorder", "a bleeding disorder"},
    {"health_fact.blood_thinners", "medicine that thins the blood"},
    {"health_fact.diabetes", "diabetes"},
    {"health_fact.reduced_skin_sensation", "numb skin, or skin that feels touch less than usual"},
    {"health_fact.heart_or_circulation_problem", "a heart or circulation problem"},
    {"health_fact.fresh_strain", "a strain or injury in the last few days"},
    {"health_fact.swelling", "swelling where it hurts"},
    {"health_fact.skin_hot_to_touch", "skin that feels hot where it hurts"},
    {"health_fact.open_wound", "an open wound where it hurts"},
    {"health_fact.fracture", "a broken bone where it hurts"},
    {"health_fact.deep_vein_thrombosis", "a blood clot in a vein (DVT)"},
    {"health_fact.osteoporosis", "thin bones (osteoporosis)"},
    {"health_fact.asthma", "asthma"},
    {"health_fact.stomach_ulcer", "a stomach ulcer, now or in the past"},
    {"health_fact.kidney_problem", "a kidney problem"},
    {"health_fact.liver_problem", "a liver problem"},
    {"health_fact.high_blood_pressure", "high blood pressure"},
    {"health_fact.reaction_to_anti_inflammatories",
     "a bad reaction to aspirin, ibuprofen or a similar medicine"},
    {"health_fact.aged_65_or_over", "being 65 or over"},
    {"country.united_kingdom", "the UK"},
    {"country.ireland", "Ireland"},
    {"country.european_union", "another EU country"},
    {"country.united_states", "the US"},
    {"country.canada", "Canada"},
    {"country.australia", "Australia"},
    {"country.new_zealand", "New Zealand"},
    {"intervention.watchful_waiting", "Give it time"},
    {"intervention.heat", "Heat"},
    {"intervention.cold", "Cold"},
    {"intervention.stretching", "Stretching"},
    {"intervention.massage", "Massage"},
    {"intervention.self_myofascial_release", "Self-massage with a roller or ball"},
    {"intervention.dry_needling", "Dry needling"},
    {"intervention.electrical_stimulation", "Electrical nerve stimulation (TENS)"},
    {"intervention.physical_therapy", "Physical therapy"},
    {"intervention.micro_breaks", "Active breaks"},
    {"intervention.sleep_and_stress", "Sleep and stress"},
    {"intervention.see_doctor", "See a doctor"},
    {"intervention.emergency_care", "Emergency care"},
    {"intervention.painkillers", "Painkillers"},
    {"provider.self", "by yourself"},
    {"provider.physical_therapist", "with a physical therapist"},
    {"provider.massage_therapist", "with a massage therapist"},
    {"provider.doctor", "with a doctor"},
    {"provider.emergency_services", "emergency services"},
    {"moment.any_time", "any time"},
    {"moment.after_exercise", "after exercise"},
    {"moment.before_exercise", "before exercise"},
    {"moment.before_bed", "before bed"},
    {"moment.at_desk", "at your desk"},
    {"equipment.heating_pad", "a heating pad"},
    {"equipment.hot_water_bottle", "a hot water bottle"},
    {"equipment.warm_bath_or_shower", "a warm bath or shower"},
    {"equipment.ice_pack", "an ice pack"},
    {"equipment.frozen_peas", "a bag of frozen peas"},
    {"equipment.tea_towel", "a tea towel"},
    {"equipment.foam_roller", "a foam roller"},
    {"equipment.lacrosse_ball", "a lacrosse ball"},
    {"equipment.hard_ball", "a hard ball"},
    {"equipment.pvc_pipe", "a length of plastic (PVC) pipe"},
    {"equipment.tens_unit", "a TENS machine"},
    {"evidence_grade.high", "strong evidence"},
    {"evidence_grade.moderate", "fair evidence from studies"},
    {"evidence_grade.low", "some evidence from small studies"},
    {"evidence_grade.very_low", "very weak evidence"},
    {"evidence_grade.ungraded_review", "studies found it helps, but the proof was not graded"},
    {"evidence_grade.expert_opinion", "expert advice, not tested in trials"},
    {"evidence_grade.practice", "a practical tip, not tested in studies"},
};

}  // namespace knotguide::defaults

#endif  // KNOTGUIDE_KNOWLEDGE_DEFAULT_TEXTS_HPP
