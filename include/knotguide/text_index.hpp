// An index of a text catalog by a hash of its ids, so that a sentence is found in a probe or two
// rather than by halving the catalog: a plan in words looks up a hundred-odd sentences and labels,
// and halving took a fifth of its time. A knowledge base carries its catalog's index in
// knowledge_base::text_index (the default one does); without one, find_text() halves the
// catalog. An application that composes its own catalog indexes it the same way:
//
//   static constexpr auto my_texts = sorted_by_id(concat(defaults::texts, physio_texts));
//   static constexpr text_index<1024> my_index{my_texts};  // at least twice the texts
//   constexpr knowledge_base my_knowledge{.sources = ..., .texts = my_texts,
//                                         .text_index = my_index, ...};
//
// The index only saves time: a text it does not find (an index made for another catalog, or
// before texts were added) is found by halving the catalog, as without one.
#ifndef KNOTGUIDE_TEXT_INDEX_HPP
#define KNOTGUIDE_TEXT_INDEX_HPP

#include <cstddef>
#include <cstdint>

#include "knowledge.hpp"
#include "text_view.hpp"
#include "view.hpp"

namespace knotguide {

namespace detail {

// A hash of an id of `size` characters whose i-th is at(i): its length and six of its
// characters (the first, a quarter, half and three quarters in, the last two; all of a shorter
// id), mixed by a multiplication. Ids of one table differ in length or at those places far more
// often than not, so this spreads the default catalog and sources about as well as a hash of
// every character (1.3 probes a text at 40% load, 1.1 a source; 2 of 387 texts share a hash), in
// a fixed few steps: first_problem() hashes every id of a knowledge base at compile time, within
// clang's budget of constant-evaluation steps. `at` lets an id be hashed from pieces
// ("<type>.<name>") without joining them.
template <class CharAt>
[[nodiscard]] constexpr std::uint32_t id_hash(std::size_t size, CharAt at) noexcept {
  auto hash = static_cast<std::uint32_t>(size);
  if (size <= 6) {  // a short id, such as most sources': every character
    for (std::size_t i = 0; i < size; ++i) {
      hash = hash * 31U + static_cast<unsigned char>(at(i));
    }
  } else {
    const std::size_t picks[] = {0, size / 4, size / 2, size * 3 / 4, size - 2, size - 1};
    for (const std::size_t i : picks) {
      hash = hash * 31U + static_cast<unsigned char>(at(i));
    }
  }
  return (hash * 2654435761U) >> 16U;
}
[[nodiscard]] constexpr std::uint32_t id_hash(text_view id) noexcept {
  return id_hash(id.size(), [id](std::size_t i) { return id[i]; });
}

}  // namespace detail

// Slots slots, each empty (0) or a text's position in the catalog plus one, the text put at its
// id's hash or the first empty slot after it. A catalog of Slots texts or more does not fit: the
// texts that find no empty slot are left out (and found by halving the catalog). Half full or
// less keeps probes short.
template <std::size_t Slots>
class text_index {
  static_assert(Slots > 0 && Slots <= 65535, "a slot holds a position + 1 in 16 bits");

 public:
  constexpr explicit text_index(view<text_entry> texts) noexcept {
    std::size_t placed = 0;
    for (std::size_t i = 0; i < texts.size() && placed + 1 < Slots; ++i, ++placed) {
      std::size_t at = detail::id_hash(texts[i].id.key()) % Slots;
      while (slots_[at] != 0) {
        at = at + 1 == Slots ? 0 : at + 1;
      }
      slots_[at] = static_cast<std::uint16_t>(i + 1);
    }
  }

  [[nodiscard]] constexpr const std::uint16_t* data() const noexcept { return slots_; }
  [[nodiscard]] static constexpr std::size_t size() noexcept { return Slots; }

 private:
  std::uint16_t slots_[Slots]{};
};

namespace detail {

// The first text of `texts` whose id `is(id)` says is the one sought, through `slots` (a
// text_index), starting at the sought id's hash; nullptr when an empty slot comes first. Each
// probe is checked against the catalog's size, and there are at most as many as slots, so an
// index that belongs to another catalog finds nothing rather than reading out of bounds.
template <class Text, class Is>
[[nodiscard]] constexpr const Text* find_indexed(view<Text> texts, view<std::uint16_t> slots,
                                                 std::uint32_t hash, Is is) noexcept {
  std::size_t at = hash % slots.size();
  for (std::size_t probe = 0; probe < slots.size() && slots[at] != 0; ++probe) {
    const std::size_t i = slots[at] - 1U;
    if (i < texts.size() && is(texts[i].id.key())) {
      return &texts[i];
    }
    at = at + 1 == slots.size() ? 0 : at + 1;
  }
  return nullptr;
}

}  // namespace detail

}  // namespace knotguide

#endif  // KNOTGUIDE_TEXT_INDEX_HPP
