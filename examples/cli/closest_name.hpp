// The name a mistyped word most likely meant, for "did you mean" in error messages: the names
// that contain the word, when there are a few ("trapezius" -> "upper_trapezius or
// middle_trapezius"), or else the nearest name by edit distance, if it is near enough to be a
// typing slip rather than another word.
#ifndef KNOTGUIDE_EXAMPLES_CLI_CLOSEST_NAME_HPP
#define KNOTGUIDE_EXAMPLES_CLI_CLOSEST_NAME_HPP

#include <algorithm>
#include <cstddef>
#include <knotguide/knotguide.hpp>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

namespace knotguide_cli {

// The edit distance with adjacent transpositions (optimal string alignment): how many
// single-character insertions, deletions, substitutions or swaps of neighbours turn a into b.
// "nekc" is one slip from "neck".
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) {
    d[i][0] = i;
  }
  std::iota(d[0].begin(), d[0].end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// At most this many names that contain the word are offered; more would be a list, not a guess.
inline constexpr std::size_t most_offered = 3;

// The names of `names` that contain `word`, when there are at most most_offered ("a, b or c"),
// or else the nearest by edit distance if it is a slip (at most a third of the word); empty
// when none is close.
template <class Names>
std::string closest_of(std::string_view word, const Names& names) {
  std::vector<std::string_view> containing;
  for (const auto& name : names) {
    if (!word.empty() && std::string_view{name}.find(word) != std::string_view::npos) {
      containing.emplace_back(name);
    }
  }
  if (!containing.empty() && containing.size() <= most_offered) {
    std::string offered;
    for (std::size_t i = 0; i < containing.size(); ++i) {
      offered += i == 0 ? "" : i + 1 == containing.size() ? " or " : ", ";
      offered += containing[i];
    }
    return offered;
  }
  std::string_view best;
  std::size_t best_distance = word.size();
  for (const auto& name : names) {
    const std::size_t distance = edit_distance(word, name);
    if (distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  const std::size_t slip = std::max<std::size_t>(1, word.size() / 3);
  return best_distance <= slip ? std::string{best} : std::string{};
}

// The name of E that `word` most likely meant, or empty when none is close.
template <knotguide::named_enum E>
std::string closest_name(std::string_view word) {
  return closest_of(word, knotguide::enum_traits<E>::names);
}

}  // namespace knotguide_cli

#endif  // KNOTGUIDE_EXAMPLES_CLI_CLOSEST_NAME_HPP
