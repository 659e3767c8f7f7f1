// view<T>: a read-only pointer and size over a constant array, the part of std::span that
// knotguide's data tables need, without <span>'s compile cost.
#ifndef KNOTGUIDE_VIEW_HPP
#define KNOTGUIDE_VIEW_HPP

#include <cstddef>

namespace knotguide {

template <class T>
class view {
 public:
  using value_type = T;

  constexpr view() noexcept = default;
  template <std::size_t N>
  constexpr view(const T (&items)[N]) noexcept : data_(items), size_(N) {}
  // Any contiguous container of T with data() and size(), std::array and std::vector included.
  template <class C>
  requires requires(const C& c, const T*& data, std::size_t& size) {
    data = c.data();
    size = c.size();
  }
  constexpr view(const C& items) noexcept : data_(items.data()), size_(items.size()) {}

  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr const T* begin() const noexcept { return data_; }
  [[nodiscard]] constexpr const T* end() const noexcept { return data_ + size_; }
  // Precondition: i < size().
  [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept { return data_[i]; }

 private:
  const T* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace knotguide

#endif  // KNOTGUIDE_VIEW_HPP
