// Every plan and every explanation of a sample of the safety sweep's space, as JSON, hashed in
// chunks: a change to the engine that should change nothing a person or a program receives (a
// faster search of the tables, a cheaper condition test) is proved to change nothing over tens
// of thousands of assessments, and one that should change plans shows which chunks it touched.
// The golden files show a few plans in full, in words; this covers breadth.
//
//   fingerprint check <file>          fails, naming each chunk (its assessments) that differs
//   fingerprint update <file>         rewrites the file (the knotguide_update_golden target)
//   fingerprint show <first> <last>   prints the JSON of the sample's assessments first to last
//                                     (by sweep index), to compare two builds with diff
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <knotguide/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "../support/files.hpp"
#include "../sweep/space.hpp"

namespace kg = knotguide;

namespace {

// Every 397th assessment of the space (a prime: every dimension comes round), about 46,000, and
// 1,000 of them a chunk.
constexpr long stride = 397;
constexpr long chunk_size = 1000;

// A plan or an explanation as JSON, or the error that stood in its place.
template <class T>
void write_result(std::string& out, const kg::result<T>& made) {
  if (made) {
    kg::write_json(out, *made);
  } else {
    kg::write_json(out, made.error());
  }
}

// One assessment's plan and an explanation for each intervention, as JSON: every member of
// both, the catalog's ids rather than their words (the golden files hold the words of a few
// plans). One in seven is made under one of the sweep's policies in turn. The sweep's
// assessments are all valid: what recommend() refuses is the unit tests' and the fuzzer's.
void write_all(std::string& out, long index) {
  const kg::assessment a = sweep_space::nth(index);
  const long k = index / stride;
  const kg::policy& p = k % 7 == 0
                            ? sweep_space::varied_policies()[k / 7 % sweep_space::policy_count]
                            : kg::default_policy;
  out += std::to_string(index);
  out += ' ';
  write_result(out, kg::recommend(a, kg::default_knowledge, p));
  for (const kg::intervention which : kg::enum_values<kg::intervention>) {
    write_result(out, kg::explain(a, which, kg::default_knowledge, p));
  }
  out += '\n';
}

// FNV-1a, 64 bits.
std::uint64_t hash_of(std::string_view text, std::uint64_t hash) {
  for (const char c : text) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211U;
  }
  return hash;
}

// One line a chunk: the sweep index of its first and last assessment, and the hash.
std::string fingerprint() {
  std::string lines;
  std::string json;
  constexpr std::uint64_t fnv_offset = 14695981039346656037U;
  std::uint64_t hash = fnv_offset;
  long first = 0;
  long in_chunk = 0;
  for (long index = 0; index < sweep_space::space; index += stride) {
    json.clear();
    write_all(json, index);
    hash = hash_of(json, hash);
    if (++in_chunk == chunk_size || index + stride >= sweep_space::space) {
      char line[64];
      std::snprintf(line, sizeof line, "%ld %ld %016llx\n", first, index,
                    static_cast<unsigned long long>(hash));
      lines += line;
      hash = fnv_offset;
      first = index + stride;
      in_chunk = 0;
    }
  }
  return lines;
}

int check(const std::string& path) {
  const std::optional<std::string> committed = testing_files::read_file(path);
  if (!committed) {
    std::cerr << path << ": cannot be read\n";
    return 1;
  }
  std::istringstream expected(*committed);
  std::istringstream actual(fingerprint());
  std::string want;
  std::string got;
  int differ = 0;
  while (std::getline(actual, got)) {
    if (!std::getline(expected, want)) {
      want.clear();
    }
    if (got != want) {
      long first = 0;
      long last = 0;
      std::istringstream(got) >> first >> last;
      std::cerr << "plans or explanations differ in the sample's assessments " << first << " to "
                << last << " (" << path << ": \"" << want << "\", now \"" << got << "\")\n";
      ++differ;
    }
  }
  if (std::getline(expected, want)) {
    std::cerr << path << " has more chunks than the sample\n";
    ++differ;
  }
  if (differ > 0) {
    std::cerr << differ
              << " chunk(s) differ. A change meant to keep every plan: compare `fingerprint show "
                 "<first> <last>` of both builds. One meant to change plans: cmake --build "
                 "<build> --target knotguide_update_golden\n";
    return 1;
  }
  std::cout << "every plan and explanation of the sample as committed\n";
  return 0;
}

int update(const std::string& path) {
  if (!testing_files::write_file(path, fingerprint())) {
    std::cerr << path << ": cannot be written\n";
    return 1;
  }
  return 0;
}

int show(long first, long last) {
  std::string json;
  for (long index = first - first % stride; index <= last && index < sweep_space::space;
       index += stride) {
    if (index >= first) {
      json.clear();
      write_all(json, index);
      std::cout << json;
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc >= 2 ? argv[1] : "";
  if (mode == "check" && argc == 3) {
    return check(argv[2]);
  }
  if (mode == "update" && argc == 3) {
    return update(argv[2]);
  }
  if (mode == "show" && argc == 4) {
    char* end_first = nullptr;
    char* end_last = nullptr;
    const long first = std::strtol(argv[2], &end_first, 10);
    const long last = std::strtol(argv[3], &end_last, 10);
    if (*end_first != '\0' || *end_last != '\0' || first < 0 || last < first) {
      std::cerr << "fingerprint show: <first> and <last> are sweep indexes, 0 <= first <= last\n";
      return 2;
    }
    return show(first, last);
  }
  std::cerr << "usage: fingerprint check|update <file>, or fingerprint show <first> <last>\n";
  return 2;
}
