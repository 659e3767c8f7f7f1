// knotguide: the library's version, for code that must adapt to it.
#ifndef KNOTGUIDE_VERSION_HPP
#define KNOTGUIDE_VERSION_HPP

#include "field_traits.hpp"

#define KNOTGUIDE_VERSION_MAJOR 0
#define KNOTGUIDE_VERSION_MINOR 1
#define KNOTGUIDE_VERSION_PATCH 0
// One number that orders releases: 0.1.0 is 100, 1.2.3 is 10203.
#define KNOTGUIDE_VERSION \
  (KNOTGUIDE_VERSION_MAJOR * 10000 + KNOTGUIDE_VERSION_MINOR * 100 + KNOTGUIDE_VERSION_PATCH)

namespace knotguide {

struct version_info {
  int major;
  int minor;
  int patch;
};
template <>
struct field_traits<version_info> {
  static constexpr text_view type_name = "version_info";
  static constexpr text_view names[] = {"major", "minor", "patch"};
};

inline constexpr version_info version{KNOTGUIDE_VERSION_MAJOR, KNOTGUIDE_VERSION_MINOR,
                                      KNOTGUIDE_VERSION_PATCH};

}  // namespace knotguide

#endif  // KNOTGUIDE_VERSION_HPP
