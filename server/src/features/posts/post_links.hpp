#pragma once
// What a post links to (docs/informing.md "Links"): an event, a sitting (a session or a commission
// meeting) and an appeal topic, as their own features describe them to a reader. Posts cannot call
// those features directly — sittings already writes posts (its announcements and results) — so the
// composition root hands posts these look-ups (app/post_link_sources.cpp).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace kenes::posts {

struct LinkedEvent {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string title{};      // in the language asked for, else the event's own fallback
  std::string starts_at{};  // local "YYYY-MM-DDTHH:MM"
};

struct LinkedSitting {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  int number = 0;
  std::string kind{};     // "regular", "extraordinary"
  std::string held_on{};  // YYYY-MM-DD
  std::string starts_at{};
  std::optional<int64_t> commission_id{};
  std::string commission_name{};  // in the language asked for (kk, else ru)
};

struct LinkedTopic {
  std::string key{};
  std::string name{};  // in the language asked for
};

// Each look-up answers nothing for an id that does not exist (or a topic dropped since). An unset
// look-up refuses every link of its kind.
struct LinkSources {
  std::function<std::optional<LinkedEvent>(int64_t id, const std::string& lang)> event{};
  std::function<std::optional<LinkedSitting>(int64_t id, const std::string& lang)> sitting{};
  std::function<std::optional<LinkedTopic>(const std::string& key, const std::string& lang)>
      topic{};
};

// A post's links as a reader sees them; the ones that no longer resolve are absent.
struct PostLinks {
  std::optional<LinkedEvent> event{};
  std::optional<LinkedSitting> sitting{};
  std::optional<LinkedTopic> topic{};
};

}  // namespace kenes::posts
