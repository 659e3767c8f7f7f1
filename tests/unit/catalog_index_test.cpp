// The indexes of the catalog and the sources: every text and source is found through them, in
// its own place, and a knowledge base whose index does not fit its table still finds every text,
// by halving, and every source, by a scan.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <knotguide/knotguide.hpp>
#include <knotguide/words.hpp>
#include <set>
#include <string>

#include "../support/all_enums.hpp"

namespace kg = knotguide;

namespace {

// Through the index alone, without the halving find_text() falls back on.
const kg::text_entry* through_index(const kg::knowledge_base& kb, kg::text_view id) {
  return kg::detail::find_indexed(kb.texts, kb.text_index, kg::detail::id_hash(id),
                                  [id](kg::text_view other) { return other == id; });
}

// A table's entries in the opposite order, at compile time.
template <class Entry, std::size_t N>
constexpr auto reversed_copy(const Entry (&table)[N]) {
  auto copy = kg::concat(table);
  for (std::size_t i = 0, j = copy.size() - 1; i < j; ++i, --j) {
    const Entry swapped = copy[i];
    copy[i] = copy[j];
    copy[j] = swapped;
  }
  return copy;
}

// Every enumerator's words, in `kb` and in `other`, agree.
bool same_words(const kg::knowledge_base& kb, const kg::knowledge_base& other) {
  return kg::testing::all_enums::all([&]<class E>() {
    for (const E value : kg::enum_values<E>) {
      if (kg::find_words(kb, value) != kg::find_words(other, value)) {
        return false;
      }
    }
    return true;
  });
}

}  // namespace

namespace {

// The default indexes are arrays written out (default_indexes.hpp), so that including the library
// does not build them: they must be what catalog_index builds from the tables as they are now.
template <std::size_t Slots, class Entry>
void check_written_out(kg::view<std::uint16_t> written, kg::view<Entry> table) {
  const kg::catalog_index<Slots> built{table};  // at run time, from the tables of this build
  INFO("write them again: cmake --build <build> --target knotguide_default_indexes");
  REQUIRE(built.size() == Slots);
  REQUIRE(written.size() == Slots);
  std::size_t differ = 0;
  for (std::size_t i = 0; i < Slots; ++i) {
    differ += written[i] != built.data()[i] ? 1U : 0U;
  }
  CHECK(differ == 0);
}

}  // namespace

TEST_CASE("the default indexes are the ones catalog_index builds") {
  check_written_out<512>(kg::default_knowledge.source_index, kg::default_knowledge.sources);
  check_written_out<1024>(kg::default_knowledge.text_index, kg::default_knowledge.texts);
}

TEST_CASE("the default catalog's index finds every text in its own place, less than half full") {
  const kg::knowledge_base& kb = kg::default_knowledge;
  REQUIRE(kb.text_index.size() >= 2 * kb.texts.size());
  for (const kg::text_entry& t : kb.texts) {
    CHECK(through_index(kb, t.id.key()) == &t);
    CHECK(kg::find_text(kb, t.id) == &t);
  }
  CHECK(through_index(kb, "no.such.text") == nullptr);
  CHECK(kg::find_text(kb, "no.such.text") == nullptr);
  // An enumerator's words, hashed from "<type>." and its name without joining them, are the
  // words found by halving a catalog that has no index.
  kg::knowledge_base halved = kb;
  halved.text_index = {};
  CHECK(kg::find_words(kb, kg::label::take_care) == "Take care");
  CHECK(same_words(kb, halved));
}

TEST_CASE("an index made for another catalog costs time, never a text") {
  // An application's texts added to the default ones shift every text after them, so the
  // default index points at the wrong places: each text is found all the same.
  static constexpr kg::text_entry added[] = {{"aa.first", "Said first."},
                                             {"zz.last", "Said last."}};
  static constexpr auto texts = kg::sorted_by_id(kg::concat(added, kg::defaults::texts));
  kg::knowledge_base kb = kg::default_knowledge;
  kb.texts = texts;
  for (const kg::text_entry& t : kb.texts) {
    CHECK(kg::find_text(kb, t.id) == &t);
  }
  CHECK(kg::text_of(kb, "zz.last") == "Said last.");
  CHECK(same_words(kb, kg::default_knowledge));

  // Its own index finds them through the index.
  static constexpr kg::catalog_index<1024> index{texts};
  kb.text_index = index;
  for (const kg::text_entry& t : kb.texts) {
    CHECK(through_index(kb, t.id.key()) == &t);
  }
}

TEST_CASE("an index with fewer than twice the catalog's slots is empty, and texts are halved") {
  const kg::catalog_index<16> small{kg::defaults::texts};  // at run time; a constant is refused
  CHECK(small.size() == 0);
  kg::knowledge_base kb = kg::default_knowledge;
  kb.text_index = small;
  for (const kg::text_entry& t : kb.texts) {
    CHECK(kg::find_text(kb, t.id) == &t);
  }
}

TEST_CASE("words hashed from their pieces find the text an index holds under the joined id") {
  // A catalog out of order cannot be halved: only its index finds its texts, so each
  // enumerator's words found here were found through the hash of "<type>.<name>" in pieces.
  static constexpr auto reversed = reversed_copy(kg::defaults::texts);
  static constexpr kg::catalog_index<1024> index{reversed};
  kg::knowledge_base kb = kg::default_knowledge;
  kb.texts = reversed;
  kb.text_index = index;
  CHECK(same_words(kb, kg::default_knowledge));
  for (const kg::text_entry& t : kb.texts) {
    CHECK(kg::find_text(kb, t.id) == &t);
  }
  kb.text_index = {};  // halving an unsorted catalog misses texts: the test above can fail
  CHECK_FALSE(same_words(kb, kg::default_knowledge));
  // And at compile time, through the default index.
  static_assert(kg::find_words(kg::default_knowledge, kg::label::take_care) == "Take care");
  static_assert(!kg::text_of(kg::default_knowledge, "disclaimer").empty());
}

TEST_CASE("the sources' index finds every source; one for other sources costs time, not a source") {
  const kg::knowledge_base& kb = kg::default_knowledge;
  REQUIRE(kb.source_index.size() >= 2 * kb.sources.size());
  for (const kg::source& s : kb.sources) {
    CHECK(kg::detail::find_indexed(kb.sources, kb.source_index, kg::detail::id_hash(s.id),
                                   [&s](kg::text_view other) { return other == s.id; }) == &s);
    CHECK(kg::find_source(kb, s.id) == &s);
  }
  CHECK(kg::find_source(kb, "no-such-source") == nullptr);
  // The sources in another order, with the default index (every position wrong), and with none.
  static constexpr auto reversed = reversed_copy(kg::defaults::sources);
  kg::knowledge_base other = kb;
  other.sources = reversed;
  for (const kg::view<std::uint16_t> index : {kb.source_index, kg::view<std::uint16_t>{}}) {
    other.source_index = index;
    for (const kg::source& s : other.sources) {
      CHECK(kg::find_source(other, s.id) == &s);
    }
  }
  // A plan in words names the same sources, in the same order, with the index and without.
  const auto made = kg::recommend({.knots = {{.muscle = kg::muscle::upper_trapezius}}});
  REQUIRE(made);
  kg::knowledge_base scanned = kb;
  scanned.source_index = {};
  const std::string indexed = kg::to_string(kg::in_markdown(*made, kb));
  CHECK(indexed.find("More sources:") != std::string::npos);
  CHECK(indexed == kg::to_string(kg::in_markdown(*made, scanned)));
}

TEST_CASE("ids that differ only in the middle do not share a hash") {
  std::set<std::uint32_t> hashes;
  for (int i = 0; i < 100; ++i) {
    const std::string id = "rule.knee_" + std::to_string(100 + i) + ".why";
    hashes.insert(kg::detail::id_hash(kg::text_view{id.data(), id.size()}));
  }
  CHECK(hashes.size() == 100);
}

TEST_CASE("an id hashed a piece at a time, four characters a turn, is the hash of its characters") {
  // Every id of the default tables, and every prefix of one long id from a hash already begun
  // (each length from 0 on, so that each remainder of the four-character turns is met), against
  // the same characters added one at a time.
  const auto one_at_a_time = [](std::uint32_t hash, kg::text_view id) {
    for (const char c : id) {
      hash = kg::detail::id_hash_add(hash, c);
    }
    return hash;
  };
  const kg::text_view longest = "rule.clot.calf.swelling_and_warmth.why";
  for (std::size_t n = 0; n <= longest.size(); ++n) {
    CHECK(kg::detail::id_hash_add(7, longest.substr(0, n)) ==
          one_at_a_time(7, longest.substr(0, n)));
  }
  for (const kg::text_entry& t : kg::default_knowledge.texts) {
    CHECK(kg::detail::id_hash_add(0, t.id.key()) == one_at_a_time(0, t.id.key()));
  }
  for (const kg::source& s : kg::default_knowledge.sources) {
    CHECK(kg::detail::id_hash_add(0, s.id) == one_at_a_time(0, s.id));
  }
}
