// What a person reads of a plan, decided once: which parts, in what order, in which of the
// catalog's words, with which sources. render() walks a plan and tells a sink each part as it
// comes; the sink only lays it out (plain text and Markdown in <knotguide/words.hpp>, a page's
// JSON in the WebAssembly example). Every word it passes comes from the knowledge base's catalog,
// headings and labels included (`label.<name>`), so a translated catalog translates the whole
// reading; the only other characters are punctuation (" (", ", ", ". ") and numbers.
//
// constexpr and allocation-free, like the engine; it includes no <string> or <ostream>.
#ifndef KNOTGUIDE_READING_HPP
#define KNOTGUIDE_READING_HPP

#include <cstddef>
#include <cstdint>

#include "enum_traits.hpp"
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
  notice,      // a line under it: who else to turn to, what to do meanwhile, what was not weighed
  section,     // a heading (its label) and what follows, up to the section's close
  step,        // a numbered step: its rank, its title, then its details
  title,       // a step's name
  detail,      // a labelled line under a step: how, where, why, a caution, ...
  item,        // a line of a section's list
  emphasis,    // words to stand out within an item: a level's advice, a step's name
  sources,     // a list of sources, each given to the sink by source()
  disclaimer,  // what the guidance is not
};
template <>
struct enum_traits<part> {
  static constexpr text_view type_name = "part";
  static constexpr text_view names[] = {"headline", "notice", "section",  "step",    "title",
                                        "detail",   "item",   "emphasis", "sources", "disclaimer"};
};
static_assert(detail::name_table_well_formed<part>());

// What a sink is told, in reading order:
//   open(part, key)  a part begins. The key names it for a program (a section "steps", a step
//                    "heat", a detail "caution", an item's level "emergency"); it is never shown.
//   label(words)     a section's heading or a detail's label, in the catalog's words
//   words(words)     the catalog's words, or punctuation between them
//   number(n)        a step's rank, or the day to check again
//   source(s)        one source of the list a `sources` part holds
//   close(part)      the part ends
// A sink that wants each step's own sources says `static constexpr bool step_sources = true;`:
// the reading then ends each step with a `sources` part keyed "step".
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

template <class Sink>
inline constexpr bool wants_step_sources = requires {
  requires Sink::step_sources;
};

// Source ids in the order first shown, each once.
template <std::size_t N>
class source_list {
 public:
  constexpr void add(const citations& cited) noexcept {
    for (const text_view id : cited) {
      bool known = false;
      for (const text_view seen : ids_) {
        known = known || seen == id;
      }
      if (!known) {
        (void)ids_.try_push_back(id);  // a list full of sources already says where it comes from
      }
    }
  }
  constexpr void clear() noexcept { ids_.clear(); }
  [[nodiscard]] constexpr bool empty() const noexcept { return ids_.empty(); }

  // Each source once by the name people know it by (several sources may share one).
  template <class Sink>
  constexpr void tell(const knowledge_base& kb, Sink& sink) const {
    fixed_vector<const source*, N> shown;
    for (const text_view id : ids_) {
      const source* src = find_source(kb, id);
      if (src == nullptr) {
        continue;
      }
      bool said = false;
      for (const source* before : shown) {
        said = said || before->short_name == src->short_name;
      }
      if (!said) {
        (void)shown.try_push_back(src);  // no more than ids_ holds
        sink.source(*src);
      }
    }
  }

 private:
  fixed_vector<text_view, N> ids_{};
};

// One walk of a plan, telling a sink each part. Every choice of what a person reads is made
// here: see render().
template <class Sink>
class reading {
 public:
  constexpr reading(const knowledge_base& kb, Sink& sink)
      : kb_(kb), sink_(sink), escalations_(escalation_steps(kb)) {}

  constexpr void tell(const plan& p) {
    headline_ = text_of(kb_, p.summary);
    sink_.open(part::headline, name(p.level));
    cited(p.summary);
    sink_.close(part::headline);
    notice("out_of_reach", p.out_of_reach);
    notice("meanwhile", p.meanwhile);
    for (const text_id t : p.not_known) {
      notice("not_known", t);
    }
    if (!p.steps.empty()) {
      open_section("steps", label::steps);
      for (std::size_t i = 0; i < p.steps.size(); ++i) {
        tell_step(static_cast<int>(i + 1), p.steps[i]);
      }
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
    if (!p.course_texts.empty()) {
      open_section("course", label::course);
      space_separated(p.course_texts);
      sink_.close(part::section);
    }
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
    if (!p.prevention.empty()) {
      open_section("prevention", label::prevention);
      for (const text_id t : p.prevention) {
        sink_.open(part::item, {});
        cited(t);
        sink_.close(part::item);
      }
      sink_.close(part::section);
    }
    if (!all_.empty()) {
      sink_.open(part::sources, "plan");
      sink_.label(find_words(kb_, label::sources));
      all_.tell(kb_, sink_);
      sink_.close(part::sources);
    }
    sink_.open(part::disclaimer, {});
    sink_.words(text_of(kb_, p.disclaimer));
    sink_.close(part::disclaimer);
  }

 private:
  // The day to check again, said under its own heading rather than among the signs.
  static constexpr bool is_review(const change& c) noexcept { return !c.sign && c.by_day > days{}; }

  // The warning signs and the rules that would change the advice.
  constexpr void tell_signs(const plan& p) {
    bool any = false;
    for (const change& c : p.would_change) {
      if (is_review(c)) {
        continue;
      }
      if (!any) {
        open_section("sooner", label::sooner);
        any = true;
      }
      sink_.open(part::item, name(c.becomes));
      cited(c.text);
      sink_.words(" ");
      sink_.open(part::emphasis, {});
      const triage_entry* level = find_level(kb_, c.becomes);
      sink_.words(level != nullptr ? text_of(kb_, level->text) : text_view{});
      sink_.close(part::emphasis);
      sink_.close(part::item);
    }
    if (any) {
      sink_.close(part::section);
    }
  }

  constexpr void tell_step(int rank, const step& s) {
    step_cited_.clear();
    const intervention_profile* profile = find_profile(kb_, s.what);
    const bool escalation = escalations_.contains(s.what);
    sink_.open(part::step, name(s.what));
    sink_.number(rank);
    sink_.open(part::title, {});
    sink_.words(find_words(kb_, s.what));
    sink_.close(part::title);
    // Who and when, where the title does not say it already.
    const char* gap = " (";
    if (!escalation) {
      sink_.words(gap);
      sink_.words(find_words(kb_, s.delivered_by));
      gap = ", ";
    }
    bool first_moment = true;
    for (const moment m : s.timing) {
      if (first_moment) {
        sink_.words(gap);
      } else {
        sink_.words(" ");
        sink_.words(find_words(kb_, label::or_));
        sink_.words(" ");
      }
      sink_.words(find_words(kb_, m));
      first_moment = false;
    }
    if (!escalation || !s.timing.empty()) {
      sink_.words(")");
    }
    if (!s.dose.text.empty()) {
      open_detail("how", label::how);
      cited(s.dose.text);
      remember(s.dose.sources);
      sink_.close(part::detail);
    }
    if (!s.at.empty()) {
      open_detail("where", label::where);
      cited(kb_.engine.elsewhere);
      const char* between = " ";
      for (const muscle m : s.at) {
        sink_.words(between);
        sink_.words(find_words(kb_, m));
        if (const muscle_entry* e = find_muscle(kb_, m)) {
          remember(e->sources);  // where it sends pain
        }
        between = "; ";
      }
      sink_.words(".");
      sink_.close(part::detail);
    }
    if (!s.equipment.empty()) {
      open_detail("use", label::use);
      sink_.words(find_words(kb_, *s.equipment.begin()));
      sink_.words(".");
      sink_.close(part::detail);
    } else if (s.suggest) {
      open_detail("could_use", label::could_use);
      sink_.words(find_words(kb_, s.suggest.value()));
      sink_.words(".");
      sink_.close(part::detail);
    }
    tell_why(s);
    // How it helps, unless it would repeat the plan's first line (emergency care).
    if (profile != nullptr && !profile->mechanism.empty() &&
        text_of(kb_, profile->mechanism) != headline_) {
      open_detail("how_it_helps", label::how_it_helps);
      cited(profile->mechanism);
      sink_.close(part::detail);
    }
    if (profile != nullptr && !profile->notes.empty()) {
      open_detail("good_to_know", label::good_to_know);
      space_separated(profile->notes);
      sink_.close(part::detail);
    }
    if (!escalation) {  // where to get care is not a treatment with evidence to weigh
      open_detail("evidence", label::evidence);
      sink_.words(find_words(kb_, s.grade));
      sink_.words(".");
      if (profile != nullptr && !profile->evidence.empty()) {
        sink_.words(" ");
        cited(profile->evidence);
      }
      sink_.close(part::detail);
    }
    remember(s.sources);
    for (const text_id caution : s.cautions) {
      open_detail("caution", label::take_care);
      cited(caution);
      sink_.close(part::detail);
    }
    if constexpr (wants_step_sources<Sink>) {
      if (!step_cited_.empty()) {
        sink_.open(part::sources, "step");
        sink_.label(find_words(kb_, label::step_sources));
        step_cited_.tell(kb_, sink_);
        sink_.close(part::sources);
      }
    }
    sink_.close(part::step);
  }

  // Why the step is there: each reason's sentence once (two rules may share one).
  constexpr void tell_why(const step& s) {
    fixed_vector<text_id, max_reasons> said;
    for (const reason& r : s.why) {
      const text_id id = reason_words(kb_, r);
      bool again = id.empty();
      for (const text_id before : said) {
        again = again || before == id;
      }
      if (!again) {
        if (said.empty()) {
          open_detail("why", label::why);
        } else {
          sink_.words(" ");
        }
        cited(id);
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
  constexpr void open_section(text_view key, label heading) {
    sink_.open(part::section, key);
    sink_.label(find_words(kb_, heading));
  }
  constexpr void open_detail(text_view key, label heading) {
    sink_.open(part::detail, key);
    sink_.label(find_words(kb_, heading));
  }
  template <class Ids>
  constexpr void space_separated(const Ids& ids) {
    const char* gap = "";
    for (const text_id t : ids) {
      sink_.words(gap);
      cited(t);
      gap = " ";
    }
  }

  // A catalog sentence, its sources remembered for the lists of sources.
  constexpr void cited(text_id id) {
    if (const text_entry* entry = find_text(kb_, id)) {
      sink_.words(entry->text);
      remember(entry->sources);
    }
  }
  constexpr void remember(const citations& ids) {
    all_.add(ids);
    if constexpr (wants_step_sources<Sink>) {
      step_cited_.add(ids);
    }
  }

  const knowledge_base& kb_;
  Sink& sink_;
  flag_set<intervention> escalations_;  // steps whose title already says who and when
  text_view headline_{};                // the plan's first line
  source_list<160> all_{};              // the sources of everything shown
  source_list<48> step_cited_{};        // the sources of the step being told
};

}  // namespace detail

// Tells `sink` what a person reads of a plan, part by part (see reading_sink). The knowledge
// base must be the one that made the plan, which names its sentences by id.
template <reading_sink Sink>
constexpr void render(const plan& p, Sink& sink, const knowledge_base& kb = default_knowledge) {
  detail::reading<Sink>{kb, sink}.tell(p);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_READING_HPP
