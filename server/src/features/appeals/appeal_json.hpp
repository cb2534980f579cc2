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

// What every list row shows, written straight into the body (no JSON tree): no applicant
// identity (that needs the audited detail view). The fields alone, for the detail view to extend.
void WriteSummaryFields(http::JsonWriter& w, const Appeal& a);
void WriteSummary(http::JsonWriter& w, const Appeal& a);

}  // namespace kenes::appeals
