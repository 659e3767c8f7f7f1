// What a person must never read in a plan: knotguide's internal tokens. Shared by the unit
// tests and the safety sweep.
#ifndef KNOTGUIDE_TESTS_PLAIN_WORDS_HPP
#define KNOTGUIDE_TESTS_PLAIN_WORDS_HPP

#include <cctype>
#include <knotguide/knotguide.hpp>
#include <string>
#include <string_view>

namespace plain_words {

namespace kg = knotguide;

inline bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}

// Whether `word` stands in `text` as a whole word, case included.
inline bool has_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !is_word_char(text[at - 1]);
    const std::size_t end = at + word.size();
    // A full stop after the word ends a sentence; before a letter it joins an id.
    const bool ends = end == text.size() || !is_word_char(text[end]) ||
                      (text[end] == '.' &&
                       (end + 1 == text.size() || text[end + 1] == ' ' || text[end + 1] == '\n'));
    if (starts && ends) {
      return true;
    }
  }
  return false;
}

// The first internal token in text written for a person, or "" when there is none: an
// identifier (a word with an underscore, or a dotted id such as "pt.lasting"), a rule id, a
// source key, a list of keys in brackets, a field name with a colon as a why-trace prints it,
// or words that belong to developers ("Triage", "score", "knotguide").
inline std::string internal_token(std::string_view text,
                                  const kg::knowledge_base& kb = kg::default_knowledge) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' || text[i] == '[' || text[i] == ']') {
      std::size_t from = i;
      while (from > 0 && is_word_char(text[from - 1])) {
        --from;
      }
      return std::string{text.substr(from, 24)};
    }
    // A dot between two lower-case letters: an id, never prose.
    if (text[i] == '.' && i > 0 && i + 1 < text.size() &&
        std::islower(static_cast<unsigned char>(text[i - 1])) != 0 &&
        std::islower(static_cast<unsigned char>(text[i + 1])) != 0) {
      return std::string{text.substr(i > 8 ? i - 8 : 0, 16)};
    }
  }
  for (const kg::rule& r : kb.rules) {
    if (has_word(text, r.id)) {
      return std::string{r.id};
    }
  }
  for (const kg::text_view id : kg::engine_rule_ids) {  // "moment" or "review" may be prose
    if (id.find('-') != kg::text_view::npos && has_word(text, id)) {
      return std::string{id};
    }
  }
  // Source keys that are also English words may stand in prose.
  constexpr std::string_view words[] = {"fit", "fast", "bay",  "den",  "dev", "dom",
                                        "med", "del",  "mans", "tens", "cc"};
  for (const kg::source& s : kb.sources) {
    bool english = false;
    for (const std::string_view w : words) {
      english = english || w == std::string_view{s.id};
    }
    if (!english && has_word(text, s.id)) {
      return std::string{s.id};
    }
  }
  for (const kg::text_view field : kg::field_traits<kg::assessment>::names) {
    std::string spelled{field};
    for (char& c : spelled) {
      c = c == '_' ? ' ' : c;
    }
    if (text.find(spelled + ":") != std::string_view::npos) {
      return spelled + ":";
    }
  }
  for (const std::string_view word : {"Triage", "triage", "score", "knotguide", "ungraded"}) {
    if (has_word(text, word)) {
      return std::string{word};
    }
  }
  return {};
}

}  // namespace plain_words

#endif  // KNOTGUIDE_TESTS_PLAIN_WORDS_HPP
