// The program every consumer test builds: it includes the umbrella header the way a user does
// and exercises the vocabulary at compile time and at run time.
#include <cstdio>
#include <knotguide/knotguide.hpp>
#include <string_view>

namespace kg = knotguide;

static_assert(kg::parse<kg::muscle>("upper_trapezius").value() == kg::muscle::upper_trapezius);
static_assert(kg::pain_score{7}.value() == 7);

int main(int argc, char** argv) {
  const std::string_view wanted = argc > 1 ? argv[1] : "levator_scapulae";
  const auto muscle = kg::parse<kg::muscle>(wanted);
  if (!muscle) {
    std::fprintf(stderr, "%.*s: %.*s\n", static_cast<int>(muscle.error().field.size()),
                 muscle.error().field.data(), static_cast<int>(muscle.error().message.size()),
                 muscle.error().message.data());
    return 1;
  }
  const std::string_view region = kg::name(kg::region_of(*muscle));
  std::printf("knotguide %d.%d.%d: %.*s lies in the %.*s region\n", kg::version.major,
              kg::version.minor, kg::version.patch, static_cast<int>(wanted.size()), wanted.data(),
              static_cast<int>(region.size()), region.data());
  return kg::region_of(*muscle) == kg::region::neck ? 0 : 1;
}
