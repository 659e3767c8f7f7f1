// text_view: a read-only view of characters, as std::string_view but without <string_view>,
// which costs more to compile (136 ms with g++ 12) than the whole rest of knotguide's core. It
// converts implicitly to std::string_view (and explicitly to std::string), compares with both,
// and prints on any std::ostream, all without including them.
#ifndef KNOTGUIDE_TEXT_VIEW_HPP
#define KNOTGUIDE_TEXT_VIEW_HPP

#include <cstddef>
#include <type_traits>

namespace knotguide {

namespace detail {
// Types that hold contiguous characters: std::string_view, std::string, std::array<char, N>...
template <class S>
concept char_range = requires(const S& s, const char*& data, std::size_t& size) {
  data = s.data();
  size = s.size();
};
}  // namespace detail

class text_view {
 public:
  using size_type = std::size_t;
  static constexpr size_type npos = static_cast<size_type>(-1);

  constexpr text_view() noexcept = default;
  // Implicit: literals are text, as for std::string_view.
  constexpr text_view(const char* text) noexcept
      : data_(text), size_(text == nullptr ? 0 : length(text)) {}
  constexpr text_view(const char* text, size_type size) noexcept : data_(text), size_(size) {}
  template <detail::char_range S>
  requires(!std::is_convertible_v<const S&, const char*> &&
           !std::is_same_v<std::remove_cvref_t<S>, text_view>)
      // Implicit: std::string_view and std::string are text.
      constexpr text_view(const S& text) noexcept
      : data_(text.data()), size_(static_cast<size_type>(text.size())) {}

  // To std::string_view implicitly; to std::string (or any type built from a pointer and a
  // size that is not a trivially copyable view) explicitly, since that copies.
  template <class S>
  requires(std::is_constructible_v<S, const char*, size_type> &&
           !std::is_same_v<S, text_view>) constexpr explicit(!std::is_trivially_copyable_v<S>)
  operator S() const {
    return S(data_, size_);
  }

  [[nodiscard]] constexpr const char* data() const noexcept { return data_; }
  [[nodiscard]] constexpr size_type size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr const char* begin() const noexcept { return data_; }
  [[nodiscard]] constexpr const char* end() const noexcept { return data_ + size_; }
  // Precondition: i < size().
  [[nodiscard]] constexpr char operator[](size_type i) const noexcept { return data_[i]; }

  // The characters from pos, at most count of them; empty when pos is past the end.
  [[nodiscard]] constexpr text_view substr(size_type pos, size_type count = npos) const noexcept {
    if (pos >= size_) {
      return {};
    }
    const size_type rest = size_ - pos;
    return {data_ + pos, count < rest ? count : rest};
  }
  [[nodiscard]] constexpr size_type find(char c, size_type pos = 0) const noexcept {
    for (size_type i = pos; i < size_; ++i) {
      if (data_[i] == c) {
        return i;
      }
    }
    return npos;
  }
  [[nodiscard]] constexpr size_type find(text_view needle, size_type pos = 0) const noexcept {
    for (size_type i = pos; i + needle.size_ <= size_; ++i) {
      if (substr(i, needle.size_) == needle) {
        return i;
      }
    }
    return npos;
  }
  [[nodiscard]] constexpr size_type rfind(text_view needle) const noexcept {
    for (size_type i = size_ + 1; i-- > 0;) {
      if (i + needle.size_ <= size_ && substr(i, needle.size_) == needle) {
        return i;
      }
    }
    return npos;
  }
  // The first character that is one of `set`, or that is not `c`.
  [[nodiscard]] constexpr size_type find_first_of(text_view set) const noexcept {
    for (size_type i = 0; i < size_; ++i) {
      if (set.find(data_[i]) != npos) {
        return i;
      }
    }
    return npos;
  }
  [[nodiscard]] constexpr size_type find_first_not_of(char c) const noexcept {
    for (size_type i = 0; i < size_; ++i) {
      if (data_[i] != c) {
        return i;
      }
    }
    return npos;
  }

  friend constexpr bool operator==(text_view a, text_view b) noexcept {
    if (a.size_ != b.size_) {
      return false;
    }
    if (!std::is_constant_evaluated()) {
      // The same characters (ids are often the same literal), or a first character that
      // differs, settle most comparisons without a call to memcmp.
      if (a.size_ == 0 || a.data_ == b.data_) {
        return true;
      }
      return a.data_[0] == b.data_[0] && __builtin_memcmp(a.data_, b.data_, a.size_) == 0;
    }
    for (size_type i = 0; i < a.size_; ++i) {
      if (a.data_[i] != b.data_[i]) {
        return false;
      }
    }
    return true;
  }
  // An exact match for std::string_view and std::string, so that comparing with them never
  // has to choose between converting one side or the other.
  template <detail::char_range S>
  requires(!std::is_same_v<S, text_view>) friend constexpr bool operator==(text_view a,
                                                                           const S& b) noexcept {
    return a == text_view{b.data(), static_cast<size_type>(b.size())};
  }
  // Lexicographic, as for std::string_view.
  friend constexpr bool operator<(text_view a, text_view b) noexcept {
    const size_type n = a.size_ < b.size_ ? a.size_ : b.size_;
    for (size_type i = 0; i < n; ++i) {
      if (a.data_[i] != b.data_[i]) {
        return a.data_[i] < b.data_[i];
      }
    }
    return a.size_ < b.size_;
  }

  // Writes the characters to any stream with write(const char*, count), std::ostream included,
  // without this header naming one.
  template <class Stream>
  requires requires(Stream& out, const char* p, std::ptrdiff_t n) { out.write(p, n); }
  friend Stream& operator<<(Stream& out, text_view text) {
    out.write(text.data_, static_cast<std::ptrdiff_t>(text.size_));
    return out;
  }

 private:
  // In a constant expression, __builtin_strlen of a literal is one step where a loop is one
  // per character, and every literal of the knowledge tables is measured here (about a third of
  // what the umbrella cost g++ 12). clang evaluates it for any constant characters; g++ for
  // literals only (not for a constexpr array filled by a loop, nor a local buffer), so there it
  // is asked for quietly through __builtin_constant_p, and the loop measures the rest. (Asking
  // std::is_constant_evaluated() first cost g++ more than the builtin saved.) At run time g++
  // compiles the loop into a call of strlen at -O2, -O3 and -Os.
  static constexpr size_type length(const char* text) noexcept {
#if defined(__clang__)
    return __builtin_strlen(text);
#else
#if defined(__GNUC__)
    if (__builtin_constant_p(__builtin_strlen(text))) {
      return __builtin_strlen(text);
    }
#endif
    size_type n = 0;
    while (text[n] != '\0') {
      ++n;
    }
    return n;
#endif
  }

  const char* data_ = nullptr;  // as std::string_view: an empty view points nowhere
  size_type size_ = 0;
};

}  // namespace knotguide

#endif  // KNOTGUIDE_TEXT_VIEW_HPP
