// knotguide --interview: the interview in a terminal. One question per screen, in the catalog's
// words with why it is asked, its choices numbered; answers by number or by name; the plan in
// words once the interview is settled. On a terminal each question clears the screen; on a pipe
// the questions follow one another, so that a script can answer them on stdin.
#ifndef KNOTGUIDE_CLI_INTERVIEW_HPP
#define KNOTGUIDE_CLI_INTERVIEW_HPP

#include <cstdint>
#include <istream>
#include <knotguide/interview.hpp>
#include <knotguide/knotguide.hpp>
#include <knotguide/words.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "../common/bounded_input.hpp"
#include "../common/one_line.hpp"
#include "../common/whole_number.hpp"

namespace knotguide_cli {

namespace kg = knotguide;

// The longest answer line kept: the longest honest one (every place by name) is far shorter.
inline constexpr std::size_t max_answer_line = 4096;

// An answer line read: the reply, or why the line is not one (said before the question again).
struct answer {
  std::optional<kg::assessment> reply;
  std::string problem;  // why the line is not an answer, said before asking again
};

inline std::string text_of(kg::text_view id) {
  const kg::text_view words = kg::text_of(kg::default_knowledge, kg::text_id{id});
  return std::string{words.data(), words.size()};
}

// An item's words, from the catalog.
inline std::string item_words(const kg::question& q, std::uint8_t item) {
  const kg::text_view words = kg::item_words(kg::default_knowledge, q.topic, item);
  return std::string{words.data(), words.size()};
}

inline void show(std::ostream& out, const kg::question& q, std::size_t number, bool screen) {
  if (screen) {
    out << "\x1b[2J\x1b[H";  // a fresh screen for each question
  }
  const kg::question_words words = kg::words_of(q.topic);
  out << "Question " << number << ". " << text_of(words.asks.key()) << "\n";
  out << "(We ask because: " << text_of(words.because.key()) << ")\n\n";
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const kg::text_view name = kg::item_name(q.topic, q.items[i]);
    out << "  " << (i + 1) << ". " << item_words(q, q.items[i]) << " ["
        << std::string_view{name.data(), name.size()} << "]\n";
  }
  if (!q.items.empty()) {
    out << "\n";
  }
  if (q.topic == kg::topic::pain) {
    out << "Type a number from 0 to 10, or ? if you are not sure.\n";
  } else if (q.topic == kg::topic::since) {
    out << "Type a number of days, or ? if you are not sure.\n";
  } else if (q.topic == kg::topic::access) {
    out << "All of these are ticked. Type the numbers or [names] of any you could not use, or "
           "just press Enter.\n";
  } else if (q.topic == kg::topic::country) {
    out << "Type a number or a [name], or ? if it is not listed.\n";
  } else if (q.is_checklist() || q.topic == kg::topic::knots) {
    out << "Type the numbers or [names] of all that apply, with spaces between them, or just "
           "press Enter for none.\n";
  } else {
    out << "Type a number or a [name].\n";
  }
  out << "> " << std::flush;
}

// The item a word names: its number on the list, or its name (in any case).
inline std::optional<std::uint8_t> item_named(const kg::question& q, std::string_view word) {
  if (const auto n = knotguide_examples::whole_number<long>(word);
      n && *n >= 1 && static_cast<std::size_t>(*n) <= q.items.size()) {
    return q.items[static_cast<std::size_t>(*n - 1)];
  }
  for (const std::uint8_t item : q.items) {
    const kg::text_view name = kg::item_name(q.topic, item);
    bool same = word.size() == name.size();
    for (std::size_t k = 0; same && k < word.size(); ++k) {
      same = (word[k] >= 'A' && word[k] <= 'Z' ? static_cast<char>(word[k] - 'A' + 'a')
                                               : word[k]) == name[k];
    }
    if (same) {
      return item;
    }
  }
  return std::nullopt;
}

inline answer read_answer(const kg::question& q, const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : line + " ") {
    if (c == ' ' || c == ',' || c == '\t' || c == '\r') {
      if (!word.empty()) {
        words.push_back(word);
      }
      word.clear();
    } else {
      word += c;
    }
  }
  kg::assessment reply;
  const bool not_sure = words.size() == 1 && words[0] == "?";
  if (q.topic == kg::topic::pain || q.topic == kg::topic::since) {
    if (not_sure) {
      return {reply, ""};
    }
    const auto n =
        words.size() == 1 ? knotguide_examples::whole_number<long>(words[0]) : std::nullopt;
    if (q.topic == kg::topic::pain && n && *n >= 0 && *n <= 10) {
      reply.pain = kg::pain_score{static_cast<int>(*n)};
      return {reply, ""};
    }
    if (q.topic == kg::topic::since && n && *n >= 0 && *n <= 1'000'000) {
      reply.since = kg::days{static_cast<kg::days::rep>(*n)};
      return {reply, ""};
    }
    return {std::nullopt, q.topic == kg::topic::pain ? "Please type a number from 0 to 10."
                                                     : "Please type a number of days."};
  }
  if (q.topic == kg::topic::country && not_sure) {
    return {reply, ""};
  }
  kg::fixed_vector<std::uint8_t, kg::max_choices> picked;
  for (const std::string& w : words) {
    const auto item = item_named(q, w);
    if (!item) {
      return {std::nullopt, "\"" + knotguide_examples::one_line(w, 32) +
                                "\" is not one of the choices; type its number or its name."};
    }
    bool again = false;
    for (const std::uint8_t p : picked) {
      again = again || p == *item;
    }
    if (!again && !picked.try_push_back(*item)) {
      return {std::nullopt, "Too many choices."};
    }
  }
  if (q.topic == kg::topic::access) {  // the numbers typed are those the person could not use
    kg::fixed_vector<std::uint8_t, kg::max_choices> still;
    for (const std::uint8_t item : q.items) {
      bool dropped = false;
      for (const std::uint8_t p : picked) {
        dropped = dropped || p == item;
      }
      if (!dropped) {
        (void)still.try_push_back(item);
      }
    }
    picked = still;
  }
  const kg::result<kg::assessment> made = kg::reply_of(q, picked);
  if (!made) {
    const kg::text_view message = made.error().message;
    return {std::nullopt, q.is_checklist() || q.topic == kg::topic::knots
                              ? "Please check the numbers: it " +
                                    std::string{message.data(), message.size()} + "."
                              : "Please type one number or one name."};
  }
  return {*made, ""};
}

// Runs the interview on `in` and `out`, then prints the plan in words. Returns the exit code:
// 0 for a plan, 2 when the input ends before the interview is settled (said on err), 1 if the
// library refuses the interview (it should not: every answer kept was checked).
inline int interview_in_terminal(std::istream& in, std::ostream& out, std::ostream& err,
                                 bool screen) {
  kg::interview iv;
  std::size_t number = 0;
  for (;;) {
    const auto next = kg::next_question(iv, kg::default_knowledge);
    if (!next) {
      err << "knotguide: " << std::string{next.error().message.data(), next.error().message.size()}
          << "\n";
      return 1;
    }
    if (!next->has_value()) {
      break;
    }
    const kg::question q = next->value();
    ++number;
    std::string problem;
    for (;;) {
      if (!problem.empty()) {
        out << problem << "\n";
      }
      show(out, q, number, screen && problem.empty());
      std::string line;
      bool too_long = false;
      if (!knotguide_examples::read_line(in, line, max_answer_line, too_long)) {
        out << "\n";
        err << "knotguide: the answers ended before the interview was done (question " << number
            << ")\n";
        return 2;
      }
      if (too_long) {
        problem = "That answer is too long.";
        continue;
      }
      const answer a = read_answer(q, line);
      if (!a.reply) {
        problem = a.problem;
        continue;
      }
      if (const auto refused = kg::record(iv, q, *a.reply)) {
        const kg::text_view why = refused.value().message;
        problem = "That answer cannot be kept: " + std::string{why.data(), why.size()} + ".";
        continue;
      }
      break;
    }
  }
  const kg::plan plan = kg::recommend(iv.answers).value();
  if (screen) {
    out << "\x1b[2J\x1b[H";
  }
  if (plan.level == kg::triage::emergency) {
    const kg::text_view first = kg::text_of(kg::default_knowledge, plan.summary);
    err << std::string{first.data(), first.size()} << std::endl;
  }
  out << kg::in_words(iv.answers, plan);
  return 0;
}

}  // namespace knotguide_cli

#endif  // KNOTGUIDE_CLI_INTERVIEW_HPP
