#include "features/posts/posts_service.hpp"

#include <set>

#include "features/subscriptions/subscriptions_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/docs/markdown.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/text/stem.hpp"

namespace kenes::posts {
namespace {

Error Conflict(const char* status) {
  Error e = Error::Of(ErrorCode::kConflict, status);
  e.fields.emplace("status", status);
  return e;
}

// Languages known, each once, every body rendered.
Status CheckTexts(std::vector<PostText>& texts, const docs::ImageResolver& images) {
  if (texts.empty()) return Error::Invalid("texts", "required");
  std::set<std::string> seen;
  for (size_t i = 0; i < texts.size(); ++i) {
    PostText& t = texts[i];
    bool known = false;
    for (const char* lang : kLanguages) known = known || t.lang == lang;
    if (!known) return Error::Invalid("texts." + std::to_string(i) + ".lang", "invalid");
    if (!seen.insert(t.lang).second) {
      return Error::Invalid("texts." + std::to_string(i) + ".lang", "duplicate");
    }
    t.body_html = docs::RenderMarkdown(t.body, images);
  }
  return Ok();
}

}  // namespace

std::optional<DeputyLink> PostService::OwnDeputy(const Actor& actor) {
  if (!actor.user_id) return std::nullopt;
  auto d = directory_->DeputyOfUser(*actor.user_id);
  if (!d) return std::nullopt;
  DeputyLink link{d->id, d->maslikhat_id, {}};
  for (const auto& c : directory_->CommissionsOfDeputy(d->id)) {
    if (c.role == "chair") link.chaired_commissions.push_back(c.commission_id);
  }
  return link;
}

Status PostService::CheckDraft(int64_t maslikhat_id, PostDraft& draft,
                               const docs::ImageResolver& images) {
  if (auto ok = CheckTexts(draft.texts, images); !ok.ok()) return ok;
  if (draft.kind == PostKind::kDeputyPost && !draft.deputy_id) {
    return Error::Invalid("deputy_id", "required");
  }
  if (draft.deputy_id) {
    auto d = directory_->PublishedDeputy(*draft.deputy_id);
    if (!d || d->maslikhat_id != maslikhat_id) return Error::Invalid("deputy_id", "not_found");
  }
  const Actor nobody;
  if (draft.commission_id) {
    auto c = directory_->GetCommission(nobody, *draft.commission_id);
    if (!c.ok() || c->commission.maslikhat_id != maslikhat_id) {
      return Error::Invalid("commission_id", "not_found");
    }
  }
  if (draft.okrug_id) {
    auto o = directory_->GetOkrug(nobody, *draft.okrug_id);
    if (!o.ok() || o->okrug.maslikhat_id != maslikhat_id) {
      return Error::Invalid("okrug_id", "not_found");
    }
  }
  return CheckLinks(maslikhat_id, draft);
}

Status PostService::CheckLinks(int64_t maslikhat_id, const PostDraft& draft) {
  if (draft.event_id) {
    auto e = links_.event ? links_.event(*draft.event_id, "ru") : std::nullopt;
    if (!e) return Error::Invalid("event_id", "not_found");
    if (e->maslikhat_id != maslikhat_id) return Error::Invalid("event_id", "other_maslikhat");
  }
  if (draft.sitting_id) {
    auto s = links_.sitting ? links_.sitting(*draft.sitting_id, "ru") : std::nullopt;
    if (!s) return Error::Invalid("sitting_id", "not_found");
    if (s->maslikhat_id != maslikhat_id) return Error::Invalid("sitting_id", "other_maslikhat");
  }
  if (draft.topic && !(links_.topic && links_.topic(*draft.topic, "ru"))) {
    return Error::Invalid("topic", "not_found");
  }
  return Ok();
}

PostLinks PostService::LinksOf(const PostDraft& d, const std::string& lang) const {
  PostLinks out;
  if (d.event_id && links_.event) out.event = links_.event(*d.event_id, lang);
  if (d.sitting_id && links_.sitting) out.sitting = links_.sitting(*d.sitting_id, lang);
  if (d.topic && links_.topic) out.topic = links_.topic(*d.topic, lang);
  return out;
}

PostView PostService::ViewOf(Post post, const std::string& lang, const std::string& now) const {
  PostView v;
  if (const PostText* t = ChooseText(post.draft.texts, lang)) v.text = *t;
  for (const auto& t : post.draft.texts) v.available.push_back(t.lang);
  v.state = EffectiveState(post, now);
  v.post = std::move(post);
  return v;
}

std::string PublicListKey(const PublicQuery& q) {
  const PublicFilter& f = q.filter;
  return cache::KeyBuilder()
      .Add(f.maslikhat_id)
      .Add(f.deputy_id)
      .Add(f.commission_id)
      .Add(f.okrug_id)
      .Add(f.tag ? "t" + *f.tag : "-")
      .Add(f.kind ? PostKindName(*f.kind) : "-")
      .Add(f.event_id)
      .Add(f.sitting_id)
      .Add(f.topic ? "t" + *f.topic : "-")
      .Add(f.before_at ? "b" + *f.before_at : "-")
      .Add(std::to_string(f.before_id))
      .Add(q.lang)
      .Add(std::to_string(q.limit))
      .Add(q.q)
      .Take();
}

std::string PublicPageKey(int64_t id, const std::string& lang) {
  return std::to_string(id) + '/' + lang;
}

Result<PostPage> PostService::PublicList(const PublicQuery& q) {
  const int64_t now_ms = clock_.NowMs();
  const std::optional<uint64_t> commits = db_.CommitCount();
  std::string key;
  if (commits) {
    key = PublicListKey(q);
    if (auto kept = lists_.Find(key, *commits, now_ms)) return std::move(*kept);
  }
  const std::string now = FormatIsoUtc(now_ms);
  PublicFilter filter = q.filter;
  if (!q.q.empty()) {
    filter.terms = text::QueryTerms(q.q);
    if (filter.terms.size() > kMaxQueryWords) filter.terms.resize(kMaxQueryWords);
    if (filter.terms.empty()) return PostPage{};  // no word in it: nothing can match
  }
  auto page = db_.Read([&](db::Tx& tx) -> Result<PostPage> {
    auto posts = repo_.ListPublic(tx, filter, now, q.limit + 1, false);
    PostPage page;
    const bool more = posts.size() > static_cast<size_t>(q.limit);
    if (more) posts.pop_back();
    for (auto& p : posts) page.items.push_back(ViewOf(std::move(p), q.lang, now));
    if (more) {
      const Post& last = page.items.back().post;
      page.next_cursor = *last.publish_at + "~" + std::to_string(last.id);
    }
    return page;
  });
  if (commits && page.ok()) lists_.Put(std::move(key), *commits, now_ms, page.value());
  return page;
}

Result<PostView> PostService::PublicGet(int64_t id, const std::string& lang) {
  const int64_t now_ms = clock_.NowMs();
  const std::optional<uint64_t> commits = db_.CommitCount();
  std::string key;
  if (commits) {
    key = PublicPageKey(id, lang);
    if (auto kept = pages_.Find(key, *commits, now_ms)) return std::move(*kept);
  }
  const std::string now = FormatIsoUtc(now_ms);
  auto view = db_.Read([&](db::Tx& tx) -> Result<PostView> {
    auto p = repo_.Find(tx, id);
    if (!p || !IsPublic(*p, now)) return Error::NotFound();
    return ViewOf(std::move(*p), lang, now);
  });
  // Outside the read: the linked features open their own.
  if (view.ok()) view->links = LinksOf(view->post.draft, view->text.lang);
  if (commits && view.ok()) pages_.Put(std::move(key), *commits, now_ms, view.value());
  return view;
}

Result<Feed> PostService::FeedOf(FeedScope scope, int64_t id, const std::string& lang,
                                 const std::string& public_url) {
  const Actor nobody;
  Feed feed;
  feed.lang = lang;
  PublicFilter f;
  const bool kk = lang == "kk";
  switch (scope) {
    case FeedScope::kMaslikhat: {
      auto m = directory_->GetMaslikhat(nobody, id);
      if (!m.ok()) return Error::NotFound();
      feed.title = kk ? m->maslikhat.name_kk : m->maslikhat.name_ru;
      feed.link = public_url + "/maslikhats/" + std::to_string(id);
      f.maslikhat_id = id;
      break;
    }
    case FeedScope::kDeputy: {
      auto d = directory_->PublishedDeputy(id);
      if (!d) return Error::NotFound();
      feed.title = kk ? d->full_name_kk : d->full_name_ru;
      feed.link = public_url + "/deputies/" + std::to_string(id);
      f.deputy_id = id;
      break;
    }
    case FeedScope::kCommission: {
      auto c = directory_->GetCommission(nobody, id);
      if (!c.ok()) return Error::NotFound();
      feed.title = kk ? c->commission.name_kk : c->commission.name_ru;
      feed.link = public_url + "/commissions/" + std::to_string(id);
      f.commission_id = id;
      break;
    }
    case FeedScope::kOkrug: {
      auto o = directory_->GetOkrug(nobody, id);
      if (!o.ok()) return Error::NotFound();
      feed.title = kk ? o->okrug.name_kk : o->okrug.name_ru;
      if (feed.title.empty()) feed.title = "№" + std::to_string(o->okrug.number);
      feed.link = public_url + "/okrugs/" + std::to_string(id);
      f.okrug_id = id;
      break;
    }
  }
  const std::string now = FormatIsoUtc(clock_.NowMs());
  auto posts = db_.Read([&](db::Tx& tx) -> Result<std::vector<Post>> {
    return repo_.ListPublic(tx, f, now, kFeedItems, true);
  });
  if (!posts.ok()) return posts.error();
  for (auto& p : *posts) feed.items.push_back(ViewOf(std::move(p), lang, now));
  feed.updated = feed.items.empty() ? now : *feed.items.front().post.publish_at;
  return feed;
}

Result<std::vector<PostView>> PostService::List(const Actor& actor, int64_t maslikhat_id) {
  const auto own = OwnDeputy(actor);
  if (!PostsPolicy::MayList(actor, maslikhat_id, own)) return Error::NotFound();
  const bool all = PostsPolicy::MayManage(actor, maslikhat_id);
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<PostView>> {
    std::vector<PostView> out;
    for (auto& p :
         repo_.ListAll(tx, maslikhat_id,
                       all ? std::nullopt : std::optional<int64_t>(own->deputy_id), kMaxListed)) {
      out.push_back(ViewOf(std::move(p), "ru", now));
    }
    return out;
  });
}

Result<OwnPosts> PostService::Mine(const Actor& actor) {
  const auto own = OwnDeputy(actor);
  if (!own || !PostsPolicy::MayList(actor, own->maslikhat_id, own)) return Error::NotFound();
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Read([&](db::Tx& tx) -> Result<OwnPosts> {
    OwnPosts out{own->deputy_id, own->maslikhat_id, {}};
    for (auto& p : repo_.ListAll(tx, own->maslikhat_id, own->deputy_id, kMaxListed)) {
      out.items.push_back(ViewOf(std::move(p), "ru", now));
    }
    return out;
  });
}

Result<PostView> PostService::Get(const Actor& actor, int64_t id) {
  const auto own = OwnDeputy(actor);
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Read([&](db::Tx& tx) -> Result<PostView> {
    auto p = repo_.Find(tx, id);
    if (!p ||
        !PostsPolicy::MayWrite(
            actor, {p->maslikhat_id, p->draft.deputy_id, p->draft.kind, p->draft.commission_id},
            own)) {
      return Error::NotFound();
    }
    return ViewOf(std::move(*p), "ru", now);
  });
}

Result<PostView> PostService::Create(const Actor& actor, int64_t maslikhat_id, PostDraft draft) {
  const auto own = OwnDeputy(actor);
  if (!PostsPolicy::MayList(actor, maslikhat_id, own)) return Error::NotFound();
  if (!PostsPolicy::MayWrite(
          actor, {maslikhat_id, draft.deputy_id, draft.kind, draft.commission_id}, own)) {
    return Error::Denied();
  }
  if (auto ok = CheckDraft(maslikhat_id, draft); !ok.ok()) return ok.error();
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  return db_.Write([&](db::Tx& tx) -> Result<PostView> {
    const int64_t id = repo_.Insert(tx, maslikhat_id, draft, actor.user_id, now);
    audit::Record(tx, actor, {"post.create", "post", id, "{}"}, now_ms);
    return ViewOf(*repo_.Find(tx, id), "ru", now);
  });
}

Result<PostView> PostService::Update(const Actor& actor, int64_t id, const PostPatch& patch) {
  const auto own = OwnDeputy(actor);
  auto current = Get(actor, id);
  if (!current.ok()) return current.error();
  PostDraft d = current->post.draft;
  if (patch.kind) d.kind = *patch.kind;
  if (patch.deputy_id) d.deputy_id = *patch.deputy_id;
  if (patch.commission_id) d.commission_id = *patch.commission_id;
  if (patch.okrug_id) d.okrug_id = *patch.okrug_id;
  if (patch.tags) d.tags = *patch.tags;
  if (patch.texts) d.texts = *patch.texts;
  if (patch.event_id) d.event_id = *patch.event_id;
  if (patch.sitting_id) d.sitting_id = *patch.sitting_id;
  if (patch.topic) d.topic = *patch.topic;
  const int64_t maslikhat_id = current->post.maslikhat_id;
  // The post after the change must still be the actor's to write (a deputy cannot hand theirs
  // to another deputy, nor turn it into the maslikhat's news).
  if (!PostsPolicy::MayWrite(actor, {maslikhat_id, d.deputy_id, d.kind, d.commission_id}, own)) {
    return Error::Denied();
  }
  // The post's own images get srcset and their sizes in the rendered HTML.
  auto images = db_.Read([&](db::Tx& tx) { return images_.ListOf(tx, id); });
  if (auto ok = CheckDraft(maslikhat_id, d, ResolverOf(std::move(images))); !ok.ok()) {
    return ok.error();
  }
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  return db_.Write([&](db::Tx& tx) -> Result<PostView> {
    if (!repo_.Find(tx, id)) return Error::NotFound();
    repo_.Update(tx, id, d, now);
    audit::Record(tx, actor, {"post.update", "post", id, "{}"}, now_ms);
    return ViewOf(*repo_.Find(tx, id), "ru", now);
  });
}

Result<PostView> PostService::Transition(
    const Actor& actor, int64_t id, const char* action,
    const std::function<Status(db::Tx&, const Post&)>& change) {
  const auto own = OwnDeputy(actor);
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  return db_.Write([&](db::Tx& tx) -> Result<PostView> {
    auto p = repo_.Find(tx, id);
    if (!p ||
        !PostsPolicy::MayWrite(
            actor, {p->maslikhat_id, p->draft.deputy_id, p->draft.kind, p->draft.commission_id},
            own)) {
      return Error::NotFound();
    }
    if (auto ok = change(tx, *p); !ok.ok()) return ok.error();
    audit::Record(tx, actor, {action, "post", id, "{}"}, now_ms);
    return ViewOf(*repo_.Find(tx, id), "ru", now);
  });
}

Result<PostView> PostService::Publish(const Actor& actor, int64_t id) {
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  return Transition(actor, id, "post.publish", [&](db::Tx& tx, const Post& p) -> Status {
    const PostState s = EffectiveState(p, now);
    if (s == PostState::kPublished) return Conflict("already_published");
    repo_.SetState(tx, id, PostState::kPublished, now, now);
    subscriptions::AnnouncePost(tx, id, now_ms, now_ms);  // followers hear of it
    return Ok();
  });
}

Result<PostView> PostService::Schedule(const Actor& actor, int64_t id,
                                       const std::string& publish_at) {
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  auto at = ParseUtc(publish_at);
  if (!at) return Error::Invalid("publish_at", "invalid");
  if (*at <= now_ms) return Error::Invalid("publish_at", "in_past");
  return Transition(actor, id, "post.schedule", [&](db::Tx& tx, const Post& p) -> Status {
    const PostState s = EffectiveState(p, now);
    if (s == PostState::kPublished) return Conflict("already_published");
    repo_.SetState(tx, id, PostState::kScheduled, FormatIsoUtc(*at), now);
    // The fan-out waits for the minute and checks then that the post is still due.
    subscriptions::AnnouncePost(tx, id, now_ms, *at);
    return Ok();
  });
}

Result<PostView> PostService::Archive(const Actor& actor, int64_t id) {
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return Transition(actor, id, "post.archive", [&](db::Tx& tx, const Post& p) -> Status {
    if (p.state == PostState::kArchived) return Conflict("already_archived");
    repo_.SetState(tx, id, PostState::kArchived, p.publish_at, now);
    return Ok();
  });
}

int PostService::IndexPending(int max_posts) {
  constexpr int kBatch = 200;  // short write transactions: other writers wait behind each
  int total = 0;
  while (total < max_posts) {
    auto done =
        db_.Write([&](db::Tx& tx) -> Result<int> { return repo_.IndexUnindexed(tx, kBatch); });
    if (!done.ok()) return total;
    total += *done;
    if (*done < kBatch) return total;
  }
  return total;
}

void PostService::ScheduleIndexing(int64_t run_at_ms) {
  jobs::EnsureQueued(db_, kIndexJob, clock_.NowMs(), run_at_ms);
}

}  // namespace kenes::posts
