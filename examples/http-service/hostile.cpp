// Hostile clients against knotguide-service on loopback, one way of misbehaving at a time: each
// is held for a while (or sent once) while a fresh client asks GET /healthz and POST /v1/plan,
// which must answer 200 within --probe-deadline; the service's resident memory is read from
// /proc throughout and its peak must stay under --max-rss-mib. Bounded: every read has a
// deadline, and it stops by itself.
//
//   knotguide-service-hostile --port P --pid PID [--connections N] [--hold S]
//                             [--request-timeout S] [--max-rss-mib M] [--probe-deadline MS]
//
// --request-timeout is the service's: the deadline check holds connections past it and expects
// each to have been closed. It prints one line per way (the probes' p50 and p99 latency, the
// service's memory) and exits 0 when every check holds.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using clock_type = std::chrono::steady_clock;

struct options {
  int port = 0;
  int pid = 0;
  std::size_t connections = 256;
  double hold = 2.0;
  double request_timeout = 3.0;
  std::size_t max_rss_mib = 64;
  int probe_deadline_ms = 2000;
  std::size_t max_requests = 100;  // the service's --max-requests
};

// A socket that closes itself.
class socket_fd {
 public:
  socket_fd() = default;
  explicit socket_fd(int fd) : fd_{fd} {}
  socket_fd(const socket_fd&) = delete;
  socket_fd& operator=(const socket_fd&) = delete;
  socket_fd(socket_fd&& other) noexcept : fd_{std::exchange(other.fd_, -1)} {}
  socket_fd& operator=(socket_fd&& other) noexcept {
    std::swap(fd_, other.fd_);
    return *this;
  }
  ~socket_fd() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  [[nodiscard]] int get() const { return fd_; }
  [[nodiscard]] bool valid() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// A connection to the service, or an invalid socket when it is not made within the deadline (a
// full listen backlog leaves connect() waiting for minutes). The socket is left non-blocking.
socket_fd connect_to(int port, int deadline_ms = 2000) {
  socket_fd s{::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0)};
  if (!s.valid()) {
    return s;
  }
  // Closed with a reset, not kept in TIME_WAIT: tens of thousands of connections must not use
  // up the loopback's ephemeral ports, which other tests running beside this one need.
  const linger abort_on_close{1, 0};
  ::setsockopt(s.get(), SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(static_cast<std::uint16_t>(port));
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the sockets API's own cast
  if (::connect(s.get(), reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0) {
    return s;
  }
  pollfd p{s.get(), POLLOUT, 0};
  int error = 0;
  socklen_t size = sizeof error;
  if (errno != EINPROGRESS || ::poll(&p, 1, deadline_ms) != 1 ||
      ::getsockopt(s.get(), SOL_SOCKET, SO_ERROR, &error, &size) != 0 || error != 0) {
    return socket_fd{};
  }
  return s;
}

// Sends what it can within a second; a peer that has closed or stopped reading is not an error
// here (the answer is what counts).
bool send_all(const socket_fd& s, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t sent = ::send(s.get(), bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EAGAIN) {
      pollfd p{s.get(), POLLOUT, 0};
      if (::poll(&p, 1, 1000) != 1) {
        return false;
      }
      continue;
    }
    if (sent <= 0) {
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

// Everything the peer sends until it closes (closed: true), or until the deadline.
std::pair<std::string, bool> read_until_close(const socket_fd& s, int deadline_ms) {
  std::string got;
  const auto end = clock_type::now() + std::chrono::milliseconds{deadline_ms};
  char chunk[4096];
  while (clock_type::now() < end) {
    pollfd p{s.get(), POLLIN, 0};
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(end - clock_type::now()).count();
    if (::poll(&p, 1, static_cast<int>(std::max<long long>(left, 1))) <= 0) {
      continue;
    }
    const ssize_t n = ::recv(s.get(), chunk, sizeof chunk, 0);
    if (n <= 0) {
      return {got, true};
    }
    got.append(chunk, static_cast<std::size_t>(n));
  }
  return {got, false};
}

// Whether the service has closed a connection (or answered on it) by now.
bool closed_or_answered(const socket_fd& s) {
  pollfd p{s.get(), POLLIN, 0};
  return ::poll(&p, 1, 0) != 0;
}

struct response {
  int status = 0;  // 0: none came
  std::string body;
  bool whole = false;  // all of the body its Content-Length announced came
};

// The responses in what a connection received, in order.
std::vector<response> responses_in(std::string_view bytes) {
  std::vector<response> out;
  while (bytes.substr(0, 9) == "HTTP/1.1 " || bytes.substr(0, 9) == "HTTP/1.0 ") {
    const std::size_t header_end = bytes.find("\r\n\r\n");
    if (header_end == std::string_view::npos) {
      break;
    }
    response r;
    r.status = std::stoi(std::string{bytes.substr(9, 3)});
    std::string header{bytes.substr(0, header_end)};
    std::transform(header.begin(), header.end(), header.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t length = 0;
    if (const std::size_t at = header.find("\r\ncontent-length:"); at != std::string::npos) {
      length = std::stoul(header.substr(at + 17));
    }
    const std::string_view rest = bytes.substr(header_end + 4);
    r.body = std::string{rest.substr(0, length)};
    r.whole = rest.size() >= length;
    out.push_back(r);
    bytes = rest.substr(std::min(length, rest.size()));
  }
  return out;
}

// One request on a fresh connection: its response and how long it took.
std::pair<response, double> ask(int port, const std::string& request, int deadline_ms) {
  const auto start = clock_type::now();
  const socket_fd s = connect_to(port, deadline_ms);
  if (!s.valid() || !send_all(s, request)) {
    return {{}, 0.0};
  }
  std::string got;
  const auto end = start + std::chrono::milliseconds{deadline_ms};
  char chunk[8192];
  while (clock_type::now() < end) {
    const auto parsed = responses_in(got);
    if (!parsed.empty() && parsed.front().whole) {
      break;
    }
    pollfd p{s.get(), POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) {
      continue;
    }
    const ssize_t n = ::recv(s.get(), chunk, sizeof chunk, 0);
    if (n <= 0) {
      break;
    }
    got.append(chunk, static_cast<std::size_t>(n));
  }
  const auto parsed = responses_in(got);
  const double ms = std::chrono::duration<double, std::milli>(clock_type::now() - start).count();
  return {parsed.empty() ? response{} : parsed.front(), ms};
}

std::string request_of(std::string_view method, std::string_view path, std::string_view body,
                       std::string_view extra_header = "") {
  std::string r = std::string{method} + ' ' + std::string{path} + " HTTP/1.1\r\nHost: hostile\r\n";
  r += extra_header;
  if (!body.empty()) {
    r +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  }
  return r + "\r\n" + std::string{body};
}

const std::string plan_body = R"({"knots": [{"region": "neck"}], "pain": 4})";

// Resident memory of the service now and at its peak, in KiB (0 when it cannot be read).
std::pair<std::size_t, std::size_t> memory_of(int pid) {
  std::ifstream status{"/proc/" + std::to_string(pid) + "/status"};
  std::string line;
  std::size_t now = 0;
  std::size_t peak = 0;
  while (std::getline(status, line)) {
    std::istringstream fields{line};
    std::string key;
    std::size_t kib = 0;
    fields >> key >> kib;
    if (key == "VmRSS:") {
      now = kib;
    } else if (key == "VmHWM:") {
      peak = kib;
    }
  }
  return {now, peak};
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) {
    return 0.0;
  }
  std::sort(v.begin(), v.end());
  const auto at = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  return v[at];
}

// The probes a fresh client makes while the service is under one way of misbehaving.
struct probes {
  std::vector<double> healthz_ms;
  std::vector<double> plan_ms;
  int failed = 0;

  void once(const options& o) {
    const auto [health, health_ms] =
        ask(o.port, request_of("GET", "/healthz", ""), o.probe_deadline_ms);
    const auto [plan, plan_took] =
        ask(o.port, request_of("POST", "/v1/plan", plan_body), o.probe_deadline_ms);
    if (health.status == 200 && health.body.find("\"ok\"") != std::string::npos &&
        health_ms < o.probe_deadline_ms) {
      healthz_ms.push_back(health_ms);
    } else {
      ++failed;
    }
    if (plan.status == 200 && plan.body.find("\"level\"") != std::string::npos &&
        plan_took < o.probe_deadline_ms) {
      plan_ms.push_back(plan_took);
    } else {
      ++failed;
    }
  }
};

class hostile {
 public:
  explicit hostile(const options& o) : o_{o} {}

  // Opens `count` connections, each sent `first`; for the hold, `trickle` (if any) is sent to
  // each, a byte a second; fresh clients probe meanwhile. Returns the held connections.
  std::vector<socket_fd> hold(const std::string& name, std::size_t count, const std::string& first,
                              const std::string& trickle, double seconds) {
    const auto first_connect = clock_type::now();
    std::vector<socket_fd> held = hold_quietly(count, first);
    // Connections the service closed early, counted while their deadline is at least half a
    // second away (a slow pass of the loop must not count a close that is due).
    const auto still_due = first_connect + std::chrono::duration<double>{o_.request_timeout - 0.5};
    std::size_t dropped = 0;
    probes p;
    const auto start = clock_type::now();
    auto next_byte = start;
    std::size_t sent = 0;
    while (clock_type::now() - start < std::chrono::duration<double>{seconds}) {
      if (clock_type::now() < still_due) {
        dropped = std::max(dropped, static_cast<std::size_t>(std::count_if(
                                        held.begin(), held.end(),
                                        [](const socket_fd& s) { return closed_or_answered(s); })));
      }
      if (!trickle.empty() && clock_type::now() >= next_byte) {
        for (const socket_fd& s : held) {
          send_all(s, trickle.substr(sent % trickle.size(), 1));
        }
        ++sent;
        next_byte += std::chrono::seconds{1};
      }
      p.once(o_);
      watch_memory();
      std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    report(name + " x" + std::to_string(held.size()) + " (" + std::to_string(dropped) +
               " closed before their deadline)",
           held.size() == count && dropped == 0, p);
    return held;
  }

  // A connection flood: connections opened and dropped, 2,000 a second (about what one client
  // thread manages beside the service on two cores), with half a request sent on each, while
  // fresh clients probe.
  void flood(double seconds) {
    std::atomic<bool> over{false};
    std::atomic<std::size_t> made{0};
    std::thread flooder{[&] {
      auto next = clock_type::now();
      while (!over) {
        const socket_fd s = connect_to(o_.port);
        if (s.valid()) {
          send_all(s, "POST /v1/plan HTTP/1.1\r\nHost: x\r\n");
          ++made;
        }
        // After a stall the pace goes on from now: no burst to catch up.
        next = std::max(next + std::chrono::microseconds{500}, clock_type::now());
        std::this_thread::sleep_until(next);
      }
    }};
    probes p;
    const auto start = clock_type::now();
    while (clock_type::now() - start < std::chrono::duration<double>{seconds}) {
      p.once(o_);
      watch_memory();
      std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    over = true;
    flooder.join();
    report("connection flood (" + std::to_string(made.load()) + " connections)", made > 100, p);
  }

  // One misbehaving request on its own connection: what came back must be `statuses`, in order,
  // and the connection must then be closed by the service.
  void once(const std::string& name, const std::string& bytes, const std::vector<int>& statuses,
            const std::function<bool(const std::vector<response>&)>& also = {}) {
    const socket_fd s = connect_to(o_.port);
    send_all(s, bytes);
    const auto [got, closed] = read_until_close(s, 3000);
    const std::vector<response> answers = responses_in(got);
    std::vector<int> seen;
    seen.reserve(answers.size());
    for (const response& r : answers) {
      seen.push_back(r.status);
    }
    probes p;
    p.once(o_);
    watch_memory();
    const bool ok = seen == statuses && closed && (!also || also(answers));
    std::string said;
    for (const int status : seen) {
      said += ' ' + std::to_string(status);
    }
    if (seen.size() > 4) {
      said = ' ' + std::to_string(seen.size()) + " answers";
    }
    report(
        name + " ->" + (said.empty() ? " nothing" : said) + (closed ? ", closed" : ", left open"),
        ok, p);
  }

  // Connections held past the service's deadlines must have been closed by it, without an
  // answer: idle ones, ones with half a header, ones sending a header or a body a byte every
  // half second (a deadline renewed by each byte would keep those open for ever), and a
  // kept-alive one left idle after its answer (--idle-timeout, shorter than the request's).
  void deadline() {
    const std::size_t each = std::max<std::size_t>(o_.connections / 4, 1);
    std::vector<socket_fd> idle = hold_quietly(each, "");
    std::vector<socket_fd> begun = hold_quietly(each, "GET /healthz HTTP/1.1\r\n");
    std::vector<socket_fd> header_drip = hold_quietly(each, "GET /healthz HTTP/1.1\r\n");
    std::vector<socket_fd> body_drip =
        hold_quietly(each,
                     "POST /v1/plan HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                     "Content-Length: 65536\r\n\r\n");
    std::vector<socket_fd> kept = hold_quietly(1, request_of("GET", "/healthz", ""));
    const auto end = clock_type::now() + std::chrono::duration<double>{o_.request_timeout + 1.5};
    while (clock_type::now() < end) {
      for (const socket_fd& s : header_drip) {
        send_all(s, "X");
      }
      for (const socket_fd& s : body_drip) {
        send_all(s, " ");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds{500});
    }
    std::size_t closed = 0;
    std::size_t answered = 0;
    std::size_t held = 0;
    for (const std::vector<socket_fd>* group : {&idle, &begun, &header_drip, &body_drip}) {
      for (const socket_fd& s : *group) {
        const auto [got, was_closed] = read_until_close(s, 200);
        closed += was_closed ? 1 : 0;
        answered += got.empty() ? 0 : 1;
        ++held;
      }
    }
    const auto [kept_got, kept_closed] = read_until_close(kept.front(), 200);
    const bool kept_ok = kept_closed && responses_in(kept_got).size() == 1;
    probes p;
    p.once(o_);
    watch_memory();
    report(
        "held past the deadlines (idle, half a header, a byte every 0.5 s of a header and of a "
        "body, kept alive and idle): " +
            std::to_string(closed) + " of " + std::to_string(held) + " closed, " +
            std::to_string(answered) + " answered" +
            (kept_ok ? "" : "; the kept-alive one was not closed after its answer"),
        closed == held && answered == 0 && kept_ok, p);
  }

  [[nodiscard]] int failures() const { return failures_; }

  void watch_memory() {
    const auto [now, peak] = memory_of(o_.pid);
    rss_now_ = now;
    rss_peak_ = std::max(rss_peak_, peak);
  }

  bool memory_within() {
    watch_memory();
    const bool ok = rss_peak_ > 0 && rss_peak_ <= o_.max_rss_mib * 1024;
    std::cout << (ok ? "ok   " : "FAIL ") << "the service's peak resident memory: " << rss_peak_
              << " KiB (at most " << o_.max_rss_mib << " MiB)\n";
    failures_ += ok ? 0 : 1;
    return ok;
  }

 private:
  [[nodiscard]] std::vector<socket_fd> hold_quietly(std::size_t count,
                                                    const std::string& first) const {
    std::vector<socket_fd> held;
    for (std::size_t i = 0; i < count; ++i) {
      socket_fd s = connect_to(o_.port);
      if (s.valid()) {
        send_all(s, first);
        held.push_back(std::move(s));
      }
    }
    return held;
  }

  void report(const std::string& name, bool ok, const probes& p) {
    ok = ok && p.failed == 0 && !p.healthz_ms.empty();
    std::cout << (ok ? "ok   " : "FAIL ") << name << "; fresh /healthz p50 "
              << percentile(p.healthz_ms, 0.5) << " ms p99 " << percentile(p.healthz_ms, 0.99)
              << " ms, /v1/plan p99 " << percentile(p.plan_ms, 0.99) << " ms, " << p.failed
              << " probe(s) failed; service " << rss_now_ / 1024 << " MiB\n";
    failures_ += ok ? 0 : 1;
  }

  const options& o_;
  int failures_ = 0;
  std::size_t rss_now_ = 0;
  std::size_t rss_peak_ = 0;
};

void raise_open_files() {
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
  }
}

int run(const options& o) {
  raise_open_files();
  hostile h{o};
  const std::size_t n = o.connections;
  const std::string plan_head =
      "POST /v1/plan HTTP/1.1\r\nHost: hostile\r\nContent-Type: application/json\r\n";

  h.hold("idle connections", n, "", "", o.hold);
  h.hold("slowloris (a header a byte a second)", n, "GET /healthz HTTP/1.1\r\n", "X-Slow: y\r\n",
         o.hold);
  h.hold("a body (64 KiB declared) a byte a second", n, plan_head + "Content-Length: 65536\r\n\r\n",
         plan_body, o.hold);
  h.flood(o.hold);
  h.deadline();

  h.once("a 64 KiB header line",
         "GET /healthz HTTP/1.1\r\nHost: h\r\nX-Big: " + std::string(std::size_t{64} * 1024, 'a') +
             "\r\n\r\n",
         {431});
  std::string many;
  for (int i = 0; i < 20000; ++i) {
    many += "X-" + std::to_string(i) + ": v\r\n";
  }
  h.once("a header flood (20,000 fields)", "GET /healthz HTTP/1.1\r\nHost: h\r\n" + many + "\r\n",
         {431});
  h.once("a compressed body", plan_head + "Content-Encoding: gzip\r\nContent-Length: 4\r\n\r\nabcd",
         {415});
  h.once("a body over the limit (1 MiB declared)",
         plan_head + "Content-Length: 1048576\r\n\r\n" + plan_body, {413});
  std::string ranges = "bytes=0-";
  for (int i = 0; i < 2000; ++i) {
    ranges += ",0-";
  }
  const auto knowledge = ask(o.port, request_of("GET", "/v1/knowledge", ""), 3000).first.body;
  h.once("2,000 overlapping ranges on /v1/knowledge",
         request_of("GET", "/v1/knowledge", "", "Range: " + ranges + "\r\nConnection: close\r\n"),
         {200}, [&](const std::vector<response>& r) { return r.front().body == knowledge; });
  h.once("a range on POST /v1/plan",
         request_of("POST", "/v1/plan", plan_body, "Range: bytes=0-9\r\nConnection: close\r\n"),
         {200}, [](const std::vector<response>& r) {
           return r.front().body.find("\"level\"") != std::string::npos;
         });
  const std::string smuggled = "GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n";
  h.once("two Content-Lengths, a request behind",
         plan_head + "Content-Length: " + std::to_string(plan_body.size()) +
             "\r\nContent-Length: 2\r\n\r\n" + plan_body + smuggled,
         {400});
  h.once("two equal Content-Lengths",
         plan_head + "Content-Length: " + std::to_string(plan_body.size()) +
             "\r\nContent-Length: " + std::to_string(plan_body.size()) + "\r\n\r\n" + plan_body,
         {400});
  h.once("a Content-Length list", plan_head + "Content-Length: 2, 2\r\n\r\n{}", {400});
  h.once("a body in chunks (lower case)",
         plan_head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", {411});
  h.once("HEAD /healthz", request_of("HEAD", "/healthz", "", "Connection: close\r\n"), {200},
         [](const std::vector<response>& r) { return r.front().body.empty(); });
  h.once("Expect: 100-continue",
         request_of("POST", "/v1/plan", plan_body, "Expect: 100-continue\r\nConnection: close\r\n"),
         {100, 200}, [](const std::vector<response>& r) {
           return r.back().body.find("\"level\"") != std::string::npos;
         });
  std::string past_limit;
  std::vector<int> limit_answers;
  for (std::size_t i = 0; i <= o.max_requests; ++i) {
    past_limit += request_of("GET", "/healthz", "");
    limit_answers.push_back(200);
  }
  limit_answers.pop_back();
  h.once(std::to_string(o.max_requests + 1) + " requests pipelined on one connection", past_limit,
         limit_answers);
  h.once("a body in chunks, a request in it",
         plan_head + "Transfer-Encoding: CHUNKED\r\n\r\n0\r\n\r\n" + smuggled, {411});
  h.once("a POST with no length, a request behind", plan_head + "\r\n" + smuggled, {400});
  h.once("no Host", "GET /healthz HTTP/1.1\r\n\r\n", {400});
  h.once("a header field without a colon", "GET /healthz HTTP/1.1\r\nHost: h\r\nbogus\r\n\r\n",
         {400});
  h.once("three requests pipelined",
         request_of("GET", "/healthz", "") + request_of("POST", "/v1/plan", plan_body) +
             request_of("GET", "/cds-services", "", "Connection: close\r\n"),
         {200, 200, 200}, [](const std::vector<response>& r) {
           return r[0].body.find("\"ok\"") != std::string::npos &&
                  r[1].body.find("\"level\"") != std::string::npos &&
                  r[2].body.find("\"services\"") != std::string::npos;
         });
  h.memory_within();
  std::cout << h.failures() << " failure(s)\n";
  return h.failures() == 0 ? 0 : 1;
}

int hostile_main(int argc, char** argv) {
  options o;
  CLI::App app{"knotguide-service-hostile: misbehaving clients against knotguide-service"};
  app.add_option("--port", o.port, "the service's port")->required();
  app.add_option("--pid", o.pid, "the service's process id, to read its memory")->required();
  app.add_option("--connections", o.connections, "connections each held way opens")
      ->capture_default_str();
  app.add_option("--hold", o.hold, "seconds each held way lasts")->capture_default_str();
  app.add_option("--request-timeout", o.request_timeout, "the service's --request-timeout")
      ->capture_default_str();
  app.add_option("--max-requests", o.max_requests, "the service's --max-requests")
      ->capture_default_str();
  app.add_option("--max-rss-mib", o.max_rss_mib, "the service's peak resident memory, at most")
      ->capture_default_str();
  app.add_option("--probe-deadline", o.probe_deadline_ms,
                 "milliseconds a fresh client's request may take")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  return run(o);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return hostile_main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "knotguide-service-hostile: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "knotguide-service-hostile: an unexpected error\n";
  }
  return 1;
}
