// knotguide's demo: what the library knows today. It walks the vocabulary an assessment and a
// plan are made of, asks the knowledge base where knots send pain and which signs are
// emergencies, and shows the typed quantities refusing bad values.
#include <cstdio>
#include <knotguide/knotguide.hpp>
#include <string_view>

namespace kg = knotguide;

namespace {

void print(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

template <kg::named_enum E>
void print_enumeration(std::string_view heading) {
  print(heading);
  print(" (");
  print(kg::enum_traits<E>::type_name);
  print("):\n ");
  for (const E value : kg::enum_values<E>) {
    print(" ");
    print(kg::name(value));
  }
  print("\n");
}

}  // namespace

int main() {
  print("knotguide: the words it uses to describe a muscle knot and its care.\n");
  print("Guidance from knotguide is informational; it is not a diagnosis.\n\n");

  print("Muscles that commonly hold knots, and the region each lies in:\n");
  for (const kg::muscle m : kg::enum_values<kg::muscle>) {
    std::printf("  %-20.*s %.*s\n", static_cast<int>(kg::name(m).size()), kg::name(m).data(),
                static_cast<int>(kg::name(kg::region_of(m)).size()),
                kg::name(kg::region_of(m)).data());
  }
  print("\n");
  print_enumeration<kg::cause>("Causes");
  print_enumeration<kg::symptom>("Symptoms");
  print_enumeration<kg::red_flag>("Red flags");
  print_enumeration<kg::intervention>("Interventions");
  print_enumeration<kg::equipment>("Equipment");
  print_enumeration<kg::triage>("Triage levels, least urgent first");
  print_enumeration<kg::evidence_grade>("Evidence grades, strongest first");

  print("\nWhere knots send pain, and which muscles to suspect for pain in an area:\n");
  const kg::knowledge_base& kb = kg::default_knowledge;
  for (const kg::region area : {kg::region::head, kg::region::neck, kg::region::heel}) {
    print("  pain in the ");
    print(kg::name(area));
    print(":");
    for (const kg::muscle m : kg::likely_muscles(kb, area)) {
      print(" ");
      print(kg::name(m));
    }
    print("\n");
  }
  print("\nWarning signs that need an emergency department now:\n");
  for (const kg::red_flag_entry& flag : kb.red_flags) {
    if (flag.tier == kg::triage::emergency) {
      print("  - ");
      print(kg::text_of(kb, flag.text));
      print("\n");
    }
  }

  print("\nTyped input refuses what it cannot hold:\n");
  for (const int typed : {4, 11}) {
    const auto pain = kg::pain_score::make(typed);
    if (pain) {
      std::printf("  pain %d: accepted\n", pain->value());
    } else {
      std::printf("  pain %d: refused, %.*s %.*s\n", typed,
                  static_cast<int>(pain.error().field.size()), pain.error().field.data(),
                  static_cast<int>(pain.error().message.size()), pain.error().message.data());
    }
  }
  const auto muscle = kg::parse<kg::muscle>("trapezius");
  std::printf("  muscle \"trapezius\": refused, %.*s %.*s\n",
              static_cast<int>(muscle.error().field.size()), muscle.error().field.data(),
              static_cast<int>(muscle.error().message.size()), muscle.error().message.data());
  return 0;
}
