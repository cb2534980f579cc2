#pragma once
// Outbound mail. Features enqueue a job; the job calls a Mailer. The world is injected: tests use
// a fake, development writes .eml files, production speaks SMTP.

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kenes::mail {

struct Message {
  std::string to;
  std::string subject;
  std::string body;  // plain text, UTF-8
  // Extra header fields (List-Unsubscribe, List-Unsubscribe-Post), ASCII; line breaks are dropped.
  std::vector<std::pair<std::string, std::string>> headers{};
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // Throws on failure; the job runner retries.
  virtual void Send(const Message& message) = 0;
};

struct SmtpOptions {
  std::string url;   // smtp://host:port or smtps://host:port
  std::string from;  // "Kenes <no-reply@kenes.local>"
  std::string user;
  std::string password;
  int timeout_ms = 10000;
};

std::unique_ptr<Mailer> MakeSmtpMailer(SmtpOptions options);
// Writes each message as an .eml file into dir (for development without an SMTP server).
std::unique_ptr<Mailer> MakeDirMailer(std::string dir, std::string from);

// RFC 5322 text of a message (UTF-8, base64 body, encoded subject).
std::string FormatMessage(const Message& message, const std::string& from, int64_t now_ms);

}  // namespace kenes::mail
