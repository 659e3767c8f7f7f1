// knotguide-service: knotguide over HTTP, with a CDS Hooks service. What it answers is
// service.hpp's; how requests are read, within which limits, is server.hpp's; this file takes the
// flags, raises the open-file limit, runs the threads, and stops cleanly on SIGTERM or SIGINT
// (exit code 0), within --stop-timeout whatever clients do.
//
//   knotguide-service --address 127.0.0.1 --port 8080
//   curl -s -H 'Content-Type: application/json' -d '{"knots": [{"region": "neck"}]}'
//        http://127.0.0.1:8080/v1/plan     (one line)
//
// With --port 0 it takes a free port; either way it prints "listening on http://HOST:PORT" on
// stdout once it accepts connections.
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server.hpp"

namespace {

namespace ks = knotguide_service;

struct settings {
  std::string address = "127.0.0.1";
  int port = 8080;
  // Requests take microseconds of work and no thread waits on a client: one thread per core.
  std::size_t threads = std::max(1U, std::thread::hardware_concurrency());
  bool quiet = false;  // no access log
};

// Each open connection takes a file descriptor: the soft limit (often 1,024) is raised towards
// the hard one so that --max-connections can be reached; what cannot be is said.
void raise_open_files(std::size_t connections) {
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) != 0) {
    return;
  }
  const rlim_t wanted = static_cast<rlim_t>(connections) + 64;  // and the service's own files
  if (files.rlim_cur < wanted) {
    files.rlim_cur = std::min(wanted, files.rlim_max);
    setrlimit(RLIMIT_NOFILE, &files);
  }
  if (files.rlim_cur < wanted) {
    std::cerr << "knotguide-service: the open-file limit is " << files.rlim_cur
              << "; --max-connections " << connections << " needs " << wanted << '\n';
  }
}

// Stops the service on SIGTERM or SIGINT: no new connection is accepted, no connection is kept
// alive, and once those open are done, or the stop timeout has passed, the threads return.
class stopper {
 public:
  stopper(ks::asio::io_context& io, ks::shared_state& state, ks::listener& listening)
      : io_{io}, signals_{io, SIGTERM, SIGINT}, timer_{io}, state_{state}, listening_{listening} {}

  void arm() {
    signals_.async_wait([this](ks::beast::error_code ec, int) {
      if (ec) {
        return;
      }
      signalled = true;
      state_.stopping = true;
      listening_.stop();
      deadline_ = std::chrono::steady_clock::now() + state_.limit.stop_timeout;
      wait();
    });
  }

  bool signalled = false;

 private:
  void wait() {
    if (state_.open == 0 || std::chrono::steady_clock::now() >= deadline_) {
      io_.stop();
      return;
    }
    timer_.expires_after(std::chrono::milliseconds{20});
    timer_.async_wait([this](ks::beast::error_code) { wait(); });
  }

  ks::asio::io_context& io_;
  ks::asio::signal_set signals_;
  ks::asio::steady_timer timer_;
  ks::shared_state& state_;
  ks::listener& listening_;
  std::chrono::steady_clock::time_point deadline_;
};

int service_main(int argc, char** argv) {
  settings s;
  ks::shared_state state;
  ks::limits& limit = state.limit;
  long long request_seconds = limit.request_timeout.count();
  long long idle_seconds = limit.idle_timeout.count();
  long long stop_seconds = limit.stop_timeout.count();
  CLI::App app{"knotguide-service: knotguide's plans over HTTP, and a CDS Hooks service",
               "knotguide-service"};
  app.add_option("--address", s.address, "the address to listen on")->capture_default_str();
  app.add_option("--port", s.port, "the port to listen on; 0 takes a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  app.add_option("--threads", s.threads, "threads answering requests (default: one per core)")
      ->check(CLI::Range(1, 256));
  app.add_option("--body-limit", limit.body_limit, "the largest request body, in bytes")
      ->check(CLI::Range(1024, 16 * 1024 * 1024))
      ->capture_default_str();
  app.add_option("--header-limit", limit.header_limit,
                 "the largest request line and header fields, in bytes")
      ->check(CLI::Range(1024, 1024 * 1024))
      ->capture_default_str();
  app.add_option("--max-connections", limit.max_connections,
                 "connections open at once; one more is closed on arrival")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  app.add_option("--max-requests", limit.max_requests,
                 "requests on one connection before it closes")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  app.add_option("--request-timeout", request_seconds,
                 "seconds to send a connection's first request header, and each body")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  app.add_option("--idle-timeout", idle_seconds,
                 "seconds a kept-alive connection has to send its next request header")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  app.add_option("--backlog", limit.backlog, "connections waiting to be accepted")
      ->check(CLI::Range(1, 65535))
      ->capture_default_str();
  app.add_option("--stop-timeout", stop_seconds,
                 "seconds requests under way may take to finish after SIGTERM or SIGINT")
      ->check(CLI::Range(0, 3600))
      ->capture_default_str();
  app.add_flag("--quiet", state.quiet, "no access log on stderr");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e);
    }
    std::cerr << "knotguide-service: " << e.what() << '\n';
    return 2;
  }
  limit.request_timeout = std::chrono::seconds{request_seconds};
  limit.idle_timeout = std::chrono::seconds{idle_seconds};
  limit.stop_timeout = std::chrono::seconds{stop_seconds};
  raise_open_files(limit.max_connections);

  ks::asio::io_context io{static_cast<int>(s.threads)};
  ks::listener listening{io, state};
  ks::beast::error_code ec;
  ks::tcp::resolver resolver{io};
  const auto found =
      resolver.resolve(s.address, std::to_string(s.port),
                       ks::tcp::resolver::passive | ks::tcp::resolver::numeric_service, ec);
  const unsigned short port = ec || found.empty() ? 0 : listening.listen(*found.begin(), ec);
  if (ec || found.empty()) {
    std::cerr << "knotguide-service: cannot listen on " << s.address << ':' << s.port << '\n';
    return 1;
  }
  stopper stop{io, state, listening};
  stop.arm();
  listening.accept();
  std::cout << "listening on http://" << s.address << ':' << port << std::endl;

  // An exception out of a handler ends that connection only: the thread logs it and runs on.
  const auto run = [&io, &state] {
    for (;;) {
      try {
        io.run();
        return;
      } catch (const std::exception& e) {
        const std::scoped_lock lock{state.log};
        std::cerr << "knotguide-service: a connection raised: " << e.what() << '\n';
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < s.threads; ++i) {
    threads.emplace_back(run);
  }
  run();
  for (std::thread& t : threads) {
    t.join();
  }
  if (stop.signalled) {
    std::cerr << "knotguide-service: stopped\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return service_main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "knotguide-service: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "knotguide-service: an unexpected error\n";
  }
  return 1;
}
