#pragma once
// The audit log: who did what to which record, when and from where. Written with the same Tx as
// the change it records, so the two commit or fail together.

#include <cstdint>
#include <optional>
#include <string>

#include "core/actor.hpp"
#include "platform/db/database.hpp"

namespace kenes::audit {

struct Entry {
  std::string action;  // "identity.role_granted", "appeals.applicant_viewed", ...
  std::string entity;  // "user", "appeal", ...
  std::optional<int64_t> entity_id;
  std::string details;  // JSON without personal data
};

void Record(db::Tx& tx, const Actor& actor, const Entry& entry, int64_t now_ms);

// Drops the client addresses of rows written before `before_iso` (a retention job: an address is
// personal data, needed only while abuse is investigated). Returns how many rows changed.
int64_t DropIpsBefore(db::Tx& tx, const std::string& before_iso);

}  // namespace kenes::audit
