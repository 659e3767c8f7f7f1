// text_id: the id of a sentence in a knowledge base's text catalog ("triage.self_care"), not the
// sentence. A person reads text_of(kb, id); an id converts to no text type and std::ostream has
// no operator for it, so it cannot be shown in a sentence's place by mistake. key() gives the
// id itself, for code that means it (a log, a translation table).
#ifndef KNOTGUIDE_TEXT_ID_HPP
#define KNOTGUIDE_TEXT_ID_HPP

#include "text_view.hpp"

namespace knotguide {

class text_id {
 public:
  constexpr text_id() noexcept = default;
  // Implicit from a literal, so that tables write .text = "doctor.book".
  constexpr text_id(const char* key) noexcept : key_(key) {}
  constexpr explicit text_id(text_view key) noexcept : key_(key) {}

  // The id as written: "doctor.book".
  [[nodiscard]] constexpr text_view key() const noexcept { return key_; }
  // No id: a field with nothing to say.
  [[nodiscard]] constexpr bool empty() const noexcept { return key_.empty(); }

  friend constexpr bool operator==(const text_id& a, const text_id& b) noexcept {
    return a.key_ == b.key_;
  }

 private:
  text_view key_;
};

}  // namespace knotguide

#endif  // KNOTGUIDE_TEXT_ID_HPP
