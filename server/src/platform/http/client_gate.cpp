#include "platform/http/client_gate.hpp"

namespace kenes::http {

ClientGate::Pass ClientGate::Enter(const std::string& client) {
  std::lock_guard lock(mu_);
  auto it = by_client_.find(client);
  const int mine = it == by_client_.end() ? 0 : it->second;
  if (mine >= per_client_ || in_flight_ >= total_) {
    ++rejected_;
    return Pass();
  }
  if (it == by_client_.end())
    by_client_.emplace(client, 1);
  else
    ++it->second;
  ++in_flight_;
  return Pass(this, client);
}

void ClientGate::Leave(const std::string& client) {
  std::lock_guard lock(mu_);
  auto it = by_client_.find(client);
  if (it != by_client_.end() && --it->second <= 0) by_client_.erase(it);
  --in_flight_;
}

int ClientGate::in_flight() const {
  std::lock_guard lock(mu_);
  return in_flight_;
}

int ClientGate::rejected() const {
  std::lock_guard lock(mu_);
  return rejected_;
}

}  // namespace kenes::http
