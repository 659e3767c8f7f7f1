// A three-button device (a posture clip, a massage gun's remote, a wearable): one button
// cycles where the knot is, one the pain from 0 to 10, one the moment. After every press the
// device shows the triage level and the steps, best first. This file is the device's logic,
// with no hardware in it: the firmware (main.cpp) and the host build (host.cpp) share it, so
// a test can compare what each shows for the same presses.
#ifndef KNOTGUIDE_EXAMPLE_DEVICE_HPP
#define KNOTGUIDE_EXAMPLE_DEVICE_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>

#include <knotguide/assessment.hpp>
#include <knotguide/enum_traits.hpp>
#include <knotguide/fixed_vector.hpp>
#include <knotguide/maybe.hpp>
#include <knotguide/plan.hpp>
#include <knotguide/text_view.hpp>
#include <knotguide/units.hpp>
#include <knotguide/vocabulary.hpp>

namespace device {

enum class button : std::uint8_t { region, pain, moment };

// The places the region button offers, in the order it cycles through them: where knots are
// most often found, then the arms and legs from the top down.
inline constexpr knotguide::region regions[] = {
    knotguide::region::neck,       knotguide::region::shoulder, knotguide::region::upper_back,
    knotguide::region::lower_back, knotguide::region::buttock,  knotguide::region::calf,
    knotguide::region::chest,      knotguide::region::elbow,    knotguide::region::forearm,
    knotguide::region::wrist,      knotguide::region::hand,     knotguide::region::knee,
    knotguide::region::shin,       knotguide::region::ankle};
inline constexpr std::size_t region_count = std::size(regions);
inline constexpr std::size_t pain_levels = 11;  // 0 to 10
inline constexpr std::size_t moment_count = knotguide::enum_count<knotguide::moment>;
// Every combination of the three buttons.
inline constexpr std::size_t choice_count = region_count * pain_levels * moment_count;

// What the buttons have set. The device starts at the first region, no pain, any time.
struct choice {
  std::uint8_t region = 0;
  std::uint8_t pain = 0;
  std::uint8_t moment = 0;

  constexpr void press(button b) noexcept {
    switch (b) {
      case button::region:
        region = static_cast<std::uint8_t>((region + 1U) % region_count);
        break;
      case button::pain:
        pain = static_cast<std::uint8_t>((pain + 1U) % pain_levels);
        break;
      case button::moment:
        moment = static_cast<std::uint8_t>((moment + 1U) % moment_count);
        break;
    }
  }
  // Where this combination sits in a table of every combination (0 to choice_count - 1).
  [[nodiscard]] constexpr std::size_t index() const noexcept {
    return (region * pain_levels + pain) * moment_count + moment;
  }
  [[nodiscard]] static constexpr choice at(std::size_t index) noexcept {
    choice c;
    c.moment = static_cast<std::uint8_t>(index % moment_count);
    c.pain = static_cast<std::uint8_t>(index / moment_count % pain_levels);
    c.region = static_cast<std::uint8_t>(index / moment_count / pain_levels);
    return c;
  }
};

// The button a script's character presses: r, p or m; anything else presses none.
[[nodiscard]] constexpr knotguide::maybe<button> button_of(char c) noexcept {
  switch (c) {
    case 'r':
      return button::region;
    case 'p':
      return button::pain;
    case 'm':
      return button::moment;
    default:
      return {};
  }
}

// The situation the buttons describe: one knot in the chosen region, the pain, the moment.
[[nodiscard]] constexpr knotguide::assessment assessment_of(const choice& c) noexcept {
  knotguide::assessment a;
  knotguide::knot k;
  k.region = regions[c.region];
  (void)a.knots.try_push_back(k);
  a.pain = knotguide::pain_score{static_cast<int>(c.pain)};
  a.moment = static_cast<knotguide::moment>(c.moment);
  return a;
}

// What the display shows of a plan: its triage level, its steps, best first, and which of them
// carry a caution (the device's label for such a step must say so: "take care"). Nine bytes, so
// that a table of every combination fits a small flash.
struct screen {
  knotguide::triage level = knotguide::triage::self_care;
  std::uint8_t count = 0;
  std::uint8_t cautioned = 0;  // bit i: steps[i] carries a caution
  knotguide::intervention steps[knotguide::max_steps - 2]{};

  [[nodiscard]] constexpr bool has_caution(std::size_t i) const noexcept {
    return (cautioned >> i & 1U) != 0;
  }
  friend constexpr bool operator==(const screen&, const screen&) = default;
};
static_assert(sizeof(screen) == 9);

[[nodiscard]] constexpr screen screen_of(const knotguide::plan& p) noexcept {
  screen s;
  s.level = p.level;
  for (const knotguide::step& st : p.steps) {
    if (s.count == std::size(s.steps)) {
      break;  // the default policy shows six steps at most
    }
    if (!st.cautions.empty()) {
      s.cautioned = static_cast<std::uint8_t>(s.cautioned | 1U << s.count);
    }
    s.steps[s.count++] = st.what;
  }
  return s;
}

// One line of text built in a fixed buffer: the display's line, with no heap.
class line {
 public:
  constexpr line& operator<<(knotguide::text_view text) noexcept {
    for (const char c : text) {
      put(c);
    }
    return *this;
  }
  constexpr line& operator<<(unsigned number) noexcept {
    char digits[10]{};
    std::size_t n = 0;
    do {
      digits[n++] = static_cast<char>('0' + number % 10);
      number /= 10;
    } while (number != 0);
    while (n > 0) {
      put(digits[--n]);
    }
    return *this;
  }
  // The line so far, NUL-terminated; a line too long for the buffer ends in "...".
  [[nodiscard]] constexpr const char* c_str() noexcept {
    buffer_[size_] = '\0';
    return buffer_;
  }
  [[nodiscard]] constexpr knotguide::text_view text() const noexcept { return {buffer_, size_}; }

 private:
  static constexpr std::size_t capacity = 255;
  constexpr void put(char c) noexcept {
    if (size_ < capacity - 3) {
      buffer_[size_++] = c;
    } else if (size_ < capacity) {
      buffer_[size_++] = '.';
    }
  }
  char buffer_[capacity + 1]{};
  std::size_t size_ = 0;
};

// What the display shows for a choice: "neck, pain 6, at_desk: self_care | heat (take care),
// stretching".
constexpr void show(line& out, const choice& c, const screen& s) noexcept {
  out << knotguide::name(regions[c.region]) << ", pain " << unsigned{c.pain} << ", "
      << knotguide::name(static_cast<knotguide::moment>(c.moment)) << ": "
      << knotguide::name(s.level) << " |";
  for (std::size_t i = 0; i < s.count; ++i) {
    out << (i == 0 ? " " : ", ") << knotguide::name(s.steps[i])
        << (s.has_caution(i) ? " (take care)" : "");
  }
}

}  // namespace device

#endif  // KNOTGUIDE_EXAMPLE_DEVICE_HPP
