#include "features/work_plans/work_plans_service.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "features/work_plans/work_plans_document.hpp"
#include "features/work_plans/work_plans_policy.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::work_plans {
namespace {

Error Taken(const char* field, const char* message) {
  Error e = Error::Of(ErrorCode::kAlreadyExists, message);
  e.fields.emplace(field, "taken");
  return e;
}

// The change applied to `i`; a required text sent empty is "required".
Status Apply(const ItemInput& in, Item& i) {
  std::map<std::string, std::string> bad;
  auto text = [&](const char* key, const std::optional<std::string>& v, std::string& out,
                  bool required) {
    if (!v) return;
    if (required && v->empty()) bad.emplace(key, "required");
    out = *v;
  };
  text("text_kk", in.text_kk, i.text_kk, true);
  text("text_ru", in.text_ru, i.text_ru, true);
  text("responsible", in.responsible, i.responsible, true);
  text("note", in.note, i.note, false);
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  if (in.number) i.number = *in.number;
  if (in.quarter) i.quarter = *in.quarter;
  if (in.status) i.status = *in.status;
  if (in.deputy_id) i.deputy_id = *in.deputy_id;
  if (in.sitting_id) i.sitting_id = *in.sitting_id;
  if (in.act_id) i.act_id = *in.act_id;
  return Ok();
}

Error Draft() {
  Error e = Error::Of(ErrorCode::kFailedPrecondition, "the plan is a draft");
  e.fields.emplace("state", "draft");
  return e;
}

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string Json1(const char* key, int64_t value) {
  return "{\"" + std::string(key) + "\":" + std::to_string(value) + "}";
}

}  // namespace

Result<std::vector<Plan>> WorkPlansService::ListPublished(const PlanQuery& q) {
  auto list = db_.Read([&](db::Tx& tx) -> Result<std::vector<Plan>> {
    return repo_.List(tx,
                      PlanFilter{q.maslikhat_id, q.year, q.commission_id, q.own, true, kMaxListed});
  });
  if (list.ok()) NameCommissions(*list);
  return list;
}

Result<std::vector<Plan>> WorkPlansService::ListOfMaslikhat(const Actor& actor,
                                                            int64_t maslikhat_id,
                                                            std::optional<int> year) {
  if (!WorkPlansPolicy::MayEdit(actor, maslikhat_id)) return Error::Denied();
  if (!directory_->GetMaslikhat(actor, maslikhat_id).ok()) return Error::NotFound();
  auto list = db_.Read([&](db::Tx& tx) -> Result<std::vector<Plan>> {
    return repo_.List(tx, PlanFilter{maslikhat_id, year, std::nullopt, false, false, kMaxListed});
  });
  if (list.ok()) NameCommissions(*list);
  return list;
}

void WorkPlansService::NameCommissions(std::vector<Plan>& plans) {
  directory::NameCommissions(*directory_, plans);
}

Result<PlanDetail> WorkPlansService::Load(db::Tx& tx, int64_t id) {
  auto p = repo_.Find(tx, id);
  if (!p) return Error::NotFound();
  PlanDetail d;
  d.plan = *p;
  d.items = repo_.Items(tx, id);
  d.versions = repo_.Versions(tx, id);
  return d;
}

Result<PlanDetail> WorkPlansService::Get(const Actor& actor, int64_t id) {
  auto d = db_.Read([&](db::Tx& tx) { return Load(tx, id); });
  if (!d.ok()) return d;
  if (!WorkPlansPolicy::MayRead(actor, d->plan.maslikhat_id, d->plan.state))
    return Error::NotFound();
  return Shown(actor, std::move(d));
}

Result<std::string> WorkPlansService::Pdf(const Actor& actor, int64_t id,
                                          const std::string& language) {
  auto d = Get(actor, id);
  if (!d.ok()) return d.take_error();
  auto m = directory_->MaslikhatById(d->plan.maslikhat_id);
  return PlanPdf(*d, m ? m->name_kk : "", m ? m->name_ru : "", language);
}

struct WorkPlansService::LinkNames {
  std::map<int64_t, std::pair<std::string, std::string>> deputy;  // kk, ru
  std::map<int64_t, sittings::Sitting> sitting;
  std::map<int64_t, acts::Act> act;
};

WorkPlansService::LinkNames WorkPlansService::ReadLinkNames(int64_t maslikhat_id,
                                                            const std::vector<Item>& items) {
  LinkNames names;
  bool any_deputy = false, any_sitting = false;
  for (const auto& i : items) {
    any_deputy = any_deputy || i.deputy_id.has_value();
    any_sitting = any_sitting || i.sitting_id.has_value();
  }
  if (any_deputy) {
    auto maslikhat = directory_->GetMaslikhat(Actor{}, maslikhat_id);
    if (maslikhat.ok()) {
      for (const auto& dep : maslikhat->deputies)
        names.deputy.emplace(dep.id, std::make_pair(dep.full_name_kk, dep.full_name_ru));
    }
  }
  // The maslikhat's recent sittings in one read; an older one linked is read by itself.
  if (any_sitting) {
    auto recent = sittings_->List(maslikhat_id);
    if (recent.ok()) {
      for (auto& s : *recent) names.sitting.emplace(s.id, std::move(s));
    }
  }
  std::set<int64_t> acts_read;
  for (const auto& i : items) {
    if (i.sitting_id && names.sitting.find(*i.sitting_id) == names.sitting.end()) {
      auto s = sittings_->Get(*i.sitting_id);
      if (s.ok()) names.sitting.emplace(*i.sitting_id, s->sitting);
    }
    if (i.act_id && acts_read.insert(*i.act_id).second) {
      auto a = acts_->Get(*i.act_id);
      if (a.ok()) names.act.emplace(*i.act_id, a->act);
    }
  }
  return names;
}

void WorkPlansService::PutLinkNames(const LinkNames& names, std::vector<Item>& items) {
  for (auto& i : items) {
    if (i.deputy_id) {
      if (auto it = names.deputy.find(*i.deputy_id); it != names.deputy.end()) {
        i.deputy_name_kk = it->second.first;
        i.deputy_name_ru = it->second.second;
      }
    }
    if (i.sitting_id) {
      if (auto it = names.sitting.find(*i.sitting_id); it != names.sitting.end()) {
        i.sitting_held_on = it->second.held_on;
        i.sitting_number = it->second.number;
        i.sitting_convocation = it->second.convocation;
        i.sitting_commission_kk = it->second.commission_name_kk;
        i.sitting_commission_ru = it->second.commission_name_ru;
      }
    }
    if (i.act_id) {
      if (auto it = names.act.find(*i.act_id); it != names.act.end()) {
        i.act_number = it->second.number;
        i.act_title_kk = it->second.title_kk;
        i.act_title_ru = it->second.title_ru;
      }
    }
  }
}

Result<PlanDetail> WorkPlansService::FixVersion(const Actor& actor, int64_t id,
                                                const VersionInput& in) {
  auto plan = db_.Read([&](db::Tx& tx) { return repo_.Find(tx, id); });
  if (!plan || !WorkPlansPolicy::MayRead(actor, plan->maslikhat_id, plan->state))
    return Error::NotFound();
  if (!WorkPlansPolicy::MayFixVersion(actor, plan->maslikhat_id)) return Error::Denied();
  if (plan->state == PlanState::kDraft) return Draft();
  const LinkNames names =
      ReadLinkNames(plan->maslikhat_id, db_.Read([&](db::Tx& tx) { return repo_.Items(tx, id); }));
  const int64_t now = clock_.NowMs();
  return Shown(actor, db_.Write([&](db::Tx& tx) -> Result<PlanDetail> {
    auto p = repo_.Find(tx, id);
    if (!p) return Error::NotFound();
    if (p->state == PlanState::kDraft) return Draft();
    const int number = repo_.LastVersion(tx, id) + 1;
    if (number > kMaxVersions) return Error::Invalid("versions", "too_many");
    if (number > 1) {
      // A new edition says what changed, in both languages its readers read.
      std::map<std::string, std::string> bad;
      if (Blank(in.note_kk)) bad.emplace("note_kk", "required");
      if (Blank(in.note_ru)) bad.emplace("note_ru", "required");
      if (!bad.empty()) return Error::InvalidFields(std::move(bad));
    }
    Freeze(tx, *p, names,
           VersionSummary{.fixed_at = FormatIsoUtc(now),
                          .note_kk = number > 1 ? in.note_kk : "",
                          .note_ru = number > 1 ? in.note_ru : ""});
    audit::Record(tx, actor, {"work_plan.version", "work_plan", id, Json1("version", number)}, now);
    return Load(tx, id);
  }));
}

Result<PlanDetail> WorkPlansService::GetVersion(const Actor& actor, int64_t id, int number) {
  std::optional<PlanVersion> frozen;
  auto d = db_.Read([&](db::Tx& tx) -> Result<PlanDetail> {
    auto live = Load(tx, id);
    if (live.ok()) frozen = repo_.FindVersion(tx, id, number);
    return live;
  });
  if (!d.ok()) return d;
  if (!WorkPlansPolicy::MayRead(actor, d->plan.maslikhat_id, d->plan.state) || !frozen)
    return Error::NotFound();
  PlanDetail v = AsOfVersion(*d, *frozen);
  // The names of the links are the frozen ones; the commission's is read as for the plan.
  std::vector<Plan> one{v.plan};
  NameCommissions(one);
  v.plan.commission_name_kk = one[0].commission_name_kk;
  v.plan.commission_name_ru = one[0].commission_name_ru;
  return v;
}

Result<std::string> WorkPlansService::VersionPdf(const Actor& actor, int64_t id, int number,
                                                 const std::string& language) {
  auto d = GetVersion(actor, id, number);
  if (!d.ok()) return d.take_error();
  auto m = directory_->MaslikhatById(d->plan.maslikhat_id);
  return PlanPdf(*d, m ? m->name_kk : "", m ? m->name_ru : "", language);
}

Result<PlanDetail> WorkPlansService::Shown(const Actor& actor, Result<PlanDetail> detail) {
  if (!detail.ok()) return detail;
  Plan& plan = detail->plan;
  detail->can_edit = WorkPlansPolicy::MayEdit(actor, plan.maslikhat_id);
  std::vector<Plan> one{plan};
  NameCommissions(one);
  plan.commission_name_kk = one[0].commission_name_kk;
  plan.commission_name_ru = one[0].commission_name_ru;
  PutLinkNames(ReadLinkNames(plan.maslikhat_id, detail->items), detail->items);
  return detail;
}

void WorkPlansService::Freeze(db::Tx& tx, const Plan& p, const LinkNames& names,
                              VersionSummary summary) {
  PlanVersion v;
  summary.number = repo_.LastVersion(tx, p.id) + 1;
  v.summary = std::move(summary);
  v.title_kk = p.title_kk;
  v.title_ru = p.title_ru;
  v.items = repo_.Items(tx, p.id);
  PutLinkNames(names, v.items);
  repo_.InsertVersion(tx, p.id, v);
}

Result<PlanDetail> WorkPlansService::Create(const Actor& actor, int64_t maslikhat_id,
                                            const PlanInput& in) {
  if (!WorkPlansPolicy::MayEdit(actor, maslikhat_id)) return Error::Denied();
  if (!directory_->GetMaslikhat(actor, maslikhat_id).ok()) return Error::NotFound();
  Plan p;
  p.maslikhat_id = maslikhat_id;
  if (in.commission_id) {
    auto c = directory_->GetCommission(actor, *in.commission_id);
    if (!c.ok()) return Error::Invalid("commission_id", "not_found");
    if (c->commission.maslikhat_id != maslikhat_id)
      return Error::Invalid("commission_id", "other_maslikhat");
    p.commission_id = *in.commission_id;
  }
  p.year = in.year.value_or(0);
  p.title_kk = in.title_kk.value_or("");
  p.title_ru = in.title_ru.value_or("");
  const int64_t now = clock_.NowMs();
  p.created_at = p.updated_at = FormatIsoUtc(now);
  return Shown(actor, db_.Write([&](db::Tx& tx) -> Result<PlanDetail> {
    if (repo_.YearTaken(tx, p)) return Taken("year", "work plan for the year exists");
    p.id = repo_.Insert(tx, p);
    audit::Record(tx, actor, {"work_plan.create", "work_plan", p.id, Json1("year", p.year)}, now);
    return Load(tx, p.id);
  }));
}

Result<Plan> WorkPlansService::Editable(const Actor& actor, int64_t plan_id) {
  auto p = db_.Read([&](db::Tx& tx) { return repo_.Find(tx, plan_id); });
  if (!p || !WorkPlansPolicy::MayRead(actor, p->maslikhat_id, p->state)) return Error::NotFound();
  if (!WorkPlansPolicy::MayEdit(actor, p->maslikhat_id)) return Error::Denied();
  return *p;
}

Result<PlanDetail> WorkPlansService::Update(const Actor& actor, int64_t id, const PlanInput& in) {
  auto plan = Editable(actor, id);
  if (!plan.ok()) return plan.take_error();
  const int64_t now = clock_.NowMs();
  // Publishing fixes edition 1: the names of the items' links are read before the write.
  const bool publishing = in.state == PlanState::kPublished && plan->state == PlanState::kDraft;
  LinkNames names;
  if (publishing) {
    names = ReadLinkNames(plan->maslikhat_id,
                          db_.Read([&](db::Tx& tx) { return repo_.Items(tx, id); }));
  }
  return Shown(actor, db_.Write([&](db::Tx& tx) -> Result<PlanDetail> {
    auto p = repo_.Find(tx, id);
    if (!p) return Error::NotFound();
    const PlanState before = p->state;
    if (in.title_kk) p->title_kk = *in.title_kk;
    if (in.title_ru) p->title_ru = *in.title_ru;
    if (in.state) {
      if (!MayMove(p->state, *in.state)) {
        Error e = Error::Of(ErrorCode::kFailedPrecondition, "the plan is published");
        e.fields.emplace("state", "published");
        return e;
      }
      if (p->state != *in.state) p->published_at = FormatIsoUtc(now);
      p->state = *in.state;
    }
    p->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *p);
    audit::Record(tx, actor,
                  {"work_plan.update", "work_plan", id,
                   "{\"state\":\"" + std::string(StateName(p->state)) + "\"}"},
                  now);
    if (before == PlanState::kDraft && p->state == PlanState::kPublished && publishing)
      Freeze(tx, *p, names, VersionSummary{.fixed_at = p->updated_at});
    return Load(tx, id);
  }));
}

Status WorkPlansService::CheckLinks(int64_t maslikhat_id, const ItemInput& in) {
  if (in.deputy_id && *in.deputy_id) {
    auto m = directory_->GetMaslikhat(Actor{}, maslikhat_id);
    const bool listed =
        m.ok() && std::any_of(m->deputies.begin(), m->deputies.end(),
                              [&](const directory::Deputy& d) { return d.id == **in.deputy_id; });
    if (!listed) return Error::Invalid("deputy_id", "not_a_deputy");
  }
  if (in.sitting_id && *in.sitting_id) {
    auto s = sittings_->Get(**in.sitting_id);
    if (!s.ok()) return Error::Invalid("sitting_id", "not_found");
    if (s->sitting.maslikhat_id != maslikhat_id)
      return Error::Invalid("sitting_id", "other_maslikhat");
  }
  if (in.act_id && *in.act_id) {
    auto a = acts_->Get(**in.act_id);
    if (!a.ok()) return Error::Invalid("act_id", "not_found");
    if (a->act.maslikhat_id != maslikhat_id) return Error::Invalid("act_id", "other_maslikhat");
  }
  return Ok();
}

Result<PlanDetail> WorkPlansService::AddItem(const Actor& actor, int64_t plan_id,
                                             const ItemInput& in) {
  auto plan = Editable(actor, plan_id);
  if (!plan.ok()) return plan.take_error();
  if (auto links = CheckLinks(plan->maslikhat_id, in); !links.ok()) return links.error();
  const int64_t now = clock_.NowMs();
  return Shown(actor, db_.Write([&](db::Tx& tx) -> Result<PlanDetail> {
    const auto items = repo_.Items(tx, plan_id);
    if (items.size() >= static_cast<size_t>(kMaxItems)) return Error::Invalid("items", "too_many");
    Item item;
    item.plan_id = plan_id;
    int last = 0;
    for (const auto& i : items) last = std::max(last, i.number);
    item.number = last + 1;
    if (auto applied = Apply(in, item); !applied.ok()) return applied.error();
    if (in.number && std::any_of(items.begin(), items.end(),
                                 [&](const Item& i) { return i.number == *in.number; }))
      return Taken("number", "item number taken");
    if (item.number > kMaxNumber) return Error::Invalid("number", "too_large");
    item.created_at = item.updated_at = FormatIsoUtc(now);
    const int64_t made = repo_.InsertItem(tx, item);
    repo_.TouchPlan(tx, plan_id, item.created_at);
    audit::Record(tx, actor, {"work_plan.item_add", "work_plan", plan_id, Json1("item", made)},
                  now);
    return Load(tx, plan_id);
  }));
}

Result<PlanDetail> WorkPlansService::UpdateItem(const Actor& actor, int64_t plan_id,
                                                int64_t item_id, const ItemInput& in) {
  auto plan = Editable(actor, plan_id);
  if (!plan.ok()) return plan.take_error();
  if (auto links = CheckLinks(plan->maslikhat_id, in); !links.ok()) return links.error();
  const int64_t now = clock_.NowMs();
  return Shown(actor, db_.Write([&](db::Tx& tx) -> Result<PlanDetail> {
    const auto items = repo_.Items(tx, plan_id);
    auto found =
        std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == item_id; });
    if (found == items.end()) return Error::NotFound();
    Item item = *found;
    const ItemStatus before = item.status;
    if (auto applied = Apply(in, item); !applied.ok()) return applied.error();
    if (in.number && std::any_of(items.begin(), items.end(), [&](const Item& i) {
          return i.id != item_id && i.number == *in.number;
        }))
      return Taken("number", "item number taken");
    item.updated_at = FormatIsoUtc(now);
    repo_.UpdateItem(tx, item);
    repo_.TouchPlan(tx, plan_id, item.updated_at);
    audit::Record(tx, actor,
                  {"work_plan.item_update", "work_plan", plan_id,
                   "{\"item\":" + std::to_string(item_id) + ",\"status\":\"" +
                       std::string(ItemStatusName(item.status)) + "\",\"from\":\"" +
                       std::string(ItemStatusName(before)) + "\"}"},
                  now);
    return Load(tx, plan_id);
  }));
}

Result<PlanDetail> WorkPlansService::RemoveItem(const Actor& actor, int64_t plan_id,
                                                int64_t item_id) {
  auto plan = Editable(actor, plan_id);
  if (!plan.ok()) return plan.take_error();
  const int64_t now = clock_.NowMs();
  return Shown(actor, db_.Write([&](db::Tx& tx) -> Result<PlanDetail> {
    const auto items = repo_.Items(tx, plan_id);
    auto found =
        std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == item_id; });
    if (found == items.end()) return Error::NotFound();
    repo_.DeleteItem(tx, *found);
    repo_.TouchPlan(tx, plan_id, FormatIsoUtc(now));
    audit::Record(tx, actor,
                  {"work_plan.item_remove", "work_plan", plan_id, Json1("item", item_id)}, now);
    return Load(tx, plan_id);
  }));
}

}  // namespace kenes::work_plans
