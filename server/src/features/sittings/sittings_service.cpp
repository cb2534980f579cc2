#include "features/sittings/sittings_service.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "features/calendar/calendar_service.hpp"
#include "features/sittings/sittings_policy.hpp"
#include "features/sittings/sittings_posts.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::sittings {
namespace {

using calendar::CivilDate;

bool IsTime(const std::string& s) {
  return s.size() == 5 && s[2] == ':' && std::isdigit(static_cast<unsigned char>(s[0])) &&
         std::isdigit(static_cast<unsigned char>(s[1])) &&
         std::isdigit(static_cast<unsigned char>(s[3])) &&
         std::isdigit(static_cast<unsigned char>(s[4])) && s.substr(0, 2) <= "23" &&
         s.substr(3, 2) <= "59";
}

// Applies what was sent; problems field → reason in `bad`.
void Apply(const SittingInput& in, Sitting& s, std::map<std::string, std::string>& bad) {
  if (in.convocation) s.convocation = *in.convocation;
  if (in.number) s.number = *in.number;
  if (in.kind) s.kind = *in.kind;
  if (in.closed) s.closed = *in.closed;
  auto date = [&](const char* key, const std::optional<std::string>& v, std::string& out) {
    if (!v) return;
    if (!CivilDate::Parse(*v)) bad.emplace(key, "invalid");
    out = *v;
  };
  date("held_on", in.held_on, s.held_on);
  date("announced_on", in.announced_on, s.announced_on);
  if (in.starts_at) {
    if (!IsTime(*in.starts_at)) bad.emplace("starts_at", "invalid");
    s.starts_at = *in.starts_at;
  }
  if (in.place) s.place = *in.place;
  auto url = [&](const char* key, const std::optional<std::string>& v, std::string& out) {
    if (!v) return;
    if (!v->empty() && !acts::IsWebAddress(*v)) bad.emplace(key, "url");
    out = *v;
  };
  url("broadcast_url", in.broadcast_url, s.broadcast_url);
  url("video_url", in.video_url, s.video_url);
  if (in.elected_deputies) s.elected_deputies = *in.elected_deputies;
  if (in.quorum_more_than) s.quorum_more_than = *in.quorum_more_than;
  if (in.quorum_num) s.quorum.num = *in.quorum_num;
  if (in.quorum_den) s.quorum.den = *in.quorum_den;
  if (s.quorum.num > s.quorum.den) bad.emplace("quorum_num", "too_large");
  if (!s.announced_on.empty() && !s.held_on.empty() && s.announced_on > s.held_on)
    bad.emplace("announced_on", "after_sitting");
}

std::vector<AgendaItem> AgendaOf(const std::vector<AgendaInput>& in) {
  std::vector<AgendaItem> out;
  out.reserve(in.size());
  int position = 0;
  for (const auto& a : in)
    out.push_back(AgendaItem{a.id.value_or(0), ++position, a.title_kk, a.title_ru, a.rapporteur});
  return out;
}

Error NumberTaken() {
  Error e = Error::Of(ErrorCode::kAlreadyExists, "sitting number taken");
  e.fields.emplace("number", "taken");
  return e;
}

}  // namespace

std::vector<directory::Deputy> SittingsService::Deputies(int64_t maslikhat_id) {
  auto view = directory_->GetMaslikhat(Actor{}, maslikhat_id);
  if (!view.ok()) return {};
  return view->deputies;
}

std::vector<directory::Deputy> SittingsService::Members(int64_t commission_id) {
  auto view = directory_->GetCommission(Actor{}, commission_id);
  if (!view.ok()) return {};
  return view->members;
}

Result<std::vector<Sitting>> SittingsService::List(std::optional<int64_t> maslikhat_id,
                                                   std::optional<int64_t> commission_id) {
  auto list = db_.Read([&](db::Tx& tx) -> Result<std::vector<Sitting>> {
    return repo_.List(tx, maslikhat_id, kMaxListed, commission_id);
  });
  if (list.ok()) directory::NameCommissions(*directory_, *list);
  return list;
}

Result<std::pair<int64_t, std::vector<directory::Deputy>>> SittingsService::Context(
    int64_t sitting_id) {
  auto s = db_.Read([&](db::Tx& tx) { return repo_.Find(tx, sitting_id); });
  if (!s) return Error::NotFound();
  if (s->commission_id) return std::make_pair(s->maslikhat_id, Members(*s->commission_id));
  return std::make_pair(s->maslikhat_id, Deputies(s->maslikhat_id));
}

Result<SittingDetail> SittingsService::Load(db::Tx& tx, int64_t id,
                                            const std::vector<directory::Deputy>& list) {
  auto s = repo_.Find(tx, id);
  if (!s) return Error::NotFound();
  SittingDetail d;
  d.sitting = *s;
  d.agenda = repo_.Agenda(tx, id);
  const auto present = repo_.Present(tx, id);
  std::map<int64_t, const Stay*> here;
  for (const auto& stay : present) here.emplace(stay.deputy_id, &stay);
  for (const auto& dep : list) {
    AttendanceRow row{dep.id, dep.full_name_kk, dep.full_name_ru, false, {}, {}};
    if (auto it = here.find(dep.id); it != here.end()) {
      row.present = true;
      row.arrived_at_item_id = it->second->arrived_at_item_id;
      row.left_before_item_id = it->second->left_before_item_id;
    }
    d.attendance.push_back(std::move(row));
  }
  d.present = static_cast<int>(present.size());
  d.quorum_needed = QuorumNeeded(s->elected_deputies, s->quorum, s->quorum_more_than);
  d.quorate = IsQuorate(d.present, s->elected_deputies, s->quorum, s->quorum_more_than);
  std::map<int64_t, int> position;
  for (const auto& a : d.agenda) position[a.id] = a.position;
  auto at = [&](const std::optional<int64_t>& item) {
    auto it = item ? position.find(*item) : position.end();
    return it == position.end() ? 0 : it->second;
  };
  for (const auto& a : d.agenda) {
    int n = 0;
    for (const auto& stay : present) {
      if (PresentAt(a.position, at(stay.arrived_at_item_id), at(stay.left_before_item_id))) ++n;
    }
    d.item_quorum.push_back(
        {a.id, n, IsQuorate(n, s->elected_deputies, s->quorum, s->quorum_more_than)});
  }
  d.decisions = repo_.Decisions(tx, id);
  return d;
}

Result<std::vector<DecisionOfAct>> SittingsService::DecisionsOfAct(int64_t act_id) {
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<sittings::DecisionOfAct>> {
    return repo_.DecisionsOfAct(tx, act_id, kMaxListed);
  });
}

Result<SittingDetail> SittingsService::Get(int64_t id) {
  auto ctx = Context(id);
  if (!ctx.ok()) return ctx.take_error();
  return WithActs(db_.Read([&](db::Tx& tx) { return Load(tx, id, ctx->second); }));
}

Result<SittingDetail> SittingsService::Create(const Actor& actor, int64_t maslikhat_id,
                                              const SittingInput& in) {
  if (!SittingsPolicy::MayEdit(actor, maslikhat_id)) return Error::Denied();
  if (!directory_->GetMaslikhat(actor, maslikhat_id).ok()) return Error::NotFound();
  const int64_t now = clock_.NowMs();
  Sitting s;
  s.maslikhat_id = maslikhat_id;
  s.announced_on = calendar::LocalDate(now).ToString();
  std::vector<directory::Deputy> deputies;
  if (in.commission_id) {
    // A commission's meeting: its members attend; quorate with more than half of them.
    auto c = directory_->GetCommission(actor, *in.commission_id);
    if (!c.ok()) return Error::Invalid("commission_id", "not_found");
    if (c->commission.maslikhat_id != maslikhat_id)
      return Error::Invalid("commission_id", "other_maslikhat");
    s.commission_id = *in.commission_id;
    s.quorum = {1, 2};
    s.quorum_more_than = true;
    deputies = c->members;
  } else {
    deputies = Deputies(maslikhat_id);
  }
  s.elected_deputies = static_cast<int>(deputies.size());
  std::map<std::string, std::string> bad;
  Apply(in, s, bad);
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  s.created_at = s.updated_at = FormatIsoUtc(now);
  return Posted(
      actor, WithActs(db_.Write([&](db::Tx& tx) -> Result<SittingDetail> {
        if (s.closed) {
          const auto announced = *CivilDate::Parse(s.announced_on);
          const auto cal = calendar::CalendarService::Around(tx, announced);
          if (s.held_on < cal.AddWorkingDays(announced, kClosedNoticeWorkingDays).ToString())
            return Error::Invalid("held_on", "closed_notice");
        }
        s.id = repo_.Insert(tx, s);
        if (s.id == 0) return NumberTaken();
        if (in.agenda) repo_.ReplaceAgenda(tx, s.id, AgendaOf(*in.agenda));
        audit::Record(tx, actor, {"sitting.create", "sitting", s.id, "{}"}, now);
        return Load(tx, s.id, deputies);
      })));
}

Result<SittingDetail> SittingsService::Update(const Actor& actor, int64_t id,
                                              const SittingInput& in) {
  auto ctx = Context(id);
  if (!ctx.ok()) return ctx.take_error();
  const auto& deputies = ctx->second;
  const int64_t now = clock_.NowMs();
  return Posted(
      actor, WithActs(db_.Write([&](db::Tx& tx) -> Result<SittingDetail> {
        auto s = repo_.Find(tx, id);
        if (!s) return Error::NotFound();
        if (!SittingsPolicy::MayEdit(actor, s->maslikhat_id)) return Error::Denied();
        const Sitting before = *s;
        std::map<std::string, std::string> bad;
        Apply(in, *s, bad);
        if (!bad.empty()) return Error::InvalidFields(std::move(bad));
        // The notice of a closed sitting is checked when it becomes closed or its days move.
        const bool notice_changed = s->closed && (!before.closed || before.held_on != s->held_on ||
                                                  before.announced_on != s->announced_on);
        if (notice_changed) {
          const auto announced = *CivilDate::Parse(s->announced_on);
          const auto cal = calendar::CalendarService::Around(tx, announced);
          if (s->held_on < cal.AddWorkingDays(announced, kClosedNoticeWorkingDays).ToString())
            return Error::Invalid("held_on", "closed_notice");
        }
        s->updated_at = FormatIsoUtc(now);
        if (!repo_.Update(tx, *s)) return NumberTaken();
        if (in.agenda) {
          const auto existing = repo_.Agenda(tx, id);
          for (const auto& a : *in.agenda) {
            if (a.id && std::none_of(existing.begin(), existing.end(),
                                     [&](const AgendaItem& e) { return e.id == *a.id; }))
              return Error::Invalid("agenda", "unknown_item");
          }
          repo_.ReplaceAgenda(tx, id, AgendaOf(*in.agenda));
        }
        audit::Record(tx, actor, {"sitting.update", "sitting", id, "{}"}, now);
        return Load(tx, id, deputies);
      })));
}

Result<SittingDetail> SittingsService::SetAttendance(const Actor& actor, int64_t id,
                                                     const std::vector<int64_t>& present,
                                                     const std::vector<Stay>& moves) {
  auto ctx = Context(id);
  if (!ctx.ok()) return ctx.take_error();
  const auto& deputies = ctx->second;
  const int64_t now = clock_.NowMs();
  return Posted(actor, WithActs(db_.Write([&](db::Tx& tx) -> Result<SittingDetail> {
                  auto s = repo_.Find(tx, id);
                  if (!s) return Error::NotFound();
                  if (!SittingsPolicy::MayEdit(actor, s->maslikhat_id)) return Error::Denied();
                  std::set<int64_t> listed;
                  for (const auto& d : deputies) listed.insert(d.id);
                  std::map<int64_t, Stay> stays;
                  for (int64_t p : present) {
                    if (!listed.count(p))
                      return Error::Invalid("present",
                                            s->commission_id ? "not_a_member" : "not_a_deputy");
                    stays.emplace(p, Stay{p, {}, {}});
                  }
                  std::map<int64_t, int> position;
                  for (const auto& a : repo_.Agenda(tx, id)) position[a.id] = a.position;
                  std::set<int64_t> moved;
                  for (const Stay& m : moves) {
                    auto stay = stays.find(m.deputy_id);
                    if (stay == stays.end()) return Error::Invalid("moves", "not_present");
                    if (!moved.insert(m.deputy_id).second)
                      return Error::Invalid("moves", "duplicate");
                    for (const auto& item : {m.arrived_at_item_id, m.left_before_item_id}) {
                      if (item && !position.count(*item))
                        return Error::Invalid("moves", "unknown_item");
                    }
                    if (m.arrived_at_item_id && m.left_before_item_id &&
                        position[*m.left_before_item_id] <= position[*m.arrived_at_item_id])
                      return Error::Invalid("moves", "left_before_arrival");
                    stay->second = m;
                  }
                  std::vector<Stay> rows;
                  rows.reserve(stays.size());
                  for (const auto& [deputy, stay] : stays) rows.push_back(stay);
                  repo_.ReplaceAttendance(tx, id, rows);
                  audit::Record(tx, actor,
                                {"sitting.attendance", "sitting", id,
                                 "{\"present\":" + std::to_string(rows.size()) +
                                     ",\"moves\":" + std::to_string(moved.size()) + "}"},
                                now);
                  return Load(tx, id, deputies);
                })));
}

Result<SittingDetail> SittingsService::WithActs(Result<SittingDetail> detail) {
  if (!detail.ok()) return detail;
  if (detail->sitting.commission_id) {
    auto c = directory_->GetCommission(Actor{}, *detail->sitting.commission_id);
    if (c.ok()) {
      detail->sitting.commission_name_kk = c->commission.name_kk;
      detail->sitting.commission_name_ru = c->commission.name_ru;
    }
  }
  for (auto& d : detail->decisions) {
    if (!d.act_id) continue;
    auto act = acts_->Get(*d.act_id);
    if (!act.ok()) continue;
    d.act_number = act->act.number;
    d.act_title_kk = act->act.title_kk;
    d.act_title_ru = act->act.title_ru;
  }
  return detail;
}

Result<SittingDetail> SittingsService::Posted(const Actor& actor, Result<SittingDetail> detail) {
  if (!posts_ || !detail.ok()) return detail;
  Sitting& s = detail->sitting;
  // The post `id` rewritten, or a new one published; nullopt when neither worked.
  auto upsert = [&](std::optional<int64_t> id,
                    const posts::PostDraft& draft) -> std::optional<int64_t> {
    if (id) {
      posts::PostPatch patch;
      patch.texts = draft.texts;
      patch.sitting_id = draft.sitting_id;  // posts made before migration 0057 gain their link
      auto updated = posts_->Update(actor, *id, patch);
      if (updated.ok() || updated.error().code != ErrorCode::kNotFound) return id;
    }
    auto made = posts_->Create(actor, s.maslikhat_id, draft);
    if (!made.ok()) return std::nullopt;
    (void)posts_->Publish(actor, made->post.id);
    return made->post.id;
  };
  const auto announcement = upsert(s.announcement_post_id, AnnouncementPost(*detail));
  const auto results =
      HasResults(*detail) ? upsert(s.results_post_id, ResultsPost(*detail)) : s.results_post_id;
  if (announcement != s.announcement_post_id || results != s.results_post_id) {
    (void)db_.Write([&](db::Tx& tx) -> Status {
      repo_.SetPosts(tx, s.id, announcement, results);
      return Ok();
    });
    s.announcement_post_id = announcement;
    s.results_post_id = results;
  }
  return detail;
}

}  // namespace kenes::sittings
