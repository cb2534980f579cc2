#pragma once
// JSON and query mapping shared by the appeals HTTP handlers.

#include <optional>
#include <string>

#include "features/appeals/appeal.hpp"
#include "features/appeals/appeal_repository.hpp"
#include "platform/http/api.hpp"
#include "platform/http/json_writer.hpp"

namespace kenes::appeals {

template <class T>
http::Json Nullable(const std::optional<T>& v) {
  return v ? http::Json(*v) : http::Json(nullptr);
}

// What every list row shows: no applicant identity (that needs the audited detail view).
http::Json SummaryJson(const Appeal& a);
// The same fields written straight into a list's body (the hot path: no JSON tree).
void WriteSummary(http::JsonWriter& w, const Appeal& a);
// The list filters from the query string; *bad is set on a malformed number or a long query.
AppealFilter ParseFilter(const http::Request& req, bool* bad);
http::Json RequestJson(const DeputyRequest& r);

}  // namespace kenes::appeals
