#include "platform/mail/mailer.hpp"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>

#include <curl/curl.h>

#include "core/clock.hpp"
#include "platform/crypto/crypto.hpp"

namespace kenes::mail {
namespace {

std::string Base64(std::string_view in) {
  static constexpr char kTable[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t n = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    out += {kTable[n >> 18], kTable[(n >> 12) & 63], kTable[(n >> 6) & 63], kTable[n & 63]};
  }
  if (i + 1 == in.size()) {
    uint32_t n = uint8_t(in[i]) << 16;
    out += {kTable[n >> 18], kTable[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == in.size()) {
    uint32_t n = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8);
    out += {kTable[n >> 18], kTable[(n >> 12) & 63], kTable[(n >> 6) & 63], '='};
  }
  return out;
}

std::string AddressOnly(const std::string& from) {
  auto lt = from.find('<');
  auto gt = from.find('>');
  if (lt != std::string::npos && gt != std::string::npos && gt > lt) {
    return from.substr(lt + 1, gt - lt - 1);
  }
  return from;
}

struct Upload {
  const std::string* data;
  size_t offset = 0;
};

size_t ReadCallback(char* buffer, size_t size, size_t nitems, void* userp) {
  auto* up = static_cast<Upload*>(userp);
  size_t room = size * nitems;
  size_t left = up->data->size() - up->offset;
  size_t n = left < room ? left : room;
  std::memcpy(buffer, up->data->data() + up->offset, n);
  up->offset += n;
  return n;
}

// Each connection is a curl handle kept between messages: libcurl leaves its SMTP connection open,
// so a run of mails (a digest) pays for the TCP and SMTP greeting once per connection, not per
// message. Senders on several threads each take an idle handle (or a new one) for a message.
class SmtpMailer final : public Mailer {
 public:
  explicit SmtpMailer(SmtpOptions options) : options_(std::move(options)) {}
  ~SmtpMailer() override {
    for (CURL* c : idle_) curl_easy_cleanup(c);
  }
  SmtpMailer(const SmtpMailer&) = delete;
  SmtpMailer& operator=(const SmtpMailer&) = delete;

  void Send(const Message& message) override {
    // The machine's time on purpose (also under a FakeClock): Date is when the mail leaves, a
    // transport fact, not business logic.
    const std::string text = FormatMessage(message, options_.from, SystemClock().NowMs());
    CURL* curl = Take();
    const bool reused = curl != nullptr;
    if (!curl) curl = curl_easy_init();
    if (!curl) throw std::runtime_error("smtp: curl init failed");
    CURLcode rc = Perform(curl, message.to, text);
    if (rc != CURLE_OK && reused) {
      // The server may have closed the idle connection: once more on a new one.
      curl_easy_cleanup(curl);
      curl = curl_easy_init();
      if (!curl) throw std::runtime_error("smtp: curl init failed");
      rc = Perform(curl, message.to, text);
    }
    if (rc != CURLE_OK) {
      curl_easy_cleanup(curl);
      throw std::runtime_error(std::string("smtp: ") + curl_easy_strerror(rc));
    }
    Give(curl);
  }

 private:
  CURL* Take() {
    std::lock_guard lock(mutex_);
    if (idle_.empty()) return nullptr;
    CURL* c = idle_.back();
    idle_.pop_back();
    return c;
  }
  void Give(CURL* c) {
    std::lock_guard lock(mutex_);
    idle_.push_back(c);
  }
  CURLcode Perform(CURL* curl, const std::string& to, const std::string& text) {
    curl_easy_reset(curl);  // options only: the open connection stays
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + to + ">").c_str());
    Upload up{&text};
    const std::string from = "<" + AddressOnly(options_.from) + ">";
    curl_easy_setopt(curl, CURLOPT_URL, options_.url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadCallback);
    curl_easy_setopt(curl, CURLOPT_READDATA, &up);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (!options_.user.empty()) {
      curl_easy_setopt(curl, CURLOPT_USERNAME, options_.user.c_str());
      curl_easy_setopt(curl, CURLOPT_PASSWORD, options_.password.c_str());
      curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    }
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    return rc;
  }

  SmtpOptions options_;
  std::mutex mutex_;
  std::vector<CURL*> idle_;
};

class DirMailer final : public Mailer {
 public:
  DirMailer(std::string dir, std::string from) : dir_(std::move(dir)), from_(std::move(from)) {}

  void Send(const Message& message) override {
    std::filesystem::create_directories(dir_);
    int64_t now = SystemClock().NowMs();  // transport time, as in SmtpMailer: not business logic
    std::string name = std::to_string(now) + "-" + crypto::RandomToken(4);
    auto tmp = std::filesystem::path(dir_) / (name + ".tmp");
    {
      std::ofstream out(tmp, std::ios::binary);
      out << FormatMessage(message, from_, now);
      if (!out) throw std::runtime_error("mail: cannot write to the outbox directory");
    }
    std::filesystem::rename(tmp, std::filesystem::path(dir_) / (name + ".eml"));
  }

 private:
  std::string dir_;
  std::string from_;
};

}  // namespace

std::string FormatMessage(const Message& message, const std::string& from, int64_t now_ms) {
  std::string body64 = Base64(message.body);
  std::string wrapped;
  for (size_t i = 0; i < body64.size(); i += 76) wrapped += body64.substr(i, 76) + "\r\n";
  std::string out;
  out += "Date: " + FormatIsoUtc(now_ms) + "\r\n";
  out += "From: " + from + "\r\n";
  out += "To: <" + message.to + ">\r\n";
  out += "Subject: =?UTF-8?B?" + Base64(message.subject) + "?=\r\n";
  out += "Message-ID: <" + crypto::RandomToken(12) + "@kenes>\r\n";
  for (const auto& [name, value] : message.headers) {
    auto clean = [](std::string v) {
      std::erase_if(v, [](char c) { return c == '\r' || c == '\n'; });
      return v;
    };
    out += clean(name) + ": " + clean(value) + "\r\n";
  }
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n\r\n";
  out += wrapped;
  return out;
}

std::unique_ptr<Mailer> MakeSmtpMailer(SmtpOptions options) {
  return std::make_unique<SmtpMailer>(std::move(options));
}

std::unique_ptr<Mailer> MakeDirMailer(std::string dir, std::string from) {
  return std::make_unique<DirMailer>(std::move(dir), std::move(from));
}

}  // namespace kenes::mail
