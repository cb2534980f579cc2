#pragma once
// Routes with path parameters ("/api/v1/users/{id}/roles/{grant_id}").

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/http/http.hpp"

namespace kenes::http {

class Router {
 public:
  // `offload`: the route runs on the worker pool rather than on the io thread.
  void Add(std::string method, const std::string& pattern, Handler handler, bool offload = false);

  struct Match {
    const Handler* handler = nullptr;
    const std::string* pattern = nullptr;
    std::map<std::string, std::string> params;
    bool path_known = false;  // some route has this path, with another method (405)
    bool offload = false;
  };
  Match Find(const std::string& method, const std::string& path) const;
  std::vector<std::string> Patterns() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;  // "{name}" marks a parameter
    Handler handler;
    bool offload = false;
  };
  std::vector<Route> routes_;
};

}  // namespace kenes::http
