// Where the default knowledge base holds each claim of the two seed articles: one test per item
// of the checklist in research/knowledge.md, section 0 ("s0" is the NYT article, "s1" the
// exercise physiologist's advice).
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>
#include <type_traits>
#include <vector>

namespace kg = knotguide;

namespace {

constexpr const kg::knowledge_base& kb = kg::default_knowledge;

bool lists(const kg::citations& cited, kg::text_view id) {
  for (const kg::text_view c : cited) {
    if (c == id) {
      return true;
    }
  }
  return false;
}

// The catalog entry exists, cites the source, and (optionally) says the phrase.
bool says(kg::text_id id, kg::text_view source_id, kg::text_view phrase = {}) {
  const kg::text_entry* t = kg::find_text(kb, id);
  return t != nullptr && lists(t->sources, source_id) &&
         (phrase.empty() || t->text.find(phrase) != kg::text_view::npos);
}

const kg::intervention_profile& profile(kg::intervention which) {
  const kg::intervention_profile* p = kg::find_profile(kb, which);
  REQUIRE(p != nullptr);
  return *p;
}

// What one intervention's rows of a keyed table hold (`part` of each), in the table's order.
template <class Row, class Part>
auto rows_of(kg::view<Row> table, kg::intervention which, Part part) {
  std::vector<std::decay_t<decltype(part(table[0]))>> found;
  for (const Row& row : table) {
    if (row.which == which) {
      found.push_back(part(row));
    }
  }
  return found;
}
std::vector<kg::dose> doses_of(kg::intervention which) {
  return rows_of(kb.doses, which, [](const kg::dose_entry& row) { return row.dose; });
}
std::vector<kg::text_id> notes_of(kg::intervention which) {
  return rows_of(kb.notes, which, [](const kg::note_entry& row) { return row.text; });
}

const kg::rule* rule(kg::text_view id) {
  for (const kg::rule& r : kb.rules) {
    if (r.id == id) {
      return &r;
    }
  }
  return nullptr;
}

bool quotes(kg::text_view source_id, kg::text_view expert) {
  const kg::source* s = kg::find_source(kb, source_id);
  if (s == nullptr) {
    return false;
  }
  for (const kg::text_view e : s->experts) {
    if (e.find(expert) != kg::text_view::npos) {
      return true;
    }
  }
  return false;
}

const kg::course_entry& seed_course() {
  for (const kg::course_entry& c : kb.course) {
    if (c.id == "seeds") {
      return c;
    }
  }
  FAIL("no course entry for the seeds");
  return kb.course[0];
}

}  // namespace

TEST_CASE("checklist 01: knots are found during a shoulder massage or foam rolling") {
  CHECK(says("knots.found", "s0", "foam roller"));
}

TEST_CASE("checklist 02: the bumps are called myofascial trigger points, or muscle knots") {
  CHECK(says("knots.name", "s0", "myofascial trigger points"));
}

TEST_CASE("checklist 03: tender bumps, typically in the neck or back") {
  CHECK(says("knots.where", "s0", "neck or back"));
  CHECK(kg::enum_count<kg::symptom> > 0);
  CHECK(kg::region_of(kg::muscle::levator_scapulae) == kg::region::neck);
}

TEST_CASE("checklist 04: many knots go away on their own after a week or two") {
  CHECK(lists(seed_course().sources, "s0"));
  CHECK(seed_course().window == kg::range<kg::days>{kg::days{7}, kg::days{14}});
  CHECK(says("course.seeds", "s0", "week or two"));
}

TEST_CASE("checklist 05: a few treatments can reduce pain and speed healing") {
  CHECK(says("knots.help", "s0", "speed healing"));
}

TEST_CASE("checklist 06: studies suggest both heat and ice can reduce knot pain") {
  CHECK(says("heat_cold.studies", "s0"));
  CHECK(lists(profile(kg::intervention::heat).sources, "s0"));
  CHECK(lists(profile(kg::intervention::cold).sources, "s0"));
}

TEST_CASE("checklist 07: heat and ice packs do not break up the knots") {
  CHECK(says("heat.mechanism", "s0", "does not break up the knot"));
  CHECK(says("cold.mechanism", "s0", "does not break up the knot"));
  for (const auto which : {kg::intervention::heat, kg::intervention::cold}) {
    CHECK_FALSE(profile(which).does.contains(kg::benefit::resolves_knot));
    CHECK(profile(which).does.contains(kg::benefit::eases_symptoms));
  }
}

TEST_CASE("checklist 08: Gerber: heat or ice 'almost always useful for symptomatic improvement'") {
  CHECK(says("heat_cold.gerber", "s0", "almost always useful"));
  CHECK(quotes("s0", "Lynn Gerber"));
}

TEST_CASE("checklist 09: stretching does not eradicate knots") {
  CHECK_FALSE(profile(kg::intervention::stretching).does.contains(kg::benefit::resolves_knot));
  CHECK(says("stretch.mechanism", "s0", "does not get rid of the knot"));
}

TEST_CASE("checklist 10: DaPrato: stretching adds fluid so tissues 'slide and glide'") {
  CHECK(says("stretch.mechanism", "s0", "slide and glide"));
  CHECK(profile(kg::intervention::stretching).mechanism == "stretch.mechanism");
  CHECK(quotes("s0", "DaPrato"));
}

TEST_CASE("checklist 11: stretch after exercise, when warm, or before bed") {
  const auto& stretching = profile(kg::intervention::stretching);
  CHECK(stretching.suits.contains(kg::moment::after_exercise));
  CHECK(stretching.suits.contains(kg::moment::before_bed));
  REQUIRE(rule("stretch.after-exercise") != nullptr);
  REQUIRE(rule("stretch.before-bed") != nullptr);
  CHECK(lists(rule("stretch.after-exercise")->sources, "s0"));
  CHECK(rule("stretch.before-bed")->when.moments.contains(kg::moment::before_bed));
  CHECK(says("stretch.timing", "s0"));
}

TEST_CASE("checklist 12: massage can relieve knot pain") {
  CHECK(says("massage.relieves", "s0"));
  CHECK(profile(kg::intervention::massage).does.contains(kg::benefit::eases_symptoms));
}

TEST_CASE("checklist 13: massage relaxes the contractions only for a day or two") {
  CHECK(profile(kg::intervention::massage).relief_lasts ==
        kg::range<kg::days>{kg::days{1}, kg::days{2}});
  CHECK(says("massage.short_lived", "s0", "a day or two"));
}

TEST_CASE("checklist 14: Gillen: pressing around a knot restricts its blood flow") {
  CHECK(says("massage.mechanism", "s0", "slows its blood flow"));
  CHECK(quotes("s0", "Zachary Gillen"));
}

TEST_CASE("checklist 15: on release, blood rushes in, relaxing the contraction with nutrients") {
  CHECK(says("massage.mechanism", "s0", "blood rushes in"));
  CHECK(says("massage.mechanism", "s0", "brings it nutrients"));
}

TEST_CASE("checklist 16: self-massage with a lacrosse ball or foam roller works similarly") {
  const auto& smr = profile(kg::intervention::self_myofascial_release);
  CHECK(smr.equipment.contains(kg::equipment::lacrosse_ball));
  CHECK(smr.equipment.contains(kg::equipment::foam_roller));
  CHECK(says("smr.mechanism", "s0"));
}

TEST_CASE("checklist 17: for knots affecting quality of life, a physical therapist helps") {
  const kg::rule* r = rule("pt.daily-life");
  REQUIRE(r != nullptr);
  CHECK(r->effect == kg::rule_effect::escalate);
  CHECK(r->level == kg::triage::physical_therapist);
  CHECK(r->when.daily_impact.contains(kg::impact::moderate));
  CHECK(lists(r->sources, "s0"));
  CHECK(says("pt.mechanism", "s0", "massage the sore spots"));
}

TEST_CASE("checklist 18: everyone's muscles knot up, especially in the back and neck") {
  CHECK(says("knots.common", "s1", "back and neck"));
}

TEST_CASE("checklist 19: the official name is myofascial trigger points") {
  CHECK(says("knots.name", "s1", "official name"));
}

TEST_CASE("checklist 20: fascia is a thin layer of connective tissue around muscle") {
  CHECK(says("knots.fascia", "s1", "connective tissue"));
}

TEST_CASE("checklist 21: damage can inflame the fascia (a seed-only claim, disputed)") {
  const kg::text_entry* t = kg::find_text(kb, "knots.inflammation");
  REQUIRE(t != nullptr);
  CHECK(lists(t->sources, "s1"));
  CHECK(kg::seed_only(kb, t->sources));
  CHECK(lists(t->disputed_by, "sp1"));
}

TEST_CASE("checklist 22: the inflamed clumps are tender to the touch") {
  CHECK(says("knots.tender", "s1", "tender to the touch"));
  CHECK(kg::parse<kg::symptom>("tender_to_touch"));
}

TEST_CASE("checklist 23: knots can limit range of motion because of pain") {
  CHECK(says("knots.range", "s1"));
  CHECK(kg::parse<kg::symptom>("limited_range_of_motion"));
}

TEST_CASE("checklist 24: new activities or going harder than usual bring knots on") {
  for (const auto c : {kg::cause::new_activity, kg::cause::harder_than_usual_exercise}) {
    const kg::cause_entry* e = kg::find_cause(kb, c);
    REQUIRE(e != nullptr);
    CHECK(lists(e->sources, "s1"));
  }
  CHECK(says("from.new_activity", "s1"));
  CHECK(says("from.harder_than_usual_exercise", "s1", "harder than usual"));
}

TEST_CASE("checklist 25: hunched sitting or holding a position stresses the muscles") {
  for (const auto c : {kg::cause::hunched_sitting, kg::cause::held_posture}) {
    const kg::cause_entry* e = kg::find_cause(kb, c);
    REQUIRE(e != nullptr);
    CHECK(lists(e->sources, "s1"));
  }
  CHECK(says("from.hunched_sitting", "s1", "hunched"));
}

TEST_CASE("checklist 26: the easiest option is to wait while muscles adapt") {
  const auto& waiting = profile(kg::intervention::watchful_waiting);
  CHECK(waiting.mechanism == "waiting.mechanism");
  CHECK(says("waiting.mechanism", "s1", "wait"));
  CHECK(says("waiting.mechanism", "s1", "need time to get used"));
}

TEST_CASE("checklist 27: such knots resolve within a week or two without intervention") {
  CHECK(lists(seed_course().sources, "s1"));
  CHECK(profile(kg::intervention::watchful_waiting).does.contains(kg::benefit::resolves_knot));
  CHECK(doses_of(kg::intervention::watchful_waiting).at(0).keep_up ==
        kg::range<kg::days>{kg::days{7}, kg::days{14}});
}

TEST_CASE("checklist 28: in serious pain, massage, dry needling or electrical stimulation") {
  for (const kg::text_view id : {"serious-pain.massage", "serious-pain.dry-needling",
                                 "serious-pain.electrical-stimulation"}) {
    const kg::rule* r = rule(id);
    REQUIRE(r != nullptr);
    CHECK(r->effect == kg::rule_effect::raise);
    CHECK(r->when.pain_at_least == kg::pain_score{7});
    CHECK(lists(r->sources, "s1"));
  }
  CHECK(rule("serious-pain.dry-needling")->target == kg::intervention::dry_needling);
}

TEST_CASE("checklist 29: each aims to reduce tautness and increase blood flow") {
  CHECK(says("pro.aims", "s1", "loosen tight muscle"));
  CHECK(says("pro.aims", "s1", "more blood"));
}

TEST_CASE("checklist 30: more blood flow brings nutrients and oxygen, speeding recovery") {
  CHECK(says("knots.blood_flow", "s1", "oxygen"));
}

TEST_CASE("checklist 31: stretch at home; after desk sitting, shoulder rolls and neck turns") {
  CHECK(says("stretch.at_home", "s1"));
  CHECK(says("stretch.desk", "s1", "roll your shoulders"));
  CHECK(profile(kg::intervention::micro_breaks).suits.contains(kg::moment::at_desk));
  // The seeds' desk stretch is stretching's dose at the desk.
  bool has_desk_dose = false;
  for (const kg::dose& d : doses_of(kg::intervention::stretching)) {
    has_desk_dose =
        has_desk_dose || (d.text == "stretch.desk" && d.suits.contains(kg::moment::at_desk));
  }
  CHECK(has_desk_dose);
  CHECK(notes_of(kg::intervention::stretching).at(1) == "stretch.at_home");
}

TEST_CASE("checklist 32: roll a foam roller, hard ball or PVC pipe over sore spots") {
  const auto& smr = profile(kg::intervention::self_myofascial_release);
  CHECK(smr.equipment.contains(kg::equipment::foam_roller));
  CHECK(smr.equipment.contains(kg::equipment::hard_ball));
  CHECK(smr.equipment.contains(kg::equipment::pvc_pipe));
  CHECK(says("smr.dose.seed", "s1", "back and forth"));
}

TEST_CASE("checklist 33: nothing to worry about long term; keep exercising and stretching") {
  CHECK(says("knots.long_term", "s1", "Keep exercising"));
  CHECK(says("knots.long_term", "s1", "keep stretching"));
  // Shown with self-care only, where it reassures no one it should not.
  CHECK(kb.engine.long_term == "knots.long_term");
}
