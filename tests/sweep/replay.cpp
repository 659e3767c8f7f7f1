// The interview's proof: for assessments of the safety sweep (and, every 7th, one of its varied
// policies), the interview is answered from the assessment, question by question, and
//  - the first question is where it hurts, and the next the warning signs of that place, every
//    one the knowledge base watches for there (or for anywhere), before any other question;
//  - no question shows an item, or asks a topic, that was asked already;
//  - once settled, the plan from the answers equals recommend() of the assessment, its warning
//    signs of other places aside (those the settled interview does not ask about);
//  - answering on through every question left (asking::everything), the plan equals
//    recommend() of the whole assessment, every time.
// It prints how many questions a settled interview asked: the median, the 95th percentile and
// the largest, overall and for people who tell of a warning sign of an emergency.
//
// Usage: knotguide_replay <shard> <shards> [stride]: shard k of n takes every n-th assessment
// from the k-th; a stride above 1 keeps every stride-th of those.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <knotguide/interview.hpp>
#include <string_view>

#include "space.hpp"

namespace kg = knotguide;

namespace {

constexpr const kg::knowledge_base& kb = kg::default_knowledge;
constexpr std::size_t most_questions = 64;

long failures = 0;

void fail(long i, const char* what) {
  if (++failures <= 20) {
    std::fprintf(stderr, "assessment %ld: %s\n", i, what);
  }
}

// The signs a question listed, and whether any topic or item came twice.
struct transcript {
  kg::flag_set<kg::topic> scalars_asked{};
  std::array<std::uint64_t, kg::enum_count<kg::topic>> items_asked{};
  bool repeated = false;

  void add(const kg::question& q) {
    if (!q.is_checklist()) {
      repeated = repeated || scalars_asked.contains(q.topic);
      scalars_asked.insert(q.topic);
      return;
    }
    std::uint64_t& seen = items_asked[static_cast<std::size_t>(q.topic)];
    for (const std::uint8_t item : q.items) {
      repeated = repeated || (seen >> item & 1U) != 0;
      seen |= std::uint64_t{1} << item;
    }
  }
};

// Asks and answers from `full` until settled (or, for asking::everything, until nothing is left);
// the number of questions, or -1 when the interview failed.
long run(long i, kg::interview& iv, const kg::assessment& full, const kg::policy& p, kg::asking how,
         transcript& said) {
  long asked = 0;
  while (asked < static_cast<long>(most_questions)) {
    const auto next = kg::next_question(iv, kb, p, how);
    if (!next) {
      fail(i, "next_question() refused the answers");
      return -1;
    }
    if (!*next) {
      return asked;
    }
    const kg::question q = next->value();
    if (asked == 0 && iv.asked.empty() && q.topic != kg::topic::knots) {
      fail(i, "the first question was not where it hurts");
    }
    said.add(q);
    if (const auto refused = kg::record(iv, q, full)) {
      fail(i, "record() refused an answer from a valid assessment");
      return -1;
    }
    ++asked;
  }
  fail(i, "the interview did not settle");
  return -1;
}

// The signs the knowledge base watches for where the knots are, or anywhere.
kg::flag_set<kg::red_flag> place_signs(const kg::assessment& a) {
  kg::interview fresh;
  fresh.answers.knots = a.knots;
  fresh.asked.insert(kg::topic::knots);
  kg::flag_set<kg::red_flag> signs;
  for (const std::uint8_t item : kg::detail::signs_to_ask(fresh, kb, kg::asking::until_settled)) {
    signs.insert(static_cast<kg::red_flag>(item));
  }
  return signs;
}

// Whether the person reports a warning sign that calls for emergency care.
bool told_emergency(const kg::assessment& a) {
  for (const kg::red_flag_entry& e : kb.red_flags) {
    if (e.tier == kg::triage::emergency && a.red_flags.contains(e.flag)) {
      return true;
    }
  }
  return false;
}

struct tally {
  std::array<long, most_questions + 1> all{};
  std::array<long, most_questions + 1> emergencies{};

  static void print(const char* what, const std::array<long, most_questions + 1>& counts) {
    long total = 0;
    for (const long c : counts) {
      total += c;
    }
    const auto at = [&](double share) {
      long seen = 0;
      for (std::size_t n = 0; n < counts.size(); ++n) {
        seen += counts[n];
        if (static_cast<double>(seen) >= share * static_cast<double>(total)) {
          return static_cast<long>(n);
        }
      }
      return 0L;
    };
    long largest = 0;
    for (std::size_t n = 0; n < counts.size(); ++n) {
      largest = counts[n] > 0 ? static_cast<long>(n) : largest;
    }
    std::printf("  %s: %ld interviews, questions median %ld, p95 %ld, max %ld\n", what, total,
                total > 0 ? at(0.5) : 0, total > 0 ? at(0.95) : 0, largest);
  }
};

void replay(long i, const kg::assessment& full, const kg::policy& p, tally& counts) {
  const auto whole = kg::recommend(full, kb, p);
  if (!whole) {
    fail(i, "a valid assessment got an error");
    return;
  }
  kg::interview iv;
  transcript said;
  const long asked = run(i, iv, full, p, kg::asking::until_settled, said);
  if (asked < 0) {
    return;
  }
  // Where it hurts, then the place's warning signs, before anything else.
  const kg::flag_set<kg::red_flag> signs = place_signs(full);
  if (!iv.red_flags_asked.contains_all(signs)) {
    fail(i, "a warning sign of the place was not asked");
  }
  kg::assessment here = full;
  here.red_flags = full.red_flags & iv.red_flags_asked;
  if (!(kg::recommend(iv.answers, kb, p).value() == kg::recommend(here, kb, p).value())) {
    fail(i, "the settled interview's plan differs from the assessment's");
  }
  const std::size_t slot = std::min<std::size_t>(static_cast<std::size_t>(asked), most_questions);
  ++counts.all[slot];
  if (told_emergency(here)) {
    ++counts.emergencies[slot];
  }
  // Answer more: every question left, and the plan is the whole assessment's.
  if (run(i, iv, full, p, kg::asking::everything, said) < 0) {
    return;
  }
  if (said.repeated) {
    fail(i, "a question or an item was asked twice");
  }
  if (!(kg::recommend(iv.answers, kb, p).value() == whole.value())) {
    fail(i, "the whole interview's plan differs from the assessment's");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: knotguide_replay <shard> <shards> [stride]\n");
    return 2;
  }
  const long shard = std::atol(argv[1]);
  const long shards = std::atol(argv[2]);
  const long stride = argc > 3 ? std::atol(argv[3]) : 1;
  if (shards < 1 || shard < 0 || shard >= shards || stride < 1) {
    std::fprintf(stderr, "knotguide_replay: shard must be below shards, both positive\n");
    return 2;
  }
  tally counts;
  tally tuned;
  long checked = 0;
  for (long i = shard; i < sweep_space::space; i += shards * stride) {
    const kg::assessment a = sweep_space::nth(i);
    replay(i, a, kg::default_policy, counts);
    if (i % 7 == 0) {
      replay(i, a, sweep_space::varied_policies()[i / 7 % sweep_space::policy_count], tuned);
    }
    ++checked;
  }
  std::printf("replay shard %ld of %ld: %ld assessments (of %ld in the space), %ld failures\n",
              shard + 1, shards, checked, sweep_space::space, failures);
  tally::print("default policy", counts.all);
  tally::print("default policy, an emergency's warning sign told", counts.emergencies);
  tally::print("varied policies", tuned.all);
  return failures == 0 ? 0 : 1;
}
