// Writes docs/knowledge.md from the default knowledge base, so that the document people read is
// the data the library uses. Usage: generate_knowledge <output file>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <knotguide/knotguide.hpp>
#include <sstream>
#include <string>
#include <type_traits>

namespace kg = knotguide;

namespace {

constexpr const kg::knowledge_base& kb = kg::default_knowledge;

// Text and numbers in a row. (Streaming rather than "a" + std::string{...} keeps g++ 12 clear
// of its -Wrestrict false positive on string concatenation, GCC bug 105329.)
template <class... Parts>
std::string cat(const Parts&... parts) {
  std::ostringstream out;
  (out << ... << parts);
  return out.str();
}

// Appends piece to out, after separator unless out is empty.
void join(std::string& out, const char* separator, const std::string& piece) {
  if (!out.empty()) {
    out.append(separator);
  }
  out.append(piece);
}

// An enumerator's name as words: "self_myofascial_release" -> "self myofascial release".
std::string words(kg::text_view name) {
  std::string out{name};
  for (char& c : out) {
    if (c == '_') {
      c = ' ';
    }
  }
  return out;
}

template <kg::named_enum E>
std::string words(E value) {
  return words(kg::name(value));
}

template <kg::named_enum E>
std::string list(const kg::flag_set<E>& set, const char* separator = ", ") {
  std::string out;
  for (const E value : set) {
    join(out, separator, words(value));
  }
  return out;
}

std::string cited(const kg::citations& sources) {
  std::string out;
  for (const kg::text_view id : sources) {
    join(out, ", ", std::string{id});
  }
  return out.empty() ? out : cat("[", out, "]");
}

std::string text(kg::text_id id) {
  const kg::text_entry* t = kg::find_text(kb, id);
  if (t == nullptr) {
    return std::string{id.key()};
  }
  std::string out{t->text};
  if (!t->sources.empty()) {
    out += cat(" ", cited(t->sources));
  }
  if (kg::seed_only(kb, t->sources)) {
    out += " *(seed articles only)*";
  }
  if (!t->disputed_by.empty()) {
    out += cat(" *(disputed by ", cited(t->disputed_by), ")*");
  }
  return out;
}

template <class T>
long count_of(T value) {
  if constexpr (kg::is_duration_v<T>) {
    return value.count();
  } else {
    return value;
  }
}

template <class T>
std::string range(const kg::range<T>& r, const char* unit) {
  const long low = count_of(r.low);
  const long high = count_of(r.high);
  std::ostringstream out;
  if (low != 0 && high != 0) {
    out << low;
    if (high != low) {
      out << "-" << high;
    }
  } else if (high != 0) {
    out << "up to " << high;
  } else {
    out << "at least " << low;
  }
  out << unit;
  return out.str();
}

std::string dose(const kg::dose& d) {
  std::string parts;
  const auto add = [&parts](const auto& r, const char* label, const char* unit) {
    if (r.stated()) {
      join(parts, "; ", cat(label, range(r, unit)));
    }
  };
  add(d.session, "session ", " min");
  add(d.sessions_per_day, "", " a day");
  add(d.between_sessions, "", " h apart");
  add(d.hold, "hold ", " s");
  add(d.repetitions, "", " repetitions");
  add(d.rest, "rest ", " s");
  add(d.days_per_week, "", " days a week");
  add(d.within, "within ", " h of onset");
  add(d.keep_up, "for ", " days");
  std::string when;
  if (!d.suits.empty()) {
    join(when, "; ", cat("given for ", list(d.suits, " or ")));
  }
  if (!d.regions.empty()) {
    join(when, "; ", cat("for knots in ", list(d.regions, " or ")));
  }
  if (!d.not_for.empty()) {
    join(when, "; ", cat("not for ", list(d.not_for, " or ")));
  }
  std::string shown = parts.empty() ? text(d.text) : cat("**", parts, "**: ", text(d.text));
  if (!when.empty()) {
    shown += cat(" *(", when, ")*");
  }
  return shown;
}

// A condition in words, field by field through the condition's own description: "regions neck
// or shoulder; pain at least 7".
std::string condition(const kg::condition& c) {
  std::string out;
  kg::detail::for_each_condition_field([&](kg::text_view field, auto description) {
    using described = decltype(description);
    if (!described::listed(c)) {
      return;
    }
    std::string label{field};
    std::replace(label.begin(), label.end(), '_', ' ');
    const auto& wanted = described::wanted(c);
    using value = std::remove_cvref_t<decltype(wanted)>;
    if constexpr (std::is_same_v<value, bool>) {
      if (field == "past_review_window") {
        join(out, "; ",
             cat(label, " (", kg::default_policy.review_window.count(),
                 " days unless an application sets another)"));
      } else {
        join(out, "; ", cat(label, " (see the acute phase below)"));
      }
    } else if constexpr (std::is_same_v<value, kg::pain_score>) {
      join(out, "; ", cat(label, " ", wanted.value(), " of 10"));
    } else if constexpr (std::is_same_v<value, kg::days>) {
      join(out, "; ", cat(label, " ", wanted.count(), " days"));
    } else {
      join(out, "; ", cat(label, " ", list(wanted, " or ")));
    }
  });
  return out.empty() ? "always" : out;
}

void interventions(std::ostream& out) {
  out << "## Interventions\n";
  for (const kg::intervention_profile& p : kb.interventions) {
    out << "\n### " << words(p.which) << "\n\n";
    out << "- **How it works:** " << text(p.mechanism) << "\n";
    out << "- **What it does:** " << (p.does.empty() ? "-" : list(p.does)) << "\n";
    out << "- **Evidence:** " << words(p.grade) << " " << cited(p.sources);
    if (!p.evidence.empty()) {
      out << ". " << text(p.evidence);
    }
    out << "\n";
    out << "- **Delivered by:** " << list(p.delivered_by) << "\n";
    out << "- **Suits:** " << list(p.suits) << "\n";
    if (!p.equipment.empty()) {
      out << "- **Equipment (any one):** " << list(p.equipment) << "\n";
    }
    out << "- **Where it can be done:** "
        << (p.fits == kg::flag_set<kg::region>::all() ? std::string{"anywhere"} : list(p.fits))
        << "\n";
    if (p.relief_lasts.stated()) {
      out << "- **Relief lasts:** " << range(p.relief_lasts, " days") << "\n";
    }
    for (const kg::dose_entry& row : kb.doses) {
      if (row.which != p.which) {
        continue;
      }
      const kg::dose& d = row.dose;
      out << (d.kind == kg::dose_kind::advice ? "- **Dose:** "
                                              : "- **Trial protocol (evidence, never a dose):** ")
          << dose(d) << "\n";
    }
    for (const kg::note_entry& note : kb.notes) {
      if (note.which == p.which) {
        out << "- **Good to know:** " << text(note.text) << "\n";
      }
    }
    for (const kg::precaution& c : kb.precautions) {
      if (c.which != p.which) {
        continue;
      }
      out << "- **" << (c.kind == kg::precaution_kind::contraindication ? "Not when" : "Caution")
          << "** (" << condition(c.when) << "): " << text(c.text);
      if (c.longest_session > kg::minutes{0}) {
        out << " *(not said beside a dose of under " << c.longest_session.count() << " min)*";
      }
      out << "\n";
    }
  }
}

void rules(std::ostream& out) {
  out << "\n## Rules\n\n| id | when | effect | why |\n| --- | --- | --- | --- |\n";
  for (const kg::rule& r : kb.rules) {
    std::string effect = cat(words(r.effect), " ", words(r.target));
    if (r.effect == kg::rule_effect::escalate) {
      effect += cat(" (triage: ", words(r.level), ")");
    } else if (r.amount != 0) {
      effect += cat(" by ", r.amount);
    }
    out << "| `" << r.id << "` | " << condition(r.when) << " | " << effect << " | " << text(r.text)
        << " |\n";
  }
}

void red_flags(std::ostream& out) {
  out << "\n## Red flags by tier\n\n"
      << text("flags.expert_opinion")
      << " Each sign's tier follows its sources' own words; where they differ, the more urgent "
         "wins. [triage.md](triage.md) lists each decision and both sources' words.\n";
  for (const kg::triage tier :
       {kg::triage::emergency, kg::triage::doctor_today, kg::triage::doctor}) {
    out << "\n### " << words(tier) << ": " << text(kg::find_level(kb, tier)->text) << "\n\n";
    for (const kg::red_flag_entry& e : kb.red_flags) {
      if (e.tier == tier) {
        out << "- `" << kg::name(e.flag) << "`: " << text(e.text) << " (" << cited(e.sources)
            << ")";
        if (!e.watch_in.empty()) {
          out << "; named to watch for with knots in " << list(e.watch_in, " or ");
        }
        if (!e.meanwhile.empty()) {
          out << "; said with it: " << text(e.meanwhile);
        }
        out << "\n";
      }
    }
  }
  out << "\n### Signs to watch for, by place\n\n"
         "A plan names these signs, should they appear, for knots in each place (those below the "
         "plan's level aside).\n\n| place | signs |\n| --- | --- |\n";
  for (const kg::region place : kg::enum_values<kg::region>) {
    std::string signs;
    for (const kg::red_flag_entry& e : kb.red_flags) {
      if (e.watch_in.contains(place)) {
        signs += (signs.empty() ? "`" : ", `") + std::string(kg::name(e.flag)) + "`";
      }
    }
    out << "| " << words(place) << " | " << signs << " |\n";
  }
  out << "\n### Signs read from other answers\n\n"
         "A sign counts as reported when the person's other answers are the sign as its sources "
         "describe it.\n\n| sign | read from | sources |\n| --- | --- | --- |\n";
  for (const kg::implied_sign& e : kb.implied_signs) {
    out << "| `" << kg::name(e.sign) << "` | " << condition(e.when) << " | " << cited(e.sources)
        << " |\n";
  }
}

void engine(std::ostream& out) {
  const kg::engine_knowledge& e = kb.engine;
  out << "\n## What each triage level tells a person\n\n"
      << "| level | the plan's first line | the step it puts first | that step's words | until "
         "the person is seen | when they can reach no one who gives it |\n"
      << "| --- | --- | --- | --- | --- | --- |\n";
  for (const kg::triage_entry& t : e.levels) {
    std::string meanwhile;
    for (const kg::dose& d : t.meanwhile) {
      const std::string when = d.within.stated()
                                   ? std::string{" (in the first days after an injury)"}
                               : d.regions.empty() ? std::string{}
                                                   : cat(" (", list(d.regions), ")");
      join(meanwhile, "<br>", cat(text(d.text), when));
    }
    out << "| " << words(t.level) << " | " << text(t.text) << " | "
        << (t.step ? words(t.step.value()) : std::string{"-"}) << " | "
        << (t.step_dose.text.empty()
                ? std::string{"one of its doses"}
                : cat(text(t.step_dose.text), " (", cited(t.step_dose.sources), ")"))
        << " | " << (meanwhile.empty() ? std::string{"-"} : meanwhile) << " | "
        << (t.out_of_reach.empty() ? std::string{"-"} : text(t.out_of_reach)) << " |\n";
  }
  out << "\nOnly self-care waits: the course, the review day and the long view appear at the "
         "self-care level only. At a doctor today and at an emergency the plan holds the "
         "escalation alone (an application may allow self-care after it through its policy; "
         "only what the person does alone, and no source gives self-care to try while waiting for "
         "urgent care). Knots that have "
         "lasted the review window (14 days unless an application sets another) are past "
         "waiting: "
      << text(e.past_review) << " (" << cited(kg::find_text(kb, e.past_review)->sources) << ")\n";
  out << "\n| preference | rules out |\n| --- | --- |\n";
  for (const kg::preference_entry& p : e.preferences) {
    out << "| " << words(p.which) << " | " << list(p.rules_out) << " |\n";
  }
  std::string phase;
  for (const kg::condition& c : e.acute_phase) {
    join(phase, "; or ", condition(c));
  }
  out << "\n**The acute phase** (the first days after an injury, which precautions and doses "
         "name): "
      << phase << " " << cited(e.acute_phase_sources)
      << ". A duration that is not known counts as recent.\n";
  out << "\n## Where the person is\n\nThe urgent steps in each country's words; without a "
         "country, the level's own words above, which name each country's numbers.\n\n"
      << "| country | level | the step's words |\n| --- | --- | --- |\n";
  for (const kg::country_entry& c : kb.countries) {
    out << "| " << kg::find_words(kb, c.which) << " | " << words(c.level) << " | " << text(c.text)
        << " |\n";
  }
}

void muscles(std::ostream& out) {
  out << "\n## Muscles and where they send pain\n\n" << text("knots.maps") << "\n\n";
  out << "| muscle | lies in | refers pain to | sources |\n| --- | --- | --- | --- |\n";
  for (const kg::muscle_entry& e : kb.muscles) {
    out << "| " << words(e.which) << " | " << words(kg::region_of(e.which)) << " | "
        << list(e.refers_to) << " | " << cited(e.sources) << " |\n";
  }
  out << "\n| pain in | muscles most likely responsible, most likely first |\n| --- | --- |\n";
  for (const kg::region area : kg::enum_values<kg::region>) {
    std::string ranked;
    for (const kg::muscle m : kg::likely_muscles(kb, area)) {
      join(ranked, ", ", words(m));
    }
    out << "| " << words(area) << " | " << ranked << " |\n";
  }
}

void causes(std::ostream& out) {
  out << "\n## Causes and prevention\n\n| cause | how | prevention |\n| --- | --- | --- |\n";
  for (const kg::cause_entry& e : kb.causes) {
    out << "| " << words(e.which) << " | " << text(e.about) << " | "
        << (e.prevention.empty() ? "-" : text(e.prevention)) << " |\n";
  }
}

void course(std::ostream& out) {
  out << "\n## Natural course\n\n| window | knots in | what the source says | evidence |\n"
      << "| --- | --- | --- | --- |\n";
  for (const kg::course_entry& e : kb.course) {
    out << "| " << (e.window.stated() ? range(e.window, " days") : "-") << " | "
        << (e.regions.empty() ? "anywhere" : list(e.regions)) << " | " << text(e.text) << " | "
        << words(e.grade) << " |\n";
  }
}

void about_knots(std::ostream& out) {
  out << "\n## About knots\n\n";
  for (const kg::text_entry& t : kb.texts) {
    if (t.id.key().find("knots.") == 0) {
      out << "- " << text(t.id) << "\n";
    }
  }
}

void sources(std::ostream& out) {
  out << "\n## Sources\n\n| id | source | year | address |\n| --- | --- | --- | --- |\n";
  for (const kg::source& s : kb.sources) {
    std::string what;
    if (!s.authors.empty()) {
      what.append(s.authors.data(), s.authors.size()).append(", ");
    }
    what.append("*").append(s.title.data(), s.title.size()).append("*");
    if (!s.publisher.empty()) {
      what.append(", ").append(s.publisher.data(), s.publisher.size());
    }
    for (const kg::text_view expert : s.experts) {
      what.append("; quotes ").append(expert.data(), expert.size());
    }
    if (s.seed) {
      what += " (seed article)";
    }
    what.append("; shown to people as \"").append(s.short_name.data(), s.short_name.size());
    what += "\"";
    out << "| `" << s.id << "` | " << what << " | " << (s.year != 0 ? std::to_string(s.year) : "-")
        << " | " << (s.address.empty() ? std::string{"-"} : std::string{s.address}) << " |\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: generate_knowledge <output file>\n";
    return 2;
  }
  std::ofstream out{argv[1]};
  out << "# knotguide's default knowledge base\n\n"
      << "Generated from `include/knotguide/knowledge/` by `docs/generate_knowledge.cpp`; do not "
         "edit by hand (`cmake --build <build dir> --target knotguide_update_docs` rewrites it, "
         "and a test fails while it is stale).\n\n"
      << "**" << text(kb.engine.disclaimer) << "**\n\n"
      << "Sources are cited by the ids of the last table. Claims only the two seed articles make "
         "are marked *(seed articles only)*; claims another source contradicts say who.\n\n"
      << "Size: " << kb.sources.size() << " sources, " << kb.texts.size() << " catalog texts, "
      << kb.interventions.size() << " intervention profiles (" << kb.doses.size() << " doses, "
      << kb.precautions.size() << " precautions, " << kb.notes.size() << " notes), "
      << kb.rules.size() << " rules, " << kb.red_flags.size() << " red flags, " << kb.muscles.size()
      << " muscles, " << kb.causes.size() << " causes, " << kb.course.size()
      << " natural-course entries, " << kb.countries.size()
      << " entries for where the person is.\n\n";
  interventions(out);
  rules(out);
  red_flags(out);
  engine(out);
  muscles(out);
  causes(out);
  course(out);
  about_knots(out);
  sources(out);
  return out ? 0 : 1;
}
