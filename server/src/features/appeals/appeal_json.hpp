#pragma once
// JSON shared by the appeals HTTP handlers.

#include <optional>
#include <string>

#include "features/appeals/appeal.hpp"
#include "platform/http/api.hpp"
#include "platform/http/json_writer.hpp"

namespace kenes::appeals {

template <class T>
http::Json Nullable(const std::optional<T>& v) {
  return v ? http::Json(*v) : http::Json(nullptr);
}
inline http::Json Nullable(const std::optional<Outcome>& v) {
  return v ? http::Json(OutcomeName(*v)) : http::Json(nullptr);
}

// What every list row shows: no applicant identity (that needs the audited detail view).
http::Json SummaryJson(const Appeal& a);
// The same fields written straight into a list's body (the hot path: no JSON tree).
void WriteSummary(http::JsonWriter& w, const Appeal& a);

}  // namespace kenes::appeals
