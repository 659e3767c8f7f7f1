// knotguide: the command-line tool. A situation from flags or from assessment JSON (a file or
// stdin) becomes a plan, printed in words, Markdown, JSON or as a CDS Hooks card.
//
//   knotguide --muscle upper_trapezius --pain 6 --days 3 --cause hunched_sitting --moment at_desk
//   knotguide --input situation.json --json
//   echo '{"knots": [{"region": "neck"}]}' | knotguide --input - --explain heat
//   knotguide --interview      (asks one question at a time, then prints the plan)
//
// Exit codes: 0 for a plan (or an explanation, the help, the sources), 2 for bad input, with one
// line on stderr naming the flag or the JSON Pointer and the problem, 1 for anything else.
// A plan at emergency level also prints its first line on stderr, before anything on stdout,
// so that a script that pipes stdout away still shows it.
#include <unistd.h>
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <knotguide/cds_hooks.hpp>
#include <knotguide/io.hpp>
#include <knotguide/json.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/nlohmann.hpp>
#include <knotguide/words.hpp>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "../common/bounded_input.hpp"
#include "../common/one_line.hpp"
#include "../common/whole_number.hpp"
#include "closest_name.hpp"
#include "interview.hpp"

namespace kg = knotguide;

namespace {

constexpr int exit_failure = 1;
constexpr int exit_bad_input = 2;

// Input the tool refuses: its message is the one line the user sees.
struct bad_input {
  std::string message;
};

// "upper_trapezius, levator_scapulae, ... or soleus", from the enumeration's own names.
template <kg::named_enum E>
std::string names_of() {
  std::string list;
  const auto& names = kg::enum_traits<E>::names;
  for (std::size_t i = 0; i < std::size(names); ++i) {
    list += std::string{names[i]};
    list += i + 2 < std::size(names) ? ", " : i + 2 == std::size(names) ? " or " : "";
  }
  return list;
}

// Text the user gave, quoted for a one-line message.
std::string shown(std::string_view text) {
  return "\"" + knotguide_examples::one_line(text, 64) + "\"";
}

// "a muscle", "an intervention".
std::string with_article(kg::text_view noun) {
  const bool vowel = !noun.empty() && std::string_view{"aeiou"}.find(noun[0]) != std::string::npos;
  return (vowel ? "an " : "a ") + std::string{noun};
}

template <kg::named_enum E>
E parse_name(const std::string& flag, const std::string& text) {
  if (const kg::result<E> parsed = kg::parse<E>(text)) {
    return *parsed;
  }
  const std::string guess = knotguide_cli::closest_name<E>(text);
  throw bad_input{flag + ": " + shown(text) + " is not " +
                  with_article(kg::enum_traits<E>::type_name) +
                  (guess.empty() ? "; --help lists the names" : "; did you mean " + guess + "?")};
}

template <kg::named_enum E>
kg::flag_set<E> parse_names(const std::string& flag, const std::vector<std::string>& texts) {
  kg::flag_set<E> set;
  for (const std::string& text : texts) {
    set.insert(parse_name<E>(flag, text));
  }
  return set;
}

// A whole number from text, or bad input naming the flag and the range.
template <class N>
N parse_number(const std::string& flag, const std::string& text, const std::string& range) {
  if (const auto value = knotguide_examples::whole_number<N>(text)) {
    return *value;
  }
  throw bad_input{flag + ": must be a whole number " + range + ", not " + shown(text)};
}

// What the user gave on the command line, as text until it is parsed.
struct flags {
  std::vector<std::string> muscles;
  std::vector<std::string> regions;
  std::string side;
  std::string activity;
  std::string pain;
  std::string days;
  std::string trend;
  std::vector<std::string> causes;
  std::vector<std::string> symptoms;
  std::vector<std::string> red_flags;
  std::string daily_impact;
  std::string sleep_impact;
  std::string moment;
  std::vector<std::string> equipment;
  std::vector<std::string> access;
  std::vector<std::string> preferences;
  std::vector<std::string> health;
  std::string country;

  std::string input;
  std::string explain;
  bool json = false;
  bool markdown = false;
  bool cds = false;
  bool knowledge = false;
  bool interview = false;
};

// Adds a flag that takes names of E, listing them in --help.
template <kg::named_enum E, class Target>
CLI::Option* add_names(CLI::App& app, const std::string& flag, Target& target,
                       const std::string& what) {
  return app.add_option(flag, target, what + ": " + names_of<E>())->type_name("NAME");
}

void add_situation_flags(CLI::App& app, flags& f) {
  add_names<kg::muscle>(app, "--muscle", f.muscles, "a knot in this muscle (one knot each time)");
  add_names<kg::region>(app, "--region", f.regions,
                        "a knot in this region, its muscle not known (one knot each time)");
  add_names<kg::side>(app, "--side", f.side, "the side of every knot given (default both)");
  add_names<kg::knot_activity>(app, "--activity", f.activity,
                               "whether the knots hurt at rest (default active)");
  app.add_option("--pain", f.pain, "pain from 0 (none) to 10 (the worst imaginable)")
      ->type_name("0-10");
  app.add_option("--days", f.days, "how many days the knots have lasted")->type_name("DAYS");
  add_names<kg::trend>(app, "--trend", f.trend, "how it is going (default same)");
  add_names<kg::cause>(app, "--cause", f.causes, "what brought it on (repeatable)");
  add_names<kg::symptom>(app, "--symptom", f.symptoms, "a symptom (repeatable)");
  add_names<kg::red_flag>(app, "--red-flag", f.red_flags, "a warning sign (repeatable)");
  add_names<kg::impact>(app, "--daily-impact", f.daily_impact, "the effect on daily life");
  add_names<kg::impact>(app, "--sleep-impact", f.sleep_impact, "the effect on sleep");
  add_names<kg::moment>(app, "--moment", f.moment, "when you are asking (default any_time)");
  add_names<kg::equipment>(app, "--equipment", f.equipment, "equipment at hand (repeatable)");
  add_names<kg::provider>(app, "--access", f.access,
                          "who you can reach (repeatable; default everyone)");
  add_names<kg::preference>(app, "--preference", f.preferences, "a preference (repeatable)");
  add_names<kg::health_fact>(app, "--health", f.health,
                             "a health fact that makes some steps unsafe (repeatable)");
  add_names<kg::country>(app, "--country", f.country,
                         "where you are, for the numbers to call (default not known: the plan "
                         "names each country's)");
}

// The flags that describe a situation, for refusing them beside --input.
const std::vector<std::string> situation_flags = {
    "--muscle",       "--region",       "--side",      "--activity", "--pain",       "--days",
    "--trend",        "--cause",        "--symptom",   "--red-flag", "--moment",     "--health",
    "--daily-impact", "--sleep-impact", "--equipment", "--access",   "--preference", "--country"};

// The flag that sets an assessment field (as the library's errors name it), for messages.
std::string flag_of(kg::text_view field) {
  static const std::pair<std::string_view, std::string_view> flags_by_field[] = {
      {"knots", "--muscle/--region"},
      {"knots.muscle", "--muscle"},
      {"knots.region", "--region"},
      {"knots.side", "--side"},
      {"knots.activity", "--activity"},
      {"pain", "--pain"},
      {"since", "--days"},
      {"trend", "--trend"},
      {"causes", "--cause"},
      {"symptoms", "--symptom"},
      {"red_flags", "--red-flag"},
      {"daily_impact", "--daily-impact"},
      {"sleep_impact", "--sleep-impact"},
      {"moment", "--moment"},
      {"equipment", "--equipment"},
      {"access", "--access"},
      {"preferences", "--preference"},
      {"health", "--health"},
      {"country", "--country"}};
  for (const auto& [name, flag] : flags_by_field) {
    if (name == std::string_view{field}) {
      return std::string{flag};
    }
  }
  return std::string{field};
}

kg::assessment from_flags(const flags& f) {
  if (f.muscles.empty() && f.regions.empty()) {
    throw bad_input{"give at least one knot: --muscle NAME or --region NAME (or --input FILE)"};
  }
  kg::assessment a;
  const kg::side side = f.side.empty() ? kg::side::both : parse_name<kg::side>("--side", f.side);
  const kg::knot_activity activity = f.activity.empty()
                                         ? kg::knot_activity::active
                                         : parse_name<kg::knot_activity>("--activity", f.activity);
  const auto add_knot = [&](kg::knot k) {
    k.side = side;
    k.activity = activity;
    if (!a.knots.try_push_back(k)) {
      throw bad_input{"--muscle/--region: at most " + std::to_string(kg::max_knots) + " knots"};
    }
  };
  for (const std::string& m : f.muscles) {
    add_knot({.muscle = parse_name<kg::muscle>("--muscle", m)});
  }
  for (const std::string& r : f.regions) {
    add_knot({.region = parse_name<kg::region>("--region", r)});
  }
  if (!f.pain.empty()) {
    a.pain = kg::pain_score{parse_number<int>("--pain", f.pain, "from 0 to 10")};
  }
  if (!f.days.empty()) {
    a.since = kg::days{parse_number<std::int32_t>("--days", f.days, "of days")};
  }
  if (!f.trend.empty()) {
    a.trend = parse_name<kg::trend>("--trend", f.trend);
  }
  a.causes = parse_names<kg::cause>("--cause", f.causes);
  a.symptoms = parse_names<kg::symptom>("--symptom", f.symptoms);
  a.red_flags = parse_names<kg::red_flag>("--red-flag", f.red_flags);
  if (!f.daily_impact.empty()) {
    a.daily_impact = parse_name<kg::impact>("--daily-impact", f.daily_impact);
  }
  if (!f.sleep_impact.empty()) {
    a.sleep_impact = parse_name<kg::impact>("--sleep-impact", f.sleep_impact);
  }
  if (!f.moment.empty()) {
    a.moment = parse_name<kg::moment>("--moment", f.moment);
  }
  a.equipment = parse_names<kg::equipment>("--equipment", f.equipment);
  if (!f.access.empty()) {
    a.access = parse_names<kg::provider>("--access", f.access);
  }
  a.preferences = parse_names<kg::preference>("--preference", f.preferences);
  a.health = parse_names<kg::health_fact>("--health", f.health);
  if (!f.country.empty()) {
    a.country = parse_name<kg::country>("--country", f.country);
  }
  // What the flags cannot refuse alone (pain 11, negative days) the library does.
  if (const kg::maybe<kg::error> e = kg::first_error(a)) {
    throw bad_input{flag_of(e.value().field) + ": " + std::string{e.value().message}};
  }
  return a;
}

// Up to `limit` bytes of a stream; more is bad input (an assessment is a few KiB).
std::string read_all(std::istream& in, const std::string& what) {
  constexpr std::size_t limit = std::size_t{1} << 20U;
  std::optional<std::string> text = knotguide_examples::read_at_most(in, limit);
  if (!text && in.bad()) {
    throw std::runtime_error{"cannot read " + what};
  }
  if (!text) {
    throw bad_input{"--input: " + what + " is over 1 MiB; an assessment is a few KiB"};
  }
  return *std::move(text);
}

// An assessment from JSON text in a file, or on stdin for "-".
kg::assessment from_json(const std::string& input) {
  std::string text;
  if (input == "-") {
    text = read_all(std::cin, "stdin");
  } else {
    std::error_code ignored;
    std::ifstream file{input, std::ios::binary};
    if (!file || !std::filesystem::is_regular_file(input, ignored)) {
      throw std::runtime_error{"cannot read " + input + ": not a readable file"};
    }
    text = read_all(file, input);
  }
  try {
    return kg::read_json<kg::assessment>(kg::text_view{text});
  } catch (const kg::read_error& e) {
    throw bad_input{e.what()};  // "/knots/0/muscle: ... is not a muscle; expected ..."
  }
}

// Where an intervention stands, in a line: the words for it and its standing, and for one ruled
// out the catalog's sentence for why, where there is one.
void print_explanation(std::ostream& out, const kg::explanation& e) {
  const kg::knowledge_base& kb = kg::default_knowledge;
  out << kg::find_words(kb, e.what) << ": ";
  switch (e.standing) {
    case kg::standing::in_plan:
      out << "step " << e.rank << " of the plan\n";
      break;
    case kg::standing::outranked:
      out << "allowed, but the plan was full\n";
      break;
    case kg::standing::not_offered:
      out << "not offered: nothing in the situation calls for it\n";
      break;
    case kg::standing::excluded: {
      out << "ruled out";
      const kg::rule* rule = kg::find_rule(kb, e.because.rule);
      const kg::text_view why = rule != nullptr ? kg::text_of(kb, rule->text)
                                                : kg::text_of(kb, kg::text_id{e.because.rule});
      if (!why.empty()) {
        out << ". " << why;
      } else if (e.because.rule == kg::engine_rule::preference) {
        out << " by your preferences";
      } else if (e.because.rule == kg::engine_rule::access) {
        out << ": no one you can reach provides it";
      }
      out << '\n';
      break;
    }
  }
  out << "trace: " << e << '\n';
}

void print_sources(std::ostream& out) {
  for (const kg::source& s : kg::default_knowledge.sources) {
    out << "- " << s.short_name << ": " << s.title;
    if (!s.publisher.empty() || s.year != 0) {
      out << " (" << s.publisher << (s.publisher.empty() || s.year == 0 ? "" : ", ");
      if (s.year != 0) {
        out << s.year;
      }
      out << ')';
    }
    if (!s.address.empty()) {
      out << ". https://" << s.address;
    }
    out << '\n';
  }
}

int run(const flags& f, const CLI::App& app) {
  if (f.knowledge) {
    print_sources(std::cout);
    return 0;
  }
  if (f.interview) {
    for (const std::string& name : situation_flags) {
      if (app.count(name) > 0) {
        throw bad_input{name + ": --interview asks for the situation; give no flags for it"};
      }
    }
    return knotguide_cli::interview_in_terminal(
        std::cin, std::cout, std::cerr, isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0);
  }
  if (!f.input.empty()) {
    for (const std::string& name : situation_flags) {
      if (app.count(name) > 0) {
        throw bad_input{name + ": give the situation by flags or by --input, not both"};
      }
    }
  }
  const kg::assessment a = f.input.empty() ? from_flags(f) : from_json(f.input);

  if (!f.explain.empty()) {
    const auto which = parse_name<kg::intervention>("--explain", f.explain);
    const auto why = kg::explain(a, which);
    if (const auto made = kg::recommend(a); made && made->level == kg::triage::emergency) {
      std::cerr << kg::text_of(kg::default_knowledge, made->summary) << std::endl;
    }
    if (!why) {
      throw bad_input{flag_of(why.error().field) + ": " + std::string{why.error().message}};
    }
    if (f.json) {
      std::cout << kg::write_json(*why, {.indent = 2}) << '\n';
    } else {
      print_explanation(std::cout, *why);
    }
    return 0;
  }

  const auto made = kg::recommend(a);
  if (!made) {
    throw bad_input{flag_of(made.error().field) + ": " + std::string{made.error().message}};
  }
  const kg::plan& plan = *made;
  if (plan.level == kg::triage::emergency) {
    std::cerr << kg::text_of(kg::default_knowledge, plan.summary) << std::endl;
  }
  if (f.json) {
    std::cout << kg::write_json(plan, {.indent = 2}) << '\n';
  } else if (f.cds) {
    std::cout << kg::cds_hooks_response(plan, kg::default_knowledge, {.indent = 2}) << '\n';
  } else if (f.markdown) {
    std::cout << kg::in_markdown(a, plan);
  } else {
    std::cout << kg::in_words(a, plan);
  }
  return 0;
}

// "; did you mean --muscle?" for the first argument that looks like a flag but is none.
std::string unknown_flag_hint(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> known;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) {
      known.push_back("--" + name);
    }
  }
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    const std::string flag = word.substr(0, word.find('='));
    if (flag.rfind("--", 0) == 0 && std::find(known.begin(), known.end(), flag) == known.end()) {
      const std::string guess = knotguide_cli::closest_of(flag, known);
      return guess.empty() ? "" : "; did you mean " + guess + "?";
    }
  }
  return "";
}

int cli_main(int argc, char** argv) {
  CLI::App app{
      "knotguide: self-care guidance for muscle knots, with its sources.\n"
      "The guidance is informational. It is not a diagnosis and does not replace a doctor or "
      "physical therapist.",
      "knotguide"};
  app.set_version_flag("--version", std::to_string(KNOTGUIDE_VERSION_MAJOR) + "." +
                                        std::to_string(KNOTGUIDE_VERSION_MINOR) + "." +
                                        std::to_string(KNOTGUIDE_VERSION_PATCH));
  flags f;
  add_situation_flags(app, f);
  app.add_option("--input", f.input,
                 "read the situation as assessment JSON from FILE (- for stdin)")
      ->type_name("FILE");
  auto* json = app.add_flag("--json", f.json, "print the plan (or explanation) as JSON");
  auto* markdown = app.add_flag("--markdown", f.markdown, "print the plan in Markdown");
  auto* cds = app.add_flag("--cds", f.cds, "print the plan as a CDS Hooks response");
  json->excludes(markdown)->excludes(cds);
  markdown->excludes(cds);
  add_names<kg::intervention>(app, "--explain", f.explain,
                              "say why this intervention is in the plan or not");
  app.add_flag("--knowledge", f.knowledge, "list the sources of the knowledge base");
  auto* interview = app.add_flag("--interview", f.interview,
                                 "ask about the situation one question at a time, then print the "
                                 "plan in words");
  interview->excludes(json)
      ->excludes(markdown)
      ->excludes(cds)
      ->excludes("--input")
      ->excludes("--explain")
      ->excludes("--knowledge");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e);  // --help, --version
    }
    std::cerr << "knotguide: " << e.what() << unknown_flag_hint(app, argc, argv) << "\n";
    return exit_bad_input;
  }
  try {
    return run(f, app);
  } catch (const bad_input& e) {
    std::cerr << "knotguide: " << e.message << "\n";
    return exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "knotguide: " << e.what() << "\n";
    return exit_failure;
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return cli_main(argc, argv);
  } catch (...) {  // setting up the flags failed: nothing a user typed
    std::cerr << "knotguide: an unexpected error\n";
    return exit_failure;
  }
}
