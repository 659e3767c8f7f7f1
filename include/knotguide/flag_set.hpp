// flag_set<E>: a set of enumerators of one enumeration in a single word, the smallest that holds
// them.
#ifndef KNOTGUIDE_FLAG_SET_HPP
#define KNOTGUIDE_FLAG_SET_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>

#include "enum_traits.hpp"

namespace knotguide {
namespace detail {
// Bit counting without <bit>, whose header costs more than this whole file: the compilers
// knotguide supports (g++ and clang) provide both as constexpr builtins.
[[nodiscard]] constexpr int lowest_bit(std::uint64_t bits) noexcept {
  return __builtin_ctzll(bits);  // precondition: bits != 0
}
[[nodiscard]] constexpr int bit_count(std::uint64_t bits) noexcept {
  return __builtin_popcountll(bits);
}
// A condition field (condition.hpp) tests a flag_set's word directly: it is a friend.
template <auto Wanted, auto Held, auto Reads>
struct listed_field;
// Called only when a constant expression puts a value that is not an enumerator into a
// flag_set; being non-constexpr, it turns that mistake into a compile error that names it.
inline void flag_set_value_is_not_an_enumerator() noexcept {}

// The smallest unsigned word with a bit for each of `count` enumerators and one more, its top
// bit, for the invalid mark.
template <std::size_t count>
using flag_word = std::conditional_t<
    (count < 8), std::uint8_t,
    std::conditional_t<(count < 16), std::uint16_t,
                       std::conditional_t<(count < 32), std::uint32_t, std::uint64_t>>>;
}  // namespace detail

// A set of E's enumerators in one word: a literal type, cheap to copy, usable in aggregates that
// Boost.PFR reflects, iterable in declaration order, and comparable with ==. The word is the
// smallest that holds E's enumerators and one bit more (a byte for the five moments, 8 bytes
// for 32 to 63 enumerators), so that the knowledge base's conditions, which hold eleven sets
// each, stay small in a device's flash.
//
// Adding a value that is not an enumerator (an integer cast to E) is a compile error in a
// constant expression. At run time the set records it instead of dropping it silently:
// holds_invalid() turns true and the set compares unequal to any set without that mark, so
// validation can refuse the input. The mark is the word's top bit, which is why E may have at
// most 63 enumerators.
template <named_enum E>
class flag_set {
  static_assert(enum_count<E> <= 63, "flag_set holds at most 63 enumerators");

 public:
  using value_type = E;

  class iterator {
   public:
    using value_type = E;
    using difference_type = std::ptrdiff_t;

    constexpr iterator() noexcept = default;
    [[nodiscard]] constexpr E operator*() const noexcept {
      return static_cast<E>(detail::lowest_bit(rest_));
    }
    constexpr iterator& operator++() noexcept {
      rest_ &= rest_ - 1;  // drop the lowest member
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      iterator before = *this;
      ++*this;
      return before;
    }
    friend constexpr bool operator==(const iterator&, const iterator&) = default;

   private:
    friend class flag_set;
    constexpr explicit iterator(std::uint64_t rest) noexcept : rest_(rest) {}
    std::uint64_t rest_ = 0;
  };

  constexpr flag_set() noexcept = default;
  constexpr flag_set(std::initializer_list<E> init) noexcept {
    for (const E value : init) {
      insert(value);
    }
  }

  // Every enumerator of E.
  [[nodiscard]] static constexpr flag_set all() noexcept {
    flag_set every;
    every.bits_ = members;
    return every;
  }

  constexpr flag_set& insert(E value) noexcept {
    if (is_valid(value)) {
      bits_ = static_cast<word>(bits_ | bit(value));
    } else {
      if (std::is_constant_evaluated()) {
        detail::flag_set_value_is_not_an_enumerator();
      }
      bits_ = static_cast<word>(bits_ | invalid_mark);
    }
    return *this;
  }
  constexpr flag_set& erase(E value) noexcept {
    if (is_valid(value)) {
      bits_ = static_cast<word>(bits_ & ~bit(value));
    }
    return *this;
  }

  [[nodiscard]] constexpr bool contains(E value) const noexcept {
    return is_valid(value) && (bits_ & bit(value)) != 0;
  }
  [[nodiscard]] constexpr bool contains_any(flag_set other) const noexcept {
    return (bits_ & other.bits_ & members) != 0;
  }
  [[nodiscard]] constexpr bool contains_all(flag_set other) const noexcept {
    return ((bits_ & other.bits_ & members) ^ (other.bits_ & members)) == 0;
  }
  [[nodiscard]] constexpr bool empty() const noexcept { return (bits_ & members) == 0; }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    return static_cast<std::size_t>(detail::bit_count(held()));
  }
  // True when a value that is not an enumerator was inserted at run time.
  [[nodiscard]] constexpr bool holds_invalid() const noexcept {
    return (bits_ & invalid_mark) != 0;
  }
  // Bit i stands for the enumerator with value i: a stable form for storage and hashing.
  [[nodiscard]] constexpr std::uint64_t bits() const noexcept { return held(); }

  [[nodiscard]] constexpr iterator begin() const noexcept { return iterator{held()}; }
  [[nodiscard]] constexpr iterator end() const noexcept { return iterator{}; }

  // The invalid mark survives | when either set has it, & when both have it, and - when a has
  // it.
  [[nodiscard]] friend constexpr flag_set operator|(flag_set a, flag_set b) noexcept {
    a.bits_ = static_cast<word>(a.bits_ | b.bits_);
    return a;
  }
  [[nodiscard]] friend constexpr flag_set operator&(flag_set a, flag_set b) noexcept {
    a.bits_ = static_cast<word>(a.bits_ & b.bits_);
    return a;
  }
  // The members of a that are not members of b.
  [[nodiscard]] friend constexpr flag_set operator-(flag_set a, flag_set b) noexcept {
    a.bits_ = static_cast<word>(a.bits_ & ~(b.bits_ & members));
    return a;
  }
  friend constexpr bool operator==(const flag_set&, const flag_set&) = default;

 private:
  // holds() tests the fields of every rule and precaution a plan reads, and reads the word
  // directly: under the constant evaluators a call costs more than the test.
  template <auto Wanted, auto Held, auto Reads>
  friend struct detail::listed_field;

  using word = detail::flag_word<enum_count<E>>;

  // The members, without the invalid mark, as the 64-bit form bits() and iteration use.
  [[nodiscard]] constexpr std::uint64_t held() const noexcept {
    return static_cast<std::uint64_t>(static_cast<word>(bits_ & members));
  }

  [[nodiscard]] static constexpr word bit(E value) noexcept {
    return static_cast<word>(std::uint64_t{1} << static_cast<unsigned>(to_underlying(value)));
  }

  static constexpr word members = static_cast<word>((std::uint64_t{1} << enum_count<E>)-1);
  static constexpr word invalid_mark =
      static_cast<word>(std::uint64_t{1} << (sizeof(word) * 8U - 1U));

  word bits_ = 0;  // bit i: the enumerator of value i; the top bit: the invalid mark
};

}  // namespace knotguide

#endif  // KNOTGUIDE_FLAG_SET_HPP
