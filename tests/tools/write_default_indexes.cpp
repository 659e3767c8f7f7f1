// Writes include/knotguide/knowledge/default_indexes.hpp: the slots of the default knowledge
// base's two catalog_indexes, as catalog_index builds them from defaults::sources and
// defaults::texts. Including the library then reads two arrays instead of hashing every id under
// the constant evaluator. Run it after adding, moving or removing a source or a sentence:
//
//   cmake --build <build> --target knotguide_default_indexes
//
// (the unit test "the default indexes are the ones catalog_index builds" says when).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <knotguide/knotguide.hpp>

namespace kg = knotguide;

namespace {

template <std::size_t Slots>
bool write_slots(std::ofstream& out, const char* name, const kg::catalog_index<Slots>& index) {
  if (index.size() != Slots) {
    std::fprintf(stderr, "%s: more entries than half of %zu slots; give the index more\n", name,
                 Slots);
    return false;
  }
  out << "inline constexpr std::uint16_t " << name << '[' << Slots << "] = {";
  for (std::size_t i = 0; i < Slots; ++i) {
    out << (i % 16 == 0 ? "\n    " : " ") << index.data()[i] << ',';
  }
  out << "\n};\n";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s <path of default_indexes.hpp>\n", argv[0]);
    return 2;
  }
  // Built here, at run time, from the tables as they are now.
  const kg::catalog_index<512> sources{kg::defaults::sources};
  const kg::catalog_index<1024> texts{kg::defaults::texts};
  std::ofstream out(argv[1]);
  if (!out) {
    std::fprintf(stderr, "%s: cannot be written\n", argv[1]);
    return 1;
  }
  out
      << ("// The default knowledge base's indexes (catalog_index.hpp): the slots of a "
          "catalog_index<512>\n"
          "// over defaults::sources and of a catalog_index<1024> over defaults::texts, written "
          "out "
          "so that\n"
          "// including the library does not hash every id under the constant evaluator (it was "
          "about a\n"
          "// seventh of the umbrella's include). Written by "
          "tests/tools/write_default_indexes.cpp, "
          "do not\n"
          "// edit: after adding, moving or removing a source or a sentence, run\n"
          "//   cmake --build <build> --target knotguide_default_indexes\n"
          "// A stale index finds no wrong entry (find_indexed() compares the ids), it only slows "
          "lookups;\n"
          "// the unit test \"the default indexes are the ones catalog_index builds\" fails on "
          "one.\n"
          "#ifndef KNOTGUIDE_KNOWLEDGE_DEFAULT_INDEXES_HPP\n"
          "#define KNOTGUIDE_KNOWLEDGE_DEFAULT_INDEXES_HPP\n\n"
          "#include <cstdint>\n\n"
          "namespace knotguide::defaults {\n\n"
          "// clang-format off\n");
  const bool written =
      write_slots(out, "source_index", sources) && write_slots(out, "text_index", texts);
  out
      << ("// clang-format on\n\n"
          "}  // namespace knotguide::defaults\n\n"
          "#endif  // KNOTGUIDE_KNOWLEDGE_DEFAULT_INDEXES_HPP\n");
  out.close();
  return out && written ? 0 : 1;
}
