// knotguide-service: knotguide over HTTP (cpp-httplib), with a CDS Hooks service. What it
// answers is service.hpp's; this file is the transport: flags, the body limit, the thread pool,
// the access log on stderr, and a clean stop on SIGTERM or SIGINT (exit code 0).
//
//   knotguide-service --address 127.0.0.1 --port 8080
//   curl -s -H 'Content-Type: application/json' -d '{"knots": [{"region": "neck"}]}'
//        http://127.0.0.1:8080/v1/plan     (one line)
//
// With --port 0 it takes a free port; either way it prints "listening on http://HOST:PORT" on
// stdout once it accepts connections.
#include <httplib.h>
#include <pthread.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>

#include "service.hpp"

namespace {

struct settings {
  std::string address = "127.0.0.1";
  int port = 8080;
  std::size_t threads = std::max(2U, std::thread::hardware_concurrency());
  std::size_t body_limit = std::size_t{64} * 1024;  // an assessment is well under 4 KiB
  bool quiet = false;                               // no access log
};

// Sets every route on the server: each method on every path goes to service.hpp's answer(), which
// tells a known route from an unknown one (404) and a wrong method (405).
void route(httplib::Server& server) {
  const auto handle = [](const httplib::Request& request, httplib::Response& response) {
    const knotguide_service::reply r = knotguide_service::answer(
        request.method, request.path, request.get_header_value("Content-Type"), request.body);
    response.status = r.status;
    response.set_content(r.body, "application/json");
  };
  const std::string any = ".*";
  server.Get(any, handle);
  server.Post(any, handle);
  server.Put(any, handle);
  server.Patch(any, handle);
  server.Delete(any, handle);
  server.Options(any, handle);
  // What reaches no handler: a body over the limit (413), a request httplib cannot parse (400).
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) {
      return;  // answered by a handler
    }
    const std::string problem =
        response.status == 413 ? "the body is over the service's limit" : "the request was refused";
    const knotguide_service::reply r = knotguide_service::error_reply(
        response.status, response.status == 413 ? "payload_too_large" : "bad_request", "",
        problem + " (" + request.method + " " + request.path.substr(0, 64) + ")");
    response.set_content(r.body, "application/json");
  });
  // Nothing a client sends reaches here; if anything ever does, it is answered, not a crash.
  server.set_exception_handler([](const httplib::Request& /*request*/, httplib::Response& response,
                                  const std::exception_ptr& /*error*/) {
    const knotguide_service::reply r =
        knotguide_service::error_reply(400, "bad_request", "", "the request could not be read");
    response.status = r.status;
    response.set_content(r.body, "application/json");
  });
}

void log_access(httplib::Server& server) {
  static std::mutex log;
  server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
    const std::scoped_lock lock{log};
    std::cerr << request.remote_addr << ' ' << request.method << ' ' << request.path.substr(0, 128)
              << ' ' << response.status << ' ' << response.body.size() << '\n';
  });
}

int service_main(int argc, char** argv) {
  settings s;
  CLI::App app{"knotguide-service: knotguide's plans over HTTP, and a CDS Hooks service",
               "knotguide-service"};
  app.add_option("--address", s.address, "the address to listen on")->capture_default_str();
  app.add_option("--port", s.port, "the port to listen on; 0 takes a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  app.add_option("--threads", s.threads, "worker threads (default: one per core, at least 2)")
      ->check(CLI::Range(1, 256));
  app.add_option("--body-limit", s.body_limit, "the largest request body, in bytes")
      ->check(CLI::Range(1024, 16 * 1024 * 1024))
      ->capture_default_str();
  app.add_flag("--quiet", s.quiet, "no access log on stderr");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e);
    }
    std::cerr << "knotguide-service: " << e.what() << '\n';
    return 2;
  }

  // SIGTERM and SIGINT are taken by one thread, which stops the server: blocked here, before any
  // other thread starts, so that every thread inherits the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGUSR1);  // the server stopped by itself: end the waiting thread
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  // httplib takes ownership of the queue it is given, as a raw pointer.
  // NOLINTNEXTLINE(cppcoreguidelines-owning-memory)
  server.new_task_queue = [threads = s.threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(s.body_limit);
  server.set_tcp_nodelay(true);  // small answers go out at once, not after a delayed ACK
  server.set_read_timeout(std::chrono::seconds{5});
  server.set_write_timeout(std::chrono::seconds{5});
  route(server);
  if (!s.quiet) {
    log_access(server);
  }

  int port = s.port;
  if (port == 0) {
    port = server.bind_to_any_port(s.address);
  } else if (!server.bind_to_port(s.address, port)) {
    port = -1;
  }
  if (port < 0) {
    std::cerr << "knotguide-service: cannot listen on " << s.address << ':' << s.port << '\n';
    return 1;
  }

  std::atomic<bool> signalled{false};
  std::thread stopper{[&server, &signalled, stop_signals] {
    int received = 0;
    sigwait(&stop_signals, &received);
    signalled = received != SIGUSR1;
    server.stop();
  }};
  std::cout << "listening on http://" << s.address << ':' << port << std::endl;
  const bool served = server.listen_after_bind();
  if (!signalled) {
    pthread_kill(stopper.native_handle(), SIGUSR1);
  }
  stopper.join();
  if (signalled) {
    std::cerr << "knotguide-service: stopped\n";
  }
  return served ? 0 : 1;
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
