#pragma once
// The posts a sitting publishes by itself (docs/sessions.md "Posts"): the announcement when it is
// announced, the results once a decision is adopted or rejected — in Kazakh and Russian, with
// local dates (15.12.2026) and words, never codes. Pure: the service creates or updates the posts.

#include "features/posts/posts_service.hpp"
#include "features/sittings/sittings.hpp"

namespace kenes::sittings {

// "2026-12-15" → "15.12.2026".
std::string LocalDay(const std::string& iso_day);

posts::PostDraft AnnouncementPost(const SittingDetail& d);
// True once any decision is adopted or rejected: the sitting has results to publish.
bool HasResults(const SittingDetail& d);
posts::PostDraft ResultsPost(const SittingDetail& d);

}  // namespace kenes::sittings
