#include "support/balancer.hpp"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include "platform/crypto/crypto.hpp"

namespace kenes::testing {
namespace {

std::string TemplatePath() {
  const char* root = std::getenv("KENES_ROOT");
  for (std::string base : {std::string(root ? root : ""), std::string("."), std::string("..")}) {
    std::string p = (base.empty() ? "." : base) + "/tools/nginx/cluster.conf.template";
    if (std::ifstream(p).good()) return p;
  }
  throw std::runtime_error("balancer: tools/nginx/cluster.conf.template not found");
}

int FreePort(int wanted = 0) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(wanted));
  socklen_t len = sizeof addr;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    close(fd);
    throw std::runtime_error("balancer: no free port");
  }
  close(fd);
  return ntohs(addr.sin_port);
}

bool Answers(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

void Replace(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// Not std::system: the test process holds the nodes' listening sockets (Asio does not mark them
// close-on-exec), and an nginx that inherited them would keep a node's port after it stops.
bool StartNginx(const std::string& nginx, const std::string& prefix) {
  const std::string conf = prefix + "/nginx.conf";
  const std::string log = prefix + "/error.log";
  std::vector<const char*> argv{nginx.c_str(), "-p", prefix.c_str(), "-c",
                                conf.c_str(),  "-e", log.c_str(),    nullptr};
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    close_range(3, ~0U, 0);
    execv(nginx.c_str(), const_cast<char* const*>(argv.data()));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);  // `daemon on`: the first process returns once the master runs
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

int StablePort() {
  int low = 32768;
  std::ifstream("/proc/sys/net/ipv4/ip_local_port_range") >> low;
  const int first = 10000;
  if (low - first < 1000) return 0;  // no room below the range: any port
  std::mt19937 pick(std::random_device{}());
  std::uniform_int_distribution<int> port(first, low - 1);
  for (int attempt = 0; attempt < 50; ++attempt) {
    try {
      return FreePort(port(pick));
    } catch (const std::runtime_error&) {
    }
  }
  return 0;
}

std::string BalancerFromEnvironment() {
  const char* nginx = std::getenv("KENES_TEST_NGINX");
  return nginx ? nginx : "";
}

Balancer::Balancer(const std::string& nginx, const std::vector<int>& node_ports) : nginx_(nginx) {
  std::ifstream in(TemplatePath());
  std::stringstream text;
  text << in.rdbuf();
  std::string conf = text.str();
  prefix_ =
      (std::filesystem::temp_directory_path() / ("kenes_test_nginx_" + crypto::RandomToken(4)))
          .string();
  std::filesystem::create_directories(prefix_);
  // nginx's workers run as nobody when the tests run as root: they must reach the temp paths.
  std::filesystem::permissions(prefix_, std::filesystem::perms::all);
  std::string upstreams;
  for (int p : node_ports) upstreams += "        server 127.0.0.1:" + std::to_string(p) + ";\n";
  // A port taken between FreePort and nginx's bind is retried with another.
  for (int attempt = 0; attempt < 5 && port_ == 0; ++attempt) {
    int port = FreePort();
    std::string c = conf;
    Replace(c, "@PREFIX@", prefix_);
    Replace(c, "@PORT@", std::to_string(port));
    Replace(c, "@UPSTREAMS@\n", upstreams);
    std::ofstream(prefix_ + "/nginx.conf") << c;
    if (!StartNginx(nginx_, prefix_)) continue;
    for (int i = 0; i < 200 && !Answers(port); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (Answers(port)) port_ = port;
  }
  if (port_ == 0) {
    std::ifstream log(prefix_ + "/error.log");
    std::stringstream why;
    why << log.rdbuf();
    throw std::runtime_error("balancer: nginx did not start: " + why.str());
  }
}

Balancer::~Balancer() {
  std::ifstream pid_file(prefix_ + "/nginx.pid");
  pid_t pid = 0;
  if (pid_file >> pid && pid > 0) {
    kill(pid, SIGTERM);  // fast shutdown: the tests are over, nothing is in flight
    for (int i = 0; i < 300 && kill(pid, 0) == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  std::error_code ec;
  std::filesystem::remove_all(prefix_, ec);
}

}  // namespace kenes::testing
