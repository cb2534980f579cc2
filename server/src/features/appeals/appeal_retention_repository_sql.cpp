// The SQL of the appeals' retention (features/privacy runs it daily; docs/personal-data.md).
#include "features/appeals/appeal_service.hpp"
#include "platform/crypto/stored_iins.hpp"

namespace kenes::appeals {

namespace {
// Finished: the answer was given or the appeal left us; open ones are never anonymised.
constexpr const char* kFinished = "status IN ('answered', 'closed', 'not_considered', 'forwarded')";
// Still holding something to clear (a re-run finds nothing).
constexpr const char* kNotYetCleared =
    "(applicant_name <> '' OR applicant_iin IS NOT NULL OR applicant_email <> '' OR "
    "applicant_phone <> '' OR applicant_address <> '' OR cosigners <> '[]' OR body <> '' OR "
    "applicant_user_id IS NOT NULL)";
}  // namespace

int AnonymiseFinishedAppealsBefore(db::Database& db, const std::string& registered_before) {
  auto cleared = db.Write([&](db::Tx& tx) -> Result<int> {
    const std::string which =
        std::string(" WHERE registered_on < $1 AND ") + kFinished + " AND " + kNotYetCleared;
    tx.Exec("DELETE FROM appeal_terms WHERE appeal_id IN (SELECT id FROM appeals" + which + ")",
            {registered_before});
    // Which part went elsewhere and why are staff's words about the appeal: cleared with it.
    tx.Exec(
        "UPDATE appeal_part_forwardings SET part = '', reason = '' WHERE appeal_id IN (SELECT id "
        "FROM appeals" +
            which + ")",
        {registered_before});
    return static_cast<int>(tx.Exec(
        "UPDATE appeals SET applicant_name = '', applicant_iin = NULL, applicant_iin_hash = "
        "NULL, applicant_email = '', applicant_phone = '', applicant_address = '', cosigners = "
        "'[]', body = '', "
        "problem_address = '', applicant_user_id = NULL" +
            which,
        {registered_before}));
  });
  return cleared.value();
}

crypto::IinColumn ApplicantIinColumn() {
  return {"appeals", "applicant_iin", "applicant_iin_hash"};
}

}  // namespace kenes::appeals
