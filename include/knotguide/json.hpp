// Opt-in: JSON out, with no dependency. write_json() writes any knotguide value by walking its
// fields with Boost.PFR: objects keyed by field name in declaration order (a stable order),
// enumerators by name, flag sets and lists as arrays, maybe as null or the value, durations and
// pain as whole numbers, citations as arrays of source ids, text escaped as RFC 8259 requires.
// json_schema<T>() describes the same form as a JSON Schema (draft 2020-12): the schemas in
// docs/schema/ are generated with it.
//
// Costs <string> and Boost.PFR to include; the umbrella header includes neither.
#ifndef KNOTGUIDE_JSON_HPP
#define KNOTGUIDE_JSON_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "detail/reflect.hpp"
#include "knotguide.hpp"

namespace knotguide {

// How JSON text is laid out: indent 0 writes one line; n > 0 puts each member on its own line,
// indented n spaces a level, as the golden files and docs/schema/ are.
struct json_style {
  int indent = 0;
};

// Which fields JSON input may leave out, taking their C++ defaults. Output always writes every
// field. By default every field is required; a specialisation relaxes that for a type.
template <class T>
struct json_input {
  [[nodiscard]] static constexpr bool optional(text_view /*field*/) noexcept { return false; }
};
// A situation needs where the knots are; the rest has defaults that mean "not said" (pain and
// duration not known, no causes, no red flags, any time, every professional).
template <>
struct json_input<assessment> {
  [[nodiscard]] static constexpr bool optional(text_view field) noexcept {
    return field != "knots";
  }
};
// A knot needs a muscle or a region; which one is first_error()'s question, not the schema's.
template <>
struct json_input<knot> {
  [[nodiscard]] static constexpr bool optional(text_view /*field*/) noexcept { return true; }
};

// An interview (interview.hpp) may leave out anything: a new one is {}.
struct interview;
template <>
struct json_input<interview> {
  [[nodiscard]] static constexpr bool optional(text_view /*field*/) noexcept { return true; }
};

namespace detail {

// Text joined from pieces (literals, strings, text views, numbers). Built by appending, not with
// "literal" + std::string, on which g++ 12 at -O3 raises a false -Wrestrict warning.
inline void append_to(std::string& out, text_view piece) {
  out.append(piece.data(), piece.size());
}
inline void append_to(std::string& out, const std::string& piece) {
  out += piece;
}
inline void append_to(std::string& out, const char* piece) {
  out += piece;
}
inline void append_to(std::string& out, char piece) {
  out += piece;
}
template <class N>
requires(std::is_integral_v<N> && !std::is_same_v<N, char> &&
         !std::is_same_v<N, bool>) void append_to(std::string& out, N number) {
  out += std::to_string(number);
}
template <class... Pieces>
[[nodiscard]] std::string cat(const Pieces&... pieces) {
  std::string out;
  (append_to(out, pieces), ...);
  return out;
}

// Appends JSON text, keeping track of commas and indentation. Small pieces go to a buffer of its
// own and reach the string a kilobyte at a time: appending them one by one to the string was half
// of write_json()'s time. The buffer is emptied when the outermost array or object the writer
// opened is closed, so the string is whole once that value is; a value that is not an array or
// an object reaches it with flush().
class json_out {
 public:
  // The buffer is left unset: zeroing a kilobyte for each writer would cost more than the small
  // writes it saves, and only what put() has written is ever read.
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init)
  json_out(std::string& out, json_style style) : out_(out), style_(style) {}
  // For a value written apart and placed later after a key at this depth.
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init)
  json_out(std::string& out, json_style style, int key_depth)
      : out_(out), style_(style), depth_(key_depth), outer_depth_(key_depth), after_key_(true) {}

  void open(char bracket) {
    before_value();
    put(bracket);
    ++depth_;
    first_ = true;
  }
  void close(char bracket) {
    --depth_;
    if (!first_) {
      new_line();
    }
    put(bracket);
    first_ = false;
    if (depth_ == outer_depth_) {
      flush();
    }
  }
  // A member's name: a name from the program (a field, a schema keyword), never data, so it is
  // written as it is.
  void key(text_view name) {
    before_value();
    const std::size_t size = name.size() + (style_.indent > 0 ? 4 : 3);
    if (size > sizeof buffer_ - used_) {
      flush();
    }
    if (size > sizeof buffer_) {  // a name longer than the buffer: a piece at a time
      put('"');
      put(name);
      put(style_.indent > 0 ? text_view{"\": "} : text_view{"\":"});
    } else {
      char* at = buffer_ + used_;
      *at++ = '"';
      if (!name.empty()) {
        std::memcpy(at, name.data(), name.size());
        at += name.size();
      }
      *at++ = '"';
      *at++ = ':';
      used_ += size;
      if (style_.indent > 0) {
        *at = ' ';
      }
    }
    after_key_ = true;
  }
  void raw(text_view literal) {
    before_value();
    put(literal.data(), literal.size());
  }
  void number(long long value) {
    before_value();
    char digits[24];
    char* const end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    put(digits, static_cast<std::size_t>(end - digits));
  }
  void unsigned_number(unsigned long long value) {
    before_value();
    char digits[24];
    char* const end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    put(digits, static_cast<std::size_t>(end - digits));
  }
  void string_value(text_view text) {
    before_value();
    string(text);
  }
  void flush() {
    out_.append(buffer_, used_);
    used_ = 0;
  }

 private:
  void put(char c) {
    if (used_ == sizeof buffer_) {
      flush();
    }
    buffer_[used_++] = c;
  }
  void put(const char* text, std::size_t size) {
    if (size == 0) {
      return;
    }
    if (size > sizeof buffer_ - used_) {
      flush();
      if (size > sizeof buffer_) {
        out_.append(text, size);
        return;
      }
    }
    std::memcpy(buffer_ + used_, text, size);
    used_ += size;
  }
  void put(text_view text) { put(text.data(), text.size()); }
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ > 0) {
      if (!first_) {
        put(',');
      }
      new_line();
    }
    first_ = false;
  }
  void new_line() {
    if (style_.indent > 0) {
      put('\n');
      for (int k = depth_ * style_.indent; k > 0; --k) {
        put(' ');
      }
    }
  }
  // A byte that goes into a JSON string as it is: ASCII, neither a control character nor one
  // that must be escaped.
  [[nodiscard]] static constexpr bool plain(unsigned char byte) noexcept {
    return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
  }
  // A JSON string: quotes, backslashes and control characters escaped; UTF-8 passed through;
  // a byte that does not begin or continue a valid UTF-8 sequence becomes U+FFFD, so the output
  // is always valid JSON.
  void string(text_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    put('"');
    std::size_t i = 0;
    while (i < text.size()) {
      // Plain ASCII, the bulk of every string, is appended a run at a time: a character at a
      // time took two thirds of the writer's time.
      std::size_t run = i;
      while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) {
        ++run;
      }
      if (run > i) {
        put(text.data() + i, run - i);
        i = run;
        continue;
      }
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte == '"' || byte == '\\') {
        put('\\');
        put(static_cast<char>(byte));
      } else if (byte == '\n') {
        put(text_view{"\\n"});
      } else if (byte == '\r') {
        put(text_view{"\\r"});
      } else if (byte == '\t') {
        put(text_view{"\\t"});
      } else if (byte == '\b') {
        put(text_view{"\\b"});
      } else if (byte == '\f') {
        put(text_view{"\\f"});
      } else if (byte < 0x20) {
        put(text_view{"\\u00"});
        put(hex[byte >> 4U]);
        put(hex[byte & 0xFU]);
      } else {
        const std::size_t length = utf8_length(text, i);
        if (length == 0) {
          put(text_view{"\\ufffd"});
          ++i;
          continue;
        }
        put(text.data() + i, length);
        i += length;
        continue;
      }
      ++i;
    }
    put('"');
  }
  // The length of the well-formed UTF-8 sequence at i (RFC 3629: no overlong forms, no
  // surrogates, nothing above U+10FFFF), or 0 when there is none.
  static std::size_t utf8_length(text_view text, std::size_t i) {
    const auto at = [&text](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = at(i);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > text.size() || at(i + 1) < low || at(i + 1) > high) {
      return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
      if (at(i + k) < 0x80 || at(i + k) > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  std::string& out_;
  json_style style_;
  int depth_ = 0;
  int outer_depth_ = 0;  // the depth the writer began at
  bool first_ = true;
  bool after_key_ = false;
  std::size_t used_ = 0;
  char buffer_[1024];  // written before it is read (see the constructors)
};

// Writes one value's JSON form.
struct json_writer {
  json_out& out;

  void operator()(shape::boolean /*shape*/, bool value) const { out.raw(value ? "true" : "false"); }
  template <class N>
  void operator()(shape::integer /*shape*/, N value) const {
    if constexpr (std::is_signed_v<N>) {
      out.number(value);
    } else {
      out.unsigned_number(value);
    }
  }
  void operator()(shape::text /*shape*/, text_view value) const { out.string_value(value); }
  void operator()(shape::id /*shape*/, text_id value) const { out.string_value(value.key()); }
  template <class E>
  void operator()(shape::enumeration /*shape*/, E value) const {
    // A value outside the enumeration has no name: it is written as its number, which no
    // schema or reader accepts, rather than hidden.
    if (is_valid(value)) {
      out.string_value(name(value));
    } else {
      out.number(to_underlying(value));
    }
  }
  template <class Set>
  void operator()(shape::set /*shape*/, const Set& value) const {
    out.open('[');
    for (const auto member : value) {
      out.string_value(name(member));
    }
    if (value.holds_invalid()) {
      out.raw("null");  // the mark of a value outside the type: refused when read back
    }
    out.close(']');
  }
  template <class Maybe>
  void operator()(shape::optional /*shape*/, const Maybe& value) const {
    if (value) {
      visit_value(*this, value.value());
    } else {
      out.raw("null");
    }
  }
  template <class List>
  void operator()(shape::list /*shape*/, const List& items) const {
    out.open('[');
    for (const auto& item : items) {
      visit_value(*this, item);
    }
    out.close(']');
  }
  void operator()(shape::sources /*shape*/, const citations& ids) const {
    (*this)(shape::list{}, ids);
  }
  template <class D>
  void operator()(shape::duration /*shape*/, D value) const {
    out.number(value.count());
  }
  void operator()(shape::pain /*shape*/, pain_score value) const {
    out.number(value.value());  // -1 for the error value, which schema and reader refuse
  }
  template <class Result>
  void operator()(shape::outcome /*shape*/, const Result& value) const {
    out.open('{');
    out.key(value ? "value" : "error");
    if (value) {
      visit_value(*this, *value);
    } else {
      visit_value(*this, value.error());
    }
    out.close('}');
  }
  template <class T>
  void operator()(shape::record /*shape*/, const T& value) const {
    out.open('{');
    for_each_named_field(value, [this](text_view field, const auto& member) {
      out.key(field);
      visit_value(*this, member);
    });
    out.close('}');
  }
};

}  // namespace detail

// Appends value's JSON form to out.
template <class T>
requires detail::reflected_value<T>
void write_json(std::string& out, const T& value, json_style style = {}) {
  detail::json_out writer{out, style};
  detail::visit_value(detail::json_writer{writer}, value);
  writer.flush();
}

// value's JSON form.
template <class T>
requires detail::reflected_value<T>
[[nodiscard]] std::string write_json(const T& value, json_style style = {}) {
  std::string out;
  write_json(out, value, style);
  return out;
}

namespace detail {

template <class T>
inline constexpr bool is_range_v = false;
template <class T>
inline constexpr bool is_range_v<range<T>> = true;

// The name under which a type's schema is defined in $defs.
template <class T>
[[nodiscard]] std::string definition_name() {
  if constexpr (named_enum<T>) {
    return std::string{enum_traits<T>::type_name};
  } else if constexpr (is_range_v<T>) {
    using bound = decltype(T{}.low);
    if constexpr (is_duration_v<bound>) {
      return cat("range_of_", unit_name<bound>);
    } else {
      return "range_of_numbers";
    }
  } else {
    return std::string{field_traits<T>::type_name};
  }
}

// Builds a JSON Schema: the root refers to one definition, and each enumeration and aggregate
// it reaches is defined once under $defs.
class schema_builder {
 public:
  explicit schema_builder(json_style style) : style_(style) {}

  // T's schema, through the one walk of shapes; enumerations and records are defined once in
  // $defs and referred to.
  template <class T>
  void describe(json_out& out) {
    visit_type<T>(describer{*this, out});
  }

  // The schema: {"$schema", title, description, "$ref" to T, "$defs"}.
  template <class T>
  [[nodiscard]] std::string finish(text_view title, text_view description) {
    std::string root;
    json_out out{root, style_};
    out.open('{');
    out.key("$schema");
    out.string_value("https://json-schema.org/draft/2020-12/schema");
    out.key("title");
    out.string_value(title);
    out.key("description");
    out.string_value(description);
    describe_root<T>(out);
    out.key("$defs");
    out.open('{');
    for (const definition& d : definitions_) {
      out.key(d.name);
      out.raw(d.body);
    }
    out.close('}');
    out.close('}');
    return root;
  }

 private:
  struct definition {
    std::string name;
    std::string body;
  };

  // The schema of each shape.
  struct describer {
    schema_builder& builder;
    json_out& out;

    void type(text_view name) const {
      out.key("type");
      out.string_value(name);
    }
    void operator()(shape::boolean /*shape*/, type_tag<bool> /*type*/) const {
      out.open('{');
      type("boolean");
      out.close('}');
    }
    template <class N>
    void operator()(shape::integer /*shape*/, type_tag<N> /*type*/) const {
      out.open('{');
      type("integer");
      out.key("minimum");
      out.number(static_cast<long long>(std::numeric_limits<N>::min()));
      if constexpr (sizeof(N) < sizeof(long long)) {
        out.key("maximum");
        out.number(static_cast<long long>(std::numeric_limits<N>::max()));
      }
      out.close('}');
    }
    void operator()(shape::text /*shape*/, type_tag<text_view> /*type*/) const {
      out.open('{');
      type("string");
      out.close('}');
    }
    void operator()(shape::id /*shape*/, type_tag<text_id> /*type*/) const {
      out.open('{');
      out.key("description");
      out.string_value("the id of a text in the knowledge base's catalog");
      type("string");
      out.close('}');
    }
    void operator()(shape::sources /*shape*/, type_tag<citations> /*type*/) const {
      out.open('{');
      out.key("description");
      out.string_value("ids of sources in the knowledge base");
      type("array");
      out.key("items");
      builder.describe<text_view>(out);
      out.close('}');
    }
    template <class D>
    void operator()(shape::duration /*shape*/, type_tag<D> /*type*/) const {
      out.open('{');
      out.key("description");
      out.string_value(cat("a whole number of ", unit_name<D>));
      type("integer");
      out.key("minimum");
      out.number(std::numeric_limits<std::int32_t>::min());
      out.key("maximum");
      out.number(std::numeric_limits<std::int32_t>::max());
      out.close('}');
    }
    void operator()(shape::pain /*shape*/, type_tag<pain_score> /*type*/) const {
      out.open('{');
      out.key("description");
      out.string_value("pain from 0 (none) to 10 (the worst imaginable)");
      type("integer");
      out.key("minimum");
      out.number(pain_score::min);
      out.key("maximum");
      out.number(pain_score::max);
      out.close('}');
    }
    template <class Set>
    void operator()(shape::set /*shape*/, type_tag<Set> /*type*/) const {
      out.open('{');
      type("array");
      out.key("items");
      builder.describe<typename Set::value_type>(out);
      out.key("uniqueItems");
      out.raw("true");
      out.close('}');
    }
    template <class Maybe>
    void operator()(shape::optional /*shape*/, type_tag<Maybe> /*type*/) const {
      out.open('{');
      out.key("anyOf");
      out.open('[');
      out.open('{');
      type("null");
      out.close('}');
      builder.describe<typename Maybe::value_type>(out);
      out.close(']');
      out.close('}');
    }
    template <class List>
    void operator()(shape::list /*shape*/, type_tag<List> /*type*/) const {
      out.open('{');
      type("array");
      out.key("items");
      builder.describe<typename List::value_type>(out);
      if constexpr (is_fixed_vector_v<List>) {
        out.key("maxItems");
        out.unsigned_number(List::capacity());
      }
      out.close('}');
    }
    template <class T>
    void operator()(shape::enumeration /*shape*/, type_tag<T> /*type*/) const {
      builder.refer<T>(out);
    }
    template <class T>
    void operator()(shape::record /*shape*/, type_tag<T> /*type*/) const {
      builder.refer<T>(out);
    }
  };

  template <class T>
  void refer(json_out& out) {
    const std::string id = definition_name<T>();
    reference(out, id);
    define<T>(id);
  }

  template <class T>
  void describe_root(json_out& out) {
    const std::string id = definition_name<T>();
    out.key("$ref");
    out.string_value(cat("#/$defs/", id));
    define<T>(id);
  }

  static void reference(json_out& out, const std::string& id) {
    out.open('{');
    out.key("$ref");
    out.string_value(cat("#/$defs/", id));
    out.close('}');
  }

  template <class T>
  void define(const std::string& id) {
    for (const definition& d : definitions_) {
      if (d.name == id) {
        return;
      }
    }
    const std::size_t slot = definitions_.size();
    definitions_.push_back({id, {}});  // claimed first, so that a type reaching itself stops
    std::string body;
    json_out out{body, style_, 2};  // the depth of $defs' members
    if constexpr (named_enum<T>) {
      out.open('{');
      out.key("type");
      out.string_value("string");
      out.key("enum");
      out.open('[');
      for (const T value : enum_values<T>) {
        out.string_value(name(value));
      }
      out.close(']');
      out.close('}');
    } else {
      out.open('{');
      out.key("type");
      out.string_value("object");
      out.key("properties");
      out.open('{');
      for_each_field_type<T>([&](text_view field, auto tag) {
        out.key(field);
        describe<typename decltype(tag)::type>(out);
      });
      out.close('}');
      out.key("required");
      out.open('[');
      for_each_field_type<T>([&](text_view field, auto /*tag*/) {
        if (!json_input<T>::optional(field)) {
          out.string_value(field);
        }
      });
      out.close(']');
      out.key("additionalProperties");
      out.raw("false");
      out.close('}');
    }
    definitions_[slot].body = std::move(body);
  }

  json_style style_;
  std::vector<definition> definitions_;
};

}  // namespace detail

// A JSON Schema (draft 2020-12) for T's JSON form. Fields that json_input<T> marks optional are
// not required; everything else is, and no other keys are allowed.
template <class T>
requires(named_fields<T> || named_enum<T>) [[nodiscard]] std::string
    json_schema(text_view title, text_view description, json_style style = {}) {
  detail::schema_builder builder{style};
  return builder.finish<T>(title, description);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_JSON_HPP
