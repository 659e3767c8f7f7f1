// The device's logic on the host, with the full default knowledge base and recommend() as any
// application calls it: what the firmware shows must be what this shows, press for press.
//
//   knotguide_device_host rrpm
#include <cstdio>

#include <knotguide/defaults.hpp>

#include "device.hpp"

namespace {

bool show(const device::choice& c) {
  const knotguide::result<knotguide::plan> made = knotguide::recommend(device::assessment_of(c));
  if (!made) {
    std::puts("error: no plan for this choice");
    return false;
  }
  device::line out;
  device::show(out, c, device::screen_of(*made));
  std::puts(out.c_str());
  return true;
}

}  // namespace

// Nothing here throws (recommend() and the device's logic are noexcept), so it builds with
// -fno-exceptions too.
int main(int argc, char** argv) {
  device::choice c;
  bool ok = show(c);
  for (const char* key = argc > 1 ? argv[1] : ""; *key != '\0'; ++key) {
    if (const auto b = device::button_of(*key)) {
      c.press(b.value());
      ok = show(c) && ok;
    }
  }
  return ok ? 0 : 1;
}
