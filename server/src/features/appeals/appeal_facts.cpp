// AppealService: what features built on appeals (deputy requests, attachments) may know of an
// appeal and write into its history, inside their own transaction.
#include "features/appeals/acting_deputy.hpp"
#include "features/appeals/appeal_service.hpp"

namespace kenes::appeals {
namespace {

AppealFacts FactsOf(const Appeal& a, Access access) {
  return AppealFacts{a.id, a.maslikhat_id, a.number, a.status, access};
}

}  // namespace

std::optional<int64_t> AppealService::ActingDeputy(const Actor& actor) {
  return ActingDeputyId(actor, *directory_);
}

std::optional<AppealFacts> AppealService::Visible(db::Tx& tx, const Actor& actor, int64_t appeal_id,
                                                  std::optional<int64_t> acting_deputy) {
  AppealRepository repo;
  auto a = repo.Find(tx, appeal_id);
  if (!a) return std::nullopt;
  const Access access = AppealPolicy::AccessTo(actor, *a, acting_deputy);
  if (access == Access::kNone) return std::nullopt;
  return FactsOf(*a, access);
}

std::optional<AppealFacts> AppealService::Facts(db::Tx& tx, int64_t appeal_id) {
  AppealRepository repo;
  auto a = repo.Find(tx, appeal_id);
  if (!a) return std::nullopt;
  return FactsOf(*a, Access::kNone);
}

void AppealService::RecordEvent(db::Tx& tx, const AppealFacts& appeal, const std::string& at,
                                std::optional<int64_t> actor_user_id, EventKind action,
                                const nlohmann::json& details) {
  AppealRepository repo;
  repo.AddEvent(tx, {0, appeal.id, at, actor_user_id, action, appeal.status, appeal.status, "",
                     details.dump()});
}

}  // namespace kenes::appeals
