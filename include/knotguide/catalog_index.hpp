// An index of a knowledge base's sentences or sources by a hash of their ids, so that one is
// found in a probe or two rather than by halving the catalog or scanning the sources: a plan in
// words looks up a hundred-odd sentences and labels and names its sources a hundred-odd times,
// and searching took a third of its time. A knowledge base carries its indexes in
// knowledge_base::text_index and knowledge_base::source_index (the default one does); without
// them, find_text() halves the catalog and find_source() scans the sources. An application that
// composes its own knowledge indexes it the same way:
//
//   static constexpr auto my_texts = sorted_by_id(concat(defaults::texts, physio_texts));
//   static constexpr catalog_index<1024> my_index{my_texts};  // at least twice the texts
//   constexpr knowledge_base my_knowledge{.sources = ..., .texts = my_texts,
//                                         .text_index = my_index, ...};
//
// An index only saves time: what it does not find (an index made for another table, or before
// entries were added) is searched for as without one. Such an index costs a failed probe before
// each search, so a table changed keeps its index current.
#ifndef KNOTGUIDE_CATALOG_INDEX_HPP
#define KNOTGUIDE_CATALOG_INDEX_HPP

#include <cstddef>
#include <cstdint>

#include "knowledge.hpp"
#include "text_view.hpp"
#include "view.hpp"

namespace knotguide {

namespace detail {

// A hash of an id: every character, times 31, mixed by a multiplication at the end. Every
// character, so that ids which differ only in the middle ("rule.knee_01.why", "rule.knee_02.why")
// do not share a hash: a hash of a few chosen characters gave such a family one hash, and
// first_problem() would compare them pairwise at compile time. An id is hashed in pieces
// (id_hash_add() for each, then id_hash_end()), so that "<type>.<name>" needs no joining and a
// list of ids is hashed in the one pass that finds where each ends.
[[nodiscard]] constexpr std::uint32_t id_hash_add(std::uint32_t hash, char c) noexcept {
  return hash * 31U + static_cast<unsigned char>(c);
}
// (The arithmetic again rather than a call per character: first_problem() hashes thousands of
// ids at compile time, where each call costs constant-evaluation steps. Four characters a turn,
// the same hash: g++ 12 built the two default indexes (645 ids, 9,600 characters) in about 30%
// fewer instructions than one character at a time, when an include still built them; they are
// written out now, in knowledge/default_indexes.hpp.)
[[nodiscard]] constexpr std::uint32_t id_hash_add(std::uint32_t hash, text_view piece) noexcept {
  const char* at = piece.data();
  std::size_t left = piece.size();
  for (; left >= 4; left -= 4, at += 4) {
    hash = hash * (31U * 31U * 31U * 31U) + static_cast<unsigned char>(at[0]) * (31U * 31U * 31U) +
           static_cast<unsigned char>(at[1]) * (31U * 31U) +
           static_cast<unsigned char>(at[2]) * 31U + static_cast<unsigned char>(at[3]);
  }
  for (; left > 0; --left, ++at) {
    hash = hash * 31U + static_cast<unsigned char>(*at);
  }
  return hash;
}
[[nodiscard]] constexpr std::uint32_t id_hash_end(std::uint32_t hash) noexcept {
  return (hash * 2654435761U) >> 16U;
}
[[nodiscard]] constexpr std::uint32_t id_hash(text_view id) noexcept {
  return id_hash_end(id_hash_add(0, id));
}

// The id an entry of an indexed table is known by.
[[nodiscard]] constexpr text_view id_of(const text_entry& t) noexcept {
  return t.id.key();
}
[[nodiscard]] constexpr text_view id_of(const source& s) noexcept {
  return s.id;
}

// Called only when a catalog_index is made, in a constant expression, for a table of more
// entries than half its slots: being non-constexpr, the call is the compile error, and its name
// the message.
inline void catalog_index_needs_at_least_twice_as_many_slots_as_entries() noexcept {}

}  // namespace detail

// Slots slots, each empty (0) or an entry's position in its table plus one, the entry put at its
// id's hash or the first empty slot after it, in table order. At least twice as many slots as
// entries, so that probes stay short, a miss included: more are refused at compile time, and at
// run time leave the index empty (size() 0), which searches as without an index.
template <std::size_t Slots>
class catalog_index {
  static_assert(Slots > 0 && Slots <= 65535, "a slot holds a position + 1 in 16 bits");

  // Before the constructors that call it: clang 14 cannot evaluate a member template in a
  // constant expression when its definition follows the call.
  template <class Entry>
  constexpr void build(view<Entry> table) noexcept {
    if (table.size() * 2 > Slots) {
      detail::catalog_index_needs_at_least_twice_as_many_slots_as_entries();
      return;
    }
    for (std::size_t i = 0; i < table.size(); ++i) {
      std::size_t at = detail::id_hash(detail::id_of(table[i])) % Slots;
      while (slots_[at] != 0) {
        at = at + 1 == Slots ? 0 : at + 1;
      }
      slots_[at] = static_cast<std::uint16_t>(i + 1);
    }
    indexed_ = true;
  }

 public:
  constexpr explicit catalog_index(view<text_entry> texts) noexcept { build(texts); }
  constexpr explicit catalog_index(view<source> sources) noexcept { build(sources); }

  [[nodiscard]] constexpr const std::uint16_t* data() const noexcept { return slots_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return indexed_ ? Slots : 0; }

 private:
  std::uint16_t slots_[Slots]{};
  bool indexed_ = false;
};

namespace detail {

// The first entry of `table` whose id `is(id)` says is the one sought, through `slots` (a
// catalog_index of the table), starting at the sought id's hash; nullptr when an empty slot
// comes first. Entries were placed in table order, so of two with one id the first lies earlier
// on the probe path. Each probe is checked against the table's size, and there are at most as
// many as slots, so an index that belongs to another table never reads out of bounds nor gives a
// wrong entry.
template <class Entry, class Is>
[[nodiscard]] constexpr const Entry* find_indexed(view<Entry> table, view<std::uint16_t> slots,
                                                  std::uint32_t hash, Is is) noexcept {
  if (slots.empty()) {
    return nullptr;
  }
  std::size_t at = hash % slots.size();
  for (std::size_t probe = 0; probe < slots.size() && slots[at] != 0; ++probe) {
    const std::size_t i = slots[at] - 1U;
    if (i < table.size() && is(id_of(table[i]))) {
      return &table[i];
    }
    at = at + 1 == slots.size() ? 0 : at + 1;
  }
  return nullptr;
}

}  // namespace detail

}  // namespace knotguide

#endif  // KNOTGUIDE_CATALOG_INDEX_HPP
