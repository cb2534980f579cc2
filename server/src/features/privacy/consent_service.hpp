#pragma once
// The consent text in force, for anyone about to give consent (docs/personal-data.md "Consent"):
// the operator is the maslikhat's apparatus when the maslikhat names one in the directory, else the
// installation's (privacy.operator_name, privacy.operator_bin).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/config.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/privacy/consent_text.hpp"

namespace kenes::privacy {

class ConsentService {
 public:
  ConsentService(const Config& config, std::shared_ptr<directory::DirectoryService> directory)
      : config_(config), directory_(std::move(directory)) {}

  // lang: kk, ru or en (422 otherwise); an unknown maslikhat is 404.
  Result<ConsentText> Current(const std::string& lang, std::optional<int64_t> maslikhat_id) const;
  // The installation's operator (configuration), whatever the maslikhat.
  ConsentOperator DefaultOperator() const;

 private:
  const Config& config_;
  std::shared_ptr<directory::DirectoryService> directory_;
};

}  // namespace kenes::privacy
