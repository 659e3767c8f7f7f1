// What a person reads of a plan, decided once: which parts, in what order, in which of the
// catalog's words, with which sources. render() walks a plan and tells a sink each part as it
// comes; the sink only lays it out (plain text and Markdown in <knotguide/words.hpp>, a page's
// JSON in the WebAssembly example). Every word it passes comes from the knowledge base's catalog,
// headings and labels included (`label.<name>`), so a translated catalog translates the words of
// the whole reading. What it does not translate yet: the punctuation between words (" (", ")",
// ", ", "; ", ". ", " "); the order of a label and its number ("Check again on day" 14, "pain" 4
// "out of 10", "for" 3 "days") and English's one plural rule ("day", "days"); the words for a
// place or a cause, which are also a form's choices, used as they are after "from"; and the
// equipment check's reading of a name's first word as an article (tell_equipment()).
//
// constexpr and allocation-free, like the engine; it includes no <string> or <ostream>.
#ifndef KNOTGUIDE_READING_HPP
#define KNOTGUIDE_READING_HPP

#include <cstddef>
#include <cstdint>

#include "assessment.hpp"
#include "enum_traits.hpp"
#include "enums.hpp"
#include "fixed_vector.hpp"
#include "flag_set.hpp"
#include "knowledge.hpp"
#include "knowledge/default.hpp"
#include "lookup.hpp"
#include "plan.hpp"
#include "vocabulary.hpp"

namespace knotguide {

// The parts of a plan's reading. A part is opened, given its words, and closed; steps hold
// their title and details, sections their steps or items, items their emphasis.
enum class part : std::uint8_t {
  headline,    // the plan's first line: what to do
  notice,      // a line under it: who else to turn to, what to do meanwhile, what the person
               // told us (with its label), what was not weighed; or a line under a section's
               // list: the country's numbers (with their label), why the signs are listed
  section,     // a heading (its label) and what follows, up to the section's close
  step,        // a numbered step: its rank, its title, then its details
  title,       // a step's name
  detail,      // a labelled line under a step: how, where, why, a caution, ...
  item,        // a line of a section's list
  emphasis,    // words to stand out within an item or a notice: a step's name, the numbers to
               // call
  sources,     // a list of sources, each given to the sink by source()
  disclaimer,  // what the guidance is not
};
template <>
struct enum_traits<part> {
  static constexpr text_view type_name = "part";
  static constexpr text_view names[] = {"headline", "notice", "section",  "step",    "title",
                                        "detail",   "item",   "emphasis", "sources", "disclaimer"};
};

// What a sink is told, in reading order:
//   open(part, key)  a part begins. The key names it for a program (a section "steps", a step
//                    "heat", a detail "caution", an item's level "emergency"); it is never shown.
//   label(words)     a section's heading or a detail's label, in the catalog's words
//   words(words)     the catalog's words, or punctuation between them
//   number(n)        before any words of its part: a step's rank, or the day to check again;
//                    after words, one of them ("pain" 4 "out of 10")
//   source(s)        one source of the list a `sources` part holds
//   close(part)      the part ends
template <class S>
concept reading_sink = requires(S& sink, part p, text_view words, int n, const source& s) {
  sink.open(p, words);
  sink.label(words);
  sink.words(words);
  sink.number(n);
  sink.source(s);
  sink.close(p);
};

namespace detail {

// What a source backs: what the person is asked to do or watch for, or why and how well a
// step works.
enum class backing : bool { main, support };

// The sources cited, in the order first cited, each once, with whether any main text cites it.
// An id is resolved through the knowledge base's index of its sources (find_source()), and a
// source's place in the list is kept by its position in the knowledge base: a reading cites
// sources a few hundred times, and scanning for each was most of its time.
template <std::size_t N>
class source_list {
 public:
  constexpr explicit source_list(const knowledge_base& kb) noexcept : kb_(kb) {}

  // Each id of the list, found where its end is found, in one pass that hashes it on the way
  // (a reading adds a hundred-odd lists).
  constexpr void add(const citations& cited, backing how) noexcept {
    const text_view ids = cited.text();
    std::size_t start = 0;
    std::uint32_t hash = 0;
    for (std::size_t i = 0; i <= ids.size(); ++i) {
      if (i < ids.size() && ids[i] != ' ') {
        hash = id_hash_add(hash, ids[i]);
        continue;
      }
      if (i > start) {
        note(find_source(kb_, ids.substr(start, i - start), id_hash_end(hash)), how);
      }
      start = i + 1;
      hash = 0;
    }
  }
  [[nodiscard]] constexpr bool any(backing how) const noexcept {
    for (const entry& e : entries_) {
      if (e.main || how == backing::support) {
        return true;
      }
    }
    return false;
  }

  // The sources not named yet (of the main text's, or all), each by the name people know it
  // by (several sources may share one), at most `limit` of them; `named` holds the names told
  // so far.
  template <class Sink, std::size_t M>
  constexpr void tell(Sink& sink, backing which, fixed_vector<text_view, M>& named,
                      std::size_t limit = M) const {
    for (const entry& e : entries_) {
      if (named.size() == limit) {
        return;
      }
      if ((e.main || which == backing::support) && !named.contains(e.src->short_name)) {
        (void)named.try_push_back(e.src->short_name);  // no more than limit <= M
        sink.source(*e.src);
      }
    }
  }
  // Whether a source of the list is not named yet.
  template <std::size_t M>
  [[nodiscard]] constexpr bool any_unnamed(const fixed_vector<text_view, M>& named) const {
    for (const entry& e : entries_) {
      if (!named.contains(e.src->short_name)) {
        return true;
      }
    }
    return false;
  }

 private:
  struct entry {
    const source* src = nullptr;
    bool main = false;
  };
  constexpr void note(const source* src, backing how) noexcept {
    if (src == nullptr) {
      return;  // a knowledge base that passed first_problem() cites none such
    }
    const auto at = static_cast<std::size_t>(src - kb_.sources.begin());
    if (at >= N) {
      return;  // a list full of sources already says where the plan comes from
    }
    if (place_[at] == 0) {
      if (!entries_.try_push_back({src, how == backing::main})) {
        return;  // as above
      }
      place_[at] = static_cast<std::uint16_t>(entries_.size());
    } else {
      entry& known = entries_[place_[at] - 1U];
      known.main = known.main || how == backing::main;
    }
  }
  const knowledge_base& kb_;
  fixed_vector<entry, N> entries_{};
  std::uint16_t place_[N]{};  // by a source's position: 0, or its entry's + 1
};

// How many sources the plan names under its main text; the rest follow as more sources.
inline constexpr std::size_t main_sources = 8;

// One walk of a plan, telling a sink each part. Every choice of what a person reads is made
// here: see render().
template <class Sink>
class reading {
 public:
  constexpr reading(const knowledge_base& kb, Sink& sink)
      : kb_(kb), sink_(sink), escalations_(escalation_steps(kb)), cited_(kb) {}

  // The plan; under its first line and the lines that qualify it, when given, what the person
  // told us, said back.
  constexpr void tell(const plan& p, const assessment* heard) {
    heard_ = heard;
    headline_ = text_of(kb_, p.summary);
    sink_.open(part::headline, name(p.level));
    cited(p.summary);
    sink_.close(part::headline);
    notice("out_of_reach", p.out_of_reach);
    notice("meanwhile", p.meanwhile);
    if (heard != nullptr && p.level != triage::emergency) {  // an emergency: what to do, only
      tell_heard(*heard);
    }
    for (const text_id t : p.not_known) {
      notice("not_known", t);
    }
    const step* waiting = p.find(intervention::watchful_waiting);
    bool any_step = false;
    int rank = 0;
    for (const step& s : p.steps) {
      if (!is_waiting(s)) {
        if (!any_step) {
          open_section("steps", label::steps);
          any_step = true;
        }
        tell_step(++rank, s);
      }
    }
    if (any_step) {
      sink_.close(part::section);
    }
    if (!p.set_aside.empty()) {
      open_section("set_aside", label::set_aside);
      for (const set_aside_step& s : p.set_aside) {
        sink_.open(part::item, name(s.what));
        sink_.open(part::emphasis, {});
        sink_.words(find_words(kb_, s.what));
        sink_.close(part::emphasis);
        sink_.words(". ");
        cited(reason_words(kb_, s.because));
        sink_.close(part::item);
      }
      sink_.close(part::section);
    }
    tell_course(p, waiting);
    if (p.review_by > days{0}) {
      open_section("review", label::review);
      sink_.number(static_cast<int>(p.review_by.count()));
      const char* gap = "";
      for (const change& c : p.would_change) {
        if (is_review(c)) {
          sink_.words(gap);
          cited(c.text);
          gap = " ";
        }
      }
      sink_.close(part::section);
    }
    tell_signs(p);
    bool any_prevention = false;
    for (const text_id t : p.prevention) {
      if (t == kb_.engine.long_term) {
        continue;  // the long view is about time: said with the course
      }
      if (!any_prevention) {
        open_section("prevention", label::prevention);
        any_prevention = true;
      }
      sink_.open(part::item, {});
      cited(t);
      sink_.close(part::item);
    }
    if (any_prevention) {
      sink_.close(part::section);
    }
    tell_sources(p);
    sink_.open(part::disclaimer, {});
    sink_.words(text_of(kb_, p.disclaimer));
    sink_.close(part::disclaimer);
  }

 private:
  // What the person told us, in one line, so that they can see they were heard: where (each
  // place once, with the sides given), how much it hurts, for how long and which way it is
  // going, and what brought it on, each after "; ".
  // What they did not say is left out (the plan's notices say what it could not weigh), and so
  // are the warning signs they reported, which the step they call for says as its why. Then,
  // on a line of its own, what they told us of their health ("You also told us of: pregnancy.").
  // Not in an emergency, whose first line and the number to call come first and alone; nothing
  // when they told us nothing.
  constexpr void tell_heard(const assessment& a) {
    tell_situation(a);
    if (!a.health.empty()) {  // what set steps aside or sent them to a doctor, on its own line
      sink_.open(part::notice, "heard_also");
      sink_.label(label_text(label::heard_also));
      listed(a.health, label::and_);
      sink_.words(".");
      sink_.close(part::notice);
    }
  }
  constexpr void tell_situation(const assessment& a) {
    if (a.knots.empty() && !a.pain && !a.since && a.trend == trend::same && a.causes.empty()) {
      return;
    }
    sink_.open(part::notice, "heard");
    sink_.label(label_text(label::heard));
    const char* gap = "";
    const auto next = [this, &gap] {
      sink_.words(gap);
      gap = "; ";
    };
    for (std::size_t i = 0; i < a.knots.size(); ++i) {
      if (said_by_another(a, i)) {
        continue;
      }
      next();
      const knot& k = a.knots[i];
      sink_.words(k.muscle ? find_words(kb_, k.muscle.value()) : find_words(kb_, k.where()));
      const flag_set<side> sides = sides_of(a, i);
      const bool both = sides.contains(side::left) && sides.contains(side::right);
      if (both || sides.contains(side::left) || sides.contains(side::right)) {
        sink_.words(", ");  // "the top of the shoulder (upper trapezius), on the right"
        sink_.words(find_words(kb_, both                         ? side::both
                                    : sides.contains(side::left) ? side::left
                                                                 : side::right));
      }
    }
    if (a.pain) {
      next();
      sink_.words(label_text(label::pain));
      sink_.words(" ");
      sink_.number(a.pain.value().value());
      sink_.words(" ");
      sink_.words(label_text(label::out_of_ten));
    }
    if (a.since) {
      next();
      const int count = a.since.value().count();
      if (count == 0) {
        sink_.words(label_text(label::since_today));
      } else {
        sink_.words(label_text(label::for_));
        sink_.words(" ");
        sink_.number(count);
        sink_.words(" ");
        sink_.words(label_text(count == 1 ? label::day_ : label::days_));
      }
    }
    if (a.trend != trend::same) {  // the default: "about the same" says nothing new
      if (a.since) {
        sink_.words(", ");  // "for 3 days, getting worse"
      } else {
        next();
      }
      sink_.words(find_words(kb_, a.trend));
    }
    if (!a.causes.empty()) {
      next();
      sink_.words(label_text(label::from));
      sink_.words(" ");
      listed(a.causes, label::and_);
    }
    sink_.words(".");
    sink_.close(part::notice);
  }
  // Whether another knot says where knot i is: an earlier one in the same place, or one whose
  // muscle lies in the region knot i gives alone ("the top of the shoulder (upper trapezius)"
  // says "shoulder", and more).
  [[nodiscard]] static constexpr bool said_by_another(const assessment& a, std::size_t i) noexcept {
    for (std::size_t j = 0; j < a.knots.size(); ++j) {
      if (j != i && (says_where(a.knots[j], a.knots[i]) && (j < i || !same_place(a, i, j)))) {
        return true;
      }
    }
    return false;
  }
  [[nodiscard]] static constexpr bool same_place(const assessment& a, std::size_t i,
                                                 std::size_t j) noexcept {
    return a.knots[i].muscle == a.knots[j].muscle && a.knots[i].where() == a.knots[j].where();
  }
  // Whether `by`'s words say where `k` is: the same place, or a muscle in k's region alone.
  [[nodiscard]] static constexpr bool says_where(const knot& by, const knot& k) noexcept {
    return by.where() == k.where() && (by.muscle == k.muscle || (!k.muscle && by.muscle));
  }
  // The sides given for knot i's place, by it and by the knots its words say where they are.
  [[nodiscard]] static constexpr flag_set<side> sides_of(const assessment& a,
                                                         std::size_t i) noexcept {
    flag_set<side> sides;
    for (const knot& other : a.knots) {
      if (says_where(a.knots[i], other)) {
        sides.insert(other.side);
      }
    }
    return sides;
  }
  // "a, b or c": each value of a set in words, `last` before the last.
  template <class E>
  constexpr void listed(const flag_set<E>& values, label last) {
    std::size_t said = 0;
    for (const E value : values) {
      between(said++, values.size(), last);
      sink_.words(find_words(kb_, value));
    }
  }
  // What goes before the i-th of `count` things listed: nothing, ", ", or `last` in words
  // (" or ") before the last.
  constexpr void between(std::size_t i, std::size_t count, label last) {
    if (i > 0 && i + 1 < count) {
      sink_.words(", ");
    } else if (i > 0) {
      sink_.words(" ");
      sink_.words(label_text(last));
      sink_.words(" ");
    }
  }

  // Waiting, which is said with the course rather than as a step.
  static constexpr bool is_waiting(const step& s) noexcept {
    return s.what == intervention::watchful_waiting;
  }
  // The day to check again, said under its own heading rather than among the signs.
  static constexpr bool is_review(const change& c) noexcept { return !c.sign && c.by_day > days{}; }

  // Waiting is advice about time, so it is said where the course is, not as a step: what to
  // do while it settles, with its cautions; then how long it may take, in one voice (see
  // course_shown()); then the long view.
  constexpr void tell_course(const plan& p, const step* waiting) {
    const bool long_view = p.prevention.contains(kb_.engine.long_term);
    const bool waits =
        waiting != nullptr && (!waiting->dose.text.empty() || !waiting->cautions.empty());
    if (!waits && p.course_texts.empty() && !long_view) {
      return;
    }
    open_section("course", label::course);
    const char* gap = "";
    days figure{};  // the upper end of the first time a source gives
    bool differ = false;
    if (waiting != nullptr) {
      if (!waiting->dose.text.empty()) {
        cited(waiting->dose.text);
        remember(waiting->dose.sources);
        gap = " ";
        figure = waiting->dose.keep_up.high;
      }
      for (const text_id caution : waiting->cautions) {
        sink_.words(gap);
        cited(caution);
        gap = " ";
      }
    }
    const bool regional = any_regional_course(p);
    for (const text_id t : p.course_texts) {
      const course_entry* entry = course_of(t);
      if (regional && entry != nullptr && entry->regions.empty()) {
        continue;
      }
      const days high = entry != nullptr ? entry->window.high : days{};
      differ = differ || (high != days{} && figure != days{} && high != figure);
      figure = figure != days{} ? figure : high;
    }
    if (differ) {
      sink_.words(gap);
      sink_.words(label_text(label::sources_differ));
      gap = " ";
    }
    for (const text_id t : p.course_texts) {
      const course_entry* entry = course_of(t);
      if (!regional || entry == nullptr || !entry->regions.empty()) {
        sink_.words(gap);
        cited(t);
        gap = " ";
      }
    }
    if (long_view) {
      sink_.words(gap);
      cited(kb_.engine.long_term);
    }
    sink_.close(part::section);
  }
  // Where a source gives the course for the knots' region, its figure is said and the general
  // ones are not: "a week or two" for all knots beside "6 to 12 weeks" for the neck would leave
  // the person to guess which applies.
  [[nodiscard]] constexpr bool any_regional_course(const plan& p) const noexcept {
    for (const text_id t : p.course_texts) {
      const course_entry* entry = course_of(t);
      if (entry != nullptr && !entry->regions.empty()) {
        return true;
      }
    }
    return false;
  }
  [[nodiscard]] constexpr const course_entry* course_of(text_id t) const noexcept {
    for (const course_entry& e : kb_.course) {
      if (e.text == t) {
        return &e;
      }
    }
    return nullptr;
  }

  // The warning signs and the rules that would change the advice, a list for each level they
  // call for, most urgent first, each headed by what to do ("If you have any of these, call
  // emergency services ..."), so that no routine item sits above an emergency and what to do is
  // read before the signs. Where the person's country is known, its numbers follow the list,
  // after "If so:" (alone, "Call 999 now" read as an order to a person with a mild knot). Under
  // the first list, a line on why the signs are listed at all.
  constexpr void tell_signs(const plan& p) {
    bool first = true;
    for (std::size_t tier = enum_count<triage>; tier-- > 0;) {
      const auto level = static_cast<triage>(tier);
      bool any = false;
      for (const change& c : p.would_change) {
        if (!is_review(c) && c.becomes == level) {
          if (!any) {
            open_section("sooner", signs_heading(level));
            any = true;
          }
          tell_sign(c);
        }
      }
      if (!any) {
        continue;
      }
      const country_entry* local = heard_ != nullptr && heard_->country
                                       ? find_country(kb_, heard_->country.value(), level)
                                       : nullptr;
      if (local != nullptr) {  // "If so: Call 999 now, or go to A&E (the emergency department)."
        sink_.open(part::notice, "local");
        sink_.label(label_text(label::if_so));
        sink_.open(part::emphasis, {});
        sink_.words(text_of(kb_, local->text));
        remember(local->sources);
        sink_.close(part::emphasis);
        sink_.close(part::notice);
      }
      if (first) {
        notice("signs_why", kb_.engine.signs_why);
        first = false;
      }
      sink_.close(part::section);
    }
  }
  [[nodiscard]] static constexpr label signs_heading(triage level) noexcept {
    switch (level) {
      case triage::emergency:
        return label::if_emergency;
      case triage::doctor_today:
        return label::if_doctor_today;
      case triage::doctor:
        return label::if_doctor;
      case triage::physical_therapist:
      case triage::self_care:  // a sign raises the level: none calls for self-care
        break;
    }
    return label::if_physical_therapist;
  }
  // A sign and, where it has some, what to do until the person is seen.
  constexpr void tell_sign(const change& c) {
    sink_.open(part::item, name(c.becomes));
    cited(c.text);
    const red_flag_entry* entry = c.sign ? find_red_flag(kb_, c.sign.value()) : nullptr;
    if (entry != nullptr && !entry->meanwhile.empty()) {
      sink_.words(" ");
      cited(entry->meanwhile);
    }
    sink_.close(part::item);
  }

  // A step as the person does it: what, who and when, how, where, with what, why for them,
  // and its cautions. How it helps and how well it works are said under "more about".
  constexpr void tell_step(int rank, const step& s) {
    const bool escalation = escalations_.contains(s.what);
    sink_.open(part::step, name(s.what));
    tell_title(rank, s);
    // Who and when, where the title does not say it already.
    const char* gap = " (";
    if (!escalation) {
      sink_.words(gap);
      sink_.words(find_words(kb_, s.delivered_by));
      gap = ", ";
    }
    if (!s.timing.empty()) {
      sink_.words(gap);
      listed(s.timing, label::or_);  // "after exercise, before bed or at your desk"
    }
    if (!escalation || !s.timing.empty()) {
      sink_.words(")");
    }
    // Where before how: a step done away from the pain says so before the dose's words.
    if (!s.at.empty()) {
      open_detail("where", label::where);
      cited(kb_.engine.elsewhere);
      const char* between = " ";
      for (const muscle m : s.at) {
        sink_.words(between);
        sink_.words(find_words(kb_, m));
        if (const muscle_entry* e = find_muscle(kb_, m)) {
          remember(e->sources, backing::support);  // where it sends pain
        }
        between = "; ";
      }
      sink_.words(".");
      sink_.close(part::detail);
    }
    if (!s.dose.text.empty()) {
      open_detail("how", label::how);
      cited(s.dose.text);
      remember(s.dose.sources);
      sink_.close(part::detail);
    }
    // With what, unless the dose's own words name it already ("a bag of frozen peas wrapped in
    // a tea towel" needs no "You could use: a bag of frozen peas").
    const text_view dose_words = text_of(kb_, s.dose.text);
    if (!s.equipment.empty()) {
      tell_equipment("use", label::use, *s.equipment.begin(), dose_words);
    } else if (s.suggest) {
      tell_equipment("could_use", label::could_use, s.suggest.value(), dose_words);
    }
    if (helps_in_main(s)) {
      tell_helps(s);
    }
    tell_why(s);
    for (const text_id caution : s.cautions) {
      open_detail("caution", label::take_care);
      cited(caution);
      sink_.close(part::detail);
    }
    sink_.close(part::step);
  }

  constexpr void tell_equipment(text_view key, label heading, equipment which,
                                text_view dose_words) {
    const text_view named = find_words(kb_, which);
    // The words after the first, which may be an article the dose writes in capitals.
    const text_view::size_type space = named.find(' ');
    const text_view bare = space == text_view::npos ? named : named.substr(space + 1);
    if (!bare.empty() && dose_words.find(bare) != text_view::npos) {
      return;
    }
    open_detail(key, heading);
    sink_.words(named);
    sink_.words(".");
    sink_.close(part::detail);
  }

  constexpr void tell_helps(const step& s) {
    if (const intervention_profile* profile = find_profile(kb_, s.what)) {
      open_detail("how_it_helps", label::how_it_helps);
      cited(profile->mechanism, backing::support);
      sink_.close(part::detail);
    }
  }

  constexpr void tell_title(int rank, const step& s) {
    sink_.number(rank);
    sink_.open(part::title, {});
    sink_.words(find_words(kb_, s.what));
    sink_.close(part::title);
  }

  // How a step helps, what is good to know about it, and how well it works: for a reader who
  // wants more, after the main text. Nothing for a step with nothing more to say.
  [[nodiscard]] constexpr bool says_more(const step& s) const noexcept {
    return !escalations_.contains(s.what) || helps_in_more(s) || any_new_note(s.what);
  }
  // Whether a step has something good to know that no step before it said: heat's and cold's
  // share a quote, which a lay reading found twice.
  [[nodiscard]] constexpr bool any_new_note(intervention which) const noexcept {
    for (const note_entry& note : kb_.notes) {
      if (note.which == which && !said_notes_.contains(note.text)) {
        return true;
      }
    }
    return false;
  }
  // Whether a step says how it helps in the main text: one the person does themselves with no
  // dose, where what it does says what it is. A step a professional gives says who (its title)
  // and why: "One idea is that pressing on the tissue ..." under massage with a physical
  // therapist read, to a lay reader, as a theory where an action was expected.
  [[nodiscard]] constexpr bool helps_in_main(const step& s) const noexcept {
    return s.dose.text.empty() && !escalations_.contains(s.what) &&
           s.delivered_by == provider::self;
  }
  // How it helps, unless it would repeat the plan's first line (emergency care) or the step
  // said it already, in the main text.
  [[nodiscard]] constexpr bool helps_in_more(const step& s) const noexcept {
    const intervention_profile* profile = find_profile(kb_, s.what);
    return profile != nullptr && !profile->mechanism.empty() &&
           text_of(kb_, profile->mechanism) != headline_ && !helps_in_main(s);
  }
  constexpr void tell_more(int rank, const step& s) {
    const intervention_profile* profile = find_profile(kb_, s.what);
    const bool escalation = escalations_.contains(s.what);
    const bool helps = helps_in_more(s);
    const bool notes = any_new_note(s.what);
    sink_.open(part::step, name(s.what));
    tell_title(rank, s);
    if (helps) {
      tell_helps(s);
    }
    if (notes) {
      open_detail("good_to_know", label::good_to_know);
      const char* gap = "";
      for (const note_entry& note : kb_.notes) {
        if (note.which == s.what && !said_notes_.contains(note.text)) {
          sink_.words(gap);
          cited(note.text, backing::support);
          gap = " ";
          (void)said_notes_.try_push_back(note.text);  // past its room, a note may be said again
        }
      }
      sink_.close(part::detail);
    }
    if (!escalation) {  // where to get care is not a treatment with evidence to weigh
      open_detail("evidence", label::evidence);
      sink_.words(find_words(kb_, s.grade));
      sink_.words(".");
      if (profile != nullptr && !profile->evidence.empty()) {
        sink_.words(" ");
        cited(profile->evidence, backing::support);
      }
      sink_.close(part::detail);
    }
    sink_.close(part::step);
  }

  // Why the step is there: each reason's sentence once (two rules may share one).
  constexpr void tell_why(const step& s) {
    fixed_vector<text_id, max_reasons> said;
    for (const reason& r : s.why) {
      const text_id id = reason_words(kb_, r);
      if (!id.empty() && !said.contains(id)) {
        if (said.empty()) {
          open_detail("why", label::why);
        } else {
          sink_.words(" ");
        }
        cited(id, backing::support);
        (void)said.try_push_back(id);  // no more than s.why holds
      }
    }
    if (!said.empty()) {
      sink_.close(part::detail);
    }
  }

  constexpr void notice(text_view key, text_id t) {
    if (!t.empty()) {
      sink_.open(part::notice, key);
      cited(t);
      sink_.close(part::notice);
    }
  }
  // A heading's or label's words, looked up at its first use (a reading uses a few of them,
  // some many times).
  [[nodiscard]] constexpr text_view label_text(label which) {
    text_view& words = label_words_[static_cast<std::size_t>(which)];
    if (words.empty()) {
      words = find_words(kb_, which);
    }
    return words;
  }
  constexpr void open_section(text_view key, label heading) {
    sink_.open(part::section, key);
    sink_.label(label_text(heading));
  }
  constexpr void open_detail(text_view key, label heading) {
    sink_.open(part::detail, key);
    sink_.label(label_text(heading));
  }
  // Where the plan comes from: first the few sources behind what the person is asked to do and
  // watch for (the first line, the doses, the cautions, the course, the signs), by the names
  // people know; then the rest, behind why and how well each step works.
  constexpr void tell_sources(const plan& p) {
    fixed_vector<text_view, source_capacity> named;
    if (cited_.any(backing::main)) {
      sink_.open(part::sources, "plan");
      sink_.label(label_text(label::sources));
      cited_.tell(sink_, backing::main, named, main_sources);
      sink_.close(part::sources);
    }
    // After the main text, more about each step, then every other source.
    bool any_more = false;
    int rank = 0;
    for (const step& s : p.steps) {
      remember(s.sources, backing::support);
      if (is_waiting(s)) {
        continue;
      }
      ++rank;
      if (!says_more(s)) {
        continue;
      }
      if (!any_more) {
        open_section("more", label::more_about);
        any_more = true;
      }
      tell_more(rank, s);
    }
    if (any_more) {
      sink_.close(part::section);
    }
    if (cited_.any_unnamed(named)) {
      sink_.open(part::sources, "more");
      sink_.label(label_text(label::more_sources));
      cited_.tell(sink_, backing::support, named);
      sink_.close(part::sources);
    }
  }

  // A catalog sentence, its sources remembered for the lists of sources.
  constexpr void cited(text_id id, backing how = backing::main) {
    if (const text_entry* entry = find_text(kb_, id)) {
      sink_.words(entry->text);
      remember(entry->sources, how);
    }
  }
  constexpr void remember(const citations& ids, backing how = backing::main) {
    cited_.add(ids, how);
  }

  const knowledge_base& kb_;
  Sink& sink_;
  flag_set<intervention> escalations_;      // steps whose title already says who gives them
  text_view headline_{};                    // the plan's first line
  const assessment* heard_ = nullptr;       // what the person told us, when given
  fixed_vector<text_id, 24> said_notes_{};  // the notes said so far, each said once
  // Every source a knowledge base may hold (first_problem() refuses more), so none is dropped.
  static constexpr std::size_t source_capacity = max_sources;
  source_list<source_capacity> cited_;  // the sources of everything shown
  // The words of each label, once looked up (a label is used many times); empty until then.
  text_view label_words_[enum_count<label>]{};
};

}  // namespace detail

// Tells `sink` what a person reads of a plan, part by part (see reading_sink). The knowledge
// base must be the one that made the plan, which names its sentences by id.
template <reading_sink Sink>
constexpr void render(const plan& p, Sink& sink, const knowledge_base& kb = default_knowledge) {
  detail::reading<Sink>{kb, sink}.tell(p, nullptr);
}
// The same, opening with what the person told us (`heard`, the assessment the plan was made
// from), said back under the plan's first line (not in an emergency): "You told us: neck, on the
// left; pain 4 out of 10; for 3 days; from stress or worry."
template <reading_sink Sink>
constexpr void render(const assessment& heard, const plan& p, Sink& sink,
                      const knowledge_base& kb = default_knowledge) {
  detail::reading<Sink>{kb, sink}.tell(p, &heard);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_READING_HPP
