#pragma once
// Identity domain: accounts, roles, one-time codes, sessions. No I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/personal_ids.hpp"

namespace kenes::identity {

struct User {
  int64_t id = 0;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string password_hash;
  std::string display_name;
  std::string language;
  std::optional<std::string> iin;
  std::optional<std::string> verified_at;
  std::optional<std::string> totp_secret;
  std::optional<std::string> totp_pending_secret;
  bool totp_enabled = false;
  std::string created_at;
  std::vector<RoleGrant> roles;
  // The version of the personal-data consent in force (given, not withdrawn), if any.
  std::optional<std::string> consent_version;
  // No consent in force to the installation's current text: the web asks for it again.
  bool consent_required = false;

  bool verified() const { return verified_at.has_value(); }
  std::string login() const { return email ? *email : phone.value_or(""); }
};

struct NewUser {
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string password_hash;
  std::string display_name;
  std::string language;
  std::optional<std::string> iin;
  std::string created_at;
};

// One consent as given and, maybe, withdrawn (kind: "personal_data").
struct Consent {
  int64_t id = 0;
  std::string kind;
  std::string version;
  std::string given_at;
  std::optional<std::string> withdrawn_at;
};

struct OneTimeCode {
  int64_t id = 0;
  std::string code_hash;
  int64_t expires_ms = 0;
  int attempts = 0;
  bool used = false;
};

struct Session {
  std::string id_hash;
  int64_t user_id = 0;
  int64_t created_ms = 0;
  int64_t last_seen_ms = 0;
  int64_t expires_ms = 0;  // absolute
};

// What identity holds about one person, for their own view and download (features/privacy).
struct AccountRecord {
  User user;
  std::vector<Consent> consents;
  std::vector<Session> sessions;
};

enum class CodePurpose { kVerify, kReset, kUnlock };
std::string_view PurposeName(CodePurpose p);

inline constexpr int kCodeTtlMinutes = 15;
inline constexpr int kMaxCodeAttempts = 5;
inline constexpr size_t kMinPassword = 10;
inline constexpr size_t kMaxPassword = 128;

// A login is an e-mail or a phone; returns the normalised form.
std::optional<std::string> NormalizeLogin(std::string_view raw);

bool IsKnownLanguage(std::string_view lang);
// Every role but citizen acts on others' data: it may (and should) use a second factor.
bool IsStaffRole(Role role);
bool HasStaffRole(const std::vector<RoleGrant>& roles);

}  // namespace kenes::identity
