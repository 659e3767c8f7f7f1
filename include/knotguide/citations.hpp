// citations: the ids of the sources a piece of knowledge cites, as one string.
#ifndef KNOTGUIDE_CITATIONS_HPP
#define KNOTGUIDE_CITATIONS_HPP

#include <cstddef>

#include "text_view.hpp"

namespace knotguide {

// The ids of the sources a piece of knowledge cites (source::id), written as one string with a
// space between ids: .sources = "s0 hse". One view per list rather than an array of views keeps
// the knowledge tables small and cheap to compile; first_problem() checks every id.
class citations {
 public:
  // Walks the ids of the list.
  class iterator {
   public:
    using value_type = text_view;
    using difference_type = std::ptrdiff_t;

    constexpr iterator() noexcept = default;
    [[nodiscard]] constexpr text_view operator*() const noexcept {
      return rest_.substr(0, rest_.find(' '));
    }
    constexpr iterator& operator++() noexcept {
      const std::size_t gap = rest_.find(' ');
      rest_ = gap == text_view::npos ? text_view{} : skip_spaces(rest_.substr(gap));
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      iterator before = *this;
      ++*this;
      return before;
    }
    // Iterators compare by position: the end is the empty rest at the end of the list.
    friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
      return a.rest_.size() == b.rest_.size();
    }

   private:
    friend class citations;
    constexpr explicit iterator(text_view rest) noexcept : rest_(skip_spaces(rest)) {}
    text_view rest_;
  };

  constexpr citations() noexcept = default;
  // Implicit, so that tables write .sources = "s0 hse".
  constexpr citations(const char* ids) noexcept : ids_(ids) {}
  constexpr explicit citations(text_view ids) noexcept : ids_(ids) {}

  [[nodiscard]] constexpr iterator begin() const noexcept { return iterator{ids_}; }
  // NOLINTNEXTLINE(readability-convert-member-functions-to-static): a range needs end()
  [[nodiscard]] constexpr iterator end() const noexcept { return iterator{}; }
  [[nodiscard]] constexpr bool empty() const noexcept { return begin() == end(); }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (iterator it = begin(); it != end(); ++it) {
      ++n;
    }
    return n;
  }
  // The list as written.
  [[nodiscard]] constexpr text_view text() const noexcept { return ids_; }

  friend constexpr bool operator==(const citations& a, const citations& b) noexcept {
    return a.ids_ == b.ids_;
  }

 private:
  [[nodiscard]] static constexpr text_view skip_spaces(text_view s) noexcept {
    const std::size_t first = s.find_first_not_of(' ');
    return first == text_view::npos ? text_view{} : s.substr(first);
  }

  text_view ids_;
};

}  // namespace knotguide

#endif  // KNOTGUIDE_CITATIONS_HPP
