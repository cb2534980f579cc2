#pragma once
// How other features put a notification in someone's account: inside their own transaction, so
// the notification exists exactly when the event it reports does.

#include <cstdint>
#include <string>
#include <string_view>

#include "platform/db/database.hpp"

namespace kenes::notifications {

// kind: one of kKinds (notification.hpp); an unknown kind is a programming error and throws.
// detail: a code the web's text needs beside the number (the ground of "left": "no_essence");
// never anything personal.
void Post(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t appeal_id,
          const std::string& appeal_number, int64_t now_ms, const std::string& detail = "");

// kind: one of kBookingKinds; `detail`: the booking's day and time ("2026-12-03 15:00"), the one
// fact the web's text needs. Nothing personal goes in.
void PostAboutBooking(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t booking_id,
                      const std::string& detail, int64_t now_ms);

// kind: one of kEventKinds; `detail`: the event's local start ("2026-12-03 18:00").
void PostAboutEvent(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t event_id,
                    const std::string& detail, int64_t now_ms);

// kFollowedPostKind about `post_id`, for a person following one of its scopes; `detail`: the
// post's publication time (ISO UTC).
void PostAboutPost(db::Tx& tx, int64_t user_id, int64_t post_id, const std::string& detail,
                   int64_t now_ms);

// kDraftCommentDecidedKind about the discussion `draft_id`, for the comment's author; `decision`:
// "accepted", "partly" or "rejected".
void PostAboutDraftComment(db::Tx& tx, int64_t user_id, int64_t draft_id,
                           const std::string& decision, int64_t now_ms);

// For a person who commented on the discussion `draft_id`: kDraftWithdrawnKind (the maslikhat
// withdrew it), kDraftClosedKind (its period ended; `summary`: "published" or "pending").
void PostDraftWithdrawn(db::Tx& tx, int64_t user_id, int64_t draft_id, int64_t now_ms);
void PostDraftClosed(db::Tx& tx, int64_t user_id, int64_t draft_id, const std::string& summary,
                     int64_t now_ms);

}  // namespace kenes::notifications
