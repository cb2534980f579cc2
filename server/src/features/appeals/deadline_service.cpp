#include "features/appeals/deadline_service.hpp"

#include <map>

#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_policy.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::appeals {

Result<std::vector<HandlerLoad>> DeadlineService::Dashboard(const Actor& actor,
                                                            int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!AppealPolicy::MaySeeDashboard(actor, maslikhat_id)) return Error::NotFound();
  const int64_t now = clock_.NowMs();
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<HandlerLoad>> {
    const DueHorizon horizon = DueHorizonOn(tx, now);
    std::map<std::pair<int64_t, int64_t>, HandlerLoad> by_handler;
    for (const auto& a : repo_.OpenAppeals(tx, maslikhat_id)) {
      auto key = std::make_pair(a.deputy_id.value_or(0), a.commission_id.value_or(0));
      HandlerLoad& h = by_handler[key];
      h.deputy_id = a.deputy_id;
      h.commission_id = a.commission_id;
      ++h.open;
      const DueFlags due = DueFlagsOf(a, horizon);
      h.overdue += due.overdue ? 1 : 0;
      h.due_soon += due.due_soon ? 1 : 0;
      h.forward_overdue += due.forward_overdue ? 1 : 0;
      h.forward_due_soon += due.forward_due_soon ? 1 : 0;
    }
    std::vector<HandlerLoad> out;
    out.reserve(by_handler.size());
    for (auto& [k, v] : by_handler) out.push_back(v);
    return out;
  });
}

int DeadlineService::RunReminders() {
  const int64_t now_ms = clock_.NowMs();
  struct Pending {
    Appeal appeal;
    std::string kind;    // due_soon, overdue, forward_due_soon, forward_overdue
    std::string due_on;  // the term it is about
  };
  std::vector<Pending> pending;
  db_.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    const DueHorizon horizon = DueHorizonOn(tx, now_ms);
    for (auto& a : repo_.OpenAppeals(tx, std::nullopt)) {
      const DueFlags due = DueFlagsOf(a, horizon);
      if (due.overdue) pending.push_back({a, "overdue", a.due_on});
      if (due.due_soon) pending.push_back({a, "due_soon", a.due_on});
      if (due.forward_overdue) pending.push_back({a, "forward_overdue", a.forward_due_on});
      if (due.forward_due_soon) pending.push_back({a, "forward_due_soon", a.forward_due_on});
    }
    return true;
  });
  int queued = 0;
  for (const auto& p : pending) {
    // Addresses come from other features, read before this feature's write transaction.
    std::vector<std::string> to;
    std::vector<int64_t> told;  // accounts that get the notice in-app
    const bool overdue = p.kind == "overdue" || p.kind == "forward_overdue";
    if (!overdue && p.appeal.deputy_id) {
      auto d = directory_->GetDeputy(Actor{}, *p.appeal.deputy_id);
      if (d.ok() && d->deputy.user_id) {
        told.push_back(*d->deputy.user_id);
        if (auto email = identity_->EmailOf(*d->deputy.user_id)) to.push_back(*email);
      }
    }
    if (told.empty()) told = identity_->StaffUserIds(p.appeal.maslikhat_id);
    if (to.empty()) to = identity_->StaffEmails(p.appeal.maslikhat_id);
    if (to.empty() && told.empty()) continue;
    const Notice n = ReminderNotice(p.appeal.number, p.kind, p.due_on);
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      // The reminder row and its e-mails commit together: once, and never lost.
      if (!repo_.MarkReminder(tx, p.appeal.id, p.kind, p.due_on, FormatIsoUtc(now_ms))) {
        return false;
      }
      for (const auto& address : to) {
        jobs::Enqueue(tx, jobs::kSendMail,
                      {{"to", address}, {"subject", n.subject}, {"body", n.body}}, now_ms);
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

void DeadlineService::ScheduleReminders(int64_t run_at_ms) {
  jobs::EnsureQueued(db_, kRemindersJob, clock_.NowMs(), run_at_ms);
}

}  // namespace kenes::appeals
