// An application with its own knowledge base (a physiotherapist's prescription, from
// tests/support) writes its Workrave and Stretchly exports, as knotguide-breaks does for the
// default one: the break programs then show the exercises "my physiotherapist gave me".
//
//   knotguide_breaks_physio_exports exercises.xml stretchly.json
#include <exception>
#include <fstream>
#include <iostream>
#include <knotguide/knotguide.hpp>

#include "../../tests/support/physio_knowledge.hpp"
#include "exports.hpp"

int main(int argc, char** argv) {
  try {
    if (argc != 3) {
      std::cerr << "usage: knotguide_breaks_physio_exports <exercises.xml> <stretchly.json>\n";
      return 2;
    }
    // A desk worker with a knot in the neck, asking at the desk.
    constexpr knotguide::assessment desk_worker{.knots = {{.region = knotguide::region::neck}},
                                                .moment = knotguide::moment::at_desk};
    const auto plan = knotguide::recommend(desk_worker, physio::knowledge);
    if (!plan) {
      std::cerr << "no plan: " << plan.error().field << ": " << plan.error().message << '\n';
      return 1;
    }
    std::ofstream exercises{argv[1]};
    exercises << desk_break::workrave_exercises(*plan, physio::knowledge);
    std::ofstream ideas{argv[2]};
    ideas << desk_break::stretchly_ideas(*plan, physio::knowledge);
    exercises.close();
    ideas.close();
    if (!exercises || !ideas) {
      std::cerr << "cannot write " << argv[1] << " or " << argv[2] << '\n';
      return 1;
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
