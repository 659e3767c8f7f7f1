// Opt-in: knotguide values in and out of nlohmann::json, generic through Boost.PFR.
//
//   nlohmann::json j = plan;                                  // to_json, for every type
//   auto a = knotguide::read_json<knotguide::assessment>(j);  // or j.get<knotguide::assessment>()
//
// The JSON form is json.hpp's (and its schemas'). Reading is strict: a value of the wrong kind,
// an unknown enumerator name, a number out of range, a missing required field (json_input), an
// item listed twice in a set, more items than a list holds and, unless read_options say
// otherwise, a key that names no field are each a read_error naming the JSON Pointer of the
// value and the problem. An assessment or a policy read is then checked by first_error(), its error
// reported the same way.
//
// knotguide's text fields are views, so reading resolves each text against a knowledge base
// (default_knowledge unless read_options name another): catalog ids, rule ids, source ids,
// course ids and the engine's own rule ids. Plans, steps, explanations and assessments read
// back whole; knowledge tables and errors, whose text is not ids, are written but not read.
//
// Needs nlohmann/json 3.11 or later; the umbrella header does not include it.
#ifndef KNOTGUIDE_NLOHMANN_HPP
#define KNOTGUIDE_NLOHMANN_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "json.hpp"
#include "knotguide.hpp"

namespace knotguide {

struct read_options {
  // Keys that name no field are an error unless this is true; then they are skipped.
  bool ignore_unknown_keys = false;
  // Where text ids are resolved: the knowledge base that made the plans being read.
  const knowledge_base* knowledge = &default_knowledge;
};

// Why JSON could not be read: the kind of problem, where (a JSON Pointer, RFC 6901: "" is the
// whole document, "/knots/1/muscle" a field of the second knot) and what is wrong, in words.
class read_error : public std::runtime_error {
 public:
  read_error(errc code, const std::string& path, const std::string& problem)
      : std::runtime_error(
            detail::cat(path.empty() ? std::string{"(the document)"} : path, ": ", problem)),
        code_(code),
        path_(path),
        problem_(problem) {}

  [[nodiscard]] errc code() const noexcept { return code_; }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

 private:
  errc code_;
  std::string path_;
  std::string problem_;
};

namespace detail {

// What read_json reads: every shape but views over tables and results.
template <class T>
concept json_readable = reflected_value<T> && !is_view_v<T> && !is_result_v<T>;

// How much of a value from the input an error message quotes, in bytes: what is longer is cut
// at a character boundary and ends with an ellipsis, so that a 100 MB string costs a short
// message, not a 100 MB one.
inline constexpr std::size_t quote_limit = 64;

// At most `limit` bytes of text, cut where a UTF-8 character starts, with an ellipsis after a
// cut.
[[nodiscard]] inline std::string cut(const std::string& text, std::size_t limit = quote_limit) {
  if (text.size() <= limit) {
    return text;
  }
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
    --end;  // not inside a character
  }
  return text.substr(0, end) + "\u2026";
}

// Text from the input, for a message: cut, then quoted and escaped as a JSON string (control
// characters as \uXXXX, so that a NUL cannot end what() early; invalid UTF-8 as U+FFFD).
[[nodiscard]] inline std::string quote_input(const std::string& text) {
  return nlohmann::json(cut(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Appends a key to a JSON Pointer, escaped as the Pointer requires ("~" as "~0", "/" as "~1"),
// and for messages cut like quoted text, with control characters as \uXXXX.
inline void append_key(std::string& pointer, const std::string& key) {
  pointer += '/';
  for (const char c : cut(key)) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '~' || c == '/') {
      pointer += c == '~' ? "~0" : "~1";
    } else if (byte < 0x20U || byte == 0x7FU) {
      constexpr char hex[] = "0123456789abcdef";
      pointer += "\\u00";
      pointer += hex[byte >> 4U];
      pointer += hex[byte & 0xFU];
    } else {
      pointer += c;
    }
  }
}

// The JSON Pointer form of a first_error() error: field "knots.muscle" at index 2 is
// "/knots/2/muscle".
[[nodiscard]] inline std::string pointer_of(const error& e) {
  const std::string field{e.field};  // "knots.muscle"
  const std::size_t dot = field.find('.');
  std::string path = cat("/", field.substr(0, dot));
  if (e.index >= 0) {
    path += cat("/", e.index);
  }
  if (dot != std::string::npos) {
    path += cat("/", field.substr(dot + 1));
  }
  return path;
}

// "a knot", "an assessment".
[[nodiscard]] inline std::string with_article(text_view noun) {
  const bool vowel = !noun.empty() && text_view{"aeiou"}.find(noun[0]) != text_view::npos;
  return cat(vowel ? "an " : "a ", noun);
}

// "a, b or c", for messages that list what is allowed.
template <std::size_t N>
[[nodiscard]] std::string one_of(const text_view (&names)[N]) {
  std::string list;
  for (std::size_t i = 0; i < N; ++i) {
    append_to(list, names[i]);
    list += i + 2 < N ? ", " : i + 2 == N ? " or " : "";
  }
  return list;
}

class json_reader {
 public:
  explicit json_reader(const read_options& options) : options_(options) {}

  // Reads j into out, through the one walk of shapes: each overload below reads the value in
  // current_.
  template <class T>
  void read(const nlohmann::json& j, T& out) {
    current_ = &j;
    visit_value(*this, out);
  }

  void operator()(shape::boolean /*shape*/, bool& out) {
    const nlohmann::json& j = *current_;
    expect(j.is_boolean(), "must be true or false");
    out = j.get<bool>();
  }
  template <class N>
  void operator()(shape::integer /*shape*/, N& out) {
    out = whole_number<N>(*current_);
  }
  void operator()(shape::text /*shape*/, text_view& out) {
    const nlohmann::json& j = *current_;
    expect(j.is_string(), "must be text");
    out = resolve(j.get_ref<const std::string&>());
  }
  void operator()(shape::id /*shape*/, text_id& out) {
    const nlohmann::json& j = *current_;
    expect(j.is_string(), "must be text");
    out = text_id{resolve(j.get_ref<const std::string&>(), catalog_only)};
  }
  template <class E>
  void operator()(shape::enumeration /*shape*/, E& out) {
    const nlohmann::json& j = *current_;
    expect(j.is_string(), cat("must be the name of ", with_article(enum_traits<E>::type_name)));
    const auto& text = j.get_ref<const std::string&>();
    const result<E> parsed = parse<E>(text);
    if (!parsed) {
      fail(errc::unknown_name,
           cat(quote_input(text), " is not ", with_article(enum_traits<E>::type_name),
               "; expected ", one_of(enum_traits<E>::names)));
    }
    out = *parsed;
  }
  template <class Set>
  void operator()(shape::set /*shape*/, Set& out) {
    const nlohmann::json& j = *current_;
    expect(j.is_array(),
           cat("must be a list of ", enum_traits<typename Set::value_type>::type_name, " names"));
    out = Set{};
    for (std::size_t i = 0; i < j.size(); ++i) {
      const std::size_t mark = enter(i);
      typename Set::value_type member{};
      read(j[i], member);
      if (out.contains(member)) {
        fail(errc::duplicate_item, cat("\"", name(member), "\" is listed twice"));
      }
      out.insert(member);
      leave(mark);
    }
  }
  template <class Maybe>
  void operator()(shape::optional /*shape*/, Maybe& out) {
    const nlohmann::json& j = *current_;
    if (j.is_null()) {
      out = Maybe{};
    } else {
      typename Maybe::value_type value{};
      read(j, value);
      out = value;
    }
  }
  template <class List>
  void operator()(shape::list /*shape*/, List& out) {
    const nlohmann::json& j = *current_;
    expect(j.is_array(), "must be a list");
    if (j.size() > List::capacity()) {
      fail(errc::too_many_items, cat("holds at most ", List::capacity(), " items, not ", j.size()));
    }
    out = List{};
    for (std::size_t i = 0; i < j.size(); ++i) {
      const std::size_t mark = enter(i);
      typename List::value_type* item = out.grow();
      read(j[i], *item);
      leave(mark);
    }
  }
  void operator()(shape::sources /*shape*/, citations& out) { out = cited(*current_); }
  template <class D>
  void operator()(shape::duration /*shape*/, D& out) {
    out = D{whole_number<typename D::rep>(*current_)};
  }
  void operator()(shape::pain /*shape*/, pain_score& out) {
    const nlohmann::json& j = *current_;
    expect(j.is_number_integer(), "must be a whole number from 0 to 10");
    const auto value = j.get<long long>();
    if (value < pain_score::min || value > pain_score::max) {
      fail(errc::out_of_range, cat("must be a whole number from 0 to 10, not ", j.dump()));
    }
    out = pain_score{static_cast<int>(value)};
  }
  template <class T>
  void operator()(shape::record /*shape*/, T& out) {
    read_object(*current_, out);
  }

  [[noreturn]] void fail(errc code, const std::string& problem) const {
    throw read_error{code, path_, problem};
  }
  // Where the reader is, as a JSON Pointer.
  [[nodiscard]] const std::string& path() const noexcept { return path_; }

 private:
  void expect(bool ok, const std::string& what) const {
    if (!ok) {
      fail(errc::wrong_type, cat(what, ", not ", kind(current_)));
    }
  }
  // "the text \"x\"", "a list", ...: the JSON value found, for messages.
  [[nodiscard]] static std::string kind(const nlohmann::json* j) {
    if (j == nullptr) {
      return "nothing";
    }
    switch (j->type()) {
      case nlohmann::json::value_t::null:
        return "null";
      case nlohmann::json::value_t::boolean:
        return j->get<bool>() ? "true" : "false";
      case nlohmann::json::value_t::string:
        return cat("the text ", quote_input(j->get<std::string>()));
      case nlohmann::json::value_t::number_integer:
      case nlohmann::json::value_t::number_unsigned:
      case nlohmann::json::value_t::number_float:
        return cat("the number ", j->dump());
      case nlohmann::json::value_t::array:
        return "a list";
      case nlohmann::json::value_t::object:
        return "an object";
      default:
        return "a value of another kind";
    }
  }

  template <class N>
  [[nodiscard]] N whole_number(const nlohmann::json& j) {
    const std::string range =
        cat("from ", std::numeric_limits<N>::min(), " to ", std::numeric_limits<N>::max());
    expect(j.is_number_integer(), cat("must be a whole number ", range));
    const bool fits =
        j.is_number_unsigned()
            ? j.get<unsigned long long>() <=
                  static_cast<unsigned long long>(std::numeric_limits<N>::max())
            : j.get<long long>() >= static_cast<long long>(std::numeric_limits<N>::min()) &&
                  (std::is_unsigned_v<N> ||
                   j.get<long long>() <= static_cast<long long>(std::numeric_limits<N>::max()));
    if (!fits) {
      fail(errc::out_of_range, cat("must be a whole number ", range, ", not ", j.dump()));
    }
    return j.is_number_unsigned() ? static_cast<N>(j.get<unsigned long long>())
                                  : static_cast<N>(j.get<long long>());
  }

  template <class T>
  void read_object(const nlohmann::json& j, T& out) {
    const std::string type{field_traits<T>::type_name};
    expect(j.is_object(), cat("must be an object (", with_article(type), ")"));
    if (!options_.ignore_unknown_keys) {
      for (const auto& [key, value] : j.items()) {
        (void)value;
        bool known = false;
        for (const text_view field : field_traits<T>::names) {
          known = known || field == text_view{key};
        }
        if (!known) {
          (void)enter(key);
          fail(errc::unknown_key, cat("is not a field of ", type, "; its fields are ",
                                      one_of(field_traits<T>::names)));
        }
      }
    }
    out = T{};
    for_each_named_field(out, [&](text_view field, auto& member) {
      const std::string key{field};
      const std::size_t mark = enter(key);
      const auto found = j.find(key);
      if (found == j.end()) {
        if (!json_input<T>::optional(field)) {
          fail(errc::missing_value, cat("is required in ", with_article(type), " but missing"));
        }
      } else {
        read(*found, member);
      }
      leave(mark);
    });
  }

  // Where an id is looked up: a catalog id (text_id) only among the texts; any other id among
  // the texts, rules, sources, course entries and the engine's rules.
  static constexpr bool catalog_only = true;

  // An id, as a view of the knowledge base's own copy.
  // Empty text is no text, as in a default-constructed field.
  [[nodiscard]] text_view resolve(const std::string& text, bool texts_only = false) const {
    if (text.empty()) {
      return {};
    }
    const knowledge_base& kb = *options_.knowledge;
    const text_view wanted{text};
    text_view found{};
    const auto look = [&](const auto& table, auto key_of) {
      for (const auto& entry : table) {
        if (found.empty() && key_of(entry) == wanted) {
          found = key_of(entry);
        }
      }
    };
    look(kb.texts, [](const text_entry& e) { return e.id.key(); });
    if (!texts_only) {
      look(kb.rules, [](const rule& e) { return e.id; });
      look(kb.sources, [](const source& e) { return e.id; });
      look(kb.course, [](const course_entry& e) { return e.id; });
      look(engine_rule_ids, [](text_view id) { return id; });
    }
    if (!found.empty()) {
      return found;
    }
    if (texts_only) {
      fail(errc::unknown_id,
           cat(quote_input(text), " is not the id of a text in the knowledge base's catalog"));
    }
    fail(errc::unknown_id, cat(quote_input(text), " is not an id in the knowledge base"));
  }

  // A list of source ids, as the knowledge base's own list with the same ids in the same order.
  [[nodiscard]] citations cited(const nlohmann::json& j) {
    expect(j.is_array(), "must be a list of source ids");
    std::string joined;
    for (std::size_t i = 0; i < j.size(); ++i) {
      const std::size_t mark = enter(i);
      current_ = &j[i];
      expect(j[i].is_string(), "must be a source id");
      joined += cat(i == 0 ? "" : " ", j[i].get_ref<const std::string&>());
      leave(mark);
    }
    current_ = &j;
    const auto same = [&joined](const citations& c) {
      std::string ids;
      for (const text_view id : c) {
        ids += cat(ids.empty() ? "" : " ", id);
      }
      return ids == joined;
    };
    const knowledge_base& kb = *options_.knowledge;
    const auto sources_of = [](const auto& entry) -> const citations& { return entry.sources; };
    const auto dose_sources_of = [](const triage_entry& e) -> const citations& {
      return e.step_dose.sources;
    };
    const auto row_sources_of = [](const dose_entry& row) -> const citations& {
      return row.dose.sources;
    };
    // The tables that most often hold a plan's lists first, so that most searches end there.
    for (const citations* found :
         {find_in(kb.interventions, sources_of, same), find_in(kb.doses, row_sources_of, same),
          find_in(kb.precautions, sources_of, same)}) {
      if (found != nullptr) {
        return *found;
      }
    }
    for (const citations* found :
         {find_in(kb.texts, sources_of, same), find_in(kb.rules, sources_of, same),
          find_in(kb.course, sources_of, same), find_in(kb.countries, sources_of, same),
          find_in(kb.engine.levels, dose_sources_of, same)}) {
      if (found != nullptr) {
        return *found;
      }
    }
    if (joined.empty()) {
      return citations{};
    }
    fail(errc::unknown_id,
         cat(quote_input(joined), " is not a list of sources the knowledge base cites"));
  }

  // The first member(entry) of a table that matches, or nullptr.
  template <class Table, class Member, class Matches>
  [[nodiscard]] static auto find_in(const Table& table, Member member, Matches matches)
      -> std::remove_reference_t<decltype(member(*std::begin(table)))>* {
    for (const auto& entry : table) {
      const auto& candidate = member(entry);
      if (matches(candidate)) {
        return &candidate;
      }
    }
    return nullptr;
  }

  [[nodiscard]] std::size_t enter(std::size_t index) {
    const std::size_t mark = path_.size();
    path_ += cat("/", index);
    return mark;
  }
  [[nodiscard]] std::size_t enter(const std::string& key) {
    const std::size_t mark = path_.size();
    append_key(path_, key);
    return mark;
  }
  void leave(std::size_t mark) { path_.resize(mark); }

  const read_options& options_;
  std::string path_;
  const nlohmann::json* current_ = nullptr;  // for messages: the value being read
};

}  // namespace detail

// T read from JSON; a read_error names the JSON Pointer of the first problem and what it is.
// (Json is nlohmann::json exactly, so that text, which nlohmann::json also converts from, picks
// the overload below.)
template <class T, class Json>
requires detail::json_readable<T> && std::is_same_v<Json, nlohmann::json>
[[nodiscard]] T read_json(const Json& j, const read_options& options = {}) {
  detail::json_reader reader{options};
  T value{};
  try {
    reader.read(j, value);
  } catch (const nlohmann::json::exception& e) {
    // Whatever nlohmann/json refuses in a value it holds (an invalid UTF-8 string decoded from
    // CBOR, say) is a read_error too: one exception type out of every reader.
    throw read_error{errc::wrong_type, reader.path(),
                     detail::cat("could not be read: ", detail::cut(e.what()))};
  }
  if constexpr (requires { first_error(value); }) {  // an assessment, a policy
    if (const maybe<error> invalid = first_error(value)) {
      throw read_error{invalid.value().code, detail::pointer_of(invalid.value()),
                       std::string{invalid.value().message}};
    }
  }
  return value;
}

namespace detail {

// How deep JSON text may nest: knotguide's deepest value (a plan's why-trace facts) is 5 levels
// down, so 32 leaves room for requests that wrap it while keeping the parser's bookkeeping,
// which holds the pointer of each open container, small for any input.
inline constexpr int max_json_depth = 32;

// Refuses, while text is parsed, a key that an object already holds: nlohmann/json keeps the
// last of two, so {"red_flags": ["chest_pain"], "red_flags": []} would read as no red flag. A
// value already parsed cannot say (nlohmann::json, like CBOR and MessagePack decoded into it,
// holds one value per key), so only text is guarded. It follows the JSON Pointer of each
// container to name the key.
class duplicate_key_guard {
 public:
  bool operator()(int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using event_t = nlohmann::json::parse_event_t;
    switch (event) {
      case event_t::object_start:
      case event_t::array_start:
        if (depth >= max_json_depth) {
          throw read_error{errc::malformed_json, child_pointer(),
                           cat("is nested deeper than ", max_json_depth,
                               " levels, which no knotguide value is")};
        }
        open_.push_back({child_pointer(), event == event_t::object_start, {}, {}, 0});
        break;
      case event_t::key: {
        container& object = open_.back();
        const std::string key = parsed.get<std::string>();
        for (const std::string& seen : object.keys) {
          if (seen == key) {
            std::string pointer = object.pointer;
            append_key(pointer, key);
            throw read_error{errc::duplicate_item, pointer,
                             "is given twice in one object; the second would replace the first"};
          }
        }
        object.keys.push_back(key);
        object.key = key;
        break;
      }
      case event_t::object_end:
      case event_t::array_end:
        open_.pop_back();
        counted();
        break;
      case event_t::value:
        counted();
        break;
    }
    return true;
  }

 private:
  struct container {
    std::string pointer;
    bool object = false;
    std::vector<std::string> keys;  // an object's keys so far
    std::string key;                // the key of the member being read
    std::size_t items = 0;          // an array's items so far
  };

  // The pointer of a value about to open inside the innermost container.
  [[nodiscard]] std::string child_pointer() const {
    if (open_.empty()) {
      return {};
    }
    const container& parent = open_.back();
    std::string pointer = parent.pointer;
    if (parent.object) {
      append_key(pointer, parent.key);
    } else {
      pointer += cat("/", parent.items);
    }
    return pointer;
  }
  // A value of the innermost array is complete.
  void counted() {
    if (!open_.empty() && !open_.back().object) {
      ++open_.back().items;
    }
  }

  std::vector<container> open_;
};

// nlohmann's reason for refusing text, without its "[json.exception...]" tag and position,
// cut to a bounded length (it quotes the input it last read) and with control bytes as '?'.
[[nodiscard]] inline std::string reason_of(const nlohmann::json::exception& e) {
  std::string reason = e.what();  // "[json.exception.parse_error.101] parse error at ...: why"
  const std::size_t tag = reason.find("] ");
  reason = tag == std::string::npos ? reason : reason.substr(tag + 2);
  const std::size_t at =
      reason.rfind("parse error", 0) == 0 ? reason.find(": ") : std::string::npos;
  reason = at == std::string::npos ? reason : reason.substr(at + 2);
  std::string printable;
  for (const char c : cut(reason, 4 * quote_limit)) {
    const auto b = static_cast<unsigned char>(c);
    printable += b < 0x20U || b == 0x7FU ? '?' : c;
  }
  return printable;
}

// Why text is not JSON, and where: "is not JSON: at byte 14 (line 2, column 3): syntax error
// while parsing value - invalid literal; last read: 'tru'".
[[nodiscard]] inline std::string not_json(text_view text, const nlohmann::json::parse_error& e) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      ++column;  // a character starts here
    }
  }
  return cat("is not JSON: at byte ", e.byte, " (line ", line, ", column ", column,
             "): ", reason_of(e));
}

}  // namespace detail

// A JSON Pointer one key deeper, spelt as read_error::path() spells its pointers (the key
// escaped as RFC 6901 asks, cut and with control characters escaped for messages): for an
// application that reads knotguide values inside a document of its own and reports errors at
// their whole path, `json_pointer_to("/context", "assessment") + e.path()`.
[[nodiscard]] inline std::string json_pointer_to(std::string pointer, const std::string& key) {
  detail::append_key(pointer, key);
  return pointer;
}

// JSON text parsed as knotguide's readers parse it, for a request that wraps knotguide values
// in a JSON of its own: text that is not JSON is errc::malformed_json, and a key given twice in
// one object is errc::duplicate_item, each a read_error with where and why.
[[nodiscard]] inline nlohmann::json parse_json(text_view text) {
  try {
    return nlohmann::json::parse(text.begin(), text.end(), detail::duplicate_key_guard{});
  } catch (const nlohmann::json::parse_error& e) {
    throw read_error{errc::malformed_json, "", detail::not_json(text, e)};
  } catch (const nlohmann::json::exception& e) {  // a number too large for any type, say
    throw read_error{errc::malformed_json, "", detail::cat("is not JSON: ", detail::reason_of(e))};
  }
}

// T read from JSON text (a std::string, std::string_view or literal): parse_json(), then
// read_json of the value.
template <class T>
requires detail::json_readable<T>
[[nodiscard]] T read_json(text_view text, const read_options& options = {}) {
  return read_json<T>(parse_json(text), options);
}

// The nlohmann/json hooks, found by argument-dependent lookup: `json j = plan;` and
// `j.get<assessment>()`. from_json reads with the default read_options.
template <class T>
requires detail::reflected_value<T>
void to_json(nlohmann::json& j, const T& value);

template <class T>
requires detail::json_readable<T>
void from_json(const nlohmann::json& j, T& value) {
  value = read_json<T>(j);
}

namespace detail {

// Makes one value's nlohmann::json form: json.hpp's form, but objects keyed in nlohmann::json's
// sorted order.
struct json_maker {
  nlohmann::json operator()(shape::boolean /*shape*/, bool value) const { return value; }
  template <class N>
  nlohmann::json operator()(shape::integer /*shape*/, N value) const {
    return value;
  }
  nlohmann::json operator()(shape::text /*shape*/, text_view value) const {
    return std::string{value};
  }
  nlohmann::json operator()(shape::id /*shape*/, text_id value) const {
    return std::string{value.key()};
  }
  template <class E>
  nlohmann::json operator()(shape::enumeration /*shape*/, E value) const {
    if (is_valid(value)) {
      return std::string{name(value)};
    }
    return to_underlying(value);  // no name: its number, which no reader accepts
  }
  template <class Set>
  nlohmann::json operator()(shape::set /*shape*/, const Set& value) const {
    nlohmann::json list = nlohmann::json::array();
    for (const auto member : value) {
      list.push_back(std::string{name(member)});
    }
    if (value.holds_invalid()) {
      list.push_back(nullptr);
    }
    return list;
  }
  template <class Maybe>
  nlohmann::json operator()(shape::optional /*shape*/, const Maybe& value) const {
    return value ? visit_value(*this, value.value()) : nlohmann::json(nullptr);
  }
  template <class List>
  nlohmann::json operator()(shape::list /*shape*/, const List& items) const {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& item : items) {
      list.push_back(visit_value(*this, item));
    }
    return list;
  }
  nlohmann::json operator()(shape::sources /*shape*/, const citations& ids) const {
    return (*this)(shape::list{}, ids);
  }
  template <class D>
  nlohmann::json operator()(shape::duration /*shape*/, D value) const {
    return value.count();
  }
  nlohmann::json operator()(shape::pain /*shape*/, pain_score value) const { return value.value(); }
  template <class Result>
  nlohmann::json operator()(shape::outcome /*shape*/, const Result& value) const {
    nlohmann::json object = nlohmann::json::object();
    if (value) {
      object["value"] = visit_value(*this, *value);
    } else {
      object["error"] = visit_value(*this, value.error());
    }
    return object;
  }
  template <class T>
  nlohmann::json operator()(shape::record /*shape*/, const T& value) const {
    nlohmann::json object = nlohmann::json::object();
    for_each_named_field(value, [this, &object](text_view field, const auto& member) {
      object[std::string{field}] = visit_value(*this, member);
    });
    return object;
  }
};

}  // namespace detail

template <class T>
requires detail::reflected_value<T>
void to_json(nlohmann::json& j, const T& value) {
  j = detail::visit_value(detail::json_maker{}, value);
}

}  // namespace knotguide

#endif  // KNOTGUIDE_NLOHMANN_HPP
