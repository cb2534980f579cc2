// RegisterService: the review of the public register (docs/public-register.md).
#include <nlohmann/json.hpp>

#include "features/appeals/appeal_policy.hpp"
#include "features/appeals/register.hpp"
#include "platform/audit/audit.hpp"
#include "platform/text/mask_personal.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::appeals {
namespace {

// Drafts made per queue read: the rest follow on the next read.
constexpr int kDraftBatch = 200;

Error Invalid(std::map<std::string, std::string> fields) {
  return Error::InvalidFields(std::move(fields));
}

}  // namespace

std::string_view RegisterStateName(RegisterState s) {
  switch (s) {
    case RegisterState::kDraft:
      return "draft";
    case RegisterState::kApproved:
      return "approved";
    case RegisterState::kWithdrawn:
      return "withdrawn";
  }
  return "draft";
}

std::optional<RegisterState> ParseRegisterState(std::string_view s) {
  if (s == "draft") return RegisterState::kDraft;
  if (s == "approved") return RegisterState::kApproved;
  if (s == "withdrawn") return RegisterState::kWithdrawn;
  return std::nullopt;
}

RegisterEntry MaskedDraft(RegisterEntry e) {
  e.state = RegisterState::kDraft;
  e.subject = text::MaskPersonalData(e.subject);
  e.answer_text = text::MaskPersonalData(e.answer_text);
  return e;
}

Result<RegisterPage> RegisterService::Queue(const Actor& actor, int64_t maslikhat_id,
                                            RegisterState state, int64_t after_id, int limit) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (limit < 1 || limit > 100) return Invalid({{"limit", "invalid"}});
  if (!AppealPolicy::MayReviewRegister(actor, maslikhat_id)) return Error::NotFound();
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Write([&](db::Tx& tx) -> Result<RegisterPage> {
    for (auto& e : repo_.Undrafted(tx, maslikhat_id, kDraftBatch)) {
      e.drafted_at = now;
      repo_.Insert(tx, MaskedDraft(std::move(e)));
    }
    RegisterPage page;
    page.items = repo_.Queue(tx, maslikhat_id, state, after_id, limit);
    if (static_cast<int>(page.items.size()) == limit) page.next_after = page.items.back().appeal_id;
    return page;
  });
}

Result<RegisterEntry> RegisterService::Change(const Actor& actor, int64_t appeal_id,
                                              const std::string& action,
                                              const std::function<void(RegisterEntry&)>& change) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<RegisterEntry> {
    auto e = repo_.Find(tx, appeal_id);
    if (!e || !AppealPolicy::MayReviewRegister(actor, e->maslikhat_id)) return Error::NotFound();
    change(*e);
    e->reviewed_by = actor.user_id;
    e->reviewed_at = FormatIsoUtc(now);
    repo_.Update(tx, *e);
    nlohmann::json details = {{"state", RegisterStateName(e->state)}};
    audit::Record(tx, actor, {action, "appeal", appeal_id, details.dump()}, now);
    return *e;
  });
}

Result<RegisterEntry> RegisterService::Edit(const Actor& actor, int64_t appeal_id,
                                            const RegisterEdit& edit) {
  std::map<std::string, std::string> bad;
  if (edit.subject &&
      (edit.subject->empty() || text::CodePoints(*edit.subject) > kMaxRegisterSubject)) {
    bad["subject"] = "invalid";
  }
  if (edit.answer_text && text::CodePoints(*edit.answer_text) > kMaxRegisterAnswer) {
    bad["answer_text"] = "too_long";
  }
  if (!bad.empty()) return Invalid(std::move(bad));
  return Change(actor, appeal_id, "register.edited", [&](RegisterEntry& e) {
    if (edit.subject) e.subject = *edit.subject;
    if (edit.answer_text) e.answer_text = *edit.answer_text;
  });
}

Result<RegisterEntry> RegisterService::Approve(const Actor& actor, int64_t appeal_id) {
  return Change(actor, appeal_id, "register.approved",
                [](RegisterEntry& e) { e.state = RegisterState::kApproved; });
}

Result<RegisterEntry> RegisterService::Withdraw(const Actor& actor, int64_t appeal_id) {
  return Change(actor, appeal_id, "register.withdrawn",
                [](RegisterEntry& e) { e.state = RegisterState::kWithdrawn; });
}

}  // namespace kenes::appeals
