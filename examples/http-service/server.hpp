// knotguide-service's transport: HTTP/1.1 on Boost.Beast over Boost.Asio, with a fixed number of
// threads and asynchronous I/O, so that an idle or slow client holds a socket and a few
// kilobytes, never a thread. What a request is answered with is service.hpp's; this file decides
// how much of a request is read and for how long:
//
// - a deadline on every read (a request's header, then its body), on the wait for the next
//   request on a kept-alive connection, and on every write;
// - limits on the header's size, the body's size (bytes on the wire: bodies are never decoded),
//   the requests one connection may send and the connections open at once;
// - strict framing: one Content-Length, no Transfer-Encoding (411: send a length), a Host on
//   HTTP/1.1, no Content-Encoding (415), a POST needs a length; after any refusal whose body was
//   not read, the connection closes, so that no unread body is ever read as a request;
// - pipelined requests are answered one after another, in order; Range is ignored (no answer is
//   a file), so every answer is whole.
//
// What is over a limit gets its 4xx with a JSON error body and the connection closes; a client
// that does not send in time is dropped. No refusal is a 5xx. A connection holds what its client
// has sent and no more (a body grows as it arrives, whatever length it declares), so the most
// memory clients can hold is about max_connections x (header_limit + body_limit).
#ifndef KNOTGUIDE_EXAMPLES_HTTP_SERVICE_SERVER_HPP
#define KNOTGUIDE_EXAMPLES_HTTP_SERVICE_SERVER_HPP

#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/dynamic_body.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../common/one_line.hpp"
#include "service.hpp"

namespace knotguide_service {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

// Every limit the transport holds, each a flag of knotguide-service (main.cpp).
struct limits {
  std::size_t max_connections = 4096;        // open at once; one more is closed on accepting
  std::size_t header_limit = 8 * 1024;       // a request line and its header fields, in bytes
  std::size_t body_limit = 64 * 1024;        // an assessment is well under 4 KiB
  std::chrono::seconds request_timeout{10};  // the first header, each body, each answer's write
  std::chrono::seconds idle_timeout{5};      // a kept-alive connection's next header, whole
  std::size_t max_requests = 1000;           // on one connection, then it closes
  int backlog = asio::socket_base::max_listen_connections;  // connections waiting to be accepted
  std::chrono::seconds stop_timeout{3};  // after SIGTERM, for requests under way to finish
};

// What every connection shares: the limits, the count of open connections, whether the service
// is stopping, and the access log (one line per answer on stderr; none when quiet).
class connection;
struct shared_state {
  limits limit;
  bool quiet = false;
  std::atomic<std::size_t> open{0};
  std::atomic<bool> stopping{false};
  std::mutex log;
  // Every open connection, so that a stop can close those waiting for a request.
  std::mutex registry_lock;
  std::unordered_map<const connection*, std::weak_ptr<connection>> registry;
};

class connection : public std::enable_shared_from_this<connection> {
 public:
  connection(tcp::socket&& socket, shared_state& state)
      : stream_{std::move(socket)},
        // Room for the largest header and body the limits let through, and one read beyond.
        buffer_{state.limit.header_limit + state.limit.body_limit + 64 * 1024},
        state_{state} {
    beast::error_code ignored;
    const tcp::endpoint peer = stream_.socket().remote_endpoint(ignored);
    remote_ = peer.address().to_string(ignored);
    stream_.socket().set_option(tcp::no_delay{true}, ignored);  // small answers go out at once
    ++state_.open;
  }
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;
  connection(connection&&) = delete;
  connection& operator=(connection&&) = delete;
  ~connection() {
    {
      const std::scoped_lock lock{state_.registry_lock};
      state_.registry.erase(this);
    }
    --state_.open;
  }

  void start() {
    {
      const std::scoped_lock lock{state_.registry_lock};
      state_.registry.emplace(this, weak_from_this());
    }
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read_header(); });
  }

  // On stopping: a connection waiting for a request that has not begun is closed now; one in
  // the middle of a request finishes it (within the stop timeout) and is not kept alive.
  void stop_if_waiting() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->waiting_ && self->buffer_.size() == 0) {
        self->close();
      }
    });
  }

 private:
  void read_header() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(state_.limit.header_limit));
    parser_->body_limit(state_.limit.body_limit);
    stream_.expires_after(served_ == 0 ? state_.limit.request_timeout : state_.limit.idle_timeout);
    if (state_.stopping && buffer_.size() == 0) {
      close();  // no new request is waited for once stopping
      return;
    }
    waiting_ = true;
    http::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    waiting_ = false;
    if (ec) {
      refuse_unread(ec);
      return;
    }
    const auto& request = parser_->get();
    if (const std::optional<reply> refused = framing_refusal(request)) {
      answer_and_close(*refused);
      return;
    }
    stream_.expires_after(state_.limit.request_timeout);
    if (beast::iequals(request[http::field::expect], "100-continue")) {
      // The client waits for a word before it sends the body.
      auto go_on = std::make_shared<http::response<http::empty_body>>(http::status::continue_,
                                                                      request.version());
      http::async_write(stream_, *go_on,
                        [self = shared_from_this(), go_on](beast::error_code e, std::size_t) {
                          if (e) {
                            self->close();
                          } else {
                            self->read_body();
                          }
                        });
      return;
    }
    read_body();
  }

  // A body framed by Transfer-Encoding, whether the service or Beast refuses it.
  static reply length_required() {
    return error_reply(411, "length_required", "",
                       "send the body with a Content-Length, not in chunks");
  }

  // The refusal of a request whose header frames it loosely, before its body is read.
  static std::optional<reply> framing_refusal(const http::request_header<>& request) {
    if (request.count(http::field::transfer_encoding) != 0) {
      return length_required();
    }
    if (request.count(http::field::content_length) > 1 ||
        request[http::field::content_length].find(',') != std::string_view::npos) {
      return error_reply(400, "bad_request", "", "a request may have one Content-Length");
    }
    if (request.version() >= 11 && request.count(http::field::host) != 1) {
      return error_reply(400, "bad_request", "", "an HTTP/1.1 request must have one Host");
    }
    if (request.count(http::field::content_encoding) != 0 &&
        !beast::iequals(request[http::field::content_encoding], "identity")) {
      return error_reply(415, "unsupported_media_type", "",
                         "the body must be sent as it is, without a Content-Encoding");
    }
    const http::verb method = request.method();
    if ((method == http::verb::post || method == http::verb::put || method == http::verb::patch) &&
        request.count(http::field::content_length) == 0) {
      return error_reply(400, "bad_request", "", "a request with a body needs a Content-Length");
    }
    return std::nullopt;
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (ec) {
                         self->refuse_unread(ec);
                       } else {
                         self->respond();
                       }
                     });
  }

  // A read that failed: the client left, or was too slow (the stream has closed the socket:
  // HTTP lets a server drop a connection that sends nothing in time), or what it sent is over a
  // limit or not HTTP (its 4xx, then closed).
  void refuse_unread(beast::error_code ec) {
    if (ec == http::error::end_of_stream || ec == asio::error::eof ||
        ec == asio::error::connection_reset || ec == asio::error::operation_aborted ||
        ec == asio::error::broken_pipe || ec == beast::error::timeout) {
      close();
    } else if (ec == http::error::bad_transfer_encoding) {
      // Beast's own refusal of a Transfer-Encoding beside a Content-Length, or given twice.
      answer_and_close(length_required());
    } else if (ec == http::error::header_limit) {
      answer_and_close(error_reply(
          431, "request_header_fields_too_large", "",
          "the request's header is over " + std::to_string(state_.limit.header_limit) + " bytes"));
    } else if (ec == http::error::body_limit) {
      answer_and_close(
          error_reply(413, "payload_too_large", "",
                      "the body is over " + std::to_string(state_.limit.body_limit) + " bytes"));
    } else {
      answer_and_close(
          error_reply(400, "bad_request", "", "the request could not be read: " + ec.message()));
    }
  }

  void respond() {
    const auto& request = parser_->get();
    const std::string_view target = request.target();
    const std::string_view path = target.substr(0, target.find('?'));
    const std::string_view method = request.method_string();
    reply r;
    try {
      r = answer(method, path, request[http::field::content_type],
                 beast::buffers_to_string(request.body().data()));
    } catch (const std::exception& e) {
      // service.hpp answers every request itself; should anything escape, the client gets a 400
      // and the operator a line, and the service goes on.
      const std::scoped_lock lock{state_.log};
      std::cerr << "knotguide-service: a request raised: " << e.what() << '\n';
      r = error_reply(400, "bad_request", "", "the request could not be read");
    }
    ++served_;
    const bool keep =
        request.keep_alive() && !state_.stopping && served_ < state_.limit.max_requests;
    send(r, method, path, keep, request.method() == http::verb::head, request.version());
  }

  void answer_and_close(const reply& r) {
    std::string_view method = "-";
    std::string_view path = "-";
    unsigned version = 11;
    if (parser_ && parser_->is_header_done()) {
      method = parser_->get().method_string();
      path = parser_->get().target();
      path = path.substr(0, path.find('?'));
      version = parser_->get().version();
    }
    send(r, method, path, false, false, version);
  }

  void send(const reply& r, std::string_view method, std::string_view path, bool keep, bool head,
            unsigned version) {
    log(method, path, r);
    response_.emplace(static_cast<http::status>(r.status), version);
    response_->set(http::field::content_type, "application/json");
    if (!r.allow.empty()) {
      response_->set(http::field::allow, r.allow);
    }
    response_->keep_alive(keep);
    if (head) {
      response_->content_length(r.body.size());  // the size a GET's body would have
    } else {
      response_->body() = r.body;
      response_->prepare_payload();
    }
    stream_.expires_after(state_.limit.request_timeout);
    http::async_write(stream_, *response_,
                      [self = shared_from_this(), keep](beast::error_code ec, std::size_t) {
                        if (ec) {
                          self->close();
                        } else if (!keep) {
                          self->linger();
                        } else {
                          self->read_header();
                        }
                      });
  }

  // After the last answer: no more is sent, and what the client is still sending (the rest of a
  // refused request) is read and dropped for a moment, at most `linger_bytes`, so that closing
  // does not reset the connection before the client has read the answer.
  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds{1});
    buffer_.clear();
    drain(0);
  }

  void drain(std::size_t dropped) {
    static constexpr std::size_t linger_bytes = 256 * 1024;
    static constexpr std::size_t slice = 16 * 1024;
    stream_.async_read_some(buffer_.prepare(slice), [self = shared_from_this(), dropped](
                                                        beast::error_code ec, std::size_t n) {
      if (ec || dropped + n > linger_bytes) {
        self->close();
      } else {
        self->drain(dropped + n);
      }
    });
  }

  void log(std::string_view method, std::string_view path, const reply& r) {
    if (state_.quiet) {
      return;
    }
    // Escaped, so that no path can forge a log line; built before the lock is taken.
    const std::string line = remote_ + ' ' + knotguide_examples::one_line(method, 16) + ' ' +
                             knotguide_examples::one_line(path, 128) + ' ' +
                             std::to_string(r.status) + ' ' + std::to_string(r.body.size()) + '\n';
    const std::scoped_lock lock{state_.log};
    std::cerr << line;
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  // A dynamic body grows as bytes arrive: a string body would reserve the declared length.
  std::optional<http::request_parser<http::dynamic_body>> parser_;
  std::optional<http::response<http::string_body>> response_;
  shared_state& state_;
  std::string remote_;
  std::size_t served_ = 0;
  bool waiting_ = false;  // for a request's header
};

// Accepts connections until stopped; one more than the limit is closed at once.
class listener {
 public:
  // The acceptor lives on a strand: the stop closes it from another thread.
  listener(asio::io_context& io, shared_state& state)
      : io_{io}, acceptor_{asio::make_strand(io)}, state_{state} {}

  // Binds and listens; the port taken (the one asked for, or a free one for 0), or an error.
  unsigned short listen(const tcp::endpoint& where, beast::error_code& ec) {
    acceptor_.open(where.protocol(), ec);
    if (!ec) {
      acceptor_.set_option(asio::socket_base::reuse_address{true}, ec);
    }
    if (!ec) {
      acceptor_.bind(where, ec);
    }
    if (!ec) {
      acceptor_.listen(state_.limit.backlog, ec);
    }
    return ec ? 0 : acceptor_.local_endpoint(ec).port();
  }

  void accept() {
    acceptor_.async_accept(asio::make_strand(io_), [this](beast::error_code ec, tcp::socket s) {
      if (!acceptor_.is_open()) {
        return;  // stopping
      }
      if (ec) {
        // Out of file descriptors, for one: wait a little rather than spin.
        auto pause = std::make_shared<asio::steady_timer>(acceptor_.get_executor(),
                                                          std::chrono::milliseconds{50});
        pause->async_wait([this, pause](beast::error_code) { accept(); });
        return;
      }
      if (state_.open >= state_.limit.max_connections) {
        beast::error_code ignored;
        s.close(ignored);
      } else {
        try {
          std::make_shared<connection>(std::move(s), state_)->start();
        } catch (const std::exception&) {
          // Out of memory: this connection closes (its socket with it), the others go on.
        }
      }
      accept();
    });
  }

  // No more connections, and those waiting for a request closed.
  void stop() {
    asio::post(acceptor_.get_executor(), [this] {
      beast::error_code ignored;
      acceptor_.close(ignored);
    });
    std::vector<std::shared_ptr<connection>> open;
    {
      const std::scoped_lock lock{state_.registry_lock};
      // Reserved first: a connection released under the lock would take it again, and deadlock.
      open.reserve(state_.registry.size());
      for (const auto& [key, held] : state_.registry) {
        if (auto c = held.lock()) {
          open.push_back(std::move(c));
        }
      }
    }
    for (const auto& c : open) {
      c->stop_if_waiting();
    }
  }

 private:
  asio::io_context& io_;
  tcp::acceptor acceptor_;
  shared_state& state_;
};

}  // namespace knotguide_service

#endif  // KNOTGUIDE_EXAMPLES_HTTP_SERVICE_SERVER_HPP
