// Every route the server registers is documented in api/openapi.yaml, and every documented
// operation is routed, with the same methods: the contract cannot drift from the code unnoticed.
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

std::string OpenApiPath() {
  for (std::string base : {std::string(std::getenv("KENES_ROOT") ? std::getenv("KENES_ROOT") : ""),
                           std::string("."), std::string("..")}) {
    std::string p = (base.empty() ? "." : base) + "/api/openapi.yaml";
    if (std::ifstream(p).good()) return p;
  }
  return "";
}

// "METHOD /path" for each operation under `paths:` (two-space path keys, four-space methods).
std::set<std::string> DocumentedOperations(const std::string& file) {
  std::ifstream in(file);
  std::set<std::string> out;
  std::string line, path;
  bool in_paths = false;
  const std::regex path_re("^  (/[^:]*):\\s*$");
  const std::regex method_re("^    (get|put|post|patch|delete|head|options):\\s*$");
  std::smatch m;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] != ' ' && line[0] != '#') in_paths = line.rfind("paths:", 0) == 0;
    if (!in_paths) continue;
    if (std::regex_match(line, m, path_re)) {
      path = m[1];
    } else if (!path.empty() && std::regex_match(line, m, method_re)) {
      std::string method = m[1];
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.insert(method + " " + path);
    }
  }
  return out;
}

TEST(OpenApiRoutes, EveryRouteIsDocumentedAndEveryOperationRouted) {
  const std::string file = OpenApiPath();
  ASSERT_FALSE(file.empty()) << "api/openapi.yaml not found (run from the repository root)";
  const auto documented = DocumentedOperations(file);
  ASSERT_GT(documented.size(), 50u) << "the parser found too few operations in " << file;
  TestApp app;
  std::set<std::string> routed;
  for (const auto& r : app.app().Routes()) routed.insert(r);
  for (const auto& r : routed) {
    EXPECT_TRUE(documented.count(r)) << r << " is routed but not in api/openapi.yaml";
  }
  for (const auto& d : documented) {
    EXPECT_TRUE(routed.count(d)) << d << " is in api/openapi.yaml but no route serves it";
  }
}

}  // namespace
}  // namespace kenes::testing
