// Opt-in: printing. operator<< writes any knotguide value by walking its fields with
// Boost.PFR (enumerations by name, flag sets as lists, durations with their unit), which is what
// test frameworks and logs want. in_words(plan) renders a plan for a person, with the knowledge
// base's sentences: triage first, then each step, the course, the review point, the cautions and
// the disclaimer.
//
// Costs <ostream> and Boost.PFR to include; the umbrella header includes neither.
#ifndef KNOTGUIDE_IO_HPP
#define KNOTGUIDE_IO_HPP

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <type_traits>

#include "detail/reflect.hpp"
#include "knotguide.hpp"

namespace knotguide {
namespace detail {

// Prints one value in the form operator<< uses: text quoted, the rest as their shapes say.
struct value_printer {
  std::ostream& out;

  void operator()(shape::boolean /*shape*/, bool value) const { out << (value ? "true" : "false"); }
  template <class N>
  void operator()(shape::integer /*shape*/, N value) const {
    if constexpr (sizeof(N) == 1) {
      out << static_cast<int>(value);  // a number, not a character
    } else {
      out << value;
    }
  }
  void operator()(shape::text /*shape*/, text_view value) const { out << '"' << value << '"'; }
  void operator()(shape::id /*shape*/, text_id value) const { (*this)(shape::text{}, value.key()); }
  template <class E>
  void operator()(shape::enumeration /*shape*/, E value) const {
    if (is_valid(value)) {
      out << name(value);
    } else {
      out << "<not a " << enum_traits<E>::type_name << ": " << +to_underlying(value) << '>';
    }
  }
  template <class Set>
  void operator()(shape::set /*shape*/, const Set& value) const {
    out << '[';
    const char* gap = "";
    for (const auto member : value) {
      out << gap << name(member);
      gap = ", ";
    }
    if (value.holds_invalid()) {
      out << gap << "<a value outside the type>";
    }
    out << ']';
  }
  template <class Maybe>
  void operator()(shape::optional /*shape*/, const Maybe& value) const {
    if (value) {
      visit_value(*this, value.value());
    } else {
      out << "none";
    }
  }
  template <class List>
  void operator()(shape::list /*shape*/, const List& items) const {
    out << '[';
    const char* gap = "";
    for (const auto& item : items) {
      out << gap;
      visit_value(*this, item);
      gap = ", ";
    }
    out << ']';
  }
  void operator()(shape::sources /*shape*/, const citations& ids) const {
    (*this)(shape::list{}, ids);
  }
  template <class D>
  void operator()(shape::duration /*shape*/, D value) const {
    out << value.count() << ' ' << unit_symbol<D>;
  }
  void operator()(shape::pain /*shape*/, pain_score value) const {
    if (value.valid()) {
      out << value.value() << "/10";
    } else {
      out << "<pain out of range>";
    }
  }
  template <class Result>
  void operator()(shape::outcome /*shape*/, const Result& value) const {
    if (value) {
      visit_value(*this, *value);
    } else {
      visit_value(*this, value.error());
    }
  }
  template <class T>
  void operator()(shape::record /*shape*/, const T& value) const {
    out << field_traits<T>::type_name << '{';
    const char* gap = "";
    for_each_named_field(value, [&](text_view field, const auto& member) {
      out << gap << field << ": ";
      visit_value(*this, member);
      gap = ", ";
    });
    out << '}';
  }
};

}  // namespace detail

// Any knotguide value on one line: knot{muscle: upper_trapezius, region: none, side: right,
// activity: active}. Enumerators by name; a value outside its enumeration is shown as such.
template <class T>
requires detail::own_type<T> std::ostream& operator<<(std::ostream& out, const T& value) {
  detail::visit_value(detail::value_printer{out}, value);
  return out;
}

// A plan for a person to read, in the knowledge base's words: see in_words() and in_markdown().
struct plan_in_words {
  const plan& what;
  const knowledge_base& kb;
  bool markdown = false;
};

// Use as `std::cout << in_words(plan)`: plain text. The knowledge base must be the one that
// made the plan, which names its sentences by id. The result refers to both: print it in the
// expression that makes it.
[[nodiscard]] inline plan_in_words in_words(const plan& p,
                                            const knowledge_base& kb = default_knowledge) {
  return {p, kb, false};
}
// The same in GitHub-flavoured Markdown, with the knowledge base's text escaped and each source
// linked to its address: for chat apps, web pages and CDS Hooks cards.
[[nodiscard]] inline plan_in_words in_markdown(const plan& p,
                                               const knowledge_base& kb = default_knowledge) {
  return {p, kb, true};
}

namespace detail {

// Writes a plan for a person, in plain text or Markdown; one walk of the plan serves both.
// Every word comes from the knowledge base's catalog but the few headings; no id, rule name,
// field name, score or source key is shown. The sources are listed at the end by the short
// names people know them by.
class plan_renderer {
 public:
  plan_renderer(std::ostream& out, const knowledge_base& kb, bool markdown)
      : out_(out), kb_(kb), markdown_(markdown), escalations_(escalation_steps(kb)) {}

  void render(const plan& p) {
    headline_ = text_of(kb_, p.summary);
    out_ << (markdown_ ? "**" : "");
    text(headline_);
    out_ << (markdown_ ? "**" : "") << "\n";
    for (const text_id t : {p.out_of_reach, p.meanwhile}) {
      if (!t.empty()) {
        cited_text(t);
        out_ << '\n';
      }
    }
    for (const text_id t : p.not_known) {
      out_ << '\n';
      cited_text(t);
      out_ << '\n';
    }
    if (!p.steps.empty()) {
      out_ << '\n';
      heading("What to do:");
      out_ << '\n';
    }
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      render_step(i + 1, p.steps[i]);
    }
    if (!p.set_aside.empty()) {
      out_ << '\n';
      heading("Not for you:");
      out_ << '\n';
      for (const set_aside_step& s : p.set_aside) {
        item();
        text(find_words(kb_, s.what));
        out_ << ". ";
        cited_text(reason_words(kb_, s.because));
        out_ << '\n';
      }
    }
    if (!p.course_texts.empty()) {
      out_ << '\n';
      heading("How long it may take:");
      for (const text_id t : p.course_texts) {
        out_ << ' ';
        cited_text(t);
      }
      out_ << '\n';
    }
    if (p.review_by > days{0}) {
      out_ << '\n';
      heading("Check again on day ");
      out_ << (markdown_ ? "**" : "") << p.review_by.count() << ':' << (markdown_ ? "**" : "");
      for (const change& c : p.would_change) {
        if (!c.sign && c.by_day > days{0}) {
          out_ << ' ';
          cited_text(c.text);
        }
      }
      out_ << '\n';
    }
    bool any_sign = false;
    for (const change& c : p.would_change) {
      if (!c.sign && c.by_day > days{0}) {
        continue;  // the review, said above
      }
      if (!any_sign) {
        out_ << '\n';
        heading("Get help sooner if:");
        out_ << '\n';
        any_sign = true;
      }
      item();
      cited_text(c.text);
      out_ << ' ';
      const triage_entry* level = find_level(kb_, c.becomes);
      text(level != nullptr ? text_of(kb_, level->text) : text_view{});
      out_ << '\n';
    }
    if (!p.prevention.empty()) {
      out_ << '\n';
      heading("To keep knots away:");
      out_ << '\n';
      for (const text_id t : p.prevention) {
        item();
        cited_text(t);
        out_ << '\n';
      }
    }
    render_sources();
    out_ << '\n' << (markdown_ ? "*" : "");
    text(text_of(kb_, p.disclaimer));
    out_ << (markdown_ ? "*" : "") << '\n';
  }

 private:
  void heading(const char* label) {
    out_ << (markdown_ ? "**" : "") << label << (markdown_ ? "**" : "");
  }
  void item() { out_ << (markdown_ ? "- " : "  - "); }
  // A line under a step: indented in plain text, a nested list item in Markdown.
  void detail_line(const char* label) {
    out_ << (markdown_ ? "   - " : "   ") << (markdown_ ? "*" : "") << label
         << (markdown_ ? "*" : "") << ' ';
  }

  // Knowledge-base text; in Markdown, the characters that would change its meaning escaped.
  // Written in runs between the characters to escape: a character at a time through a stream's
  // sentry costs more than the rest of the plan's reading together.
  void text(text_view t) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const char c = t[i];
      if (markdown_ && (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' ||
                        c == '<' || c == '>' || c == '#' || c == '|')) {
        out_.write(t.data() + run, static_cast<std::streamsize>(i - run));
        out_.put('\\');
        run = i;  // the character itself starts the next run
      }
    }
    out_.write(t.data() + run, static_cast<std::streamsize>(t.size() - run));
  }
  // A catalog text, its sources remembered for the list at the end.
  void cited_text(text_id id) {
    if (const text_entry* entry = find_text(kb_, id)) {
      text(entry->text);
      remember(entry->sources);
    }
  }
  void remember(const citations& cited) {
    for (const text_view id : cited) {
      bool known = false;
      for (const text_view seen : cited_) {
        known = known || seen == id;
      }
      if (!known) {
        (void)cited_.try_push_back(id);
      }
    }
  }

  // The sources of everything shown, by the names people know them by, each once.
  void render_sources() {
    if (cited_.empty()) {
      return;
    }
    out_ << '\n';
    heading("Where this comes from:");
    const char* gap = " ";
    fixed_vector<const source*, decltype(cited_)::capacity()> shown;  // each source found once
    for (const text_view id : cited_) {
      const source* src = find_source(kb_, id);
      if (src == nullptr) {
        continue;
      }
      bool said = false;  // several sources may share one short name
      for (const source* before : shown) {
        said = said || before->short_name == src->short_name;
      }
      if (said) {
        continue;
      }
      (void)shown.try_push_back(src);  // no more than cited_ holds
      out_ << gap;
      if (markdown_ && !src->address.empty()) {
        out_ << '[';
        text(src->short_name);
        out_ << "](https://";
        for (const char c : src->address) {
          if (c == '(' || c == ')' || c == ' ') {
            out_ << (c == '(' ? "%28" : c == ')' ? "%29" : "%20");  // keep the link whole
          } else {
            out_ << c;
          }
        }
        out_ << ')';
      } else {
        text(src->short_name);
      }
      gap = "; ";
    }
    out_ << ".\n";
  }

  void render_step(std::size_t rank, const step& s) {
    const intervention_profile* profile = find_profile(kb_, s.what);
    out_ << rank << ". " << (markdown_ ? "**" : "");
    text(find_words(kb_, s.what));
    out_ << (markdown_ ? "**" : "");
    // Who and when, where the title does not say it already.
    const bool escalation = escalations_.contains(s.what);
    const char* gap = " (";
    if (!escalation) {
      out_ << gap;
      text(find_words(kb_, s.delivered_by));
      gap = ", ";
    }
    for (const moment m : s.timing) {
      out_ << gap;
      text(find_words(kb_, m));
      gap = " or ";
    }
    out_ << (escalation && s.timing.empty() ? "" : ")") << '\n';
    if (!s.dose.text.empty()) {
      detail_line("How:");
      cited_text(s.dose.text);
      remember(s.dose.sources);
      out_ << '\n';
    }
    if (!s.at.empty()) {
      detail_line("Where:");
      cited_text(kb_.engine.elsewhere);
      const char* between = " ";
      for (const muscle m : s.at) {
        out_ << between;
        text(find_words(kb_, m));
        if (const muscle_entry* e = find_muscle(kb_, m)) {
          remember(e->sources);  // where it sends pain
        }
        between = "; ";
      }
      out_ << ".\n";
    }
    if (!s.equipment.empty()) {
      detail_line("Use:");
      text(find_words(kb_, *s.equipment.begin()));
      out_ << ".\n";
    } else if (s.suggest) {
      detail_line("You could use:");
      text(find_words(kb_, s.suggest.value()));
      out_ << ".\n";
    }
    // Why: each reason's sentence once (two rules may share one).
    fixed_vector<text_id, max_reasons> said;
    for (const reason& r : s.why) {
      const text_id id = reason_words(kb_, r);
      bool again = id.empty();
      for (const text_id before : said) {
        again = again || before == id;
      }
      if (!again) {
        out_ << (said.empty() ? "" : " ");
        if (said.empty()) {
          detail_line("Why:");
        }
        cited_text(id);
        (void)said.try_push_back(id);
      }
    }
    if (!said.empty()) {
      out_ << '\n';
    }
    // How it helps, unless it would repeat the plan's first line (emergency care).
    if (profile != nullptr && !profile->mechanism.empty() &&
        text_of(kb_, profile->mechanism) != headline_) {
      detail_line("How it helps:");
      cited_text(profile->mechanism);
      out_ << '\n';
    }
    if (profile != nullptr && !profile->notes.empty()) {
      detail_line("Good to know:");
      const char* space = "";
      for (const text_id note : profile->notes) {
        out_ << space;
        cited_text(note);
        space = " ";
      }
      out_ << '\n';
    }
    if (!escalation) {  // where to get care is not a treatment with evidence to weigh
      detail_line("Evidence:");
      text(capitalised(find_words(kb_, s.grade)));
      out_ << '.';
      if (profile != nullptr && !profile->evidence.empty()) {
        out_ << ' ';
        cited_text(profile->evidence);
      }
      out_ << '\n';
    }
    remember(s.sources);
    for (const text_id caution : s.cautions) {
      detail_line("Take care:");
      cited_text(caution);
      out_ << '\n';
    }
  }

  // The words with their first letter in capitals ("some evidence" as "Some evidence").
  text_view capitalised(text_view words) {
    first_word_.clear();
    if (words.empty()) {
      return words;
    }
    const char c = words[0];
    first_word_ += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    first_word_.append(words.data() + 1, words.size() - 1);
    return text_view{first_word_.data(), first_word_.size()};
  }

  std::ostream& out_;
  const knowledge_base& kb_;
  bool markdown_;
  fixed_vector<text_view, 160> cited_{};  // source ids, in the order first shown
  std::string first_word_;
  text_view headline_;                  // the plan's first line
  flag_set<intervention> escalations_;  // steps whose title already says who and when
};

}  // namespace detail

inline std::ostream& operator<<(std::ostream& out, const plan_in_words& words) {
  detail::plan_renderer{out, words.kb, words.markdown}.render(words.what);
  return out;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_IO_HPP
