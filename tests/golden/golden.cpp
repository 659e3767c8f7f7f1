// Golden files: the text, JSON and CDS Hooks forms of sample plans, committed under
// tests/golden/ and compared byte for byte, so that any change to what people and programs
// receive shows up in review.
//
//   golden check <dir>    fails, naming the file and line, where a committed file differs
//   golden update <dir>   rewrites the committed files
//   golden samples <dir>  writes many assessments, plans, explanations and CDS responses as
//                         JSON arrays, for the schema validation test
#include <iostream>
#include <knotguide/cds_hooks.hpp>
#include <knotguide/io.hpp>
#include <knotguide/json.hpp>
#include <knotguide/words.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "../support/files.hpp"
#include "../support/samples.hpp"
#include "../support/variety.hpp"

namespace kg = knotguide;

namespace {

// Chest pain while lifting: an emergency sign, so the plan is emergency care alone.
constexpr kg::assessment chest_pain{.knots = {{.region = kg::region::upper_back}},
                                    .pain = kg::pain_score{8},
                                    .since = kg::days{0},
                                    .red_flags = {kg::red_flag::chest_pain},
                                    .moment = kg::moment::after_exercise};

// A runner's calf knot two days old, swollen and hot to the touch: the signs of a clot in a deep
// vein, so a doctor today, the sign first, and nothing to roll or rub.
constexpr kg::assessment calf_clot{
    .knots = {{.muscle = kg::muscle::gastrocnemius}},
    .pain = kg::pain_score{6},
    .since = kg::days{2},
    .causes = {kg::cause::harder_than_usual_exercise},
    .health = {kg::health_fact::swelling, kg::health_fact::skin_hot_to_touch}};

// A stiff neck from holding one position, in someone with asthma: painkillers, and to ask a
// pharmacist before ibuprofen.
constexpr kg::assessment neck_painkillers{.knots = {{.region = kg::region::neck}},
                                          .pain = kg::pain_score{5},
                                          .since = kg::days{4},
                                          .causes = {kg::cause::held_posture},
                                          .symptoms = {kg::symptom::stiffness},
                                          .health = {kg::health_fact::asthma},
                                          .country = kg::country::united_kingdom};

// A shoulder knot in someone who takes a blood thinner and has a foam roller: light pressure,
// tell the therapist, no ibuprofen or dry needling.
constexpr kg::assessment blood_thinners{
    .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::left}},
    .pain = kg::pain_score{6},
    .since = kg::days{5},
    .causes = {kg::cause::hunched_sitting},
    .equipment = {kg::equipment::foam_roller},
    .health = {kg::health_fact::blood_thinners},
    .country = kg::country::ireland};

// Hip pain a day after a fall, in someone over 55 for whom it is new: a doctor, and the signs
// of a broken hip to watch for.
constexpr kg::assessment hip_after_fall{.knots = {{.region = kg::region::hip}},
                                        .pain = kg::pain_score{6},
                                        .since = kg::days{1},
                                        .causes = {kg::cause::direct_trauma},
                                        .red_flags = {kg::red_flag::new_pain_under_20_or_over_55},
                                        .country = kg::country::united_kingdom};

// A sore left upper arm for two days in someone with a heart condition: a heart attack's signs
// to watch for, where its pain may spread.
constexpr kg::assessment left_arm_heart{
    .knots = {{.region = kg::region::upper_arm, .side = kg::side::left}},
    .pain = kg::pain_score{4},
    .since = kg::days{2},
    .health = {kg::health_fact::heart_or_circulation_problem}};

// Low back pain in someone with a pacemaker who owns a TENS machine: told not to use it, and why.
constexpr kg::assessment pacemaker_tens{.knots = {{.region = kg::region::lower_back}},
                                        .pain = kg::pain_score{5},
                                        .since = kg::days{4},
                                        .equipment = {kg::equipment::tens_unit},
                                        .health = {kg::health_fact::pacemaker}};

// A low back knot in someone with thin bones who has no doctor to see: a doctor still, what to do
// until then, and who else to turn to.
constexpr kg::assessment back_no_doctor{
    .knots = {{.region = kg::region::lower_back}},
    .pain = kg::pain_score{4},
    .since = kg::days{6},
    .access = {kg::provider::self, kg::provider::physical_therapist,
               kg::provider::emergency_services},
    .health = {kg::health_fact::osteoporosis}};

struct golden_case {
  const char* name;
  const kg::assessment& input;
};
constexpr golden_case cases[] = {{"desk_worker", samples::desk_worker},
                                 {"runner", samples::runner},
                                 {"numb_arm", samples::numb_arm},
                                 {"chest_pain", chest_pain},
                                 {"calf_clot", calf_clot},
                                 {"neck_painkillers", neck_painkillers},
                                 {"blood_thinners", blood_thinners},
                                 {"hip_after_fall", hip_after_fall},
                                 {"left_arm_heart", left_arm_heart},
                                 {"pacemaker_tens", pacemaker_tens},
                                 {"back_no_doctor", back_no_doctor}};

struct output {
  std::string file;
  std::string text;
};

// Each case's four forms.
template <class Visit>
void each_output(Visit&& visit) {
  const kg::json_style pretty{.indent = 2};
  for (const golden_case& c : cases) {
    const auto made = kg::recommend(c.input);
    if (!made) {
      std::cerr << c.name << ": " << made.error() << '\n';
      std::exit(1);
    }
    std::ostringstream words;
    words << kg::in_words(c.input, *made);
    const std::string name = c.name;
    visit(output{name + ".assessment.json", kg::write_json(c.input, pretty) + "\n"});
    visit(output{name + ".plan.json", kg::write_json(*made, pretty) + "\n"});
    visit(output{name + ".plan.txt", words.str()});
    visit(output{name + ".cds.json",
                 kg::cds_hooks_response(*made, kg::default_knowledge, pretty) + "\n"});
  }
}

// The first line where two texts differ, 1-based.
std::size_t first_difference(const std::string& a, const std::string& b) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) {
      return line;
    }
    line += a[i] == '\n' ? 1 : 0;
  }
  return line;
}

int check(const std::string& dir) {
  int failures = 0;
  int files = 0;
  each_output([&](const output& o) {
    ++files;
    const std::string committed =
        testing_files::read_file(dir + "/" + o.file).value_or("<missing>");
    if (committed != o.text) {
      ++failures;
      std::cerr << "golden: " << dir << "/" << o.file << " differs from line "
                << first_difference(committed, o.text) << "\n";
    }
  });
  if (failures > 0) {
    std::cerr << "golden: if the change is intended, rewrite them with\n"
                 "  cmake --build <build dir> --target knotguide_update_golden\n"
                 "and review the diff before committing it.\n";
    return 1;
  }
  std::cout << "golden: " << files << " files match\n";
  return 0;
}

int update(const std::string& dir) {
  int failures = 0;
  each_output([&](const output& o) {
    failures += testing_files::write_file(dir + "/" + o.file, o.text) ? 0 : 1;
  });
  return failures == 0 ? 0 : 1;
}

// JSON arrays of every variety assessment and its plan, explanation and CDS response.
int samples_to(const std::string& dir) {
  std::string assessments = "[";
  std::string plans = "[";
  std::string explanations = "[";
  std::string responses = "[";
  const char* gap = "";
  variety::each_assessment([&](const kg::assessment& a) {
    const auto made = kg::recommend(a);
    const auto why = kg::explain(a, kg::intervention::dry_needling);
    if (!made || !why) {
      std::cerr << "golden: a variety assessment was refused: " << a << '\n';
      std::exit(1);
    }
    (assessments += gap) += kg::write_json(a);
    (plans += gap) += kg::write_json(*made);
    (explanations += gap) += kg::write_json(*why);
    (responses += gap) += kg::cds_hooks_response(*made);
    gap = ",";
  });
  const bool ok = testing_files::write_file(dir + "/assessments.json", assessments + "]") &&
                  testing_files::write_file(dir + "/plans.json", plans + "]") &&
                  testing_files::write_file(dir + "/explanations.json", explanations + "]") &&
                  testing_files::write_file(dir + "/cds-responses.json", responses + "]");
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc == 3 ? argv[1] : "";
  if (mode == "check") {
    return check(argv[2]);
  }
  if (mode == "update") {
    return update(argv[2]);
  }
  if (mode == "samples") {
    return samples_to(argv[2]);
  }
  std::cerr << "usage: golden <check|update|samples> <directory>\n";
  return 2;
}
