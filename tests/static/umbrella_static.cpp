// Compile-only: the umbrella header stays cheap. It includes none of the opt-in headers, nor
// Boost.PFR, nor the standard headers the core avoids (checked through libstdc++'s include
// guards, the library the supported compilers use here).
#include <knotguide/knotguide.hpp>

#if defined(KNOTGUIDE_IO_HPP) || defined(KNOTGUIDE_JSON_HPP) ||                 \
    defined(KNOTGUIDE_CDS_HOOKS_HPP) || defined(KNOTGUIDE_NLOHMANN_HPP) ||      \
    defined(KNOTGUIDE_CHRONO_HPP) || defined(KNOTGUIDE_DETAIL_REFLECT_HPP) ||   \
    defined(KNOTGUIDE_KNOWLEDGE_CHECK_HPP) || defined(KNOTGUIDE_READING_HPP) || \
    defined(KNOTGUIDE_WORDS_HPP) || defined(KNOTGUIDE_INTERVIEW_HPP)
#error "the umbrella header includes an opt-in header"
#endif

#if defined(BOOST_PFR_HPP) || defined(BOOST_PFR_CORE_HPP)
#error "the umbrella header includes Boost.PFR; only the opt-in I/O headers may"
#endif

#if defined(__GLIBCXX__)
#if defined(_GLIBCXX_IOSTREAM) || defined(_GLIBCXX_OSTREAM) || defined(_GLIBCXX_STRING) || \
    defined(_GLIBCXX_STRING_VIEW) || defined(_GLIBCXX_VECTOR) || defined(_GLIBCXX_CHRONO)
#error "the umbrella header includes a standard header the core promises to avoid"
#endif
#endif
