#include "features/posts/posts.hpp"

#include <ctime>

#include "platform/text/stem.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::posts {
namespace {

constexpr std::array<std::string_view, 4> kKindNames = {"news", "announcement", "deputy_post",
                                                        "session_result"};
constexpr std::array<std::string_view, 4> kStateNames = {"draft", "scheduled", "published",
                                                         "archived"};

}  // namespace

std::string_view PostKindName(PostKind kind) { return kKindNames.at(static_cast<size_t>(kind)); }
std::string_view PostStateName(PostState state) {
  return kStateNames.at(static_cast<size_t>(state));
}

std::optional<PostKind> ParsePostKind(std::string_view name) {
  for (size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<PostKind>(i);
  }
  return std::nullopt;
}

std::optional<PostState> ParsePostState(std::string_view name) {
  for (size_t i = 0; i < kStateNames.size(); ++i) {
    if (kStateNames[i] == name) return static_cast<PostState>(i);
  }
  return std::nullopt;
}

PostState EffectiveState(const Post& p, const std::string& now_iso) {
  if (p.state == PostState::kScheduled && p.publish_at && *p.publish_at <= now_iso) {
    return PostState::kPublished;
  }
  return p.state;
}

bool IsPublic(const Post& p, const std::string& now_iso) {
  return EffectiveState(p, now_iso) == PostState::kPublished;
}

const PostText* ChooseText(const std::vector<PostText>& texts, std::string_view wanted) {
  for (std::string_view lang :
       {wanted, std::string_view("ru"), std::string_view("kk"), std::string_view("en")}) {
    for (const auto& t : texts) {
      if (t.lang == lang) return &t;
    }
  }
  return texts.empty() ? nullptr : &texts.front();
}

std::optional<int64_t> ParseUtc(std::string_view iso) {
  if (iso.size() < 17 || iso.size() > 24 || iso.back() != 'Z') return std::nullopt;
  const std::string text(iso.substr(0, iso.size() - 1));
  std::tm tm{};
  const char* end = strptime(text.c_str(), "%Y-%m-%dT%H:%M", &tm);
  if (end == nullptr) return std::nullopt;
  int64_t ms = 0;
  if (*end == ':') {
    const char* secs_end = strptime(end, ":%S", &tm);
    if (secs_end == nullptr) return std::nullopt;
    end = secs_end;
    if (*end == '.') {
      int digits = 0;
      for (++end; *end >= '0' && *end <= '9' && digits < 3; ++end, ++digits) {
        ms = ms * 10 + (*end - '0');
      }
      if (digits != 3) return std::nullopt;
    }
  }
  if (*end != '\0') return std::nullopt;
  return static_cast<int64_t>(timegm(&tm)) * 1000 + ms;
}

std::string Fit(const std::string& text, size_t max_chars) {
  if (max_chars == 0) return "";
  if (text::CodePoints(text) <= max_chars) return text;
  std::u32string cps = text::DecodeUtf8(text);
  cps.resize(max_chars - 1);
  return text::EncodeUtf8(cps) + "…";
}

std::vector<std::string> SearchTerms(const PostDraft& d) {
  std::string all;
  for (const auto& t : d.texts) all += t.title + "\n" + t.summary + "\n" + t.body + "\n";
  for (const auto& tag : d.tags) all += tag + "\n";
  return text::IndexTerms(all);
}

}  // namespace kenes::posts
