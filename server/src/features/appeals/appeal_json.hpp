#pragma once
// JSON shared by the appeals HTTP handlers.

#include <optional>
#include <string>
#include <vector>

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
// The extension decisions of a detail view ("extensions"); the notice's channel and state only
// for staff, who must act when it is overdue.
void WriteExtensions(http::JsonWriter& w, const std::vector<Extension>& extensions, bool staff);
// "part_forwardings": the parts forwarded to other bodies; staff also see the notice's channel.
void WritePartForwardings(http::JsonWriter& w, const std::vector<PartForwarding>& parts,
                          bool staff);

}  // namespace kenes::appeals
