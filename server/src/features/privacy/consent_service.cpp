#include "features/privacy/consent_service.hpp"

namespace kenes::privacy {

ConsentOperator ConsentService::DefaultOperator() const {
  const auto& p = config_.privacy;
  return {p.operator_name.empty() ? config_.installation_name : p.operator_name, p.operator_bin};
}

Result<ConsentText> ConsentService::Current(const std::string& lang,
                                            std::optional<int64_t> maslikhat_id) const {
  if (lang != "kk" && lang != "ru" && lang != "en") return Error::Invalid("lang", "invalid");
  ConsentOperator op = DefaultOperator();
  if (maslikhat_id) {
    auto m = directory_->MaslikhatById(*maslikhat_id);
    if (!m) return Error::NotFound();
    // A maslikhat names its apparatus in Kazakh and Russian; English readers get the Russian.
    if (!m->bin.empty()) op = {lang == "kk" ? m->operator_name_kk : m->operator_name_ru, m->bin};
  }
  auto text = RenderConsent(config_.security.consent_version, lang, op,
                            config_.privacy.appeal_retention_years);
  // Checked at start (CheckConsentVersion); only a version changed while running lands here.
  if (!text) return Error::Of(ErrorCode::kUnavailable, "no consent text for the version in force");
  return std::move(*text);
}

}  // namespace kenes::privacy
