#include "features/reception/reception_feed_repository.hpp"

namespace kenes::reception {

void ReceptionFeedRepository::AddCancelLink(db::Tx& tx, int64_t booking_id,
                                            const std::string& token_hash, const std::string& now) {
  tx.Exec(
      "INSERT INTO reception_cancel_links (token_hash, booking_id, created_at) VALUES ($1, $2, "
      "$3)",
      {token_hash, booking_id, now});
}

std::optional<int64_t> ReceptionFeedRepository::BookingOfLink(db::Tx& tx,
                                                              const std::string& token_hash) {
  auto r = tx.QueryOne("SELECT booking_id FROM reception_cancel_links WHERE token_hash = $1",
                       {token_hash});
  if (!r) return std::nullopt;
  return r->Int("booking_id");
}

std::vector<int64_t> ReceptionFeedRepository::DueReminders(db::Tx& tx, const std::string& day) {
  std::vector<int64_t> out;
  for (const auto& r :
       tx.Query("SELECT b.id FROM reception_bookings b JOIN reception_sessions s ON s.id = "
                "b.session_id WHERE s.day = $1 AND s.status = 'scheduled' AND b.status = 'booked' "
                "AND b.email <> '' AND b.reminded_at IS NULL ORDER BY b.id LIMIT 5000",
                {day})) {
    out.push_back(r.Int("id"));
  }
  return out;
}

bool ReceptionFeedRepository::MarkReminded(db::Tx& tx, int64_t booking_id, const std::string& now) {
  return tx
      .QueryOne(
          "UPDATE reception_bookings SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL "
          "RETURNING id",
          {booking_id, now})
      .has_value();
}

std::optional<std::pair<std::string, std::string>> ReceptionFeedRepository::MaslikhatNames(
    db::Tx& tx, int64_t maslikhat_id) {
  auto r = tx.QueryOne("SELECT name_kk, name_ru FROM maslikhats WHERE id = $1", {maslikhat_id});
  if (!r) return std::nullopt;
  return std::make_pair(r->Str("name_kk"), r->Str("name_ru"));
}

}  // namespace kenes::reception
