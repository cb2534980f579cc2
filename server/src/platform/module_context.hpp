#pragma once
// What the composition root hands each feature module when it registers.

#include "core/clock.hpp"
#include "core/config.hpp"
#include "platform/db/database.hpp"
#include "platform/http/api.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/mail/mailer.hpp"
#include "platform/mail/sms.hpp"

namespace kenes::live {
class EventHub;  // platform/live/event_hub.hpp
}
namespace kenes::files {
class StoreOwners;  // platform/files/store_sweep.hpp
}
namespace kenes::audit {
class ReadRecorder;  // platform/audit/read_recorder.hpp
}

namespace kenes {

struct ModuleContext {
  const Config& config;
  db::Database& db;
  const Clock& clock;
  jobs::JobRunner& jobs;
  mail::Mailer& mailer;
  mail::SmsSender& sms;
  http::Routes& routes;
  live::EventHub& live;
  audit::ReadRecorder& reads;  // audit rows of reads (who looked at whose personal data)
  // A feature that saves into the file store adds what names its records hold, so that the
  // daily sweep deletes only files nobody can reach.
  files::StoreOwners& store_owners;
};

}  // namespace kenes
