#include "platform/mail/sms.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/clock.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/log/log.hpp"

namespace kenes::mail {
namespace {

class DevSmsSender final : public SmsSender {
 public:
  explicit DevSmsSender(std::string dir) : dir_(std::move(dir)) {}
  void Send(const std::string& phone, const std::string& text) override {
    std::filesystem::create_directories(dir_);
    // The machine's time names the file (outbox order), as the mailers do: not business logic.
    auto name = std::to_string(SystemClock().NowMs()) + "-" + crypto::RandomToken(4) + ".sms";
    std::ofstream out(std::filesystem::path(dir_) / name, std::ios::binary);
    out << "To: " << phone << "\n\n" << text << "\n";
    if (!out) throw std::runtime_error("sms: cannot write to the outbox directory");
    log::Info("sms written to outbox", {{"file", name}});
  }

 private:
  std::string dir_;
};

}  // namespace

std::unique_ptr<SmsSender> MakeDevSmsSender(std::string dir) {
  return std::make_unique<DevSmsSender>(std::move(dir));
}

}  // namespace kenes::mail
