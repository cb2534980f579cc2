#pragma once
// nginx in front of test nodes, configured from tools/nginx/cluster.conf.template — the balancer
// `make cluster` runs — so that the API suite can be run through the same configuration.

#include <string>
#include <vector>

namespace kenes::testing {

class Balancer {
 public:
  // Starts `nginx` (a path) balancing round robin over the nodes' loopback ports, on a free port.
  // Throws when the template is missing or nginx does not start.
  Balancer(const std::string& nginx, const std::vector<int>& node_ports);
  ~Balancer();
  Balancer(const Balancer&) = delete;
  Balancer& operator=(const Balancer&) = delete;

  int port() const { return port_; }

 private:
  std::string nginx_;
  std::string prefix_;
  int port_ = 0;
};

// A free loopback port below the kernel's ephemeral range: a node restarted on it cannot find it
// taken by an outgoing connection (nginx's to the other node, a client's) or one in TIME_WAIT.
int StablePort();

// The path given by KENES_TEST_NGINX when the API suite is to run through nginx, else empty.
std::string BalancerFromEnvironment();

}  // namespace kenes::testing
