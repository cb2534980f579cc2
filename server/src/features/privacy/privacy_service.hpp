#pragma once
// A person's rights over their own data (docs/personal-data.md): see it, download it (JSON, PDF),
// give or withdraw consent, delete the account. Only ever the signed-in person's own data; every
// step is audited without personal data.

#include <memory>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/identity/identity_service.hpp"
#include "features/notifications/notification_service.hpp"
#include "features/privacy/privacy.hpp"
#include "features/reception/reception_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::privacy {

struct HeldData {
  std::string made_at;  // UTC ISO
  identity::AccountRecord account;
  std::vector<appeals::Appeal> appeals;
  std::vector<reception::BookingView> bookings;
  std::vector<notifications::Notification> notifications;
  std::vector<KeptAppeal> kept_on_deletion;  // what deleting the account now would keep, and why
};

// What one run of the retention job cleared (counts only).
struct RetentionRun {
  int64_t sessions = 0;
  int64_t codes = 0;
  int64_t audit_ips = 0;
  int64_t appeals = 0;
};

struct Deleted {
  std::vector<KeptAppeal> kept;
  int bookings_cancelled = 0;
};

class PrivacyService {
 public:
  PrivacyService(db::Database& db, const Clock& clock, const Config& config,
                 std::shared_ptr<identity::IdentityService> identity,
                 std::shared_ptr<reception::ReceptionService> reception,
                 std::shared_ptr<notifications::NotificationService> notifications)
      : db_(db),
        clock_(clock),
        config_(config),
        identity_(std::move(identity)),
        reception_(std::move(reception)),
        notifications_(std::move(notifications)) {}

  // format: "view" (the page), "json" or "pdf" (downloads); audited as such.
  Result<HeldData> Held(const Actor& actor, const std::string& format);
  // The PDF of Held, in the account's language.
  Result<std::string> Pdf(const Actor& actor);
  // Cancels the person's upcoming bookings, then erases the account (identity); appeals stay.
  Result<Deleted> Delete(const Actor& actor, const std::string& confirm);
  // The daily retention job (docs/personal-data.md): dead sessions and codes, old audit
  // addresses, finished appeals past their retention term. Audited with the counts.
  RetentionRun RunRetention();

 private:
  std::string Today() const;

  db::Database& db_;
  const Clock& clock_;
  const Config& config_;
  std::shared_ptr<identity::IdentityService> identity_;
  std::shared_ptr<reception::ReceptionService> reception_;
  std::shared_ptr<notifications::NotificationService> notifications_;
};

}  // namespace kenes::privacy
