#pragma once
// Request counts and latency histograms by route, in Prometheus text format. The label set is
// fixed: route patterns (or "static"/"unmatched") and the seven methods Kenes knows, else "other".

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <vector>

namespace kenes::http {

// The method as a label: one of the seven Kenes knows, else "other".
std::string MethodLabel(const std::string& method);

class Metrics {
 public:
  static constexpr std::array<double, 12> kBucketsMs = {0.5, 1,   2,   5,    10,   25,
                                                        50,  100, 250, 1000, 2500, 10000};

  void Observe(const std::string& method, const std::string& route, int status, double ms);
  // Extra gauges (pool sizes, open connections) read at render time.
  void AddGauge(std::string name, std::string help, std::function<double()> read);
  std::string Render() const;

 private:
  struct Series {
    std::array<std::atomic<int64_t>, 5> by_class{};  // 1xx..5xx
    std::array<std::atomic<int64_t>, kBucketsMs.size() + 1> buckets{};
    std::atomic<int64_t> count{0};
    std::atomic<int64_t> sum_us{0};
  };
  struct Gauge {
    std::string name, help;
    std::function<double()> read;
  };
  mutable std::shared_mutex mu_;
  std::map<std::pair<std::string, std::string>, std::unique_ptr<Series>> series_;
  std::vector<Gauge> gauges_;
};

}  // namespace kenes::http
