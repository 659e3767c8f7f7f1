// The desk-break companion's logic: a timeline of activity in, what to tell the person out.
// It counts time spent working without a break; after `every` of it, it offers the micro-break
// the knowledge base gives for desk work, with its dose, and the plan's other steps for the desk
// (a stretch at the desk), with their cautions. Idle time of at least `natural_break`
// counts as a break, as it does in Workrave (a timer's auto-reset) and Stretchly ("natural
// breaks"); shorter idle time pauses the count. When the person reports a knot, or a warning
// sign, it gives the plan, its first line first; a plan that says to get care today or now ends
// the break reminders, since no self-care should stand in front of that.
//
// The clock is the caller's: main.cpp feeds it real durations (std::chrono) or scripted ones,
// so that the tests replay a working day in microseconds.
#ifndef KNOTGUIDE_EXAMPLE_COMPANION_HPP
#define KNOTGUIDE_EXAMPLE_COMPANION_HPP

#include <chrono>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include <knotguide/io.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/words.hpp>

#include "exports.hpp"

namespace desk_break {

namespace kg = knotguide;
using std::chrono::seconds;

// No source knotguide cites gives an interval for breaks from desk work in general, so these
// are Stretchly's defaults (its app/utils/defaultSettings.js): a micro-break every 10 minutes,
// and 5 minutes idle counting as a natural break. The one interval a cited source gives, sitting
// no more than 15 to 20 minutes at a time with knots in the buttock muscles [NAM-GMin], is
// longer than 10 minutes, so the default already keeps it.
struct settings {
  seconds every{600};
  seconds natural_break{300};
};

// "01:05:00": a time on the timeline, counted from its start.
inline std::string clock_time(seconds t) {
  const auto total = t.count();
  char text[32];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", static_cast<long long>(total / 3600),
                static_cast<long long>(total / 60 % 60), static_cast<long long>(total % 60));
  return text;
}

class companion {
 public:
  companion(settings s, const kg::knowledge_base& kb) : settings_(s), kb_(kb) {
    situation_.moment = kg::moment::at_desk;
    (void)replan();  // an empty situation at the desk is valid
  }

  // The person worked (typed, used the mouse) for this long.
  void worked(seconds how_long, std::vector<std::string>& say) {
    seconds left = how_long;
    while (worked_ + left >= settings_.every) {
      const seconds until_offer = settings_.every - worked_;
      now_ += until_offer;
      left -= until_offer;
      worked_ = seconds{0};
      offer(say);
    }
    now_ += left;
    worked_ += left;
  }

  // No input for this long: a break once long enough, a pause in the count before that.
  void idle(seconds how_long, std::vector<std::string>& say) {
    now_ += how_long;
    if (how_long >= settings_.natural_break) {
      worked_ = seconds{0};
      say.push_back(clock_time(now_) + " no keyboard or mouse for " +
                    std::to_string(how_long.count()) + " s: counted as a break");
    }
  }

  // The person took the break offered.
  void took_break(std::vector<std::string>& say) {
    worked_ = seconds{0};
    say.push_back(clock_time(now_) + " break taken");
  }

  // The person reports a knot (and how much it hurts, if they said): the plan for it at the
  // desk. The knot replaces any reported before; the breaks offered follow the new plan.
  void knot(const kg::knot& k, kg::maybe<kg::pain_score> pain, std::vector<std::string>& say) {
    situation_.knots.clear();
    (void)situation_.knots.try_push_back(k);
    situation_.pain = pain;
    tell_plan("the plan for this knot:", say);
  }

  // The person reports a warning sign: the plan again, with the sign weighed.
  void sign(kg::red_flag flag, std::vector<std::string>& say) {
    situation_.red_flags.insert(flag);
    tell_plan("the plan with the warning sign you reported:", say);
  }

  [[nodiscard]] seconds now() const { return now_; }
  [[nodiscard]] seconds natural_break() const { return settings_.natural_break; }
  [[nodiscard]] const kg::plan& plan() const { return plan_; }
  // A plan that sends the person to a doctor today, or to emergency care.
  [[nodiscard]] bool urgent() const { return plan_.level >= kg::triage::doctor_today; }

 private:
  // The plan for the situation as it now stands; the error, in the field's words, when the
  // situation is refused (main.cpp reads only valid names and pain scores, so it is not).
  [[nodiscard]] std::string replan() {
    const kg::result<kg::plan> made = kg::recommend(situation_, kb_);
    if (!made) {
      return std::string{made.error().field} + ": " + std::string{made.error().message};
    }
    plan_ = *made;
    desk_ = exercises_of(plan_, kb_);
    return {};
  }

  // The new plan in words, its first line first; an urgent one ends the reminders, and says so.
  void tell_plan(const std::string& heading, std::vector<std::string>& say) {
    if (const std::string refused = replan(); !refused.empty()) {
      say.push_back(clock_time(now_) + " no plan: " + refused);
      return;
    }
    std::ostringstream plan;
    plan << kg::in_words(situation_, plan_, kb_);
    say.push_back(clock_time(now_) + " " + heading);
    say.push_back(plan.str());
    if (urgent()) {
      say.push_back(clock_time(now_) +
                    " break reminders stop here: do what the first line of this plan says. If "
                    "you use break exercises from knotguide in Workrave or Stretchly, pause them "
                    "too.");
    }
  }

  // The plan's steps for the desk, each with its dose and cautions; none for an urgent plan.
  void offer(std::vector<std::string>& say) const {
    if (urgent() || desk_.empty()) {
      return;
    }
    std::string text = clock_time(now_) + " time for a break.";
    for (const exercise& e : desk_) {
      text += " " + e.title + ": " + e.description;
    }
    say.push_back(text);
  }

  settings settings_;
  const kg::knowledge_base& kb_;
  kg::assessment situation_;
  kg::plan plan_;
  std::vector<exercise> desk_;  // the plan's steps for the desk, offered at each break
  seconds now_{0};
  seconds worked_{0};
};

}  // namespace desk_break

#endif  // KNOTGUIDE_EXAMPLE_COMPANION_HPP
