#include "features/appeals/appeal_control.hpp"

#include <map>

#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/appeal_policy.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::appeals {

Result<std::vector<HandlerLoad>> AppealControl::Dashboard(const Actor& actor,
                                                          int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!AppealPolicy::MaySeeDashboard(actor, maslikhat_id)) return Error::NotFound();
  const CivilDate today = LocalDate(clock_.NowMs());
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<HandlerLoad>> {
    WorkingCalendar calendar = LoadWorkingCalendar(tx, repo_, today);
    const std::string soon = calendar.AddWorkingDays(today, kDueSoonWorkingDays).ToString();
    const std::string now = today.ToString();
    std::map<std::pair<int64_t, int64_t>, HandlerLoad> by_handler;
    for (const auto& a : repo_.OpenAppeals(tx, maslikhat_id)) {
      auto key = std::make_pair(a.deputy_id.value_or(0), a.commission_id.value_or(0));
      HandlerLoad& h = by_handler[key];
      h.deputy_id = a.deputy_id;
      h.commission_id = a.commission_id;
      ++h.open;
      if (a.due_on < now)
        ++h.overdue;
      else if (a.due_on <= soon)
        ++h.due_soon;
    }
    std::vector<HandlerLoad> out;
    out.reserve(by_handler.size());
    for (auto& [k, v] : by_handler) out.push_back(v);
    return out;
  });
}

int AppealControl::RunReminders() {
  const int64_t now_ms = clock_.NowMs();
  const CivilDate today = LocalDate(now_ms);
  struct Pending {
    Appeal appeal;
    std::string kind;
  };
  std::vector<Pending> pending;
  db_.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    WorkingCalendar calendar = LoadWorkingCalendar(tx, repo_, today);
    const std::string soon = calendar.AddWorkingDays(today, kDueSoonWorkingDays).ToString();
    for (auto& a : repo_.OpenAppeals(tx, std::nullopt)) {
      if (a.due_on < today.ToString())
        pending.push_back({a, "overdue"});
      else if (a.due_on <= soon)
        pending.push_back({a, "due_soon"});
    }
    return true;
  });
  int queued = 0;
  for (const auto& p : pending) {
    // Addresses come from other features, read before this feature's write transaction.
    std::vector<std::string> to;
    std::vector<int64_t> told;  // accounts that get the notice in-app
    if (p.kind == "due_soon" && p.appeal.deputy_id) {
      auto d = directory_->GetDeputy(Actor{}, *p.appeal.deputy_id);
      if (d.ok() && d->deputy.user_id) {
        told.push_back(*d->deputy.user_id);
        if (auto email = identity_->EmailOf(*d->deputy.user_id)) to.push_back(*email);
      }
    }
    if (told.empty()) told = identity_->StaffUserIds(p.appeal.maslikhat_id);
    if (to.empty()) to = identity_->StaffEmails(p.appeal.maslikhat_id);
    if (to.empty() && told.empty()) continue;
    const bool overdue = p.kind == "overdue";
    std::string subject = std::string(overdue ? "Kenes: мерзімі өтті / срок истёк: "
                                              : "Kenes: мерзімі жақын / срок близко: ") +
                          p.appeal.number;
    std::string body = "Өтініш / Обращение " + p.appeal.number +
                       "\nЖауап мерзімі / Срок ответа: " + p.appeal.due_on + "\n";
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      // The reminder row and its e-mails commit together: once, and never lost.
      if (!repo_.MarkReminder(tx, p.appeal.id, p.kind, p.appeal.due_on, FormatIsoUtc(now_ms))) {
        return false;
      }
      for (const auto& address : to) {
        jobs::Enqueue(tx, jobs::kSendMail, {{"to", address}, {"subject", subject}, {"body", body}},
                      now_ms);
      }
      for (int64_t user : told) {
        notifications::Post(tx, user, p.kind, p.appeal.id, p.appeal.number, now_ms);
      }
      ++queued;
      return true;
    });
  }
  return queued;
}

void AppealControl::ScheduleReminders(int64_t run_at_ms) {
  jobs::EnsureQueued(db_, kRemindersJob, clock_.NowMs(), run_at_ms);
}

std::string AppealControl::ExportLanguage(const Actor& actor) {
  auto me = identity_->Me(actor);
  if (me.ok() && (me->language == "kk" || me->language == "ru" || me->language == "en")) {
    return me->language;
  }
  return "ru";
}

ExportNames AppealControl::NamesForExport(int64_t maslikhat_id, const std::string& language) {
  // The directory keeps kk and ru names; an English export shows the Russian ones.
  auto pick = [&language](const std::string& name_kk, const std::string& name_ru) {
    return language == "kk" && !name_kk.empty() ? name_kk : name_ru;
  };
  ExportNames names;
  if (auto m = directory_->GetMaslikhat(Actor{}, maslikhat_id); m.ok()) {
    names.maslikhat = pick(m->maslikhat.name_kk, m->maslikhat.name_ru);
    for (const auto& d : m->deputies) names.deputies[d.id] = pick(d.full_name_kk, d.full_name_ru);
    for (const auto& c : m->commissions) names.commissions[c.id] = pick(c.name_kk, c.name_ru);
    for (const auto& o : m->okrugs) names.okrug_numbers[o.id] = o.number;
  }
  auto categories =
      db_.Read([&](db::Tx& tx) -> Result<std::vector<Category>> { return repo_.Categories(tx); });
  if (categories.ok()) {
    for (const auto& c : *categories) {
      names.categories[c.key] = language == "kk"   ? c.name_kk
                                : language == "ru" ? c.name_ru
                                                   : c.name_en;
    }
  }
  return names;
}

}  // namespace kenes::appeals
