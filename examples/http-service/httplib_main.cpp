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
#include <ctime>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>

#include "../common/one_line.hpp"
#include "service.hpp"

namespace {

struct settings {
  std::string address = "127.0.0.1";
  int port = 8080;
  // httplib gives each connection a thread while it is open: a few per core, so that slow
  // clients cannot hold every thread while the cores idle.
  std::size_t threads = std::max(8U, 4 * std::thread::hardware_concurrency());
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
    if (!r.allow.empty()) {
      response.set_header("Allow", r.allow);
    }
    response.set_content(r.body, "application/json");
  };
  const std::string any = ".*";
  server.Get(any, handle);
  server.Post(any, handle);
  server.Put(any, handle);
  server.Patch(any, handle);
  server.Delete(any, handle);
  server.Options(any, handle);
  // A chunked body has no length to check before it is read, and httplib 0.11 applies the body
  // limit to declared lengths only: such a request is asked for its length instead.
  server.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
    if (request.get_header_value("Transfer-Encoding").find("chunked") == std::string::npos) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    const knotguide_service::reply r = knotguide_service::error_reply(
        411, "length_required", "", "send the body with a Content-Length, not in chunks");
    response.status = r.status;
    response.set_content(r.body, "application/json");
    return httplib::Server::HandlerResponse::Handled;
  });
  // What httplib answers itself (a body over the limit, a URI too long, a request it cannot
  // parse) gets a JSON error body too. (Its answer to a Range header past the end of an answer,
  // an empty 416, is made after every handler and stays empty.)
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (response.body.rfind("{\"error\"", 0) == 0) {
      return;  // answered by service.hpp
    }
    const int status = response.status;
    const char* code = status == 404   ? "not_found"
                       : status == 413 ? "payload_too_large"
                       : status == 414 ? "uri_too_long"
                                       : "bad_request";
    const knotguide_service::reply r = knotguide_service::error_reply(
        status, code, "", std::string{"the request was refused ("} + request.method + ")");
    response.set_content(r.body, "application/json");
  });
  // Nothing a client sends reaches here; if anything ever does, it is answered and logged.
  server.set_exception_handler([](const httplib::Request& /*request*/, httplib::Response& response,
                                  const std::exception_ptr& error) {
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      std::cerr << "knotguide-service: a request raised: " << e.what() << '\n';
    } catch (...) {
      std::cerr << "knotguide-service: a request raised an unknown exception\n";
    }
    const knotguide_service::reply r =
        knotguide_service::error_reply(400, "bad_request", "", "the request could not be read");
    response.status = r.status;
    response.set_content(r.body, "application/json");
  });
}

void log_access(httplib::Server& server) {
  static std::mutex log;
  server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
    // Escaped, so that no path can forge a log line; built before the lock is taken.
    const std::string line =
        request.remote_addr + ' ' + knotguide_examples::one_line(request.method, 16) + ' ' +
        knotguide_examples::one_line(request.path, 128) + ' ' + std::to_string(response.status) +
        ' ' + std::to_string(response.body.size()) + '\n';
    const std::scoped_lock lock{log};
    std::cerr << line;
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
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  // httplib takes ownership of the queue it is given, as a raw pointer.
  // NOLINTNEXTLINE(cppcoreguidelines-owning-memory)
  server.new_task_queue = [threads = s.threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(s.body_limit);
  server.set_tcp_nodelay(true);  // small answers go out at once, not after a delayed ACK
  server.set_read_timeout(std::chrono::seconds{5});
  server.set_keep_alive_timeout(2);  // an idle connection gives its thread back soon
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

  // The stopper waits for a signal in slices, so that it also ends when the server stops by
  // itself. A signal that comes before the server runs is kept until it does: stop() on a
  // server that is not yet listening would be lost.
  std::atomic<bool> listening_over{false};
  std::atomic<bool> signalled{false};
  std::thread stopper{[&server, &listening_over, &signalled, stop_signals] {
    const timespec slice{0, 100'000'000};  // 100 ms
    while (!listening_over && sigtimedwait(&stop_signals, nullptr, &slice) < 0) {
    }
    if (listening_over) {
      return;
    }
    signalled = true;
    while (!server.is_running() && !listening_over) {
      std::this_thread::sleep_for(std::chrono::milliseconds{1});
    }
    server.stop();
  }};
  std::cout << "listening on http://" << s.address << ':' << port << std::endl;
  const bool served = server.listen_after_bind();
  listening_over = true;
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
