// A bounded load for knotguide-service on loopback: several clients on keep-alive connections
// send a fixed number of requests, a share of them bad (malformed JSON, an oversized body, the
// wrong content type, an unknown route, the wrong method, an invalid assessment), within a time
// limit. It checks that no answer is a 5xx, that no connection drops, that every good request
// gets a plan and every bad one a 4xx with an error body, and that the service's resident memory
// at the end is within 10% of its size after warm-up. It prints requests per second and the
// 50th and 99th percentile latency. Exit code 0 when every check holds.
//
//   knotguide-service-load --port P --pid PID [--requests N] [--clients C] [--bad-share F]
//                          [--seconds S]
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using clock_type = std::chrono::steady_clock;

struct request {
  const char* method;
  const char* path;
  const char* content_type;  // nullptr: none
  std::string body;
  bool bad;
};

std::vector<request> request_mix(std::size_t body_limit) {
  const char* json = "application/json";
  return {
      {"POST", "/v1/plan", json,
       R"({"knots": [{"muscle": "upper_trapezius", "side": "right"}], "pain": 5, "since": 3,
           "causes": ["hunched_sitting"], "moment": "before_bed", "equipment": ["foam_roller"]})",
       false},
      {"POST", "/v1/plan", json,
       R"({"knots": [{"muscle": "gastrocnemius"}], "pain": 7, "since": 15,
           "causes": ["harder_than_usual_exercise"], "moment": "after_exercise"})",
       false},
      {"POST", "/v1/explain", json,
       R"({"assessment": {"knots": [{"region": "neck"}]}, "intervention": "heat"})", false},
      {"POST", "/cds-services/knotguide", json,
       R"({"hook": "knotguide-assessment", "hookInstance": "a",
           "context": {"assessment": {"knots": [{"region": "lower_back"}], "pain": 4}}})",
       false},
      {"GET", "/healthz", nullptr, "", false},
      // The bad ones.
      {"POST", "/v1/plan", json, R"({"knots": [{"muscle": )", true},
      {"POST", "/v1/plan", json, std::string(body_limit + 1, ' '), true},
      {"POST", "/v1/plan", "text/plain", R"({"knots": [{"region": "neck"}]})", true},
      {"GET", "/v1/nothing", nullptr, "", true},
      {"GET", "/v1/plan", nullptr, "", true},
      {"POST", "/v1/plan", json, R"({"knots": [{"region": "neck"}], "pain": 11})", true},
  };
}

// The service's resident memory in KiB, from /proc.
long resident_kib(int pid) {
  std::ifstream status{"/proc/" + std::to_string(pid) + "/status"};
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) {
      return std::stol(line.substr(6));
    }
  }
  return -1;
}

struct tally {
  std::mutex lock;
  std::vector<double> latencies_ms;
  std::size_t sent = 0;
  std::size_t bad_sent = 0;
  std::size_t server_errors = 0;
  std::size_t dropped = 0;
  std::size_t wrong = 0;
  std::string first_problem;

  void problem(std::size_t& counter, const std::string& what) {
    ++counter;
    if (first_problem.empty()) {
      first_problem = what;
    }
  }
};

// One client: requests [first, last) of the run, on one keep-alive connection.
void client(int port, const std::vector<request>& mix, std::size_t first, std::size_t last,
            std::size_t bad_every, clock_type::time_point deadline, tally& out) {
  httplib::Client connection{"127.0.0.1", port};
  connection.set_keep_alive(true);
  connection.set_tcp_nodelay(true);
  connection.set_read_timeout(std::chrono::seconds{10});
  const std::size_t good_kinds = 5;
  const std::size_t bad_kinds = mix.size() - good_kinds;
  std::vector<double> latencies;
  latencies.reserve(last - first);
  for (std::size_t i = first; i < last && clock_type::now() < deadline; ++i) {
    const bool bad = bad_every > 0 && i % bad_every == 0;
    const request& r = bad ? mix[good_kinds + (i / bad_every) % bad_kinds] : mix[i % good_kinds];
    const auto start = clock_type::now();
    httplib::Result result =
        r.method == std::string{"GET"}
            ? connection.Get(r.path)
            : connection.Post(r.path, r.body, r.content_type != nullptr ? r.content_type : "");
    const auto stop = clock_type::now();
    latencies.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    const std::scoped_lock lock{out.lock};
    ++out.sent;
    out.bad_sent += bad ? 1 : 0;
    if (!result) {
      out.problem(out.dropped, std::string{"no answer to "} + r.method + " " + r.path + ": " +
                                   httplib::to_string(result.error()));
      continue;
    }
    const int status = result->status;
    const bool has_error_body = result->body.find("\"error\"") != std::string::npos;
    if (status >= 500) {
      out.problem(out.server_errors, std::string{r.path} + " gave " + std::to_string(status));
    } else if (bad ? (status < 400 || !has_error_body) : status != 200) {
      out.problem(out.wrong, std::string{r.method} + " " + r.path + " gave " +
                                 std::to_string(status) + ": " + result->body.substr(0, 200));
    }
  }
  const std::scoped_lock lock{out.lock};
  out.latencies_ms.insert(out.latencies_ms.end(), latencies.begin(), latencies.end());
}

// Sends `count` requests from `clients` clients, numbered from `offset`.
void run(int port, const std::vector<request>& mix, std::size_t offset, std::size_t count,
         std::size_t clients, std::size_t bad_every, clock_type::time_point deadline, tally& out) {
  std::vector<std::thread> threads;
  for (std::size_t c = 0; c < clients; ++c) {
    const std::size_t first = offset + count * c / clients;
    const std::size_t last = offset + count * (c + 1) / clients;
    threads.emplace_back(client, port, std::cref(mix), first, last, bad_every, deadline,
                         std::ref(out));
  }
  for (std::thread& t : threads) {
    t.join();
  }
}

double percentile(std::vector<double>& values, double p) {
  if (values.empty()) {
    return 0;
  }
  const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(at), values.end());
  return values[at];
}

int load_main(int argc, char** argv) {
  int port = 0;
  int pid = 0;
  std::size_t requests = 100000;
  std::size_t clients = 8;
  double bad_share = 0.1;
  int seconds = 600;
  std::size_t body_limit = std::size_t{64} * 1024;
  double max_growth = 10;  // percent
  CLI::App app{"knotguide-service-load: a bounded loopback load for knotguide-service"};
  app.add_option("--port", port, "the service's port")->required();
  app.add_option("--pid", pid, "the service's process id, for its memory")->required();
  app.add_option("--requests", requests, "how many requests in all")->capture_default_str();
  app.add_option("--clients", clients, "concurrent clients")->capture_default_str();
  app.add_option("--bad-share", bad_share, "the share of bad requests")
      ->check(CLI::Range(0.0, 0.5))
      ->capture_default_str();
  app.add_option("--seconds", seconds, "the time limit")->capture_default_str();
  app.add_option("--body-limit", body_limit, "the service's body limit")->capture_default_str();
  app.add_option("--max-memory-growth", max_growth,
                 "how much the service's memory may grow after warm-up, in percent")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (clients == 0 || requests < 10 * clients) {
    std::fprintf(stderr, "knotguide-service-load: --requests must be at least 10 per client\n");
    return 2;
  }

  const std::vector<request> mix = request_mix(body_limit);
  const auto bad_every = bad_share > 0 ? static_cast<std::size_t>(std::lround(1.0 / bad_share)) : 0;
  const auto deadline = clock_type::now() + std::chrono::seconds{seconds};
  tally out;

  // Warm-up: a tenth of the requests, then the memory the service settled at.
  const std::size_t warm_up = std::max<std::size_t>(requests / 10, clients);
  run(port, mix, 0, warm_up, clients, bad_every, deadline, out);
  const long memory_after_warm_up = resident_kib(pid);
  out.latencies_ms.clear();
  const std::size_t warm_sent = out.sent;

  const auto start = clock_type::now();
  run(port, mix, warm_up, requests - warm_up, clients, bad_every, deadline, out);
  const double elapsed = std::chrono::duration<double>(clock_type::now() - start).count();
  const long memory_at_end = resident_kib(pid);

  const std::size_t measured = out.sent - warm_sent;
  const double growth = memory_after_warm_up > 0
                            ? static_cast<double>(memory_at_end - memory_after_warm_up) /
                                  static_cast<double>(memory_after_warm_up)
                            : 1.0;
  std::printf("requests: %zu (%zu bad, %.1f%%), %zu clients, %zu after warm-up in %.2f s\n",
              out.sent, out.bad_sent,
              100.0 * static_cast<double>(out.bad_sent) / static_cast<double>(out.sent), clients,
              measured, elapsed);
  std::printf("throughput: %.0f requests/s; latency p50 %.3f ms, p99 %.3f ms\n",
              static_cast<double>(measured) / elapsed, percentile(out.latencies_ms, 0.50),
              percentile(out.latencies_ms, 0.99));
  std::printf("memory: %ld KiB after warm-up, %ld KiB at the end (%+.1f%%)\n", memory_after_warm_up,
              memory_at_end, 100.0 * growth);
  std::printf("5xx: %zu, dropped: %zu, wrong answers: %zu\n", out.server_errors, out.dropped,
              out.wrong);
  if (!out.first_problem.empty()) {
    std::printf("first problem: %s\n", out.first_problem.c_str());
  }
  const bool complete = out.sent == requests;
  if (!complete) {
    std::printf("stopped by the time limit after %zu of %zu requests\n", out.sent, requests);
  }
  const bool ok = complete && out.server_errors == 0 && out.dropped == 0 && out.wrong == 0 &&
                  100.0 * growth <= max_growth;
  std::printf("%s\n", ok ? "load: every check holds" : "load: FAILED");
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return load_main(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "knotguide-service-load: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "knotguide-service-load: an unexpected error\n");
  }
  return 1;
}
