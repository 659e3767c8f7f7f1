# How knotguide finds what it needs. Each dependency is looked for in the order a vendoring
# project would want: a target the parent already has, then an installed package, then (only
# when KNOTGUIDE_FETCH_DEPS is on) a download of a pinned release, else an error that says
# what to install.

include_guard(GLOBAL)

set(KNOTGUIDE_PFR_TAG "boost-1.81.0" CACHE STRING "Release of boostorg/pfr fetched when needed")
set(KNOTGUIDE_DOCTEST_TAG "v2.4.9" CACHE STRING "Release of doctest fetched when needed")

# Sets KNOTGUIDE_PFR_TARGET to the target that provides <boost/pfr/...>.
macro(knotguide_find_pfr)
  if(TARGET Boost::pfr)
    # Standalone Boost.PFR, or a Boost built with its CMake build, already in the parent.
    set(KNOTGUIDE_PFR_TARGET Boost::pfr)
  else()
    # Boost 1.81 is the first release Debian ships with Boost.PFR 2.0 (Debian/Ubuntu:
    # libboost1.81-dev). Its b2-built CMake package has no per-library targets, only headers.
    find_package(Boost 1.81 CONFIG QUIET)
    if(Boost_FOUND)
      set(KNOTGUIDE_PFR_TARGET Boost::headers)
    elseif(KNOTGUIDE_FETCH_DEPS)
      include(FetchContent)
      FetchContent_Declare(
        knotguide_pfr
        GIT_REPOSITORY https://github.com/boostorg/pfr.git
        GIT_TAG ${KNOTGUIDE_PFR_TAG}
        GIT_SHALLOW TRUE)
      FetchContent_MakeAvailable(knotguide_pfr)
      set(KNOTGUIDE_PFR_TARGET Boost::pfr)
    else()
      message(
        FATAL_ERROR
          "knotguide needs Boost.PFR (Boost 1.81 or newer). On Debian/Ubuntu install it with\n"
          "  apt-get install libboost1.81-dev\n"
          "(not libboost-dev: on Debian 12 that is Boost 1.74, which has no PFR). Or point\n"
          "CMAKE_PREFIX_PATH at another Boost, provide a Boost::pfr target before adding\n"
          "knotguide, or configure with -DKNOTGUIDE_FETCH_DEPS=ON to download Boost.PFR.")
    endif()
  endif()
endmacro()

# Sets KNOTGUIDE_DOCTEST_TARGET and makes doctest_discover_tests() available.
macro(knotguide_find_doctest)
  if(TARGET doctest::doctest)
    set(KNOTGUIDE_DOCTEST_TARGET doctest::doctest)
  else()
    find_package(doctest 2.4 CONFIG QUIET)
    if(doctest_FOUND)
      set(KNOTGUIDE_DOCTEST_TARGET doctest::doctest)
    elseif(KNOTGUIDE_FETCH_DEPS)
      include(FetchContent)
      FetchContent_Declare(
        knotguide_doctest
        GIT_REPOSITORY https://github.com/doctest/doctest.git
        GIT_TAG ${KNOTGUIDE_DOCTEST_TAG}
        GIT_SHALLOW TRUE)
      set(DOCTEST_NO_INSTALL ON)
      FetchContent_MakeAvailable(knotguide_doctest)
      list(APPEND CMAKE_MODULE_PATH "${knotguide_doctest_SOURCE_DIR}/scripts/cmake")
      set(KNOTGUIDE_DOCTEST_TARGET doctest::doctest)
    else()
      message(
        FATAL_ERROR
          "knotguide's tests need doctest 2.4. On Debian/Ubuntu install it with\n"
          "  apt-get install doctest-dev\n"
          "or configure with -DKNOTGUIDE_FETCH_DEPS=ON to download it, or with\n"
          "-DKNOTGUIDE_BUILD_TESTS=OFF to skip the tests.")
    endif()
  endif()
  include(doctest)
endmacro()

# Sets KNOTGUIDE_NLOHMANN_JSON_TARGET, for the tests of <knotguide/nlohmann.hpp> (the library
# itself never needs nlohmann/json: a consumer that includes that header links it).
set(KNOTGUIDE_NLOHMANN_JSON_URL
    "https://github.com/nlohmann/json/releases/download/v3.11.2/json.tar.xz"
    CACHE STRING "Release archive of nlohmann/json fetched when needed")
macro(knotguide_find_nlohmann_json)
  if(TARGET nlohmann_json::nlohmann_json)
    set(KNOTGUIDE_NLOHMANN_JSON_TARGET nlohmann_json::nlohmann_json)
  else()
    find_package(nlohmann_json 3.11 CONFIG QUIET)
    if(nlohmann_json_FOUND)
      set(KNOTGUIDE_NLOHMANN_JSON_TARGET nlohmann_json::nlohmann_json)
    elseif(KNOTGUIDE_FETCH_DEPS)
      include(FetchContent)
      FetchContent_Declare(knotguide_nlohmann_json URL ${KNOTGUIDE_NLOHMANN_JSON_URL})
      FetchContent_MakeAvailable(knotguide_nlohmann_json)
      set(KNOTGUIDE_NLOHMANN_JSON_TARGET nlohmann_json::nlohmann_json)
    else()
      message(
        FATAL_ERROR
          "knotguide's tests, examples and benchmarks need nlohmann/json 3.11. On Debian/Ubuntu\n"
          "install it with\n"
          "  apt-get install nlohmann-json3-dev\n"
          "or configure with -DKNOTGUIDE_FETCH_DEPS=ON to download it, or leave out what needs\n"
          "it: -DKNOTGUIDE_BUILD_TESTS=OFF -DKNOTGUIDE_BUILD_EXAMPLES=OFF\n"
          "-DKNOTGUIDE_BUILD_BENCHMARKS=OFF.")
    endif()
  endif()
endmacro()
