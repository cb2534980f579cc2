// Markdown as a hostile author writes it: whatever the source, the HTML has no script, no event
// handler and no target but http, https, mailto and the site's own paths.
#include <regex>

#include <gtest/gtest.h>

#include "features/posts/posts.hpp"
#include "features/posts/posts_feed.hpp"
#include "features/posts/posts_service.hpp"
#include "platform/docs/markdown.hpp"

namespace kenes::posts {
namespace {

// True when the rendered HTML carries something a browser would run: a live element, an event
// handler attribute, or a link or image target other than http(s), mailto, "/path" and "#part".
bool Live(const std::string& html) {
  static const std::regex kElement("<(script|iframe|svg|style|object|embed|img[^>]*\\son)",
                                   std::regex::icase);
  static const std::regex kHandler("<[^>]*\\son[a-z]+\\s*=", std::regex::icase);
  static const std::regex kTarget(R"re((href|src)="(?!https?://|mailto:|/[^/]|#|")[^"]*")re",
                                  std::regex::icase);
  return std::regex_search(html, kElement) || std::regex_search(html, kHandler) ||
         std::regex_search(html, kTarget);
}

TEST(PostsMarkdown, RendersTheUsualMarkdown) {
  const std::string html = docs::RenderMarkdown(
      "# Сессия\n\n**12** вопросов, ~~старое~~, [сайт](https://example.kz), "
      "[письмо](mailto:a@example.kz), [пост](/posts/3)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  EXPECT_NE(html.find("<h1>Сессия</h1>"), std::string::npos) << html;
  EXPECT_NE(html.find("<strong>12</strong>"), std::string::npos) << html;
  EXPECT_NE(html.find("<del>старое</del>"), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"https://example.kz\""), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"mailto:a@example.kz\""), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"/posts/3\""), std::string::npos) << html;
  EXPECT_NE(html.find("<table>"), std::string::npos) << html;
}

TEST(PostsMarkdown, ScriptInjectionRendersInert) {
  const char* attacks[] = {
      "<script>alert(1)</script>",
      "hello <script>alert(1)</script> world",
      "<img src=x onerror=alert(1)>",
      "<IMG SRC=\"x\" ONERROR=\"alert(1)\">",
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "[click](  javascript:alert(1))",
      "[click](vbscript:msgbox)",
      "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "![x](javascript:alert(1))",
      "![x](data:image/svg+xml;base64,PHN2Zz4=)",
      "[x](//evil.example/)",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<iframe src=\"https://evil.example\"></iframe>",
      "<svg onload=alert(1)>",
      "<style>body{display:none}</style>",
      "[x]: javascript:alert(1)\n\n[click][x]",
      "<javascript:alert(1)>",
      "`<script>` is fine in code",
  };
  for (const char* md : attacks) {
    const std::string html = docs::RenderMarkdown(md);
    EXPECT_FALSE(Live(html)) << md << " → " << html;
  }
  // Code keeps the text, escaped.
  EXPECT_NE(docs::RenderMarkdown("`<script>`").find("&lt;script&gt;"), std::string::npos);
}

TEST(PostsMarkdown, OnlyWebAndMailTargetsAreSafe) {
  EXPECT_TRUE(docs::SafeUrl("https://example.kz/a?b=1"));
  EXPECT_TRUE(docs::SafeUrl("HTTP://example.kz"));
  EXPECT_TRUE(docs::SafeUrl("mailto:x@example.kz"));
  EXPECT_TRUE(docs::SafeUrl("/posts/1"));
  EXPECT_TRUE(docs::SafeUrl("#part"));
  EXPECT_FALSE(docs::SafeUrl("//evil.example"));
  EXPECT_FALSE(docs::SafeUrl("javascript:alert(1)"));
  EXPECT_FALSE(docs::SafeUrl("ftp://example.kz"));
  EXPECT_FALSE(docs::SafeUrl("tel:+77000000000"));
  EXPECT_FALSE(docs::SafeUrl("relative/path"));
  EXPECT_FALSE(docs::SafeUrl(""));
}

TEST(PostsMarkdown, InvalidUtf8AndHugeInputDoNotBreakIt) {
  EXPECT_FALSE(docs::RenderMarkdown("\xff\xfe<script>").empty());
  const std::string nested(20000, '>');
  EXPECT_FALSE(docs::RenderMarkdown(nested + "x").empty());
  const std::string brackets = std::string(20000, '[') + "x" + std::string(20000, ']');
  EXPECT_FALSE(docs::RenderMarkdown(brackets).empty());
}

TEST(PostsDomain, ScheduledPostsArePublicFromTheirMinute) {
  Post p;
  p.state = PostState::kScheduled;
  p.publish_at = "2026-11-20T09:00:00.000Z";
  EXPECT_FALSE(IsPublic(p, "2026-11-20T08:59:59.999Z"));
  EXPECT_TRUE(IsPublic(p, "2026-11-20T09:00:00.000Z"));
  p.state = PostState::kDraft;
  EXPECT_FALSE(IsPublic(p, "2027-01-01T00:00:00.000Z"));
  p.state = PostState::kArchived;
  EXPECT_FALSE(IsPublic(p, "2027-01-01T00:00:00.000Z"));
}

TEST(PostsDomain, ALanguageFallsBackToRussianThenKazakh) {
  const std::vector<PostText> kk_only = {{"kk", "Тақырып"}};
  const std::vector<PostText> both = {{"kk", "Тақырып"}, {"ru", "Заголовок"}};
  EXPECT_EQ(ChooseText(both, "kk")->lang, "kk");
  EXPECT_EQ(ChooseText(both, "en")->lang, "ru");
  EXPECT_EQ(ChooseText(kk_only, "ru")->lang, "kk");
  EXPECT_EQ(ChooseText({}, "ru"), nullptr);
}

TEST(PostsDomain, ParsesUtcTimes) {
  EXPECT_EQ(ParseUtc("1970-01-01T00:01Z"), 60000);
  EXPECT_EQ(ParseUtc("1970-01-01T00:00:01Z"), 1000);
  EXPECT_EQ(ParseUtc("1970-01-01T00:00:01.250Z"), 1250);
  EXPECT_FALSE(ParseUtc("1970-01-01T00:00:01"));
  EXPECT_FALSE(ParseUtc("1970-01-01 00:00:01Z"));
  EXPECT_FALSE(ParseUtc("tomorrow"));
  EXPECT_FALSE(ParseUtc("1970-01-01T00:00:01.2Z"));
}

TEST(PostsFeed, EscapesMarkup) {
  EXPECT_EQ(docs::EscapeMarkup("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

// A post's own image gets srcset, sizes, width, height and lazy loading; another URL, or a size
// the image does not have, renders as plain Markdown does; hostile alt and title text stays text.
TEST(PostsMarkdown, OwnImagesGetSrcsetAndStayInert) {
  PostImage image{12, 3, "image/jpeg", {{480, 320, "a.jpg"}, {960, 640, "b.jpg"}}, "x", 1, ""};
  const auto resolve = ResolverOf({image});
  const std::string html = docs::RenderMarkdown(
      "![Сессия \"<script>alert(1)</script>\" 'q'](/api/v1/post-images/12/960 \"t\\\" "
      "autofocus x=\")\n\n"
      "![other](/api/v1/post-images/13/960) ![wrong size](/api/v1/post-images/12/1600) "
      "![ext](https://example.kz/a.jpg) "
      "![![inner](/api/v1/post-images/12/480)](/api/v1/post-images/12/480)",
      resolve);
  EXPECT_NE(html.find("<img src=\"/api/v1/post-images/12/960\" srcset=\"/api/v1/post-images/12/480 "
                      "480w, /api/v1/post-images/12/960 960w\" sizes=\""),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("width=\"960\" height=\"640\""), std::string::npos) << html;
  EXPECT_NE(html.find("loading=\"lazy\""), std::string::npos) << html;
  EXPECT_NE(html.find("alt=\"Сессия &quot;alert(1)&quot; &#39;q&#39;\""), std::string::npos)
      << html;
  EXPECT_NE(html.find("title=\"t&quot; autofocus x=\""), std::string::npos) << html;
  EXPECT_NE(html.find("<img src=\"/api/v1/post-images/13/960\" alt=\"other\" />"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<img src=\"/api/v1/post-images/12/1600\" alt=\"wrong size\" />"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<img src=\"https://example.kz/a.jpg\" alt=\"ext\" />"), std::string::npos)
      << html;
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_FALSE(Live(html)) << html;
  // Without a resolver (the preview, other features' Markdown) nothing changes.
  EXPECT_EQ(docs::RenderMarkdown("![a](/api/v1/post-images/12/960)"),
            "<p><img src=\"/api/v1/post-images/12/960\" alt=\"a\" /></p>\n");
}

}  // namespace
}  // namespace kenes::posts
