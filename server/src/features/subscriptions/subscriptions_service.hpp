#pragma once
// Subscriptions' use cases: a person follows, changes and drops their follows (one transaction
// each); an unsubscribe link stops a follow's mail without a session; two jobs deliver. The
// fan-out job runs after a post is published (also when a scheduled post's minute comes) or an
// event is announced or cancelled: every matching follower gets a notification, and by their
// choice a mail at once or a place in the next digest. The digest job lists each person's waiting
// items in one mail, marking them sent in the transaction that queues it.
//
// Posts and events call the hooks at the bottom inside their own transactions, so the fan-out
// exists exactly when the change does.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/events/events_service.hpp"
#include "features/posts/posts_service.hpp"
#include "features/subscriptions/subscriptions.hpp"
#include "features/subscriptions/subscriptions_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::subscriptions {

struct Settings {
  std::string public_url{};       // links in mails
  std::string unsubscribe_key{};  // signs unsubscribe links (version 1)
};

// What an unsubscribe link names, for its page, and whether it is done.
struct LinkView {
  UnsubscribeScope scope{};
  std::optional<Subscription> subscription{};  // for a follow's link, with its name
  std::string language{};                      // the person's, for the page
  bool mail_stopped = false;                   // nothing (more) to stop
};

class SubscriptionService {
 public:
  SubscriptionService(db::Database& db, const Clock& clock,
                      std::shared_ptr<directory::DirectoryService> directory,
                      std::shared_ptr<posts::PostService> posts,
                      std::shared_ptr<events::EventService> events, Settings settings)
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        posts_(std::move(posts)),
        events_(std::move(events)),
        settings_(std::move(settings)) {}

  Result<std::vector<Subscription>> List(const Actor& actor, const std::string& lang);
  // already_exists (409) when the person follows the target; resource_exhausted past the cap.
  Result<Subscription> Follow(const Actor& actor, Target target, Delivery delivery,
                              const std::string& lang);
  Result<Subscription> Change(const Actor& actor, int64_t id, Delivery delivery,
                              const std::string& lang);
  Result<Unit> Unfollow(const Actor& actor, int64_t id);

  // The link's page (apply = false) or its one click (apply = true): the follow's mail, or a
  // digest, goes to the notification centre only. A link not signed by us is not_found.
  Result<LinkView> Unsubscribe(const std::string& token, bool apply);
  // The signed link for a follow's or a digest's mail, and its page.
  std::string UnsubscribeToken(const UnsubscribeScope& scope) const;
  std::string UnsubscribePage(const std::string& token) const;
  std::string UnsubscribeEndpoint(const std::string& token) const;

  // The fan-out job: how many people the item reached now (0 when it is not public, or was
  // already delivered to everyone).
  int FanOut(ItemKind kind, int64_t ref_id);
  // The digest job: one mail per person with waiting items; how many were queued.
  // `before_commit` runs inside the transaction after each person's mail is queued (tests make it
  // throw, as a crash would, to prove nothing is listed twice). When `stopping` says so between
  // batches, the run throws jobs::Interrupted: the server is stopping and the job runs again at
  // the next start, with the people already mailed having nothing left to list.
  int RunDigest(Delivery digest, const std::function<void(int64_t user_id)>& before_commit = {},
                const std::function<bool()>& stopping = {});

  static constexpr int kFanOutBatch = 500;  // people per transaction
  static constexpr int kDigestBatch = 200;  // people read per query and written per transaction

 private:
  // The target exists and is public; its name in `lang` ("" when it does not exist).
  std::string NameOf(const Target& target, const std::string& lang);
  std::optional<std::pair<Item, Scopes>> LoadItem(ItemKind kind, int64_t ref_id);
  void QueueMail(db::Tx& tx, const std::string& to, const std::string& subject,
                 const std::string& body, const std::string& token);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<posts::PostService> posts_;
  std::shared_ptr<events::EventService> events_;
  Settings settings_;
  SubscriptionsRepository repo_;
};

inline constexpr const char* kFanOutJob = "subscriptions.fanout";
inline constexpr const char* kDigestJob = "subscriptions.digest";

// Hooks for posts and events, inside their transactions. A post's fan-out runs at `at_ms` (its
// publication; now, or a scheduled minute) and checks then that the post is public.
void AnnouncePost(db::Tx& tx, int64_t post_id, int64_t now_ms, int64_t at_ms);
void AnnounceEvent(db::Tx& tx, int64_t event_id, bool cancelled, int64_t now_ms);

}  // namespace kenes::subscriptions
