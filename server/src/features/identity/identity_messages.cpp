#include "features/identity/identity_messages.hpp"

#include "platform/i18n/i18n.hpp"

namespace kenes::identity {

CodeMessage CodeMessageFor(const std::string& purpose, const std::string& language,
                           const std::string& code) {
  const bool reset = purpose == "reset";
  return {
      i18n::Text(language, reset ? "identity.code.reset.subject" : "identity.code.verify.subject"),
      i18n::Format(language, reset ? "identity.code.reset.body" : "identity.code.verify.body",
                   {{"code", code}})};
}

CodeMessage UnlockMessageFor(const std::string& language, const std::string& link) {
  return {i18n::Text(language, "identity.unlock.subject"),
          i18n::Format(language, "identity.unlock.body", {{"link", link}})};
}

CodeMessage AlreadyRegisteredMessageFor(const std::string& language, const std::string& site) {
  const std::string login = site + "/login";
  const std::string reset = site + "/password-reset";
  return {i18n::Text(language, "identity.already_registered.subject"),
          i18n::Format(language, "identity.already_registered.body",
                       {{"login", login}, {"reset", reset}})};
}

}  // namespace kenes::identity
