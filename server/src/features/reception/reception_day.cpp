// ReceptionService: the reception day: the host's list, visits, walk-ins, a visit's appeal.
#include <utility>

#include "features/catalog/catalog_service.hpp"
#include "features/reception/reception_policy.hpp"
#include "features/reception/reception_service.hpp"
#include "features/reception/reception_service_support.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::reception {

Result<DayList> ReceptionService::Day(const Actor& actor, int64_t session_id) {
  const auto acting = ActingDeputy(actor);
  const int64_t now = clock_.NowMs();
  // A write: the list names the visitors and their phones, and every such read is on record.
  auto out = db_.Write([&](db::Tx& tx) -> Result<DayList> {
    auto s = repo_.FindSession(tx, session_id);
    if (!s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    DayList day{Views(tx, {*s}).front(), repo_.SessionBookings(tx, session_id)};
    nlohmann::json details = {{"bookings", day.bookings.size()}};
    audit::Record(tx, actor,
                  {"reception.bookings_viewed", "reception_session", session_id, details.dump()},
                  now);
    return day;
  });
  if (out.ok()) {
    NameHost(*directory_, out->session);
  }
  return out;
}

Result<Booking> ReceptionService::RecordVisit(const Actor& actor, int64_t booking_id,
                                              VisitInput in) {
  if (in.follow_up_on && !CivilDate::Parse(*in.follow_up_on))
    return Invalid({{"follow_up_on", "invalid"}});
  const auto acting = ActingDeputy(actor);
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Booking> {
    auto b = repo_.FindBooking(tx, booking_id);
    auto s = b ? repo_.FindSession(tx, b->session_id) : std::nullopt;
    if (!b || !s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    if (b->status != BookingStatus::kBooked && b->status != BookingStatus::kCheckedIn &&
        b->status != BookingStatus::kNoShow)
      return Conflict("status", "not_visitable");
    if (!in.attended && b->appeal_id) return Conflict("status", "has_appeal");
    b->status = in.attended ? BookingStatus::kCheckedIn : BookingStatus::kNoShow;
    if (in.attended && !b->visited_at_ms) b->visited_at_ms = now;
    if (!in.attended) b->visited_at_ms.reset();
    b->matter = in.matter;
    b->promised = in.promised;
    b->follow_up_on = in.follow_up_on;
    if (in.category && !catalog::CatalogService::IsCategory(tx, *in.category))
      return Invalid({{"category", "invalid"}});
    b->category = in.category;
    repo_.RecordVisit(tx, *b, FormatIsoUtc(now));
    audit::Record(tx, actor, {"reception.visit", "reception_booking", b->id, "{}"}, now);
    return *b;
  });
}

Result<Booking> ReceptionService::WalkIn(const Actor& actor, int64_t session_id,
                                         const WalkInInput& in) {
  const auto acting = ActingDeputy(actor);
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Booking> {
    auto s = repo_.LockSession(tx, session_id);
    if (!s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    if (s->status != SessionStatus::kScheduled) return Conflict("session", "cancelled");
    Booking b;
    b.session_id = session_id;
    b.name = in.name;
    b.phone = in.phone;
    b.email = in.email;
    b.topic = in.topic;
    b.language = in.language.empty() ? "ru" : in.language;
    b.status = BookingStatus::kCheckedIn;
    b.walk_in = true;
    b.booked_by = actor.user_id;
    b.visited_at_ms = now;
    b.created_at = FormatIsoUtc(now);
    b.id = repo_.InsertBooking(tx, b, b.created_at);
    audit::Record(tx, actor, {"reception.walk_in", "reception_booking", b.id, "{}"}, now);
    return b;
  });
}

Result<Booking> ReceptionService::MakeAppeal(const Actor& actor, int64_t booking_id,
                                             const AppealFromVisit& in) {
  const auto acting = ActingDeputy(actor);
  auto found = db_.Read([&](db::Tx& tx) -> Result<std::pair<Booking, Session>> {
    auto b = repo_.FindBooking(tx, booking_id);
    auto s = b ? repo_.FindSession(tx, b->session_id) : std::nullopt;
    if (!b || !s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    return std::make_pair(*b, *s);
  });
  if (!found.ok()) return found.error();
  const auto& [b, s] = *found;
  if (b.status != BookingStatus::kCheckedIn || !b.visited_at_ms)
    return Conflict("status", "not_visited");
  if (b.appeal_id) return Conflict("appeal_id", "already_registered");

  appeals::IntakeInput intake;
  intake.type = in.type;
  intake.language = b.language;
  intake.subject = in.subject;
  intake.body = in.body;
  intake.channel = appeals::Channel::kReception;
  intake.received_at_ms = *b.visited_at_ms;
  if (s.deputy_id) {
    intake.addressee = appeals::Addressee::kDeputy;
    intake.deputy_id = s.deputy_id;
  } else {
    intake.addressee = appeals::Addressee::kMaslikhat;
    intake.maslikhat_id = s.maslikhat_id;
  }
  intake.contact_preference =
      b.email.empty() ? appeals::ContactPreference::kPhone : appeals::ContactPreference::kEmail;
  intake.applicant_name = b.name;
  intake.applicant_email = b.email;
  intake.applicant_phone = b.phone;
  intake.from_reception = true;
  intake.applicant_user_id = b.user_id;
  auto appeal = appeals_->File(actor, std::move(intake));
  if (!appeal.ok()) return appeal.error();

  // The appeal is registered in its own use case; the link follows. A second click between the
  // two finds the booking unlinked only for that instant, and the link is kept once.
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Booking> {
    auto current = repo_.FindBooking(tx, booking_id);
    if (!current) return Error::NotFound();
    if (!current->appeal_id) repo_.LinkAppeal(tx, booking_id, appeal->id, FormatIsoUtc(now));
    audit::Record(tx, actor, {"reception.appeal", "reception_booking", booking_id, "{}"}, now);
    return *repo_.FindBooking(tx, booking_id);
  });
}

}  // namespace kenes::reception
