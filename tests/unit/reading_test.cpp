// The reading of a plan (reading.hpp): one walk that decides what a person reads, its words
// all from the catalog, short enough to read in about two minutes.
#include <doctest/doctest.h>
#include <algorithm>
#include <cstddef>
#include <deque>
#include <iterator>
#include <knotguide/knotguide.hpp>
#include <knotguide/knowledge_check.hpp>
#include <knotguide/reading.hpp>
#include <knotguide/words.hpp>
#include <string>
#include <vector>

#include "../support/samples.hpp"
#include "../support/variety.hpp"

namespace kg = knotguide;

namespace {

// Counts the words of a plan's main text: everything but "more about your steps" and the
// list of more sources, which a person reads only if they want to.
struct word_counter {
  std::size_t total = 0;
  int depth_in_more = 0;             // inside a part keyed "more"
  bool in_word = false;              // the last character counted was part of a word
  kg::fixed_vector<bool, 8> more{};  // for each open part, whether it is keyed "more"

  constexpr void open(kg::part /*p*/, kg::text_view key) {
    (void)more.try_push_back(key == "more");  // a reading nests parts three deep
    depth_in_more += key == "more" ? 1 : 0;
  }
  constexpr void label(kg::text_view t) { count(t); }
  constexpr void words(kg::text_view t) { count(t); }
  constexpr void number(int /*n*/) { total += depth_in_more == 0 ? 1 : 0; }
  constexpr void source(const kg::source& s) { count(s.short_name); }
  constexpr void close(kg::part /*p*/) {
    depth_in_more -= more[more.size() - 1] ? 1 : 0;
    (void)more.pop_back();
  }
  constexpr void count(kg::text_view t) {
    if (depth_in_more != 0) {
      return;
    }
    for (const char c : t) {
      const bool letter = c != ' ' && c != '\n';
      total += letter && !in_word ? 1 : 0;
      in_word = letter;
    }
  }
};

std::size_t main_words(const kg::plan& p) {
  word_counter counter;
  kg::render(p, counter);
  return counter.total;
}
// The same, opening with what the person told us, as a person reads it.
std::size_t main_words(const kg::assessment& a, const kg::plan& p) {
  word_counter counter;
  kg::render(a, p, counter);
  return counter.total;
}

// The varied assessments of the unit tests, then every place that can hurt at every pain and
// moment, from the causes people give.
template <class Visit>
void each_situation(Visit visit) {
  variety::each_assessment(visit);
  std::size_t n = 0;
  for (const kg::region place : kg::enum_values<kg::region>) {
    for (int pain = 0; pain <= 10; ++pain) {
      for (const kg::moment when : kg::enum_values<kg::moment>) {
        kg::assessment a{.knots = {{.region = place}},
                         .pain = kg::pain_score{pain},
                         .since = kg::days{static_cast<int>(n % 20)},
                         .moment = when};
        a.causes = {kg::enum_values<kg::cause>[n % kg::enum_count<kg::cause>]};
        visit(a);
        ++n;
      }
    }
  }
}

std::size_t percentile(std::vector<std::size_t> values, std::size_t percent) {
  std::sort(values.begin(), values.end());
  return values[(values.size() - 1) * percent / 100];
}

}  // namespace

TEST_CASE("a plan's main text reads in about two minutes: self-care for one knot") {
  std::vector<std::size_t> self_care;
  std::vector<std::size_t> urgent;
  std::size_t plans = 0;
  each_situation([&](const kg::assessment& a) {
    const auto made = kg::recommend(a);
    REQUIRE(made);
    ++plans;
    const std::size_t words = main_words(a, *made);
    if (made->level == kg::triage::self_care && a.knots.size() == 1) {
      self_care.push_back(words);
    } else if (made->level >= kg::triage::doctor_today) {
      urgent.push_back(words);
    }
  });
  REQUIRE(plans >= 1000);
  REQUIRE_FALSE(self_care.empty());
  REQUIRE_FALSE(urgent.empty());
  const std::size_t median = percentile(self_care, 50);
  const std::size_t p95 = percentile(self_care, 95);
  MESSAGE(plans << " plans; self-care for one knot (" << self_care.size() << "): median " << median
                << " words, 95th percentile " << p95 << ", longest " << percentile(self_care, 100)
                << "; urgent (" << urgent.size() << "): median " << percentile(urgent, 50)
                << ", longest " << percentile(urgent, 100));
  // The budget this reading holds (docs/reading.md): the main text, opening with what the
  // person told us, without "more about your steps" and the full list of sources.
  CHECK(median <= 615);
  CHECK(p95 <= 745);
  // Urgent plans say what to do and little else: the longest is one for knots in two places
  // (the neck and a thigh muscle), which lists the emergency signs of both.
  CHECK(percentile(urgent, 100) <= 485);
}

namespace {
// The desk worker's plan in words, made and read with the default knowledge and `texts` as its
// catalog (a translation), which must pass first_problem().
std::string desk_worker_in(const std::vector<kg::text_entry>& texts) {
  kg::knowledge_base kb = kg::default_knowledge;
  kb.texts = texts;
  REQUIRE_FALSE(kg::first_problem(kb));
  const auto made = kg::recommend(samples::desk_worker, kb);
  REQUIRE(made);
  return kg::to_string(kg::in_words(samples::desk_worker, *made, kb));
}
}  // namespace

TEST_CASE("the reading's headings and labels are the catalog's words") {
  // The default catalog with every label translated (here, in capitals and marked).
  std::deque<std::string> translated;
  std::vector<kg::text_entry> texts(kg::default_knowledge.texts.begin(),
                                    kg::default_knowledge.texts.end());
  for (kg::text_entry& t : texts) {
    if (t.id.key().substr(0, 6) == "label.") {
      std::string words = "<<" + std::string{t.text.data(), t.text.size()} + ">>";
      std::transform(words.begin(), words.end(), words.begin(),
                     [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
      t.text = kg::text_view{translated.emplace_back(std::move(words)).c_str()};
    }
  }
  const std::string text = desk_worker_in(texts);
  // No label's English words, and the translated ones where the plan has their part. (The
  // words that join a list or a number, "or", "pain", "for", ..., are ordinary words of the
  // catalog's sentences too: the opening below shows them translated.)
  for (const kg::label l : kg::enum_values<kg::label>) {
    const kg::text_view english = kg::find_words(kg::default_knowledge, l);
    const std::string words{english.data(), english.size()};
    CHECK_MESSAGE(text.find(words + ":") == std::string::npos, words, "\n", text);
    const bool absent = text.find(words + " ") == std::string::npos;
    const bool joins = words.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos;
    CHECK_MESSAGE((absent || joins), words);
  }
  CHECK_MESSAGE(text.find("<<YOU TOLD US>>: the top of the shoulder (upper trapezius), on the "
                          "right; <<PAIN>> 5 <<OUT OF 10>>; <<FOR>> 3 <<DAYS>>; <<FROM>> "
                          "sitting hunched over a computer.") != std::string::npos,
                text);
  for (const char* heading : {"<<WHAT TO DO>>:", "<<HOW>>: ", "<<TAKE CARE>>: ",
                              "<<IF YOU HAVE ANY OF THESE, MAKE AN APPOINTMENT WITH YOUR DOCTOR>>:",
                              "<<CHECK AGAIN ON DAY>> 14:",
                              "<<SOURCES DIFFER ON HOW LONG IT TAKES.>>", "<<MORE SOURCES>>:"}) {
    CHECK_MESSAGE(text.find(heading) != std::string::npos, heading, "\n", text);
  }

  // A catalog without a label's words is refused, naming the label.
  std::vector<kg::text_entry> without;
  std::copy_if(texts.begin(), texts.end(), std::back_inserter(without),
               [](const kg::text_entry& t) { return t.id.key() != "label.take_care"; });
  kg::knowledge_base kb = kg::default_knowledge;
  kb.texts = without;
  const auto problem = kg::first_problem(kb);
  REQUIRE(problem);
  CHECK(problem.problem == kg::kb_problem::missing_words);
  CHECK(problem.id == "take_care");
}

TEST_CASE("the reading: what to do first, most urgent sign first, waiting said with the course") {
  const auto made = kg::recommend(samples::desk_worker);
  REQUIRE(made);
  REQUIRE(made->contains(kg::intervention::watchful_waiting));
  const std::string text = kg::to_string(kg::in_words(*made));
  // The first step is something to do now; waiting is said where the course is.
  CHECK(text.find("1. Give it time") == std::string::npos);
  CHECK(text.find("\nHow long it may take: Give it a week or two") != std::string::npos);
  // Signs: the emergency ones before the routine appointment.
  const std::size_t emergency = text.find(
      "If you have any of these, call emergency services or go to an emergency department now:\n");
  const std::size_t routine =
      text.find("If you have any of these, make an appointment with your doctor:\n");
  REQUIRE(emergency != std::string::npos);
  REQUIRE(routine != std::string::npos);
  CHECK(emergency < routine);
  // The long view is said with the course, away from the warning signs.
  const std::size_t signs = emergency;
  const std::size_t long_view = text.find("knots are nothing to worry about");
  REQUIRE(long_view != std::string::npos);
  CHECK(long_view < text.find("Check again on day"));
  CHECK(text.find("knots are nothing to worry about", signs) == std::string::npos);
  // One course for the neck and shoulder: no general "a week or two" figure beside the NHS's.
  CHECK(text.find("Many knots go away on their own within a week or two.") == std::string::npos);
  CHECK(text.find("Sources differ on how long it takes. Most neck pain lasts a few weeks.") !=
        std::string::npos);
  // At most eight sources under the main text; the rest after "more about your steps".
  const std::size_t sources = text.find("Where this comes from: ");
  REQUIRE(sources != std::string::npos);
  const std::string named = text.substr(sources, text.find('\n', sources) - sources);
  CHECK(std::count(named.begin(), named.end(), ';') <= 7);
  CHECK(text.find("More about your steps:") > sources);
  CHECK(text.find("More sources: ") > text.find("More about your steps:"));
}

TEST_CASE(
    "warning signs: a list for each thing to do, most urgent first, with the country's numbers") {
  const kg::knowledge_base& kb = kg::default_knowledge;
  // The levels a sign may call for, most urgent first, with the heading of their list.
  constexpr kg::triage tiers[] = {kg::triage::emergency, kg::triage::doctor_today,
                                  kg::triage::doctor, kg::triage::physical_therapist};
  constexpr kg::label headings[] = {kg::label::if_emergency, kg::label::if_doctor_today,
                                    kg::label::if_doctor, kg::label::if_physical_therapist};
  std::size_t n = 0;
  std::size_t local = 0;  // lists followed by a country's own numbers
  each_situation([&](kg::assessment a) {
    if (n++ % 2 == 0) {  // every other plan for a person in a known country, each in turn
      a.country = kg::enum_values<kg::country>[(n / 2) % kg::enum_count<kg::country>];
    }
    const auto made = kg::recommend(a);
    REQUIRE(made);
    const std::string text = kg::to_string(kg::in_words(a, *made));
    const std::size_t end = text.find("Where this comes from:");
    std::size_t last = 0;  // where the list before ends
    for (std::size_t i = 0; i < std::size(tiers); ++i) {
      const kg::text_view said = kg::find_words(kb, headings[i]);
      const std::string heading = std::string{said.data(), said.size()} + ":\n";
      const bool listed = std::any_of(
          made->would_change.begin(), made->would_change.end(), [&](const kg::change& c) {
            return c.becomes == tiers[i] && (c.sign || c.by_day == kg::days{});
          });
      const std::size_t at = text.find(heading);
      CHECK_MESSAGE((at != std::string::npos) == listed, text);
      if (at == std::string::npos) {
        continue;
      }
      CHECK_MESSAGE(at >= last, text);  // no routine list above an urgent one
      CHECK(at < end);
      // What to do is the heading's, said once: no sign repeats its level's sentence.
      const kg::triage_entry* level = kg::find_level(kb, tiers[i]);
      REQUIRE(level != nullptr);
      const kg::text_view level_words = kg::text_of(kb, level->text);
      const std::size_t next = std::min(text.find("If you have any of these", at + 1), end);
      const std::string list = text.substr(at, next - at);
      CHECK_MESSAGE(
          list.find(std::string{level_words.data(), level_words.size()}) == std::string::npos,
          list);
      // Where the person is known to be, the numbers to call there follow the list.
      const kg::country_entry* there =
          a.country ? kg::find_country(kb, a.country.value(), tiers[i]) : nullptr;
      if (there != nullptr) {
        const kg::text_view number = kg::text_of(kb, there->text);
        CHECK_MESSAGE(list.find("\nIf so: " + std::string{number.data(), number.size()} + "\n") !=
                          std::string::npos,
                      list);
        ++local;
      }
      // No other level's numbers, for this country or any.
      for (const kg::country_entry& e : kb.countries) {
        if (e.level != tiers[i]) {
          const kg::text_view other = kg::text_of(kb, e.text);
          CHECK_MESSAGE(list.find(std::string{other.data(), other.size()}) == std::string::npos,
                        list);
        }
      }
      last = at;
    }
  });
  CHECK(local > 100);
}

namespace {
// The details each step of the main text has, by their keys ("how", "how_it_helps", ...).
struct step_details {
  std::vector<std::vector<std::string>> steps;  // in the order of the plan's steps shown
  std::string section;
  void open(kg::part p, kg::text_view key) {
    const std::string k{key.data(), key.size()};
    if (p == kg::part::section) {
      section = k;
    } else if (p == kg::part::step && section == "steps") {
      steps.emplace_back();
    } else if (p == kg::part::detail && section == "steps") {
      steps.back().push_back(k);
    }
  }
  void label(kg::text_view /*t*/) {}
  void words(kg::text_view /*t*/) {}
  void number(int /*n*/) {}
  void source(const kg::source& /*s*/) {}
  void close(kg::part p) {
    if (p == kg::part::section) {
      section.clear();
    }
  }
};
}  // namespace

TEST_CASE("a step says how to do it; one with no dose says what it is, if the person does it") {
  std::size_t by_others = 0;  // steps without a dose that a professional gives
  each_situation([&](const kg::assessment& a) {
    const auto made = kg::recommend(a);
    REQUIRE(made);
    step_details seen;
    kg::render(a, *made, seen);
    std::size_t shown = 0;
    for (const kg::step& s : made->steps) {
      if (s.what == kg::intervention::watchful_waiting) {
        continue;  // said with the course
      }
      REQUIRE(shown < seen.steps.size());
      const std::vector<std::string>& details = seen.steps[shown++];
      const auto has = [&](const char* key) {
        return std::find(details.begin(), details.end(), key) != details.end();
      };
      CAPTURE(kg::name(s.what));
      CHECK(has("how") == !s.dose.text.empty());
      if (s.dose.text.empty() && s.delivered_by != kg::provider::self) {
        ++by_others;
        CHECK_FALSE(has("how_it_helps"));  // who gives it, and why: not a theory of how
      }
      if (s.dose.text.empty() && s.delivered_by == kg::provider::self &&
          s.what != kg::intervention::see_doctor && s.what != kg::intervention::emergency_care &&
          s.what != kg::intervention::physical_therapy) {
        CHECK(has("how_it_helps"));
      }
    }
  });
  CHECK(by_others > 0);
}

TEST_CASE("something good to know that two steps share is said once, under the first") {
  const kg::text_view quote = kg::text_of(kg::default_knowledge, "heat_cold.gerber");
  REQUIRE_FALSE(quote.empty());
  const std::string words{quote.data(), quote.size()};
  std::size_t both = 0;  // plans with heat and cold, which share the quote
  each_situation([&](const kg::assessment& a) {
    const auto made = kg::recommend(a);
    REQUIRE(made);
    const std::string text = kg::to_string(kg::in_words(a, *made));
    const std::size_t first = text.find(words);
    CHECK_MESSAGE(text.find(words, first + 1) == std::string::npos, text);
    if (made->contains(kg::intervention::heat) && made->contains(kg::intervention::cold)) {
      ++both;
      CHECK(first != std::string::npos);
    }
  });
  CHECK(both > 0);
}

namespace {
// What a plan in words says at compile time: render() is constexpr, like the engine.
constexpr std::size_t constant_words() {
  word_counter counter;
  kg::plan p;
  p.summary = "triage.self_care";
  p.disclaimer = "disclaimer";
  kg::render(p, counter);
  return counter.total;
}
}  // namespace

TEST_CASE("render() runs at compile time") {
  static_assert(constant_words() > 10);
  CHECK(constant_words() == main_words([] {
          kg::plan p;
          p.summary = "triage.self_care";
          p.disclaimer = "disclaimer";
          return p;
        }()));
}

namespace {
// The plan for `a` in words, opening with what the person told us.
std::string told(const kg::assessment& a) {
  const auto made = kg::recommend(a);
  REQUIRE(made);
  return kg::to_string(kg::in_words(a, *made));
}
// The line that says back what the person told us.
std::string heard_line(const std::string& text) {
  const std::size_t at = text.find("You told us: ");
  REQUIRE(at != std::string::npos);
  return text.substr(at, text.find('\n', at) - at);
}
}  // namespace

TEST_CASE("a plan opens with what the person told us, right under its first line") {
  const std::string text = told(samples::desk_worker);
  CHECK(heard_line(text) ==
        "You told us: the top of the shoulder (upper trapezius), on the right; pain 5 out of 10; "
        "for 3 days; from sitting hunched over a computer.");
  CHECK(text.find('\n') + 1 == text.find("You told us: "));  // the first line stays first
  // The plan alone does not know who it was for, and says nothing of them.
  const auto made = kg::recommend(samples::desk_worker);
  CHECK(kg::to_string(kg::in_words(*made)).find("You told us") == std::string::npos);
  CHECK(kg::to_string(kg::in_markdown(samples::desk_worker, *made))
            .find("\n\n**You told us:** the top of the shoulder") != std::string::npos);
}

TEST_CASE("what the person told us is said back as they said it, and nothing they did not say") {
  // Each place once (the region "upper back" is said by the infraspinatus, which lies there);
  // knots that began today; a trend; two causes.
  kg::assessment a{.knots = {{.region = kg::region::neck, .side = kg::side::left},
                             {.region = kg::region::neck, .side = kg::side::left},
                             {.region = kg::region::upper_back},
                             {.muscle = kg::muscle::infraspinatus}},
                   .since = kg::days{0},
                   .trend = kg::trend::worse,
                   .causes = {kg::cause::stress, kg::cause::poor_sleep}};
  CHECK(heard_line(told(a)) ==
        "You told us: neck, on the left; the shoulder blade (infraspinatus); since today, "
        "getting worse; from stress or worry and poor sleep.");
  // One muscle on both sides is one place.
  a = {.knots = {{.muscle = kg::muscle::soleus, .side = kg::side::left},
                 {.muscle = kg::muscle::soleus, .side = kg::side::right}},
       .trend = kg::trend::worse};
  CHECK(heard_line(told(a)) ==
        "You told us: deep in the calf (soleus), on both sides; getting worse.");
  // Told nothing, nothing said back.
  a = {};
  const auto nothing = kg::recommend(a);
  REQUIRE(nothing);
  CHECK(kg::to_string(kg::in_words(a, *nothing)).find("You told us") == std::string::npos);
  // No pain, no days, no cause given: only where. A warning sign is not said back here: the
  // step it calls for says it as its why.
  a = {.knots = {{.region = kg::region::neck}}, .red_flags = {kg::red_flag::cannot_move_arm}};
  const std::string arm = told(a);
  CHECK(heard_line(arm) == "You told us: neck.");
  REQUIRE(arm.find("You cannot move your arm.") != std::string::npos);
  CHECK(arm.find("You cannot move your arm.") > arm.find("What to do:"));
  // What they told us of their health, which set steps aside or sent them to a doctor, on a
  // line of its own.
  a = {.knots = {{.region = kg::region::calf}},
       .pain = kg::pain_score{5},
       .health = {kg::health_fact::swelling, kg::health_fact::skin_hot_to_touch}};
  const std::string swollen = told(a);
  CHECK(heard_line(swollen) == "You told us: calf; pain 5 out of 10.");
  CHECK(swollen.find("\nYou also told us of: swelling where it hurts and skin that feels hot where "
                     "it hurts.\n") == swollen.find("You told us: ") + heard_line(swollen).size());
  // In an emergency the first line and the number to call come first, and alone.
  a.red_flags = {kg::red_flag::chest_pain};
  const std::string clot = told(a);
  CHECK(kg::recommend(a)->level == kg::triage::emergency);
  CHECK(clot.find("You told us") == std::string::npos);
  // A place the form asks first, then the muscle there: the muscle's words say both.
  a = {.knots = {{.region = kg::region::shoulder}, {.muscle = kg::muscle::upper_trapezius}},
       .pain = kg::pain_score{0}};
  CHECK(heard_line(told(a)) ==
        "You told us: the top of the shoulder (upper trapezius); pain 0 out of 10.");
  a = {.knots = {{.region = kg::region::hip}}, .since = kg::days{1}, .trend = kg::trend::better};
  CHECK(heard_line(told(a)) == "You told us: hip; for 1 day, getting better.");
}

TEST_CASE("the opening's words are the catalog's") {
  std::vector<kg::text_entry> texts(kg::default_knowledge.texts.begin(),
                                    kg::default_knowledge.texts.end());
  for (kg::text_entry& t : texts) {
    t.text = t.id == "label.heard"        ? "Sie sagten"
             : t.id == "label.pain"       ? "Schmerz"
             : t.id == "label.out_of_ten" ? "von 10"
             : t.id == "side.right"       ? "rechts"
                                          : t.text;
  }
  const std::string text = desk_worker_in(texts);
  CHECK(text.find("Sie sagten: the top of the shoulder (upper trapezius), rechts; Schmerz 5 von "
                  "10;") != std::string::npos);
}
