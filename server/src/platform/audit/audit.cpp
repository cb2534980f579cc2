#include "platform/audit/audit.hpp"

#include "core/clock.hpp"
#include "platform/crypto/crypto.hpp"

namespace kenes::audit {

void Record(db::Tx& tx, const Actor& actor, const Entry& entry, int64_t now_ms) {
  tx.Exec(
      "INSERT INTO audit_log (at, actor_user_id, action, entity, entity_id, ip, request_id, "
      "details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {FormatIsoUtc(now_ms), actor.user_id, entry.action, entry.entity, entry.entity_id, actor.ip,
       actor.request_id, entry.details.empty() ? std::string("{}") : entry.details});
}

int64_t DropIpsBefore(db::Tx& tx, const std::string& before_iso) {
  return tx.Exec("UPDATE audit_log SET ip = NULL WHERE ip IS NOT NULL AND at < $1", {before_iso});
}

}  // namespace kenes::audit
