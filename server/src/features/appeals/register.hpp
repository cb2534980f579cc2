#pragma once
// The public register's entries and their review (docs/public-register.md): a masked draft of an
// answered appeal whose applicant agreed to publication, which the maslikhat's staff edit, approve
// or withdraw. Only approved entries are public.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes::appeals {

enum class RegisterState { kDraft, kApproved, kWithdrawn };
std::string_view RegisterStateName(RegisterState s);
std::optional<RegisterState> ParseRegisterState(std::string_view s);

inline constexpr size_t kMaxRegisterSubject = 500;
inline constexpr size_t kMaxRegisterAnswer = 20000;

struct RegisterEntry {
  int64_t appeal_id = 0;
  int64_t maslikhat_id = 0;
  std::optional<int64_t> okrug_id;
  std::string number, type, category, status;
  std::optional<std::string> outcome;
  std::string registered_on;
  RegisterState state = RegisterState::kDraft;
  std::string subject, answer_text;
  std::string drafted_at;
  std::optional<int64_t> reviewed_by;
  std::optional<std::string> reviewed_at;
};

// Masks what identifies a person in the subject and answer (text::MaskPersonalData).
RegisterEntry MaskedDraft(RegisterEntry e);

class RegisterRepository {
 public:
  // Publishable appeals of the maslikhat without an entry yet, at most `limit`.
  std::vector<RegisterEntry> Undrafted(db::Tx& tx, int64_t maslikhat_id, int limit);
  void Insert(db::Tx& tx, const RegisterEntry& e);
  std::optional<RegisterEntry> Find(db::Tx& tx, int64_t appeal_id);
  std::vector<RegisterEntry> Queue(db::Tx& tx, int64_t maslikhat_id, RegisterState state,
                                   int64_t after_id, int limit);
  void Update(db::Tx& tx, const RegisterEntry& e);
};

struct RegisterPage {
  std::vector<RegisterEntry> items;
  std::optional<int64_t> next_after;
};

struct RegisterEdit {
  std::optional<std::string> subject, answer_text;
};

class RegisterService {
 public:
  RegisterService(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  // The maslikhat's entries in `state`; drafts new ones first (masked), so staff see every
  // publishable appeal. Staff of the maslikhat only (others: 404).
  Result<RegisterPage> Queue(const Actor& actor, int64_t maslikhat_id, RegisterState state,
                             int64_t after_id, int limit);
  Result<RegisterEntry> Edit(const Actor& actor, int64_t appeal_id, const RegisterEdit& edit);
  Result<RegisterEntry> Approve(const Actor& actor, int64_t appeal_id);
  Result<RegisterEntry> Withdraw(const Actor& actor, int64_t appeal_id);

 private:
  Result<RegisterEntry> Change(const Actor& actor, int64_t appeal_id, const std::string& action,
                               const std::function<void(RegisterEntry&)>& change);
  db::Database& db_;
  const Clock& clock_;
  RegisterRepository repo_;
};

}  // namespace kenes::appeals
