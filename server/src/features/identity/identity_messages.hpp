#pragma once
// Texts of identity e-mails and SMS in kk, ru and en, from the message catalogues (platform/i18n).

#include <string>

namespace kenes::identity {

struct CodeMessage {
  std::string subject;
  std::string body;
};

CodeMessage CodeMessageFor(const std::string& purpose, const std::string& language,
                           const std::string& code);

// Sent when sign-in to the account is being held back after wrong passwords: `link` clears the
// throttles of the account.
CodeMessage UnlockMessageFor(const std::string& language, const std::string& link);

// Sent instead of a code when someone registers with a login that already has an account: the
// owner learns of it, the person registering learns nothing. site: the public URL of Kenes.
CodeMessage AlreadyRegisteredMessageFor(const std::string& language, const std::string& site);

}  // namespace kenes::identity
