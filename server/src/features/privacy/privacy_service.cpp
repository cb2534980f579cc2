#include "features/privacy/privacy_service.hpp"

#include <tuple>

#include <nlohmann/json.hpp>

#include "features/privacy/privacy_messages.hpp"
#include "platform/audit/audit.hpp"
#include "platform/docs/pdf.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::privacy {

namespace {

void Audit(db::Database& db, const Actor& actor, const std::string& action,
           const nlohmann::json& details, int64_t now) {
  (void)db.Write([&](db::Tx& tx) -> Status {
    audit::Record(tx, actor, {action, "user", actor.user_id, details.dump()}, now);
    return Ok();
  });
}

std::string DateOf(const std::string& iso) { return appeals::PrintedDate(iso.substr(0, 10)); }

}  // namespace

std::string PrivacyService::Today() const { return appeals::LocalDate(clock_.NowMs()).ToString(); }

Result<HeldData> PrivacyService::Held(const Actor& actor, const std::string& format) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  auto account = identity_->OwnRecord(actor);
  if (!account.ok()) return account.take_error();
  HeldData d;
  const int64_t now = clock_.NowMs();
  d.made_at = FormatIsoUtc(now);
  d.account = std::move(account).value();
  d.appeals = appeals::AppealsOfApplicant(db_, d.account.user.id);
  auto bookings = reception_->Mine(actor);
  if (!bookings.ok()) return bookings.take_error();
  d.bookings = std::move(bookings).value();
  for (int page = 1;; ++page) {
    auto p =
        notifications_->List(actor, false, page, notifications::NotificationService::kMaxPageSize);
    if (!p.ok()) return p.take_error();
    for (auto& n : p->items) d.notifications.push_back(std::move(n));
    if (p->items.empty() || static_cast<int64_t>(d.notifications.size()) >= p->total) break;
  }
  const std::string today = Today();
  for (const auto& a : d.appeals) {
    if (auto k = WhyKept(a, today, config_.privacy.appeal_retention_years)) {
      d.kept_on_deletion.push_back(*k);
    }
  }
  Audit(db_, actor, "privacy.data_" + format,
        {{"appeals", d.appeals.size()}, {"bookings", d.bookings.size()}}, now);
  return d;
}

Result<std::string> PrivacyService::Pdf(const Actor& actor) {
  auto held = Held(actor, "pdf");
  if (!held.ok()) return held.take_error();
  const HeldData& d = *held;
  const identity::User& u = d.account.user;
  const std::string& lang = u.language;
  const DataTexts& t = TextsFor(lang);
  std::vector<docs::PdfLine> lines;
  auto head = [&](const char* text) {
    lines.push_back({"", 6});
    lines.push_back({text, 12, true});
  };
  auto field = [&](const char* label, const std::string& value) {
    lines.push_back({std::string(label) + ": " + (value.empty() ? t.none : value)});
  };
  lines.push_back({t.title, 15, true});
  field(t.made_on, appeals::PrintedDate(Today()));
  head(t.account);
  field(t.name, u.display_name);
  field(t.email, u.email.value_or(""));
  field(t.phone, u.phone.value_or(""));
  field(t.iin, u.iin ? MaskIin(*u.iin) : "");
  field(t.language, i18n::Text(lang, "common.language_self_name"));
  field(t.registered, DateOf(u.created_at));
  head(t.consents);
  if (d.account.consents.empty()) lines.push_back({t.none});
  for (const auto& c : d.account.consents) {
    std::string line = i18n::Format(lang, "privacy.data.consent_line",
                                    {{"version", c.version}, {"date", DateOf(c.given_at)}});
    if (c.withdrawn_at) line += "; " + std::string(t.withdrawn) + " " + DateOf(*c.withdrawn_at);
    lines.push_back({line});
  }
  head(t.appeals);
  if (d.appeals.empty()) lines.push_back({t.none});
  for (const auto& a : d.appeals) {
    lines.push_back({a.number + " — " + appeals::PrintedDate(a.registered_on) + " — " +
                     appeals::PrintedStatus(a.status, lang)});
    lines.push_back({a.subject, 10});
  }
  head(t.bookings);
  if (d.bookings.empty()) lines.push_back({t.none});
  for (const auto& b : d.bookings) {
    lines.push_back({appeals::PrintedDate(b.session.session.day) + " " +
                     b.booking.slot.value_or("") + " — " + b.booking.topic});
  }
  head(t.notifications);
  lines.push_back({std::to_string(d.notifications.size())});
  head(t.sessions);
  lines.push_back({std::to_string(d.account.sessions.size())});
  if (!d.kept_on_deletion.empty()) {
    head(t.kept_title);
    for (const auto& k : d.kept_on_deletion) {
      lines.push_back(
          {k.number + ": " +
           (k.reason == KeepReason::kInConsideration
                ? std::string(t.kept_in_consideration)
                : std::string(t.kept_retention) + " " + appeals::PrintedDate(k.keep_until))});
    }
  }
  return docs::RenderPdf(t.title, lines);
}

Result<Deleted> PrivacyService::Delete(const Actor& actor, const std::string& confirm) {
  auto held = Held(actor, "deletion_plan");
  if (!held.ok()) return held.take_error();
  const std::string today = Today();
  Deleted out;
  out.kept = held->kept_on_deletion;
  // Checked before anything changes, so that a refused deletion cancels no booking.
  if (auto s = identity::IdentityService::MayDeleteOwnAccount(actor); !s.ok())
    return s.take_error();
  if (identity::NormalizeLogin(confirm) != held->account.user.login()) {
    return Error::Invalid("confirm", "invalid");
  }
  // Upcoming bookings free their places for others; past visits are records of the reception.
  for (const auto& b : held->bookings) {
    if (reception::IsActive(b.booking.status) && b.session.session.day >= today &&
        reception_->CancelBooking(actor, b.booking.id).ok()) {
      ++out.bookings_cancelled;
    }
  }
  nlohmann::json details{{"kept_appeals", out.kept.size()},
                         {"bookings_cancelled", out.bookings_cancelled}};
  if (auto s = identity_->EraseOwnAccount(actor, confirm, details); !s.ok()) return s.take_error();
  return out;
}

RetentionRun PrivacyService::RunRetention() {
  const int64_t now = clock_.NowMs();
  RetentionRun run;
  std::tie(run.sessions, run.codes) = identity_->PurgeExpired();
  const int64_t ip_days = config_.privacy.audit_ip_days;
  const std::string today = Today();
  const int year = std::stoi(today.substr(0, 4));
  // Registered in year Y: kept until 31 December of Y + years, anonymised from the next 1 January.
  const std::string before =
      std::to_string(year - config_.privacy.appeal_retention_years) + "-01-01";
  run.appeals = appeals::AnonymiseFinishedAppealsBefore(db_, before);
  (void)db_.Write([&](db::Tx& tx) -> Status {
    run.audit_ips = audit::DropIpsBefore(tx, FormatIsoUtc(now - ip_days * 24 * 60 * 60 * 1000));
    const nlohmann::json details{{"sessions", run.sessions},
                                 {"codes", run.codes},
                                 {"audit_ips", run.audit_ips},
                                 {"appeals", run.appeals}};
    audit::Record(tx, Actor{}, {"privacy.retention_run", "system", std::nullopt, details.dump()},
                  now);
    return Ok();
  });
  return run;
}

}  // namespace kenes::privacy
