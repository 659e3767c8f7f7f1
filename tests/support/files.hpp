// Whole files read and written, for the test tools that compare committed files with what the
// library makes now (golden files, the fingerprint, the default indexes).
#ifndef KNOTGUIDE_TESTS_SUPPORT_FILES_HPP
#define KNOTGUIDE_TESTS_SUPPORT_FILES_HPP

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace testing_files {

// The file's bytes, or nothing when it cannot be read.
inline std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in{path, std::ios::binary};
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    return std::nullopt;
  }
  return text.str();
}

// Replaces the file with text; false when it cannot be written.
inline bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out{path, std::ios::binary};
  out << text;
  out.close();
  return static_cast<bool>(out);
}

}  // namespace testing_files

#endif  // KNOTGUIDE_TESTS_SUPPORT_FILES_HPP
