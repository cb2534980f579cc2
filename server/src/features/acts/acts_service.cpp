#include "features/acts/acts_service.hpp"

#include <charconv>

#include "features/acts/acts_policy.hpp"
#include "features/calendar/calendar_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/text/stem.hpp"

namespace kenes::acts {
namespace {

bool IsDate(const std::string& s) { return calendar::CivilDate::Parse(s).has_value(); }

}  // namespace

void ApplyActInput(const ActInput& in, Act& a, std::map<std::string, std::string>& bad) {
  auto date = [&](const char* key, const std::optional<std::string>& v, std::string& out) {
    if (!v) return;
    if (!IsDate(*v)) bad.emplace(key, "invalid");
    out = *v;
  };
  auto opt_date = [&](const char* key, const std::optional<std::optional<std::string>>& v,
                      std::optional<std::string>& out) {
    if (!v) return;
    if (*v && !IsDate(**v)) bad.emplace(key, "invalid");
    out = *v;
  };
  if (in.number) a.number = *in.number;
  date("adopted_on", in.adopted_on, a.adopted_on);
  if (in.title_kk) a.title_kk = *in.title_kk;
  if (in.title_ru) a.title_ru = *in.title_ru;
  if (in.registration_number) a.registration_number = *in.registration_number;
  opt_date("registered_on", in.registered_on, a.registered_on);
  opt_date("published_on", in.published_on, a.published_on);
  opt_date("in_force_on", in.in_force_on, a.in_force_on_set);
  if (in.publication_source) a.publication_source = *in.publication_source;
  if (in.force_delay_days) a.force_delay_days = *in.force_delay_days;
  if (in.adilet_url) {
    if (!in.adilet_url->empty() && !IsWebAddress(*in.adilet_url)) bad.emplace("adilet_url", "url");
    a.adilet_url = *in.adilet_url;
  }
  if (in.text_kk) a.text_kk = *in.text_kk;
  if (in.text_ru) a.text_ru = *in.text_ru;
  if (in.note) a.note = *in.note;
  // A register's dates follow one another: adopted, then registered, then published.
  if (a.registered_on && IsDate(*a.registered_on) && *a.registered_on < a.adopted_on)
    bad.emplace("registered_on", "before_adoption");
  if (a.published_on && IsDate(*a.published_on) && *a.published_on < a.adopted_on)
    bad.emplace("published_on", "before_adoption");
}

namespace {

std::optional<std::pair<std::string, int64_t>> ParseCursor(const std::string& c) {
  const auto dot = c.find('.');
  if (dot == std::string::npos || !IsDate(c.substr(0, dot))) return std::nullopt;
  int64_t id = 0;
  const char* first = c.data() + dot + 1;
  const char* last = c.data() + c.size();
  auto [end, ec] = std::from_chars(first, last, id);
  if (ec != std::errc() || end != last || first == last) return std::nullopt;
  return std::make_pair(c.substr(0, dot), id);
}

Error Transition() {
  Error e = Error::Of(ErrorCode::kConflict, "status transition");
  e.fields.emplace("status", "transition");
  return e;
}

}  // namespace

std::vector<std::string> ActTerms(const Act& a) {
  return text::IndexTerms(a.title_kk + " " + a.title_ru + " " + a.number + " " +
                          a.registration_number + " " + a.text_kk + " " + a.text_ru);
}

Result<ActPage> ActsService::List(const ActQuery& q) {
  ActFilter f;
  f.maslikhat_id = q.maslikhat_id;
  f.status = q.status;
  f.year = q.year;
  f.limit = std::clamp(q.limit, 1, kMaxLimit);
  if (!q.cursor.empty()) {
    f.after = ParseCursor(q.cursor);
    if (!f.after) return Error::Invalid("cursor", "invalid");
  }
  if (!q.q.empty()) {
    f.terms = text::QueryTerms(q.q);
    constexpr size_t kMaxWords = 8;  // more words only narrow a search already narrow
    if (f.terms.size() > kMaxWords) f.terms.resize(kMaxWords);
    if (f.terms.empty()) return ActPage{};
  }
  return db_.Read([&](db::Tx& tx) -> Result<ActPage> {
    ++f.limit;  // one more tells whether there is a next page
    ActPage page{repo_.List(tx, f), ""};
    if (static_cast<int>(page.items.size()) == f.limit) {
      page.items.pop_back();
      const Act& last = page.items.back();
      page.next_cursor = last.adopted_on + "." + std::to_string(last.id);
    }
    return page;
  });
}

Result<ActDetail> ActsService::Load(db::Tx& tx, int64_t id) {
  auto a = repo_.Find(tx, id);
  if (!a) return Error::NotFound();
  return ActDetail{std::move(*a), repo_.Editions(tx, id), repo_.Links(tx, id)};
}

Result<ActDetail> ActsService::Get(int64_t id) {
  return db_.Read([&](db::Tx& tx) { return Load(tx, id); });
}

Result<ActDetail> ActsService::Create(const Actor& actor, int64_t maslikhat_id,
                                      const ActInput& in) {
  if (!ActsPolicy::MayEdit(actor, maslikhat_id)) return Error::Denied();
  if (!directory_->GetMaslikhat(actor, maslikhat_id).ok()) return Error::NotFound();
  Act a;
  a.maslikhat_id = maslikhat_id;
  std::map<std::string, std::string> bad;
  ApplyActInput(in, a, bad);
  if (in.status) a.status = *in.status;
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  const int64_t now = clock_.NowMs();
  a.created_at = a.updated_at = FormatIsoUtc(now);
  return db_.Write([&](db::Tx& tx) -> Result<ActDetail> {
    a.id = repo_.Insert(tx, a);
    repo_.Reindex(tx, a.id, ActTerms(a));
    audit::Record(tx, actor, {"act.create", "legal_act", a.id, "{}"}, now);
    return Load(tx, a.id);
  });
}

Result<ActDetail> ActsService::Update(const Actor& actor, int64_t id, const ActInput& in) {
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<ActDetail> {
    auto a = repo_.Find(tx, id);
    if (!a) return Error::NotFound();
    if (!ActsPolicy::MayEdit(actor, a->maslikhat_id)) return Error::Denied();
    std::map<std::string, std::string> bad;
    ApplyActInput(in, *a, bad);
    if (!bad.empty()) return Error::InvalidFields(std::move(bad));
    a->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *a);
    repo_.Reindex(tx, id, ActTerms(*a));
    audit::Record(tx, actor, {"act.update", "legal_act", id, "{}"}, now);
    return Load(tx, id);
  });
}

Result<ActDetail> ActsService::AddEdition(const Actor& actor, int64_t id, const EditionInput& in) {
  if (!IsDate(in.edition_on)) return Error::Invalid("edition_on", "invalid");
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<ActDetail> {
    auto a = repo_.Find(tx, id);
    if (!a) return Error::NotFound();
    if (!ActsPolicy::MayEdit(actor, a->maslikhat_id)) return Error::Denied();
    if (a->status == ActStatus::kRepealed) return Transition();
    if (in.edition_on < a->adopted_on) return Error::Invalid("edition_on", "before_adoption");
    Edition e{0,
              id,
              in.edition_on,
              in.changes,
              in.text_kk.value_or(a->text_kk),
              in.text_ru.value_or(a->text_ru),
              FormatIsoUtc(now)};
    const int64_t edition = repo_.InsertEdition(tx, e, *actor.user_id);
    if (!a->last_edition_on || *a->last_edition_on <= in.edition_on) {
      a->last_edition_on = in.edition_on;
      a->text_kk = e.text_kk;
      a->text_ru = e.text_ru;
    }
    if (a->status == ActStatus::kInForce) a->status = ActStatus::kAmended;
    a->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *a);
    repo_.Reindex(tx, id, ActTerms(*a));
    audit::Record(tx, actor,
                  {"act.edition", "legal_act", id, "{\"edition\":" + std::to_string(edition) + "}"},
                  now);
    return Load(tx, id);
  });
}

Result<ActDetail> ActsService::SetStatus(const Actor& actor, int64_t id, ActStatus to) {
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<ActDetail> {
    auto a = repo_.Find(tx, id);
    if (!a) return Error::NotFound();
    if (!ActsPolicy::MayEdit(actor, a->maslikhat_id)) return Error::Denied();
    if (!MayMove(a->status, to)) return Transition();
    const std::string from(StatusName(a->status));
    a->status = to;
    a->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *a);
    audit::Record(tx, actor,
                  {"act.status", "legal_act", id,
                   "{\"from\":\"" + from + "\",\"to\":\"" + std::string(StatusName(to)) + "\"}"},
                  now);
    return Load(tx, id);
  });
}

Result<ActDetail> ActsService::AddLink(const Actor& actor, int64_t id, Relation relation,
                                       int64_t other_id) {
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<ActDetail> {
    auto a = repo_.Find(tx, id);
    if (!a) return Error::NotFound();
    if (!ActsPolicy::MayEdit(actor, a->maslikhat_id)) return Error::Denied();
    if (other_id == id) return Error::Invalid("act_id", "self");
    auto other = repo_.Find(tx, other_id);
    if (!other) return Error::Invalid("act_id", "not_found");
    if (other->maslikhat_id != a->maslikhat_id) return Error::Invalid("act_id", "other_maslikhat");
    Act& older = relation.this_is_newer ? *other : *a;
    ActLink link;
    link.from_act_id = relation.this_is_newer ? id : other_id;
    link.kind = relation.kind;
    link.to_act_id = older.id;
    link.to_status_before = older.status;
    link.created_at = FormatIsoUtc(now);
    link.id = repo_.InsertLink(tx, link);
    if (link.id == 0) {
      Error e = Error::Of(ErrorCode::kAlreadyExists, "act link exists");
      e.fields.emplace("act_id", "taken");
      return e;
    }
    const ActStatus to =
        relation.kind == LinkKind::kRepeals ? ActStatus::kRepealed : ActStatus::kAmended;
    const bool moves = relation.kind == LinkKind::kRepeals ? older.status != ActStatus::kRepealed
                                                           : older.status == ActStatus::kInForce;
    if (moves && MayMove(older.status, to)) {
      older.status = to;
      older.updated_at = link.created_at;
      repo_.Update(tx, older);
    }
    audit::Record(tx, actor,
                  {"act.link", "legal_act", id,
                   "{\"link\":" + std::to_string(link.id) + ",\"relation\":\"" +
                       RelationName(relation) + "\"}"},
                  now);
    return Load(tx, id);
  });
}

Result<ActDetail> ActsService::RemoveLink(const Actor& actor, int64_t id, int64_t link_id) {
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<ActDetail> {
    auto a = repo_.Find(tx, id);
    if (!a) return Error::NotFound();
    if (!ActsPolicy::MayEdit(actor, a->maslikhat_id)) return Error::Denied();
    auto link = repo_.FindLink(tx, link_id);
    if (!link || (link->from_act_id != id && link->to_act_id != id)) return Error::NotFound();
    if (link->kind == LinkKind::kRepeals &&
        repo_.LinksTo(tx, link->to_act_id, LinkKind::kRepeals, link->id) == 0) {
      auto older = repo_.Find(tx, link->to_act_id);
      if (older && older->status == ActStatus::kRepealed) {
        older->status = link->to_status_before;
        older->updated_at = FormatIsoUtc(now);
        repo_.Update(tx, *older);
      }
    }
    repo_.DeleteLink(tx, link_id);
    audit::Record(tx, actor,
                  {"act.unlink", "legal_act", id, "{\"link\":" + std::to_string(link_id) + "}"},
                  now);
    return Load(tx, id);
  });
}

}  // namespace kenes::acts
