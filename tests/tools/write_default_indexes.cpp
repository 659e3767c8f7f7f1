// Writes include/knotguide/knowledge/default_indexes.hpp: the slots of the default knowledge
// base's two catalog_indexes, as catalog_index builds them from defaults::sources and
// defaults::texts. Including the library then reads two arrays instead of hashing every id under
// the constant evaluator. Run it after adding, moving or removing a source or a sentence:
//
//   cmake --build <build> --target knotguide_default_indexes
//
// (the unit test "the default indexes are the ones catalog_index builds" says when). The file is
// written only when both indexes are whole, so that a failure leaves the header as it was.
#include <cstddef>
#include <iostream>
#include <knotguide/knotguide.hpp>
#include <string>

#include "../support/files.hpp"

namespace kg = knotguide;

namespace {

// The array of an index's slots, sixteen to a line; false when the table outgrew the index.
template <std::size_t Slots>
bool append_slots(std::string& out, const char* name, const kg::catalog_index<Slots>& index) {
  if (index.size() != Slots) {
    std::cerr << name << ": more entries than half of " << Slots
              << " slots; give the index more (catalog_index<" << 2 * Slots << ">)\n";
    return false;
  }
  out += "inline constexpr std::uint16_t ";
  out += name;
  out += '[' + std::to_string(Slots) + "] = {";
  for (std::size_t i = 0; i < Slots; ++i) {
    out += i % 16 == 0 ? "\n    " : " ";
    out += std::to_string(index.data()[i]) + ',';
  }
  out += "\n};\n";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " <path of default_indexes.hpp>\n";
    return 2;
  }
  // Built here, at run time, from the tables as they are now.
  const kg::catalog_index<512> sources{kg::defaults::sources};
  const kg::catalog_index<1024> texts{kg::defaults::texts};
  std::string header =
      "// The default knowledge base's indexes (catalog_index.hpp): the slots of a "
      "catalog_index<512>\n"
      "// over defaults::sources and of a catalog_index<1024> over defaults::texts, written out "
      "so that\n"
      "// including the library does not hash every id under the constant evaluator (it was "
      "about a\n"
      "// sixth of the umbrella's include). Written by tests/tools/write_default_indexes.cpp, do "
      "not\n"
      "// edit: after adding, moving or removing a source or a sentence, run\n"
      "//   cmake --build <build> --target knotguide_default_indexes\n"
      "// A stale index finds no wrong entry (find_indexed() compares the ids), it only slows "
      "lookups;\n"
      "// the unit test \"the default indexes are the ones catalog_index builds\" fails on one.\n"
      "#ifndef KNOTGUIDE_KNOWLEDGE_DEFAULT_INDEXES_HPP\n"
      "#define KNOTGUIDE_KNOWLEDGE_DEFAULT_INDEXES_HPP\n\n"
      "#include <cstdint>\n\n"
      "namespace knotguide::defaults {\n\n"
      "// clang-format off\n";
  if (!append_slots(header, "source_index", sources) ||
      !append_slots(header, "text_index", texts)) {
    return 1;
  }
  header +=
      "// clang-format on\n\n"
      "}  // namespace knotguide::defaults\n\n"
      "#endif  // KNOTGUIDE_KNOWLEDGE_DEFAULT_INDEXES_HPP\n";
  if (!testing_files::write_file(argv[1], header)) {
    std::cerr << argv[1] << ": cannot be written\n";
    return 1;
  }
  return 0;
}
