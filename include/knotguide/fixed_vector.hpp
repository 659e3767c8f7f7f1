// fixed_vector<T, N>: a vector with its capacity in the type and its storage inline, for
// constexpr code and for hosts without a heap.
#ifndef KNOTGUIDE_FIXED_VECTOR_HPP
#define KNOTGUIDE_FIXED_VECTOR_HPP

#include <cstddef>
#include <initializer_list>
#include <type_traits>

namespace knotguide {
namespace detail {
// Called only when a constant expression overfills a fixed_vector; being non-constexpr, it turns
// that mistake into a compile error that names it.
inline void fixed_vector_capacity_exceeded() noexcept {}
}  // namespace detail

// Up to N values of T in declaration order. T must be default-constructible and copyable (a
// literal type for use in constant expressions); unused slots hold T{}.
//
// It never drops a value silently: try_push_back() says false when full, and a brace list
// longer than N is a compile error in a constant expression and, at run time, keeps the first
// N values and marks the vector overflowed() so that validation refuses it.
template <class T, std::size_t N>
class fixed_vector {
  static_assert(std::is_default_constructible_v<T>, "fixed_vector needs a default-constructible T");
  static_assert(N > 0, "fixed_vector needs a capacity of at least one");

 public:
  using value_type = T;
  using size_type = std::size_t;
  using iterator = T*;
  using const_iterator = const T*;

  constexpr fixed_vector() noexcept = default;
  constexpr fixed_vector(std::initializer_list<T> init) noexcept {
    for (const T& value : init) {
      if (!try_push_back(value)) {
        if (std::is_constant_evaluated()) {
          detail::fixed_vector_capacity_exceeded();
        }
        overflowed_ = true;
        break;
      }
    }
  }

  // Appends a copy of value; false, with the vector unchanged, when it is full.
  [[nodiscard]] constexpr bool try_push_back(const T& value) noexcept {
    if (size_ == N) {
      return false;
    }
    items_[size_++] = value;
    return true;
  }
  // Appends T{} and returns it to be filled in place; nullptr, with the vector unchanged, when
  // it is full. (Unused slots already hold T{}, so nothing is copied.)
  [[nodiscard]] constexpr T* grow() noexcept { return size_ == N ? nullptr : &items_[size_++]; }
  // Removes the last value; false when there is none.
  constexpr bool pop_back() noexcept {
    if (size_ == 0) {
      return false;
    }
    items_[--size_] = T{};
    return true;
  }
  constexpr void clear() noexcept {
    while (pop_back()) {
    }
    overflowed_ = false;
  }

  [[nodiscard]] static constexpr size_type capacity() noexcept { return N; }
  [[nodiscard]] constexpr size_type size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr bool full() const noexcept { return size_ == N; }
  // True when a brace list offered more than N values at run time.
  [[nodiscard]] constexpr bool overflowed() const noexcept { return overflowed_; }
  // Whether a value equal to `value` is held.
  [[nodiscard]] constexpr bool contains(const T& value) const noexcept {
    for (size_type i = 0; i < size_; ++i) {
      if (items_[i] == value) {
        return true;
      }
    }
    return false;
  }

  // Precondition: i < size(). Checked in constant expressions (reading past size() yields the
  // empty slot T{}, never memory outside the vector, as long as i < N).
  [[nodiscard]] constexpr const T& operator[](size_type i) const noexcept { return items_[i]; }
  [[nodiscard]] constexpr T& operator[](size_type i) noexcept { return items_[i]; }
  // The value at i, or nullptr when i is not below size().
  [[nodiscard]] constexpr const T* get(size_type i) const noexcept {
    return i < size_ ? &items_[i] : nullptr;
  }

  [[nodiscard]] constexpr T* data() noexcept { return items_; }
  [[nodiscard]] constexpr const T* data() const noexcept { return items_; }
  [[nodiscard]] constexpr iterator begin() noexcept { return items_; }
  [[nodiscard]] constexpr iterator end() noexcept { return items_ + size_; }
  [[nodiscard]] constexpr const_iterator begin() const noexcept { return items_; }
  [[nodiscard]] constexpr const_iterator end() const noexcept { return items_ + size_; }

  [[nodiscard]] friend constexpr bool operator==(const fixed_vector& a,
                                                 const fixed_vector& b) noexcept {
    if (a.size_ != b.size_ || a.overflowed_ != b.overflowed_) {
      return false;
    }
    for (size_type i = 0; i < a.size_; ++i) {
      if (!(a.items_[i] == b.items_[i])) {
        return false;
      }
    }
    return true;
  }

 private:
  T items_[N]{};  // a plain array: <array> costs more to compile than this whole header
  size_type size_ = 0;
  bool overflowed_ = false;
};

}  // namespace knotguide

#endif  // KNOTGUIDE_FIXED_VECTOR_HPP
