// knotguide's demo: the plan for a desk worker with a knot in the right upper trapezius, asking
// before bed, printed with the knowledge base's sentences and sources.
#include <cstdio>
#include <knotguide/knotguide.hpp>
#include <string_view>

namespace kg = knotguide;

namespace {

constexpr const kg::knowledge_base& kb = kg::default_knowledge;

void print(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void print_words(kg::text_view name) {
  for (const char c : name) {
    std::fputc(c == '_' ? ' ' : c, stdout);
  }
}

void print_sources(const kg::citations& sources) {
  print(" [");
  bool first = true;
  for (const kg::text_view id : sources) {
    print(first ? "" : ", ");
    print(id);
    first = false;
  }
  print("]");
}

template <class T>
void print_range(const char* label, const kg::range<T>& r, const char* unit) {
  if (!r.stated()) {
    return;
  }
  long low = 0;
  long high = 0;
  if constexpr (kg::is_duration_v<T>) {
    low = r.low.count();
    high = r.high.count();
  } else {
    low = r.low;
    high = r.high;
  }
  if (low != 0 && high != 0 && low != high) {
    std::printf("%s%ld-%ld%s; ", label, low, high, unit);
  } else if (low != 0 && high != 0) {
    std::printf("%s%ld%s; ", label, low, unit);
  } else if (high != 0) {
    std::printf("%sup to %ld%s; ", label, high, unit);
  } else {
    std::printf("%sat least %ld%s; ", label, low, unit);
  }
}

void print_step(std::size_t rank, const kg::step& s) {
  std::printf("\n%zu. ", rank);
  print_words(kg::name(s.what));
  print(" (");
  print_words(kg::name(s.by));
  print(", evidence: ");
  print_words(kg::name(s.grade));
  print(")\n   ");
  const kg::dose& d = s.amount;
  print_range("", d.session, " min a session");
  print_range("", d.sessions_per_day, " times a day");
  print_range("", d.between_sessions, " h apart");
  print_range("hold ", d.hold, " s");
  print_range("", d.repetitions, " rounds");
  print_range("for ", d.keep_up, " days");
  if (!d.text.empty()) {
    print(kg::text_of(kb, d.text));
    print_sources(d.sources);
  }
  print("\n   when: ");
  print_words(kg::name(*s.timing.begin()));
  if (!s.use.empty()) {
    print("; use your ");
    print_words(kg::name(*s.use.begin()));
  } else if (s.suggest) {
    print("; none at hand, the cheapest that will do: ");
    print_words(kg::name(s.suggest.value()));
  }
  print("\n");
  for (const kg::text_view caution : s.cautions) {
    print("   caution: ");
    print(kg::text_of(kb, caution));
    print("\n");
  }
  print("   why:");
  for (const kg::reason& r : s.why) {
    print(" ");
    print(r.rule);
    print(" (");
    print(r.read.field_name());
    print(" = ");
    if (r.read.value_name().empty()) {
      std::printf("%d", r.read.number);
    } else {
      print(r.read.value_name());
    }
    print(")");
  }
  if (s.why.empty()) {
    print(" a first-line step for knots");
  }
  print("\n   sources:");
  print_sources(s.sources);
  print("\n");
}

}  // namespace

int main() {
  constexpr kg::assessment desk_worker{
      .knots = {{.muscle = kg::muscle::upper_trapezius, .side = kg::side::right}},
      .pain = kg::pain_score{5},
      .since = kg::days{3},
      .causes = {kg::cause::hunched_sitting},
      .symptoms = {kg::symptom::tender_to_touch, kg::symptom::limited_range_of_motion},
      .moment = kg::moment::before_bed,
      .equipment = {kg::equipment::foam_roller, kg::equipment::heating_pad},
  };
  // Computed while compiling: the program carries the finished plan.
  static constexpr auto result = kg::recommend(desk_worker);
  static_assert(result.has_value());
  const kg::plan& plan = *result;

  print("knotguide: a knot in the right upper trapezius for 3 days, pain 5 of 10, from\n");
  print("hunched sitting; asking before bed, with a foam roller and a heating pad at hand.\n\n");
  print("Triage: ");
  print(kg::text_of(kb, plan.level_text));
  print("\n");
  for (std::size_t i = 0; i < plan.steps.size(); ++i) {
    print_step(i + 1, plan.steps[i]);
  }
  std::printf("\nExpected course: %d-%d days.", plan.course.low.count(), plan.course.high.count());
  for (const kg::text_view t : plan.course_texts) {
    print(" ");
    print(kg::text_of(kb, t));
    print_sources(kg::find_text(kb, t)->sources);
  }
  std::printf("\nReview by day %d. What would change the advice:\n", plan.review_by.count());
  for (const kg::change& c : plan.would_change) {
    print("  - ");
    if (c.sign) {
      print("if this appears: ");
    } else if (c.by_day > kg::days{0}) {
      std::printf("by day %d: ", c.by_day.count());
    }
    print(kg::text_of(kb, c.text));
    print(" -> ");
    print(kg::text_of(kb, kg::level_text(c.becomes)));
    print("\n");
  }
  print("\nTo keep knots away:\n");
  for (const kg::text_view t : plan.prevention) {
    print("  - ");
    print(kg::text_of(kb, t));
    print("\n");
  }
  print("\n");
  print(kg::text_of(kb, plan.disclaimer));
  print("\n");
  return 0;
}
