// A firmware that takes memory from the heap: the link-map check must refuse it (the test
// "firmware: the link-map check refuses the heap" links it and runs the check).
#include "board.hpp"

namespace {
int* volatile kept = nullptr;  // volatile, so that the compiler cannot leave the allocation out
}

int firmware_main() {
  kept = new int{42};  // NOLINT(cppcoreguidelines-owning-memory): the heap, on purpose
  return *kept == 42 ? 0 : 1;
}
