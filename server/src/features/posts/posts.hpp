#pragma once
// A post: news, an announcement, a deputy's post or a session's results, written by a maslikhat's
// staff (or a deputy, for their own posts), in one to three languages. States: draft → scheduled
// (publish_at in the future) → published → archived. A scheduled post needs no job to go out:
// every read compares publish_at with the clock, so it is public from its minute on.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::posts {

enum class PostKind { kNews, kAnnouncement, kDeputyPost, kSessionResult };
enum class PostState { kDraft, kScheduled, kPublished, kArchived };

std::string_view PostKindName(PostKind kind);     // "news", "announcement", ...
std::string_view PostStateName(PostState state);  // "draft", "scheduled", ...
std::optional<PostKind> ParsePostKind(std::string_view name);
std::optional<PostState> ParsePostState(std::string_view name);

inline constexpr std::array<const char*, 3> kLanguages = {"kk", "ru", "en"};
inline constexpr size_t kMaxTitleChars = 200;
inline constexpr size_t kMaxSummaryChars = 500;
inline constexpr size_t kMaxBodyChars = 50000;
inline constexpr size_t kMaxTags = 10;
inline constexpr size_t kMaxTagChars = 40;
inline constexpr size_t kMaxTopicChars = 40;  // an appeal category's key (features/catalog)

// A text another feature writes into a post by itself (a sitting's or a discussion's
// announcement), cut to `max_chars` characters with an ellipsis, so that it always fits its field.
std::string Fit(const std::string& text, size_t max_chars);

// One language's version.
struct PostText {
  std::string lang;
  std::string title{}, summary{}, body{};
  std::string body_html{};  // rendered when saved
};

// What the author sets.
struct PostDraft {
  PostKind kind = PostKind::kNews;
  std::optional<int64_t> deputy_id{}, commission_id{}, okrug_id{};
  std::vector<std::string> tags{};
  std::vector<PostText> texts{};
  // What the post is about (migration 0057): an event and a sitting of the post's maslikhat, an
  // appeal topic (a key of the category catalogue).
  std::optional<int64_t> event_id{}, sitting_id{};
  std::optional<std::string> topic{};
};

struct Post {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  PostDraft draft{};
  PostState state = PostState::kDraft;
  std::optional<std::string> publish_at{};  // ISO UTC; for scheduled and published posts
  std::optional<int64_t> created_by{};
  std::string created_at{}, updated_at{};
};

// A scheduled post whose time has come is published: what readers and authors are told.
// The stems a post is found by (text::IndexTerms): every language's title, summary and body, and
// its tags.
std::vector<std::string> SearchTerms(const PostDraft& d);
// At most this many words of a query count; more would only slow the search.
inline constexpr size_t kMaxQueryWords = 8;
inline constexpr size_t kMaxQueryChars = 200;

PostState EffectiveState(const Post& p, const std::string& now_iso);
bool IsPublic(const Post& p, const std::string& now_iso);

// The version to serve for `wanted`: that language, else Russian, Kazakh, English — the first the
// post has. Null only for a post without texts (never stored).
const PostText* ChooseText(const std::vector<PostText>& texts, std::string_view wanted);

// "2026-11-20T09:00:00Z" (seconds and milliseconds optional) → epoch ms; nullopt otherwise.
std::optional<int64_t> ParseUtc(std::string_view iso);

}  // namespace kenes::posts
