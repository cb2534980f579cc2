// ReceptionService: what its use cases share (today, the acting deputy, sessions' views, mail).
#include "features/reception/reception_service.hpp"

#include <algorithm>

#include "features/calendar/calendar_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "features/reception/reception_messages.hpp"
#include "features/reception/reception_policy.hpp"
#include "features/tasks/tasks_service.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::reception {

std::string ReceptionService::Today() const {
  return calendar::LocalDate(clock_.NowMs()).ToString();
}

std::optional<int64_t> ReceptionService::ActingDeputy(const Actor& actor) {
  if (!ReceptionPolicy::ActsAsDeputy(actor)) return std::nullopt;
  auto d = directory_->DeputyOfUser(*actor.user_id);
  if (!d) return std::nullopt;
  return d->id;
}

std::vector<SessionView> ReceptionService::Views(db::Tx& tx, std::vector<Session> sessions) {
  std::vector<int64_t> ids;
  ids.reserve(sessions.size());
  for (const auto& s : sessions) ids.push_back(s.id);
  auto taken = repo_.TakenBySlot(tx, ids);
  auto waiting = repo_.Waitlisted(tx, ids);
  std::vector<SessionView> out;
  for (auto& s : sessions) {
    SessionView v;
    const auto& used = taken[s.id];
    for (const auto& start : SlotStarts(s)) {
      auto it = used.find(start);
      const int n = it == used.end() ? 0 : it->second;
      const int end = *ParseMinuteOfDay(start) + s.slot_minutes;
      v.slots.push_back({start, FormatMinuteOfDay(end), std::max(0, s.capacity - n)});
    }
    v.waitlisted = waiting[s.id];
    v.host_name_kk = v.host_name_ru = s.host_name;
    v.session = std::move(s);
    out.push_back(std::move(v));
  }
  return out;
}

void ReceptionService::Mail(db::Tx& tx, const Booking& b, const Session& s, Notice notice,
                            const std::string& was) {
  const bool told_by_staff = notice == Notice::kSessionCancelled || notice == Notice::kSessionMoved;
  // The bell in the person's account, for the events they did not cause themselves.
  if (b.user_id) {
    const char* kind = notice == Notice::kPromoted           ? "reception_promoted"
                       : notice == Notice::kSessionCancelled ? "reception_cancelled"
                       : notice == Notice::kSessionMoved     ? "reception_moved"
                       : notice == Notice::kReminder         ? "reception_reminder"
                                                             : nullptr;
    if (kind)
      notifications::PostAboutBooking(tx, *b.user_id, kind, b.id,
                                      s.day + " " + b.slot.value_or(s.starts_at), clock_.NowMs());
  }
  // Phone bookings and walk-ins without an e-mail are told by staff: of a cancelled or moved
  // session by a call task, of the rest at the desk.
  if (b.email.empty() && !told_by_staff) return;
  std::string host = s.host_name;
  if (s.deputy_id) {
    if (auto names = repo_.DeputyNames(tx, *s.deputy_id))
      host = b.language == "kk" ? names->first : names->second;
  }
  auto text = NoticeText(notice, b, s, host, was);
  if (b.email.empty()) {
    tasks::NewTask task;
    task.maslikhat_id = s.maslikhat_id;
    task.kind = tasks::TaskKind::kCall;
    task.subject_type = "reception_booking";
    task.subject_id = b.id;
    task.person_name = b.name;
    task.phone = b.phone;
    task.language = b.language;
    task.message = text.subject + "\n\n" + text.body;
    tasks::AddTask(tx, task, clock_.NowMs());
    return;
  }
  if (notice == Notice::kBooked || notice == Notice::kWaitlisted || notice == Notice::kPromoted ||
      notice == Notice::kReminder || notice == Notice::kSessionMoved) {
    // A fresh random link per mail; only its hash is kept, and older mails' links stay valid.
    const std::string token = crypto::RandomToken(32);
    links_.AddCancelLink(tx, b.id, CancelLinkHash(token), FormatIsoUtc(clock_.NowMs()));
    text.body +=
        "\n" + CancelLinkLine(b.language, public_url_ + "/receptions/cancel?token=" + token);
  }
  jobs::Enqueue(tx, jobs::kSendMail,
                {{"to", b.email}, {"subject", text.subject}, {"body", text.body}}, clock_.NowMs());
}

}  // namespace kenes::reception
