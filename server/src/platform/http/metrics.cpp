#include "platform/http/metrics.hpp"

#include <mutex>
#include <sstream>

namespace kenes::http {

// A client chooses the method name: anything unknown is one label, or each new name would add a
// series for good.
std::string MethodLabel(const std::string& method) {
  static const char* const kKnown[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
  for (const char* m : kKnown) {
    if (method == m) return method;
  }
  return "other";
}

void Metrics::Observe(const std::string& method, const std::string& route, int status, double ms) {
  Series* s = nullptr;
  auto key = std::make_pair(MethodLabel(method), route.empty() ? std::string("unmatched") : route);
  {
    std::shared_lock lock(mu_);
    auto it = series_.find(key);
    if (it != series_.end()) s = it->second.get();
  }
  if (!s) {
    std::unique_lock lock(mu_);
    auto& slot = series_[key];
    if (!slot) slot = std::make_unique<Series>();
    s = slot.get();
  }
  int cls = status / 100 - 1;
  if (cls >= 0 && cls < 5) s->by_class[cls]++;
  size_t b = 0;
  while (b < kBucketsMs.size() && ms > kBucketsMs[b]) ++b;
  s->buckets[b]++;
  s->count++;
  s->sum_us += static_cast<int64_t>(ms * 1000);
}

void Metrics::AddGauge(std::string name, std::string help, std::function<double()> read) {
  std::unique_lock lock(mu_);
  gauges_.push_back(Gauge{std::move(name), std::move(help), std::move(read)});
}

std::string Metrics::Render() const {
  std::ostringstream out;
  std::shared_lock lock(mu_);
  out << "# HELP kenes_http_requests_total HTTP requests by route and status class.\n"
      << "# TYPE kenes_http_requests_total counter\n";
  for (const auto& [key, s] : series_) {
    for (int c = 0; c < 5; ++c) {
      int64_t n = s->by_class[c].load();
      if (n == 0) continue;
      out << "kenes_http_requests_total{method=\"" << key.first << "\",route=\"" << key.second
          << "\",status=\"" << (c + 1) << "xx\"} " << n << "\n";
    }
  }
  out << "# HELP kenes_http_request_duration_seconds Time to answer, by route.\n"
      << "# TYPE kenes_http_request_duration_seconds histogram\n";
  for (const auto& [key, s] : series_) {
    std::string labels = "method=\"" + key.first + "\",route=\"" + key.second + "\"";
    int64_t cumulative = 0;
    for (size_t b = 0; b < kBucketsMs.size(); ++b) {
      cumulative += s->buckets[b].load();
      out << "kenes_http_request_duration_seconds_bucket{" << labels << ",le=\""
          << kBucketsMs[b] / 1000.0 << "\"} " << cumulative << "\n";
    }
    cumulative += s->buckets[kBucketsMs.size()].load();
    out << "kenes_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << cumulative
        << "\n";
    out << "kenes_http_request_duration_seconds_sum{" << labels << "} "
        << static_cast<double>(s->sum_us.load()) / 1e6 << "\n";
    out << "kenes_http_request_duration_seconds_count{" << labels << "} " << s->count.load()
        << "\n";
  }
  for (const auto& g : gauges_) {
    out << "# HELP " << g.name << " " << g.help << "\n# TYPE " << g.name << " gauge\n"
        << g.name << " " << g.read() << "\n";
  }
  return out.str();
}

}  // namespace kenes::http
