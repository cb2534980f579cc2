#pragma once
// Routes with path parameters ("/api/v1/users/{id}/roles/{grant_id}").

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/http/http.hpp"

namespace kenes::http {

using Handler = std::function<Response(Request&)>;

class Router {
 public:
  void Add(std::string method, const std::string& pattern, Handler handler);

  struct Match {
    const Handler* handler = nullptr;
    const std::string* pattern = nullptr;
    std::map<std::string, std::string> params;
    bool path_known = false;  // some route has this path, with another method (405)
  };
  Match Find(const std::string& method, const std::string& path) const;
  std::vector<std::string> Patterns() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;  // "{name}" marks a parameter
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace kenes::http
