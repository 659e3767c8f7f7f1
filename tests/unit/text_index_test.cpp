// The catalog's index: every text is found through it, in its own place, and a knowledge base
// whose index does not fit its catalog still finds every text, by halving.
#include <doctest/doctest.h>

#include <knotguide/knotguide.hpp>

#include "../support/all_enums.hpp"

namespace kg = knotguide;

namespace {

// Through the index alone, without the halving find_text() falls back on.
const kg::text_entry* through_index(const kg::knowledge_base& kb, kg::text_view id) {
  return kg::detail::find_indexed(kb.texts, kb.text_index, kg::detail::id_hash(id),
                                  [id](kg::text_view other) { return other == id; });
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
  static constexpr kg::text_index<1024> index{texts};
  kb.text_index = index;
  for (const kg::text_entry& t : kb.texts) {
    CHECK(through_index(kb, t.id.key()) == &t);
  }
}

TEST_CASE("an index too small for its catalog leaves texts out, and they are found by halving") {
  static constexpr kg::text_index<16> small{kg::defaults::texts};
  kg::knowledge_base kb = kg::default_knowledge;
  kb.text_index = small;
  int indexed = 0;
  for (const kg::text_entry& t : kb.texts) {
    indexed += through_index(kb, t.id.key()) == &t ? 1 : 0;
    CHECK(kg::find_text(kb, t.id) == &t);
  }
  CHECK(indexed == 15);  // one slot stays empty, so that a probe for a missing id ends
}
