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
#include <type_traits>

#include "detail/reflect.hpp"
#include "knotguide.hpp"

namespace knotguide {
namespace detail {

template <class T>
concept printable = named_enum<T> || is_flag_set_v<T> || is_maybe_v<T> || is_fixed_vector_v<T> ||
    is_view_v<T> || is_result_v<T> || is_duration_v<T> || std::is_same_v<T, pain_score> ||
    std::is_same_v<T, citations> || named_fields<T>;

template <class T>
void print_value(std::ostream& out, const T& value);

template <class List>
void print_list(std::ostream& out, const List& items) {
  out << '[';
  const char* gap = "";
  for (const auto& item : items) {
    out << gap;
    print_value(out, item);
    gap = ", ";
  }
  out << ']';
}

// One value, in the form operator<< uses: text quoted, the rest as their types say.
template <class T>
void print_value(std::ostream& out, const T& value) {
  if constexpr (std::is_same_v<T, bool>) {
    out << (value ? "true" : "false");
  } else if constexpr (std::is_same_v<T, text_view>) {
    out << '"' << value << '"';
  } else if constexpr (std::is_same_v<T, std::uint8_t>) {
    out << static_cast<unsigned>(value);  // a number, not a character
  } else if constexpr (std::is_arithmetic_v<T>) {
    out << value;
  } else if constexpr (named_enum<T>) {
    if (is_valid(value)) {
      out << name(value);
    } else {
      out << "<not a " << enum_traits<T>::type_name << ": " << +to_underlying(value) << '>';
    }
  } else if constexpr (is_flag_set_v<T>) {
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
  } else if constexpr (is_maybe_v<T>) {
    if (value) {
      print_value(out, value.value());
    } else {
      out << "none";
    }
  } else if constexpr (is_fixed_vector_v<T> || is_view_v<T> || std::is_same_v<T, citations>) {
    print_list(out, value);
  } else if constexpr (is_duration_v<T>) {
    out << value.count() << ' ' << unit_symbol<T>;
  } else if constexpr (std::is_same_v<T, pain_score>) {
    if (value.valid()) {
      out << value.value() << "/10";
    } else {
      out << "<pain out of range>";
    }
  } else if constexpr (is_result_v<T>) {
    if (value) {
      print_value(out, *value);
    } else {
      print_value(out, value.error());
    }
  } else {
    static_assert(named_fields<T>, "knotguide's operator<< prints knotguide types only");
    out << field_traits<T>::type_name << '{';
    const char* gap = "";
    for_each_named_field(value, [&](text_view field, const auto& member) {
      out << gap << field << ": ";
      print_value(out, member);
      gap = ", ";
    });
    out << '}';
  }
}

}  // namespace detail

// Any knotguide value on one line: knot{muscle: upper_trapezius, region: none, side: right,
// activity: active}. Enumerators by name; a value outside its enumeration is shown as such.
template <class T>
requires detail::printable<T> std::ostream& operator<<(std::ostream& out, const T& value) {
  detail::print_value(out, value);
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

// An identifier in words: "foam_roller" as "foam roller", or capitalised as "Foam roller".
inline void write_words(std::ostream& out, text_view identifier, bool capitalised = false) {
  for (std::size_t i = 0; i < identifier.size(); ++i) {
    const char c = identifier[i];
    if (c == '_') {
      out << ' ';
    } else if (capitalised && i == 0 && c >= 'a' && c <= 'z') {
      out << static_cast<char>(c - 'a' + 'A');
    } else {
      out << c;
    }
  }
}

// A unit in words, singular and plural: {" time a day", " times a day"}.
struct unit_words {
  const char* one;
  const char* many;
};

// Writes a plan in plain text or Markdown; one walk of the plan serves both.
class plan_renderer {
 public:
  plan_renderer(std::ostream& out, const knowledge_base& kb, bool markdown)
      : out_(out), kb_(kb), markdown_(markdown) {}

  void render(const plan& p) {
    heading("Triage:");
    out_ << ' ';
    text(text_of(kb_, p.level_text));
    out_ << "\n\n";
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      render_step(i + 1, p.steps[i]);
    }
    if (p.course.stated() || !p.course_texts.empty()) {
      out_ << '\n';
      heading("Expected course:");
      const char* gap = " ";
      print_range(p.course, "", {" day.", " days."}, gap);
      for (const text_view t : p.course_texts) {
        out_ << ' ';
        text(text_of(kb_, t));
        if (const text_entry* entry = find_text(kb_, t)) {
          sources(entry->sources);
        }
      }
      out_ << '\n';
    }
    out_ << '\n';
    heading("Review:");
    out_ << " by day " << p.review_by.count() << '.';
    out_ << (p.would_change.empty() ? "\n" : " What would change the advice:\n");
    for (const change& c : p.would_change) {
      item();
      if (c.sign) {
        out_ << "if this appears: ";
      } else if (c.by_day > days{0}) {
        out_ << "by day " << c.by_day.count() << ": ";
      }
      text(text_of(kb_, c.text));
      out_ << " -> ";
      text(text_of(kb_, level_text(c.becomes)));
      out_ << '\n';
    }
    bool any_caution = false;
    for (const step& s : p.steps) {
      for (const text_view caution : s.cautions) {
        if (!any_caution) {
          out_ << '\n';
          heading("Cautions:");
          out_ << '\n';
          any_caution = true;
        }
        item();
        words(name(s.what), true);
        out_ << ": ";
        text(text_of(kb_, caution));
        out_ << '\n';
      }
    }
    if (!p.prevention.empty()) {
      out_ << '\n';
      heading("To keep knots away:");
      out_ << '\n';
      for (const text_view t : p.prevention) {
        item();
        text(text_of(kb_, t));
        out_ << '\n';
      }
    }
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
  void detail_line(const char* label) { out_ << (markdown_ ? "   - " : "   ") << label << ' '; }

  // Knowledge-base text; in Markdown, the characters that would change its meaning escaped.
  void text(text_view t) {
    for (const char c : t) {
      if (markdown_ && (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' ||
                        c == '<' || c == '>' || c == '#' || c == '|')) {
        out_ << '\\';
      }
      out_ << c;
    }
  }
  // An identifier in words: "foam_roller" as "foam roller", or "Foam roller".
  void words(text_view identifier, bool capitalised = false) {
    write_words(out_, identifier, capitalised);
  }
  // "[s1, hse]", after a space unless `spaced` is false; in Markdown "([s1](https://...), hse)",
  // each id linked to its source's address where it has one.
  void sources(const citations& cited, bool spaced = true) {
    if (cited.empty()) {
      return;
    }
    out_ << (spaced ? " " : "") << (markdown_ ? '(' : '[');
    const char* gap = "";
    for (const text_view id : cited) {
      out_ << gap;
      const source* src = markdown_ ? find_source(kb_, id) : nullptr;
      if (src != nullptr && !src->address.empty()) {
        out_ << '[' << id << "](https://";
        for (const char c : src->address) {
          if (c == '(' || c == ')' || c == ' ') {
            out_ << (c == '(' ? "%28" : c == ')' ? "%29" : "%20");  // keep the link whole
          } else {
            out_ << c;
          }
        }
        out_ << ')';
      } else {
        out_ << id;
      }
      gap = ", ";
    }
    out_ << (markdown_ ? ')' : ']');
  }

  // "15-20 min a session", "up to 3 times a day", "at least 4 h apart"; nothing when not
  // stated.
  template <class T>
  void print_range(const range<T>& r, const char* before, unit_words unit, const char*& gap) {
    if (!r.stated()) {
      return;
    }
    long low = 0;
    long high = 0;
    if constexpr (is_duration_v<T>) {
      low = r.low.count();
      high = r.high.count();
    } else {
      low = r.low;
      high = r.high;
    }
    out_ << gap << before;
    if (low != 0 && high != 0 && low != high) {
      out_ << low << '-' << high << unit.many;
    } else if (low != 0) {
      out_ << (high == 0 ? "at least " : "") << low
           << (low == 1 && high != 0 ? unit.one : unit.many);
    } else {
      out_ << "up to " << high << (high == 1 ? unit.one : unit.many);
    }
    gap = "; ";
  }

  [[nodiscard]] static bool stated(const dose& d) {
    return d.session.stated() || d.sessions_per_day.stated() || d.between_sessions.stated() ||
           d.hold.stated() || d.repetitions.stated() || d.rest.stated() ||
           d.days_per_week.stated() || d.within.stated() || d.keep_up.stated() || !d.text.empty();
  }

  void render_dose(const dose& d) {
    const char* gap = "";
    print_range(d.session, "", {" min a session", " min a session"}, gap);
    print_range(d.sessions_per_day, "", {" time a day", " times a day"}, gap);
    print_range(d.between_sessions, "", {" h apart", " h apart"}, gap);
    print_range(d.hold, "hold ", {" s", " s"}, gap);
    print_range(d.repetitions, "", {" round", " rounds"}, gap);
    print_range(d.rest, "rest ", {" s between them", " s between them"}, gap);
    print_range(d.days_per_week, "", {" day a week", " days a week"}, gap);
    print_range(d.within, "within ", {" h of onset", " h of onset"}, gap);
    print_range(d.keep_up, "keep it up for ", {" day", " days"}, gap);
    if (!d.text.empty()) {
      out_ << gap;
      text(text_of(kb_, d.text));
      sources(d.sources);
    }
  }

  // A why-trace link in words: the rule's own sentence, without its full stop, and the fact.
  void render_reason(const reason& r) {
    const rule* fired = find_rule(kb_, r.rule);
    if (fired != nullptr && !fired->text.empty()) {
      text_view sentence = text_of(kb_, fired->text);
      if (!sentence.empty() && sentence[sentence.size() - 1] == '.') {
        sentence = sentence.substr(0, sentence.size() - 1);
      }
      text(sentence);
    } else if (r.rule == engine_rule::moment) {
      out_ << "It suits the moment";
    } else if (r.rule == engine_rule::red_flag) {
      out_ << "A warning sign calls for it";
    } else {
      text(r.rule);
    }
    if (r.read.field == fact_field::none) {
      return;
    }
    out_ << " (";
    words(r.read.field_name());
    out_ << ": ";
    if (!r.read.value_name().empty()) {
      words(r.read.value_name());
    } else if (r.read.field == fact_field::pain) {
      out_ << r.read.number << " of 10";
    } else if (r.read.field == fact_field::since) {
      out_ << r.read.number << (r.read.number == 1 ? " day" : " days");
    } else {
      out_ << r.read.number;
    }
    out_ << ')';
  }

  void render_step(std::size_t rank, const step& s) {
    out_ << rank << ". " << (markdown_ ? "**" : "");
    words(name(s.what), true);
    out_ << (markdown_ ? "**" : "") << " (";
    if (s.by == provider::self) {
      out_ << "by yourself";
    } else {
      words(name(s.by));
    }
    out_ << "; evidence: ";
    words(name(s.grade));
    out_ << ")\n";
    if (stated(s.amount)) {
      detail_line("Dose:");
      render_dose(s.amount);
      out_ << '\n';
    }
    detail_line("When:");
    const char* gap = "";
    for (const moment m : s.timing) {
      out_ << gap;
      words(name(m));
      gap = " or ";
    }
    if (!s.use.empty()) {
      out_ << "; use your ";
      words(name(*s.use.begin()));
    } else if (s.suggest) {
      out_ << "; none at hand, the cheapest that will do: ";
      words(name(s.suggest.value()));
    }
    out_ << '\n';
    if (s.relief_lasts.stated()) {
      detail_line("Relief lasts:");
      const char* none = "";
      print_range(s.relief_lasts, "", {" day", " days"}, none);
      out_ << '\n';
    }
    detail_line("Why:");
    if (s.why.empty()) {
      out_ << "a first step for knots";
    }
    gap = "";
    for (const reason& r : s.why) {
      out_ << gap;
      render_reason(r);
      gap = "; ";
    }
    out_ << '\n';
    detail_line("Sources:");
    sources(s.sources, false);
    out_ << '\n';
  }

  std::ostream& out_;
  const knowledge_base& kb_;
  bool markdown_;
};

}  // namespace detail

inline std::ostream& operator<<(std::ostream& out, const plan_in_words& words) {
  detail::plan_renderer{out, words.kb, words.markdown}.render(words.what);
  return out;
}

}  // namespace knotguide

#endif  // KNOTGUIDE_IO_HPP
