// knotguide-breaks: a micro-break companion for desk work, in the spirit of Workrave and
// Stretchly, that an activity source drives with lines on stdin:
//
//   typing [SECONDS]        the person worked at the keyboard or mouse, for that long
//   idle [SECONDS]          no input for that long (5 minutes or more counts as a break)
//   knot NAME [PAIN]        a knot in a muscle or region (names as in the assessment), pain 0-10
//   sign NAME               a warning sign (as in the assessment's red_flags)
//   break                   the person took the break offered
//   # ...                   a comment; blank lines are skipped too
//
// With the real clock (the default), a duration left out is the time since the previous line,
// so a source that sends "typing" every few seconds while the person works is enough; a gap of
// the natural break or more counts as one, whatever the line after it says. Time is counted only
// through typing and idle lines, and one line gives at most a day (86400 seconds). With
// --scripted the durations are the only clock: a whole day replays at once, as the tests do.
// Out, on stdout, a line per event worth telling: "00:10:00 time for a break. Active breaks: ...",
// and the plan, in words, for a knot reported.
//
//   knotguide-breaks --workrave exercises.xml --stretchly stretchly.json --muscle upper_trapezius
//
// writes the plan's self-care as Workrave exercises and Stretchly break ideas, and exits. With
// --workrave-keep FILE the Workrave export keeps FILE's exercises after knotguide's (Workrave
// reads one exercises.xml, its own: README, "Desk-break reminders", installs both).
//
// Exit codes: 0; 2 for a bad flag, or when a line was refused (each is named on stderr, and
// the rest still run); 1 for anything else, such as a file that cannot be written.
#include <CLI/CLI.hpp>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <knotguide/io.hpp>
#include <knotguide/knotguide.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "../common/bounded_input.hpp"
#include "../common/one_line.hpp"
#include "../common/whole_number.hpp"
#include "companion.hpp"
#include "exports.hpp"

namespace kg = knotguide;
using std::chrono::seconds;

namespace {

constexpr int exit_failure = 1;
constexpr int exit_bad_input = 2;

// The longest duration one line may give: a day. (A longer one would only repeat offers.)
constexpr long long longest_line = 86400;

// A whole number of seconds from 0 to a day, or nothing.
std::optional<seconds> seconds_of(std::string_view word) {
  const auto n = knotguide_examples::whole_number<long long>(word);
  return n && *n >= 0 && *n <= longest_line ? std::optional{seconds{*n}} : std::nullopt;
}

// A pain score from 0 to 10, or nothing.
std::optional<kg::pain_score> pain_of(std::string_view word) {
  const auto n = knotguide_examples::whole_number<int>(word);
  if (!n || *n < kg::pain_score::min || *n > kg::pain_score::max) {
    return std::nullopt;
  }
  return kg::pain_score{*n};
}

// A knot in the muscle or region the word names.
std::optional<kg::knot> knot_of(std::string_view word) {
  kg::knot k;
  if (const auto m = kg::parse<kg::muscle>(word)) {
    k.muscle = *m;
    return k;
  }
  if (const auto r = kg::parse<kg::region>(word)) {
    k.region = *r;
    return k;
  }
  return std::nullopt;
}

// The longest timeline line read: every command is a few words.
constexpr std::size_t max_line = 4096;

// Reads the timeline from `in`, says what the companion says on `out`, and names each line it
// refuses on `errors`. True when every line was understood.
bool run_timeline(std::istream& in, std::ostream& out, std::ostream& errors,
                  desk_break::companion& c, bool scripted) {
  using clock = std::chrono::steady_clock;
  auto last = clock::now();
  bool all_good = true;
  std::string text;
  bool too_long = false;
  for (int number = 1; knotguide_examples::read_line(in, text, max_line, too_long); ++number) {
    // Whole seconds since the previous line; the fraction left over counts toward the next.
    const auto since_last = std::chrono::duration_cast<seconds>(clock::now() - last);
    last += since_last;
    std::istringstream words{text};
    std::string command;
    std::string first;
    std::string second;
    std::string extra;
    words >> command >> first >> second >> extra;
    const auto refuse = [&](const std::string& why) {
      errors << "line " << number << ": " << why << '\n';
      all_good = false;
    };
    // A duration given, or the real clock's since the previous line; scripted needs one.
    const auto duration = [&]() -> std::optional<seconds> {
      if (first.empty()) {
        return scripted ? std::nullopt : std::optional<seconds>{since_last};
      }
      return seconds_of(first);
    };
    std::vector<std::string> say;
    if (too_long) {
      refuse("longer than " + std::to_string(max_line) +
             " characters; a command is one short line");
      continue;
    }
    if (command.empty() || command[0] == '#') {
      continue;
    }
    if (command == "typing" || command == "idle") {
      const auto how_long = duration();
      if (!how_long || !second.empty()) {
        refuse("'" + command + "' takes a whole number of seconds from 0 to 86400" +
               (scripted ? "" : ", or none for the time since the previous line"));
        continue;
      }
      // On the real clock, a gap long enough to be a break is one, even when the line after
      // it says "typing": the person was away, and the source says so only when they are back.
      const bool away = first.empty() && *how_long >= c.natural_break();
      if (command == "typing" && !away) {
        c.worked(*how_long, say);
      } else {
        c.idle(*how_long, say);
      }
    } else if (command == "knot") {
      const auto k = knot_of(first);
      const auto pain = pain_of(second);
      if (!k) {
        refuse("'" + knotguide_examples::one_line(first, 40) +
               "' is not a muscle or a region, named as in the assessment (upper_trapezius, "
               "neck, ...)");
        continue;
      }
      if ((!second.empty() && !pain) || !extra.empty()) {
        refuse("'knot' takes a muscle or region, then the pain as a whole number from 0 to 10");
        continue;
      }
      c.knot(*k, pain ? kg::maybe<kg::pain_score>{*pain} : kg::maybe<kg::pain_score>{}, say);
    } else if (command == "sign") {
      const auto flag = kg::parse<kg::red_flag>(first);
      if (!flag || !second.empty()) {
        refuse("'sign' takes one warning sign, named as in the assessment's red_flags");
        continue;
      }
      c.sign(*flag, say);
    } else if (command == "break" && first.empty()) {
      c.took_break(say);
    } else {
      refuse("'" + knotguide_examples::one_line(command, 40) +
             "' is not typing, idle, knot, sign or break (with what each takes)");
      continue;
    }
    for (const std::string& line : say) {
      out << line << '\n';
    }
    out.flush();  // a person is waiting for it
  }
  return all_good;
}

struct flags {
  long long every = 600;
  long long natural_break = 300;
  bool scripted = false;
  std::string workrave;
  std::string workrave_keep;
  std::string stretchly;
  std::string muscle;
  std::string region;
  std::optional<int> pain;
};

// The enumerator a flag names; nothing, after saying so on stderr, when it names none.
template <kg::named_enum E>
std::optional<E> named(std::string_view flag, const std::string& text) {
  if (const auto value = kg::parse<E>(text)) {
    return *value;
  }
  std::cerr << "knotguide-breaks: " << flag << ": '" << knotguide_examples::one_line(text, 40)
            << "' is not a " << kg::enum_traits<E>::type_name << '\n';
  return std::nullopt;
}

int write_exports(const flags& f) {
  kg::assessment a;
  a.moment = kg::moment::at_desk;
  if (!f.muscle.empty()) {
    const auto m = named<kg::muscle>("--muscle", f.muscle);
    if (!m) {
      return exit_bad_input;
    }
    (void)a.knots.try_push_back({.muscle = *m});
  } else if (!f.region.empty()) {
    const auto r = named<kg::region>("--region", f.region);
    if (!r) {
      return exit_bad_input;
    }
    (void)a.knots.try_push_back({.region = *r});
  }
  if (f.pain) {
    const auto pain = kg::pain_score::make(*f.pain);
    if (!pain) {
      std::cerr << "knotguide-breaks: --pain: must be a whole number from 0 to 10\n";
      return exit_bad_input;
    }
    a.pain = *pain;
  }
  const kg::result<kg::plan> plan = kg::recommend(a);
  if (!plan) {
    std::cerr << "knotguide-breaks: " << plan.error().field << ": " << plan.error().message << '\n';
    return exit_bad_input;
  }
  // The exports hold self-care only: a plan that says more says it here, where its user sees it.
  if (plan->level > kg::triage::self_care) {
    std::cerr << "knotguide-breaks: this plan's first line: "
              << kg::text_of(kg::default_knowledge, plan->summary)
              << "\nThe exports hold only its self-care for the desk"
              << (plan->level >= kg::triage::doctor_today ? ", which is none." : ".") << '\n';
  }
  // Written beside the file and renamed over it, so that a program reading it (Workrave, at
  // its start) finds the old file or the new one, never half of one.
  const auto write = [](const std::string& path, const std::string& text) {
    const std::string beside = path + ".knotguide-new";
    std::ofstream file{beside, std::ios::binary};
    file << text;
    file.close();
    std::error_code renamed;
    if (file) {
      std::filesystem::rename(beside, path, renamed);
    }
    if (!file || renamed) {
      std::error_code ignored;
      std::filesystem::remove(beside, ignored);
      std::cerr << "knotguide-breaks: cannot write " << knotguide_examples::one_line(path, 200)
                << '\n';
      return false;
    }
    return true;
  };
  std::string keep;
  if (!f.workrave_keep.empty()) {
    // Workrave's own exercises.xml, every language in it, is a few hundred KiB.
    constexpr std::size_t largest = std::size_t{16} << 20U;
    std::ifstream file{f.workrave_keep, std::ios::binary};
    const std::optional<std::string> text =
        file ? knotguide_examples::read_at_most(file, largest) : std::nullopt;
    keep = text.value_or("");
    if (keep.find("<exercises>") == std::string::npos) {
      std::cerr << "knotguide-breaks: --workrave-keep: "
                << knotguide_examples::one_line(f.workrave_keep, 200)
                << " is not a Workrave exercises file of at most 16 MiB that can be read\n";
      return exit_bad_input;
    }
  }
  if (!f.workrave.empty() &&
      !write(f.workrave, desk_break::workrave_exercises(*plan, kg::default_knowledge, keep))) {
    return exit_failure;
  }
  if (!f.stretchly.empty() &&
      !write(f.stretchly, desk_break::stretchly_ideas(*plan, kg::default_knowledge))) {
    return exit_failure;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    flags f;
    CLI::App app{"knotguide-breaks: micro-breaks for desk work, and a plan for a knot reported"};
    app.add_option("--every", f.every,
                   "seconds of work before a break is offered (Stretchly's default: 600)")
        ->check(CLI::Range(1LL, 86400LL));
    app.add_option("--natural-break", f.natural_break,
                   "seconds idle that count as a break (Stretchly's default: 300)")
        ->check(CLI::Range(1LL, 86400LL));
    app.add_flag("--scripted", f.scripted, "durations come only from the lines, not the clock");
    app.add_option("--workrave", f.workrave, "write Workrave exercises.xml here, and exit");
    app.add_option("--workrave-keep", f.workrave_keep,
                   "keep this Workrave exercises.xml's exercises after knotguide's")
        ->needs(app.get_option("--workrave"));
    app.add_option("--stretchly", f.stretchly, "write Stretchly's break ideas here, and exit");
    auto* muscle = app.add_option("--muscle", f.muscle, "for the exports: the knot's muscle");
    app.add_option("--region", f.region, "for the exports: the knot's region")->excludes(muscle);
    app.add_option("--pain", f.pain, "for the exports: the pain, 0 to 10");
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) {
        return app.exit(e);  // --help
      }
      std::cerr << "knotguide-breaks: " << knotguide_examples::one_line(e.what(), 200) << '\n';
      return exit_bad_input;
    }
    if (!f.workrave.empty() || !f.stretchly.empty()) {
      return write_exports(f);
    }
    desk_break::companion c{{seconds{f.every}, seconds{f.natural_break}}, kg::default_knowledge};
    return run_timeline(std::cin, std::cout, std::cerr, c, f.scripted) ? 0 : exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "knotguide-breaks: " << e.what() << '\n';
    return exit_failure;
  } catch (...) {
    std::cerr << "knotguide-breaks: an unknown failure\n";
    return exit_failure;
  }
}
