// maybe<T>: a value or nothing, for small trivially copyable T such as an enumerator. The part
// of std::optional that the assessment needs, without <optional>'s compile cost.
#ifndef KNOTGUIDE_MAYBE_HPP
#define KNOTGUIDE_MAYBE_HPP

#include <type_traits>

namespace knotguide {

template <class T>
class maybe {
  static_assert(std::is_trivially_copyable_v<T> && std::is_default_constructible_v<T>);

 public:
  using value_type = T;

  constexpr maybe() noexcept = default;
  // Implicit, so that aggregates read .muscle = muscle::soleus.
  constexpr maybe(T value) noexcept : value_(value), has_value_(true) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  constexpr explicit operator bool() const noexcept { return has_value_; }
  // T{} when empty: defined, but check has_value() first.
  [[nodiscard]] constexpr T value() const noexcept { return value_; }
  [[nodiscard]] constexpr T value_or(T fallback) const noexcept {
    return has_value_ ? value_ : fallback;
  }

  friend constexpr bool operator==(const maybe& a, const maybe& b) noexcept {
    return a.has_value_ == b.has_value_ && (!a.has_value_ || a.value_ == b.value_);
  }

 private:
  T value_{};
  bool has_value_ = false;
};

}  // namespace knotguide

#endif  // KNOTGUIDE_MAYBE_HPP
