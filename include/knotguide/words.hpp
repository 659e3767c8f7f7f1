// Opt-in: a plan in words for a person, as plain text or GitHub-flavoured Markdown. What is said
// and in what order is the reading's (reading.hpp); this header only lays it out: `**` and list
// marks in Markdown, indents in plain text, a colon after each label.
//
//   std::cout << knotguide::in_words(assessment, plan);  // or in_markdown(assessment, plan)
//   std::string text = knotguide::to_string(knotguide::in_words(assessment, plan));
//
// Costs <ostream> and <string> to include.
#ifndef KNOTGUIDE_WORDS_HPP
#define KNOTGUIDE_WORDS_HPP

#include <ostream>
#include <string>

#include "knotguide.hpp"
#include "reading.hpp"

namespace knotguide {

// A plan for a person to read, in the knowledge base's words: see in_words() and in_markdown().
struct plan_in_words {
  const plan& what;
  const knowledge_base& kb;
  bool markdown = false;
  const assessment* heard = nullptr;  // said back first, when given
};

// Use as `std::cout << in_words(assessment, plan)`: plain text, opening with what the person
// told us (the assessment the plan was made from), said back. The knowledge base must be the
// one that made the plan, which names its sentences by id. The result refers to all three:
// print it in the expression that makes it.
[[nodiscard]] inline plan_in_words in_words(const assessment& heard, const plan& p,
                                            const knowledge_base& kb = default_knowledge) {
  return {p, kb, false, &heard};
}
// The plan alone, for a program that no longer has the assessment.
[[nodiscard]] inline plan_in_words in_words(const plan& p,
                                            const knowledge_base& kb = default_knowledge) {
  return {p, kb, false};
}
// The same in GitHub-flavoured Markdown, with the knowledge base's text escaped and each source
// linked to its address: for chat apps, web pages and CDS Hooks cards.
[[nodiscard]] inline plan_in_words in_markdown(const assessment& heard, const plan& p,
                                               const knowledge_base& kb = default_knowledge) {
  return {p, kb, true, &heard};
}
[[nodiscard]] inline plan_in_words in_markdown(const plan& p,
                                               const knowledge_base& kb = default_knowledge) {
  return {p, kb, true};
}

namespace detail {

// Lays a reading out as plain text or Markdown, appending to a string.
class text_sink {
 public:
  text_sink(std::string& out, bool markdown) : out_(out), markdown_(markdown) {}

  void open(part p, text_view /*key*/) {
    end_heading(p == part::step || p == part::item);
    switch (p) {
      case part::headline:
      case part::emphasis:
      case part::title:
        mark("**");
        break;
      case part::section:
        in_section_ = true;
        out_ += '\n';
        break;
      case part::sources:
        out_ += '\n';
        break;
      case part::step:
        ranking_ = true;
        break;
      case part::detail:
        out_ += markdown_ ? "\n   - *" : "\n   ";
        in_detail_ = true;
        break;
      case part::item:
        out_ += markdown_ ? "- " : "  - ";
        break;
      case part::disclaimer:
        out_ += '\n';
        mark("*");
        break;
      // Under a section's list, a paragraph of its own, not the last item's; in Markdown, under
      // the first line too, which stands alone rather than running into what follows.
      case part::notice:
        out_ += in_section_ || markdown_ ? "\n" : "";
        in_notice_ = true;
        break;
    }
  }
  void label(text_view words) {
    if (!in_detail_) {  // a section's heading; a detail's label is emphasised, not strong
      mark("**");
    }
    text(words);
    heading_ = true;
  }
  void words(text_view words) {
    end_heading(false);
    text(words);
  }
  void number(int n) {
    out_ += heading_ ? " " : "";
    out_ += std::to_string(n);
    if (ranking_) {
      out_ += ". ";
      ranking_ = false;
    }
  }
  void source(const knotguide::source& s) {
    end_heading(false);
    out_ += first_source_ ? "" : "; ";
    first_source_ = false;
    if (!markdown_ || s.address.empty()) {
      text(s.short_name);
      return;
    }
    out_ += '[';
    text(s.short_name);
    out_ += "](https://";
    for (const char c : s.address) {  // keep the link whole
      out_ += c == '(' ? "%28" : c == ')' ? "%29" : c == ' ' ? "%20" : std::string(1, c);
    }
    out_ += ')';
  }
  void close(part p) {
    end_heading(false);
    switch (p) {
      case part::headline:
        mark("**");
        out_ += '\n';
        break;
      case part::emphasis:
      case part::title:
        mark("**");
        break;
      case part::notice:
        in_notice_ = false;
        out_ += '\n';
        break;
      case part::step:
      case part::item:
        out_ += '\n';
        break;
      case part::sources:
        out_ += ".\n";
        first_source_ = true;
        break;
      case part::disclaimer:
        mark("*");
        out_ += '\n';
        break;
      case part::section:
        out_ += last_inline_ ? "\n" : "";
        in_section_ = false;
        break;
      case part::detail:
        in_detail_ = false;
        break;
    }
  }

 private:
  void mark(const char* style) {
    if (markdown_) {
      out_ += style;
    }
  }
  // Ends a heading or label with its colon: before its words on the same line, or before a
  // list on the next.
  void end_heading(bool list_follows) {
    if (!heading_) {
      return;
    }
    heading_ = false;
    out_ += ':';
    mark(in_detail_ ? "*" : "**");
    // In Markdown a blank line before a list, so that one numbered from 3 is still a list.
    out_ += list_follows ? (markdown_ && !in_detail_ ? "\n\n" : "\n") : " ";
    if (!in_detail_ && !in_notice_) {  // a section's heading
      last_inline_ = !list_follows;
    }
  }

  // Knowledge-base text; in Markdown, the characters that would change its meaning escaped,
  // appended in runs between them.
  void text(text_view t) {
    if (!markdown_) {
      out_.append(t.data(), t.size());
      return;
    }
    std::size_t run = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const char c = t[i];
      if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' ||
          c == '>' || c == '#' || c == '|') {
        out_.append(t.data() + run, i - run);
        out_ += '\\';
        run = i;  // the character itself starts the next run
      }
    }
    out_.append(t.data() + run, t.size() - run);
  }

  std::string& out_;
  bool markdown_;
  bool heading_ = false;      // a heading or label awaits its colon
  bool in_detail_ = false;    // the label being written is a detail's
  bool in_section_ = false;   // inside a section: a notice there follows its list
  bool in_notice_ = false;    // the label being written is a notice's ("If so")
  bool ranking_ = false;      // the next number is a step's rank
  bool first_source_ = true;  // no source of the current list written yet
  bool last_inline_ = false;  // the section's heading has its words on its own line
};

}  // namespace detail

// Appends the plan in words to `out`.
inline void write_words(std::string& out, const plan_in_words& words) {
  detail::text_sink sink{out, words.markdown};
  if (words.heard != nullptr) {
    render(*words.heard, words.what, sink, words.kb);
  } else {
    render(words.what, sink, words.kb);
  }
}

[[nodiscard]] inline std::string to_string(const plan_in_words& words) {
  std::string out;
  out.reserve(16384);  // more than the longest plan in words, so that it is written in place
  write_words(out, words);
  return out;
}

inline std::ostream& operator<<(std::ostream& out, const plan_in_words& words) {
  const std::string text = to_string(words);
  return out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace knotguide

#endif  // KNOTGUIDE_WORDS_HPP
