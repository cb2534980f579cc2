#pragma once
// SMS is an interface: no gateway is contracted yet. Development writes each message to a file
// in the outbox directory (never to the log: the text carries a code and the number is personal).

#include <memory>
#include <string>

namespace kenes::mail {

class SmsSender {
 public:
  virtual ~SmsSender() = default;
  virtual void Send(const std::string& phone, const std::string& text) = 0;
};

std::unique_ptr<SmsSender> MakeDevSmsSender(std::string dir);

}  // namespace kenes::mail
