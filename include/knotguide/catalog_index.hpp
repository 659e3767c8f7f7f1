// An index of a text catalog by a hash of its ids, so that a sentence is found in a probe or two
// rather than by halving the catalog: a plan in words looks up a hundred-odd sentences and labels,
// and halving took a fifth of its time. A knowledge base carries its catalog's index in
// knowledge_base::text_index (the default one does); without one, find_text() halves the
// catalog. An application that composes its own catalog indexes it the same way:
//
//   static constexpr auto my_texts = sorted_by_id(concat(defaults::texts, physio_texts));
//   static constexpr catalog_index<1024> my_index{my_texts};  // at least twice the texts
//   constexpr knowledge_base my_knowledge{.sources = ..., .texts = my_texts,
//                                         .text_index = my_index, ...};
//
// The index only saves time: a text it does not find (an index made for another catalog, or
// before texts were added) is found by halving the catalog, as without one. Such an index costs
// a failed probe before each halving, so a catalog changed keeps its index current.
#ifndef KNOTGUIDE_CATALOG_INDEX_HPP
#define KNOTGUIDE_CATALOG_INDEX_HPP

#include <cstddef>
#include <cstdint>

#include "knowledge.hpp"
#include "text_view.hpp"
#include "view.hpp"

namespace knotguide {

namespace detail {

// A hash of an id of `size` characters whose i-th is at(i): every character, times 31, mixed by a
// multiplication at the end. Every character, so that ids which differ only in the middle
// ("rule.knee_01.why", "rule.knee_02.why") do not share a hash: a hash of a few chosen characters
// gave such a family one hash, and first_problem() would compare them pairwise at compile time.
// `at` lets an id be hashed from pieces ("<type>.<name>") without joining them.
template <class CharAt>
[[nodiscard]] constexpr std::uint32_t id_hash(std::size_t size, CharAt at) noexcept {
  auto hash = static_cast<std::uint32_t>(size);
  for (std::size_t i = 0; i < size; ++i) {
    hash = hash * 31U + static_cast<unsigned char>(at(i));
  }
  return (hash * 2654435761U) >> 16U;
}
// The same for a whole id, in a loop of its own: first_problem() hashes thousands of ids at
// compile time, where a call for each character costs constant-evaluation steps.
[[nodiscard]] constexpr std::uint32_t id_hash(text_view id) noexcept {
  auto hash = static_cast<std::uint32_t>(id.size());
  for (const char c : id) {
    hash = hash * 31U + static_cast<unsigned char>(c);
  }
  return (hash * 2654435761U) >> 16U;
}

// Called only when a catalog_index is made, in a constant expression, for a catalog of more
// texts than half its slots: being non-constexpr, the call is the compile error, and its name
// the message.
inline void catalog_index_needs_at_least_twice_as_many_slots_as_texts() noexcept {}

}  // namespace detail

// Slots slots, each empty (0) or a text's position in the catalog plus one, the text put at its
// id's hash or the first empty slot after it. At least twice as many slots as texts, so that
// probes stay short, a miss included: more texts are refused at compile time, and at run time
// leave the index empty (size() 0), which finds every text by halving the catalog.
template <std::size_t Slots>
class catalog_index {
  static_assert(Slots > 0 && Slots <= 65535, "a slot holds a position + 1 in 16 bits");

 public:
  constexpr explicit catalog_index(view<text_entry> texts) noexcept {
    if (texts.size() * 2 > Slots) {
      detail::catalog_index_needs_at_least_twice_as_many_slots_as_texts();
      return;
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
      std::size_t at = detail::id_hash(texts[i].id.key()) % Slots;
      while (slots_[at] != 0) {
        at = at + 1 == Slots ? 0 : at + 1;
      }
      slots_[at] = static_cast<std::uint16_t>(i + 1);
    }
    indexed_ = true;
  }

  [[nodiscard]] constexpr const std::uint16_t* data() const noexcept { return slots_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return indexed_ ? Slots : 0; }

 private:
  std::uint16_t slots_[Slots]{};
  bool indexed_ = false;
};

namespace detail {

// The first text of `texts` whose id `is(id)` says is the one sought, through `slots` (a
// catalog_index), starting at the sought id's hash; nullptr when an empty slot comes first. Each
// probe is checked against the catalog's size, and there are at most as many as slots, so an
// index that belongs to another catalog never reads out of bounds nor gives a wrong text.
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

#endif  // KNOTGUIDE_CATALOG_INDEX_HPP
