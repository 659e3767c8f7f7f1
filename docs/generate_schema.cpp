// Writes the JSON Schemas of docs/schema/ from the types, with json_schema<T>(), so that the
// schemas and the JSON the library writes and reads cannot drift apart.
// Usage: generate_schema <assessment|plan|explanation|interview|question> <output file>
#include <fstream>
#include <iostream>
#include <knotguide/interview.hpp>
#include <knotguide/json.hpp>
#include <string>
#include <string_view>

namespace kg = knotguide;

namespace {

std::string schema_for(std::string_view type) {
  const kg::json_style style{.indent = 2};
  if (type == "assessment") {
    return kg::json_schema<kg::assessment>(
        "knotguide assessment",
        "A person's muscle-knot situation, the input of knotguide::recommend(). Only knots, "
        "pain and since are required; the other fields default to not said.",
        style);
  }
  if (type == "plan") {
    return kg::json_schema<kg::plan>(
        "knotguide plan",
        "The self-care plan knotguide::recommend() makes: informational guidance, not a "
        "diagnosis. Text fields are ids in the knowledge base's text catalog.",
        style);
  }
  if (type == "explanation") {
    return kg::json_schema<kg::explanation>(
        "knotguide explanation",
        "Why an intervention is in a plan or not, from knotguide::explain().", style);
  }
  if (type == "interview") {
    return kg::json_schema<kg::interview>(
        "knotguide interview",
        "An interview so far: the answers, in an assessment whose fields not yet asked keep "
        "their defaults, and what has been asked; the input of knotguide::next_question().",
        style);
  }
  if (type == "question") {
    return kg::json_schema<kg::question>(
        "knotguide question",
        "The next question of an interview, from knotguide::next_question(): its topic, and the "
        "enumerator values of the items or choices it shows, in order.",
        style);
  }
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: generate_schema <assessment|plan|explanation|interview|question> <output "
                 "file>\n";
    return 2;
  }
  const std::string schema = schema_for(argv[1]);
  if (schema.empty()) {
    std::cerr << "generate_schema: no schema for \"" << argv[1] << "\"\n";
    return 2;
  }
  std::ofstream out{argv[2], std::ios::binary};
  out << schema << '\n';
  if (!out) {
    std::cerr << "generate_schema: cannot write " << argv[2] << '\n';
    return 1;
  }
  return 0;
}
