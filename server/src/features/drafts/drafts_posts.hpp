#pragma once
// A public discussion announced as a post of its maslikhat, in Kazakh and Russian: the news shows
// it, and people who follow the maslikhat hear of it through their subscriptions (immediately or
// in their digest, as they chose), on the day it opens.

#include <cstdint>
#include <string>

#include "features/drafts/drafts.hpp"
#include "features/posts/posts_service.hpp"

namespace kenes::drafts {

posts::PostDraft AnnouncementPost(const Discussion& d);

// When a discussion opening on `opens_on` ("YYYY-MM-DD") opens: 00:00 of that day, local time
// (UTC+5), in UTC milliseconds.
int64_t OpeningMs(const std::string& opens_on);

}  // namespace kenes::drafts
