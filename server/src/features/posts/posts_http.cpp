#include "features/posts/posts_http.hpp"

#include <array>

#include "features/posts/posts_feed.hpp"
#include "platform/docs/markdown.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::posts {

using http::Json;
using http::Schema;

namespace {

void CheckLang(http::FieldSource& src, const std::string& lang) {
  if (lang != "kk" && lang != "ru" && lang != "en") src.Fail("lang", "invalid");
}

// A tag is a word or two: no list separators or LIKE wildcards (tags are stored ",a,b,").
bool TagOk(const std::string& tag) { return tag.find_first_of(",%_") == std::string::npos; }

void CheckTags(http::FieldSource& src, const std::vector<std::string>& tags) {
  if (tags.size() > kMaxTags) return src.Fail("tags", "too_many");
  for (const auto& t : tags) {
    if (!TagOk(t)) return src.Fail("tags", "invalid_characters");
  }
}

}  // namespace

struct LangQuery {
  std::string lang = "ru";
};
void Describe(Schema<LangQuery>& s) {
  s.Add("lang", &LangQuery::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const LangQuery& q) { CheckLang(src, q.lang); });
}

struct ListQuery {
  std::optional<int64_t> maslikhat, deputy, commission, okrug, event, sitting;
  std::optional<std::string> tag, cursor, topic;
  std::optional<PostKind> kind;
  std::string lang = "ru";
  std::string q;
  int64_t limit = 20;
};
void Describe(Schema<ListQuery>& s) {
  const http::Rule id{.lo = 1};
  s.Add("maslikhat", &ListQuery::maslikhat, id);
  s.Add("deputy", &ListQuery::deputy, id);
  s.Add("commission", &ListQuery::commission, id);
  s.Add("okrug", &ListQuery::okrug, id);
  s.Add("event", &ListQuery::event, id);
  s.Add("sitting", &ListQuery::sitting, id);
  s.Add("topic", &ListQuery::topic, {.max = kMaxTopicChars});
  s.Add("tag", &ListQuery::tag, {.max = kMaxTagChars});
  s.Add("cursor", &ListQuery::cursor, {.max = 60});
  s.Enum("kind", &ListQuery::kind, ParsePostKind);
  s.Add("lang", &ListQuery::lang, {.max = 2});
  s.Add("limit", &ListQuery::limit, {.lo = 1, .hi = PostService::kMaxPage});
  s.Add("q", &ListQuery::q, {.max = kMaxQueryChars});
  s.Check([](http::FieldSource& src, const ListQuery& q) {
    CheckLang(src, q.lang);
    if (q.tag && !TagOk(*q.tag)) src.Fail("tag", "invalid_characters");
    if (q.cursor) {
      const size_t sep = q.cursor->find('~');
      if (sep == std::string::npos || !ParseUtc(q.cursor->substr(0, sep)) ||
          !http::ParseId(q.cursor->substr(sep + 1))) {
        src.Fail("cursor", "invalid");
      }
    }
  });
}

struct TextBody {
  std::string lang, title, summary, body;
};
void Describe(Schema<TextBody>& s) {
  s.Add("lang", &TextBody::lang, {.required = true, .max = 2});
  s.Add("title", &TextBody::title, {.required = true, .max = kMaxTitleChars});
  s.Add("summary", &TextBody::summary, {.max = kMaxSummaryChars});
  s.Add("body", &TextBody::body, {.max = kMaxBodyChars});
}

struct DraftBody {
  PostKind kind = PostKind::kNews;
  std::optional<int64_t> deputy_id, commission_id, okrug_id, event_id, sitting_id;
  std::optional<std::string> topic;
  std::vector<std::string> tags;
  std::vector<TextBody> texts;
};
void Describe(Schema<DraftBody>& s) {
  s.Enum("kind", &DraftBody::kind, ParsePostKind, {.required = true});
  s.Add("deputy_id", &DraftBody::deputy_id, {.lo = 1});
  s.Add("commission_id", &DraftBody::commission_id, {.lo = 1});
  s.Add("okrug_id", &DraftBody::okrug_id, {.lo = 1});
  s.Add("event_id", &DraftBody::event_id, {.lo = 1});
  s.Add("sitting_id", &DraftBody::sitting_id, {.lo = 1});
  s.Add("topic", &DraftBody::topic, {.max = kMaxTopicChars});
  s.Add("tags", &DraftBody::tags, {.required = false, .min = 1, .max = kMaxTagChars});
  s.List("texts", &DraftBody::texts, {.required = true, .min = 1, .max = kLanguages.size()});
  s.Check([](http::FieldSource& src, const DraftBody& b) { CheckTags(src, b.tags); });
}

struct PatchBody {
  std::optional<PostKind> kind;
  http::Field<int64_t> deputy_id, commission_id, okrug_id, event_id, sitting_id;
  http::Field<std::string> topic;
  std::optional<std::vector<std::string>> tags;
  std::vector<TextBody> texts;
};
void Describe(Schema<PatchBody>& s) {
  s.Enum("kind", &PatchBody::kind, ParsePostKind);
  s.Add("deputy_id", &PatchBody::deputy_id, {.lo = 1});
  s.Add("commission_id", &PatchBody::commission_id, {.lo = 1});
  s.Add("okrug_id", &PatchBody::okrug_id, {.lo = 1});
  s.Add("event_id", &PatchBody::event_id, {.lo = 1});
  s.Add("sitting_id", &PatchBody::sitting_id, {.lo = 1});
  s.Add("topic", &PatchBody::topic, {.max = kMaxTopicChars});
  s.Add("tags", &PatchBody::tags, {.min = 1, .max = kMaxTagChars});
  s.List("texts", &PatchBody::texts, {.min = 1, .max = kLanguages.size()});
  s.Check([](http::FieldSource& src, const PatchBody& b) {
    if (b.tags) CheckTags(src, *b.tags);
  });
}

struct ScheduleBody {
  std::string publish_at;
};
void Describe(Schema<ScheduleBody>& s) {
  s.Add("publish_at", &ScheduleBody::publish_at, {.required = true, .max = 30});
}

struct PreviewBody {
  std::string body;
};
void Describe(Schema<PreviewBody>& s) { s.Add("body", &PreviewBody::body, {.max = kMaxBodyChars}); }

namespace {

using http::Call;
using http::Endpoint;
using http::Response;

Json OptId(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

std::vector<PostText> TextsOf(const std::vector<TextBody>& in) {
  std::vector<PostText> out;
  out.reserve(in.size());
  for (const auto& t : in) out.push_back({t.lang, t.title, t.summary, t.body});
  return out;
}

// What every reader sees of a post: one language's title and summary, and which exist.
Json CardJson(const PostView& v) {
  const Post& p = v.post;
  return Json{{"id", p.id},
              {"maslikhat_id", p.maslikhat_id},
              {"deputy_id", OptId(p.draft.deputy_id)},
              {"commission_id", OptId(p.draft.commission_id)},
              {"okrug_id", OptId(p.draft.okrug_id)},
              {"event_id", OptId(p.draft.event_id)},
              {"sitting_id", OptId(p.draft.sitting_id)},
              {"topic", p.draft.topic ? Json(*p.draft.topic) : Json(nullptr)},
              {"kind", PostKindName(p.draft.kind)},
              {"tags", p.draft.tags},
              {"state", PostStateName(v.state)},
              {"publish_at", p.publish_at ? Json(*p.publish_at) : Json(nullptr)},
              {"lang", v.text.lang},
              {"available", v.available},
              {"title", v.text.title},
              {"summary", v.text.summary}};
}

// What the post is about, named for the reader; a link that no longer resolves is null.
Json LinksJson(const PostLinks& l) {
  Json j = Json::object();
  j["event"] =
      l.event
          ? Json{{"id", l.event->id}, {"title", l.event->title}, {"starts_at", l.event->starts_at}}
          : Json(nullptr);
  j["sitting"] = l.sitting ? Json{{"id", l.sitting->id},
                                  {"number", l.sitting->number},
                                  {"kind", l.sitting->kind},
                                  {"held_on", l.sitting->held_on},
                                  {"starts_at", l.sitting->starts_at},
                                  {"commission_id", OptId(l.sitting->commission_id)},
                                  {"commission_name", l.sitting->commission_name}}
                           : Json(nullptr);
  j["topic"] = l.topic ? Json{{"key", l.topic->key}, {"name", l.topic->name}} : Json(nullptr);
  return j;
}

Json PageJson(const PostView& v) {
  Json j = CardJson(v);
  j["body_html"] = v.text.body_html;
  j["links"] = LinksJson(v.links);
  return j;
}

// The editor's view: every version with its Markdown.
Json EditorJson(const PostView& v) {
  Json j = CardJson(v);
  Json texts = Json::array();
  for (const auto& t : v.post.draft.texts) {
    texts.push_back({{"lang", t.lang},
                     {"title", t.title},
                     {"summary", t.summary},
                     {"body", t.body},
                     {"body_html", t.body_html}});
  }
  j["texts"] = texts;
  j["created_at"] = v.post.created_at;
  j["updated_at"] = v.post.updated_at;
  return j;
}

}  // namespace

void RegisterPostRoutes(http::Routes& routes, const std::shared_ptr<PostService>& svc) {
  routes.Add(Endpoint<ListQuery, PostPage>{
      .method = "GET",
      .path = "/api/v1/public/posts",
      // Kept pages need no worker (ADR 0024, ADR 0026).
      .runs = http::Runs::kIoThread,
      .handle =
          [svc](const Call&, const ListQuery& q) {
            PublicQuery pq;
            pq.filter = {q.maslikhat, q.deputy, q.commission, q.okrug, q.tag, q.kind};
            pq.filter.event_id = q.event;
            pq.filter.sitting_id = q.sitting;
            pq.filter.topic = q.topic;
            if (q.cursor) {
              const size_t sep = q.cursor->find('~');
              pq.filter.before_at = q.cursor->substr(0, sep);
              pq.filter.before_id = *http::ParseId(q.cursor->substr(sep + 1));
            }
            pq.lang = q.lang;
            pq.limit = static_cast<int>(q.limit);
            pq.q = q.q;
            return svc->PublicList(pq);
          },
      .to_json =
          [](const PostPage& page) {
            Json items = Json::array();
            for (const auto& v : page.items) items.push_back(CardJson(v));
            return Json{
                {"items", items},
                {"next_cursor", page.next_cursor ? Json(*page.next_cursor) : Json(nullptr)}};
          }});
  routes.Add(Endpoint<LangQuery, PostView>{
      .method = "GET",
      .path = "/api/v1/public/posts/{id}",
      .runs = http::Runs::kIoThread,
      .handle = [svc](const Call& c, const LangQuery& q) { return svc->PublicGet(c.Id(), q.lang); },
      .to_json = PageJson});
  routes.Add(Endpoint<http::NoBody, std::vector<PostView>>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/posts",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->List(c.actor, c.Id()); },
      .to_json =
          [](const std::vector<PostView>& list) {
            Json items = Json::array();
            for (const auto& v : list) items.push_back(CardJson(v));
            return Json{{"items", items}};
          }});
  routes.Add(Endpoint<http::NoBody, OwnPosts>{
      .method = "GET",
      .path = "/api/v1/me/posts",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Mine(c.actor); },
      .to_json =
          [](const OwnPosts& mine) {
            Json items = Json::array();
            for (const auto& v : mine.items) items.push_back(CardJson(v));
            return Json{{"deputy_id", mine.deputy_id},
                        {"maslikhat_id", mine.maslikhat_id},
                        {"items", items}};
          }});
  routes.Add(Endpoint<DraftBody, PostView>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/posts",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle =
          [svc](const Call& c, DraftBody b) {
            PostDraft d{b.kind,     b.deputy_id,       b.commission_id,
                        b.okrug_id, std::move(b.tags), TextsOf(b.texts),
                        b.event_id, b.sitting_id,      b.topic};
            return svc->Create(c.actor, c.Id(), std::move(d));
          },
      .to_json = EditorJson});
  routes.Add(Endpoint<PreviewBody, std::string>{
      .method = "POST",
      .path = "/api/v1/posts/preview",
      .access = http::Access::kSignedIn,
      .handle = [](const Call&, const PreviewBody& b) -> Result<std::string> {
        return docs::RenderMarkdown(b.body);
      },
      .to_json =
          [](const std::string& html) {
            return Json{{"html", html}};
          }});
  routes.Add(Endpoint<http::NoBody, PostView>{
      .method = "GET",
      .path = "/api/v1/posts/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id()); },
      .to_json = EditorJson});
  routes.Add(Endpoint<PatchBody, PostView>{.method = "PATCH",
                                           .path = "/api/v1/posts/{id}",
                                           .access = http::Access::kSignedIn,
                                           .handle =
                                               [svc](const Call& c, const PatchBody& b) {
                                                 PostPatch p;
                                                 p.kind = b.kind;
                                                 p.deputy_id = b.deputy_id.patch();
                                                 p.commission_id = b.commission_id.patch();
                                                 p.okrug_id = b.okrug_id.patch();
                                                 p.event_id = b.event_id.patch();
                                                 p.sitting_id = b.sitting_id.patch();
                                                 p.topic = b.topic.patch();
                                                 p.tags = b.tags;
                                                 if (!b.texts.empty()) p.texts = TextsOf(b.texts);
                                                 return svc->Update(c.actor, c.Id(), p);
                                               },
                                           .to_json = EditorJson});
  routes.Add(Endpoint<http::NoBody, PostView>{
      .method = "POST",
      .path = "/api/v1/posts/{id}/publish",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Publish(c.actor, c.Id()); },
      .to_json = EditorJson});
  routes.Add(Endpoint<ScheduleBody, PostView>{.method = "POST",
                                              .path = "/api/v1/posts/{id}/schedule",
                                              .access = http::Access::kSignedIn,
                                              .handle =
                                                  [svc](const Call& c, const ScheduleBody& b) {
                                                    return svc->Schedule(c.actor, c.Id(),
                                                                         b.publish_at);
                                                  },
                                              .to_json = EditorJson});
  routes.Add(Endpoint<http::NoBody, PostView>{
      .method = "POST",
      .path = "/api/v1/posts/{id}/archive",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Archive(c.actor, c.Id()); },
      .to_json = EditorJson});
}

namespace {

Result<Response> FeedResponse(Result<Feed> feed, bool atom, const std::string& public_url) {
  if (!feed.ok()) return feed.error();
  Response res;
  res.SetHeader("Content-Type", atom ? "application/atom+xml; charset=utf-8"
                                     : "application/rss+xml; charset=utf-8");
  // Feed readers poll; five minutes old is fresh enough and spares the database.
  res.SetHeader("Cache-Control", "public, max-age=300");
  res.body = atom ? Atom(*feed, public_url) : Rss(*feed, public_url);
  return res;
}

}  // namespace

void RegisterPostFeeds(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                       const std::string& public_url) {
  struct Scope {
    const char* rss;
    const char* atom;
    const char* base;
    FeedScope scope;
  };
  // The paths must be string literals that outlive the routes.
  static constexpr std::array<Scope, 4> kScopes = {{
      {"/api/v1/maslikhats/{id}/posts.rss", "/api/v1/maslikhats/{id}/posts.atom",
       "/api/v1/maslikhats/", FeedScope::kMaslikhat},
      {"/api/v1/deputies/{id}/posts.rss", "/api/v1/deputies/{id}/posts.atom", "/api/v1/deputies/",
       FeedScope::kDeputy},
      {"/api/v1/commissions/{id}/posts.rss", "/api/v1/commissions/{id}/posts.atom",
       "/api/v1/commissions/", FeedScope::kCommission},
      {"/api/v1/okrugs/{id}/posts.rss", "/api/v1/okrugs/{id}/posts.atom", "/api/v1/okrugs/",
       FeedScope::kOkrug},
  }};
  for (const Scope& s : kScopes) {
    for (const bool atom : {false, true}) {
      routes.Add(Endpoint<LangQuery, Response>{
          .method = "GET",
          .path = atom ? s.atom : s.rss,
          .handle = [svc, s, atom, public_url](const Call& c, const LangQuery& q) {
            auto feed = svc->FeedOf(s.scope, c.Id(), q.lang, public_url);
            if (feed.ok()) {
              feed->self = public_url + s.base + std::to_string(c.Id()) +
                           (atom ? "/posts.atom" : "/posts.rss") + "?lang=" + q.lang;
            }
            return FeedResponse(std::move(feed), atom, public_url);
          }});
    }
  }
}

}  // namespace kenes::posts
